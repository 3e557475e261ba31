/// A definition in one file, in byte offsets, with the definitions it contains.
public struct DocumentSymbol: Sendable, Equatable {
    public var name: String
    public var kind: SymbolKind
    /// The whole definition, e.g. from `def` to the end of the body.
    public var range: Range<Int>
    /// The name, which editors select and reveal.
    public var selectionRange: Range<Int>
    public var children: [DocumentSymbol]
    /// The declaration as written, up to its body, on one line: `def add(self, item)`,
    /// `class Cart(Base)`, `function total(cart: Cart): number`.
    public var signature: String?
    /// The docstring or doc comment, without its quotes or comment markers.
    public var documentation: String?
    /// Visible to other modules: exported (ECMAScript) or a public module-level name (Python).
    public var exported = false

    public init(name: String, kind: SymbolKind, range: Range<Int>, selectionRange: Range<Int>, children: [DocumentSymbol] = []) {
        self.name = name
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }

    /// This symbol and its descendants, depth first.
    public var flattened: [DocumentSymbol] {
        var out: [DocumentSymbol] = []
        var stack = [self]
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: next.children.reversed())
        }
        return out
    }
}
