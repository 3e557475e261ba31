import CTreeSitter

/// Where a walk is: the node, its depth below the walk's start and its field in the parent.
public struct TreeVisit {
    public let node: Node
    public let depth: Int
    public let field: String?
}

extension Node {
    /// Visits this node and its descendants in document order without recursion, so deeply nested
    /// code (thousands of levels) cannot overflow the stack. Return false to skip a node's children.
    public func walk(_ visit: (Node) -> Bool) {
        walkWithContext { visit($0.node) }
    }

    public func walkWithContext(_ visit: (TreeVisit) -> Bool) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var depth = 0
        func current() -> TreeVisit {
            let field = ts_tree_cursor_current_field_name(&cursor).map { String(cString: $0) }
            return TreeVisit(node: Node(ts_tree_cursor_current_node(&cursor), tree: tree), depth: depth, field: field)
        }
        var descend = visit(TreeVisit(node: self, depth: 0, field: nil))
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                depth += 1
                descend = visit(current())
                continue
            }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard depth > 0, ts_tree_cursor_goto_parent(&cursor) else { return }
                depth -= 1
            }
            descend = visit(current())
        }
    }
}
