/// One completion item before it is shaped for a client: plain values, byte offsets.
public struct CompletionCandidate: Sendable {
    public enum Kind: String, Sendable {
        case variable, parameter, function, method, constructor, `class`, `struct`, interface, `enum`, enumMember, type
        case field, property, constant, module, keyword, snippet
    }

    /// Where a candidate comes from, best first when matches are equally good.
    public enum Source: Int, Sendable, Comparable {
        case scope, member, builtin, keyword, snippet, workspace
        public static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// Text added elsewhere when the item is accepted (an import).
    public struct Insertion: Sendable, Equatable {
        public let offset: Int
        public let text: String

        public init(offset: Int, text: String) {
            self.offset = offset
            self.text = text
        }
    }

    public var label: String
    public var kind: Kind
    public var source: Source
    /// Signature or a short description.
    public var detail: String?
    public var documentation: String?
    /// LSP snippet text to insert instead of the label.
    public var snippet: String?
    /// 0 for names of the innermost scope, 1 for the scope around it, and so on.
    public var scopeDistance = 0
    /// Where the name is defined in this file, for recency (nearer the cursor ranks higher).
    public var definitionOffset: Int?
    public var importEdit: Insertion?
    /// The defining file (absolute path), for resolving documentation later.
    public var origin: String?

    public init(label: String, kind: Kind, source: Source) {
        self.label = label
        self.kind = kind
        self.source = source
    }
}
