import CTreeSitter

/// Owns one `TSTree`. Trees are not safe to read from two threads at once, so an instance is
/// confined to one owner at a time; `copy()` (cheap, reference counted inside tree-sitter) makes
/// the independent tree that a snapshot or another thread needs.
public final class SyntaxTree: @unchecked Sendable {
    let pointer: OpaquePointer
    public let language: Language
    /// The annotation macros the parser read as blanks (`AnnotationMacros`), moved by `edit`.
    var maskedSpans: [Range<Int>]
    /// An edit touched a masked span: the next parse cannot reuse this tree.
    var masksTouched = false

    init(pointer: OpaquePointer, language: Language, maskedSpans: [Range<Int>] = []) {
        self.pointer = pointer
        self.language = language
        self.maskedSpans = maskedSpans
    }

    deinit { ts_tree_delete(pointer) }

    public func copy() -> SyntaxTree {
        let copy = SyntaxTree(pointer: ts_tree_copy(pointer), language: language, maskedSpans: maskedSpans)
        copy.masksTouched = masksTouched
        return copy
    }

    public var root: Node { Node(ts_tree_root_node(pointer), tree: self) }

    public var hasErrors: Bool { ts_node_has_error(ts_tree_root_node(pointer)) }

    /// The tree as an S-expression, for debugging queries and comparing trees in tests.
    public var sexp: String { root.sexp }

    func edit(_ edit: TSInputEdit) {
        var edit = edit
        ts_tree_edit(pointer, &edit)
        guard !maskedSpans.isEmpty else { return }
        let start = Int(edit.start_byte), oldEnd = Int(edit.old_end_byte), shift = Int(edit.new_end_byte) - oldEnd
        maskedSpans = maskedSpans.map { span in
            if span.upperBound < start { return span }
            if span.lowerBound > oldEnd { return span.lowerBound + shift..<span.upperBound + shift }
            masksTouched = true
            return span
        }
    }
}
