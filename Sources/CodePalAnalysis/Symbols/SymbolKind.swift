/// What a definition is. Raw values are the `@definition.<kind>` capture suffixes of
/// `Grammars/<lang>/queries/symbols.scm`.
public enum SymbolKind: String, Sendable, CaseIterable {
    case module, namespace, `class`, `struct`, interface, `enum`, type, function, method, constructor
    case field, property, variable, constant, enumMember = "enum_member"

    /// Kinds whose members are methods rather than free functions.
    public var isTypeContainer: Bool { self == .class || self == .struct || self == .interface }
}
