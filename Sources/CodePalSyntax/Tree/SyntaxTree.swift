import CTreeSitter

/// Owns one `TSTree`. Trees are not safe to read from two threads at once, so an instance is
/// confined to one owner at a time; `copy()` (cheap, reference counted inside tree-sitter) makes
/// the independent tree that a snapshot or another thread needs.
public final class SyntaxTree: @unchecked Sendable {
    let pointer: OpaquePointer
    public let language: Language

    init(pointer: OpaquePointer, language: Language) {
        self.pointer = pointer
        self.language = language
    }

    deinit { ts_tree_delete(pointer) }

    public func copy() -> SyntaxTree {
        SyntaxTree(pointer: ts_tree_copy(pointer), language: language)
    }

    public var root: Node { Node(ts_tree_root_node(pointer), tree: self) }

    public var hasErrors: Bool { ts_node_has_error(ts_tree_root_node(pointer)) }

    /// The tree as an S-expression, for debugging queries and comparing trees in tests.
    public var sexp: String { root.sexp }

    func edit(_ edit: TSInputEdit) {
        var edit = edit
        ts_tree_edit(pointer, &edit)
    }
}
