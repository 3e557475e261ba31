/// Scopes, definitions and references of one file, each reference bound to the definition it
/// names. Plain values in byte offsets; built by `ScopeResolver`.
///
/// Indices are stable within one graph: `Scope.parent`, `Definition.scope` and
/// `Reference.definition` index `scopes` and `definitions`. Scope 0 is the file's root scope.
/// Definitions are in document order of their names, references in document order.
public struct ScopeGraph: Sendable {
    public struct Scope: Sendable, Equatable {
        /// From the query's `@scope.<kind>` capture: module, function, class, comprehension, block, type.
        public let kind: String
        public let range: Range<Int>
        public let parent: Int?
        /// False for scopes whose names nested scopes cannot see (Python class bodies).
        public let visibleToNested: Bool
        /// True for scopes that see none of the names of the scopes around them (Ruby's `def`,
        /// `class` and `module` bodies: a method cannot read the locals of the code defining it).
        public let closed: Bool

        public init(kind: String, range: Range<Int>, parent: Int?, visibleToNested: Bool = true, closed: Bool = false) {
            self.kind = kind
            self.range = range
            self.parent = parent
            self.visibleToNested = visibleToNested
            self.closed = closed
        }
    }

    public struct Definition: Sendable, Equatable {
        public let name: String
        /// variable, constant, parameter, function, class, import, interface, type, enum, ...
        public let kind: String
        public let nameRange: Range<Int>
        /// The whole statement or declaration that makes the definition.
        public let range: Range<Int>
        public let scope: Int
        public let importInfo: ImportInfo?

        public init(name: String, kind: String, nameRange: Range<Int>, range: Range<Int>, scope: Int, importInfo: ImportInfo? = nil) {
            self.name = name
            self.kind = kind
            self.nameRange = nameRange
            self.range = range
            self.scope = scope
            self.importInfo = importInfo
        }
    }

    public struct ImportInfo: Sendable, Equatable {
        /// As written: "os.path", ".models", ".", "./util".
        public let module: String
        /// The name taken from the module; nil when the definition is the module or namespace itself.
        public let importedName: String?
        /// An ES default import (`import x from 'm'`); `importedName` is then "default".
        public let isDefault: Bool

        public init(module: String, importedName: String?, isDefault: Bool = false) {
            self.module = module
            self.importedName = importedName
            self.isDefault = isDefault
        }
    }

    public struct Reference: Sendable, Equatable {
        public let name: String
        public let range: Range<Int>
        /// nil for names bound nowhere in the file: globals, builtins, typos.
        public let definition: Int?
        /// The reference assigns the variable (`@reference.write`) instead of reading it.
        public let isWrite: Bool
        /// The scope the name was looked up from: the innermost one around it, or the one around
        /// that for `@outer` code (default values, base classes). Nil when not known.
        public var scope: Int?

        public init(name: String, range: Range<Int>, definition: Int?, isWrite: Bool = false, scope: Int? = nil) {
            self.name = name
            self.range = range
            self.definition = definition
            self.isWrite = isWrite
            self.scope = scope
        }
    }

    /// A name looked up in what another name refers to: `cart.New` where `cart` is an imported
    /// package (`@member` in `locals.scm`).
    public struct Member: Sendable, Equatable {
        public let name: String
        public let range: Range<Int>
        /// The definition the object's name is bound to; nil when it is bound to nothing here.
        public let object: Int?

        public init(name: String, range: Range<Int>, object: Int?) {
            self.name = name
            self.range = range
            self.object = object
        }
    }

    public let scopes: [Scope]
    public let definitions: [Definition]
    public let references: [Reference]
    /// In document order.
    public let members: [Member]

    public init(scopes: [Scope], definitions: [Definition], references: [Reference], members: [Member] = []) {
        self.scopes = scopes
        self.definitions = definitions
        self.references = references
        self.members = members
    }

    /// The reference covering `byte`, bound or not.
    public func reference(at byte: Int) -> Int? {
        Self.covering(byte, in: references, range: \.range)
    }

    /// The member name covering `byte`.
    public func member(at byte: Int) -> Int? {
        Self.covering(byte, in: members, range: \.range)
    }

    /// The members looked up in `definition` (`cart.New`, `cart.Total` for the import `cart`).
    public func members(of definition: Int) -> [Member] {
        members.filter { $0.object == definition }
    }

    /// The definition whose name, or one of whose bound references, covers `byte` (a position at
    /// the end of a name counts, as an editor cursor just after a word does).
    public func definition(at byte: Int) -> Int? {
        if let index = Self.covering(byte, in: definitions, range: \.nameRange) { return index }
        if let index = Self.covering(byte, in: references, range: \.range) { return references[index].definition }
        return nil
    }

    /// The definition's name followed by every reference bound to it, in document order.
    public func occurrences(of definition: Int) -> [Range<Int>] {
        guard definitions.indices.contains(definition) else { return [] }
        var ranges = [definitions[definition].nameRange]
        for reference in references where reference.definition == definition { ranges.append(reference.range) }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The definitions visible at `byte`, nearest scope first, one per name (a nearer name shadows
    /// a farther one); within a scope, by the same choice a reference at `byte` would make.
    public func visibleNames(at byte: Int) -> [Int] {
        var innermost = 0
        for (index, scope) in scopes.enumerated() where scope.range.lowerBound <= byte && byte <= scope.range.upperBound {
            // Scopes are in preorder, so the last one containing the position is the deepest.
            innermost = index
        }
        var byScope: [Int: [Int]] = [:]
        for (index, definition) in definitions.enumerated() { byScope[definition.scope, default: []].append(index) }
        var seen: Set<String> = []
        var result: [Int] = []
        var current: Int? = innermost
        var first = true
        while let scope = current {
            if first || scopes[scope].visibleToNested {
                var byName: [String: [Int]] = [:]
                var order: [String] = []
                for index in byScope[scope] ?? [] {
                    let name = definitions[index].name
                    if byName[name] == nil { order.append(name) }
                    byName[name, default: []].append(index)
                }
                for name in order where seen.insert(name).inserted {
                    result.append(Self.pick(byName[name]!, before: byte, in: definitions))
                }
            }
            first = false
            current = scopes[scope].closed ? nil : scopes[scope].parent
        }
        return result
    }

    /// Of several definitions of one name in one scope (in document order), the last one before
    /// `byte`, else the first: a reference after a rebinding means the rebinding, and a use before
    /// every binding (hoisting, Python's function-wide locals) means the first.
    static func pick(_ candidates: [Int], before byte: Int, in definitions: [Definition]) -> Int {
        var chosen = candidates[0]
        for index in candidates.dropFirst() where definitions[index].nameRange.lowerBound <= byte { chosen = index }
        return chosen
    }

    /// Binary search over ranges sorted by start and not overlapping.
    private static func covering<T>(_ byte: Int, in items: [T], range: KeyPath<T, Range<Int>>) -> Int? {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if items[mid][keyPath: range].lowerBound <= byte { low = mid + 1 } else { high = mid }
        }
        // low is the first item starting after byte; the candidate starts at or before it.
        var index = low - 1
        while index >= 0 {
            let candidate = items[index][keyPath: range]
            if candidate.lowerBound <= byte && byte <= candidate.upperBound { return index }
            if candidate.upperBound < byte { break }
            index -= 1
        }
        return nil
    }
}
