import CTreeSitter

/// Where a walk is: the node, its depth below the walk's start and its field in the parent.
public struct TreeVisit {
    public let node: Node
    public let depth: Int
    public let field: String?
    /// The parent on the walked path. Tracked by the walk because `ts_node_parent` in
    /// tree-sitter 0.20 can return a sibling for zero-width (MISSING) nodes.
    public let parent: Node?
}

extension Node {
    /// Visits this node and its descendants in document order without recursion, so deeply nested
    /// code (thousands of levels) cannot overflow the stack. Return false to skip a node's children.
    public func walk(_ visit: (Node) -> Bool) {
        // Kept apart from `walkWithContext`: most walks need neither field names nor parents,
        // and reading a field name makes a string per node.
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var depth = 0
        var descend = visit(self)
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                depth += 1
                descend = visit(Node(ts_tree_cursor_current_node(&cursor), tree: tree))
                continue
            }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard depth > 0, ts_tree_cursor_goto_parent(&cursor) else { return }
                depth -= 1
            }
            descend = visit(Node(ts_tree_cursor_current_node(&cursor), tree: tree))
        }
    }

    public func walkWithContext(_ visit: (TreeVisit) -> Bool) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        // path[i] is the node at depth i on the way down to the cursor.
        var path: [Node] = [self]
        func visitCurrent() -> Bool {
            let field = ts_tree_cursor_current_field_name(&cursor).map { String(cString: $0) }
            return visit(TreeVisit(node: path[path.count - 1], depth: path.count - 1, field: field,
                                   parent: path.count > 1 ? path[path.count - 2] : nil))
        }
        var descend = visit(TreeVisit(node: self, depth: 0, field: nil, parent: nil))
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                path.append(Node(ts_tree_cursor_current_node(&cursor), tree: tree))
                descend = visitCurrent()
                continue
            }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard path.count > 1, ts_tree_cursor_goto_parent(&cursor) else { return }
                path.removeLast()
            }
            path[path.count - 1] = Node(ts_tree_cursor_current_node(&cursor), tree: tree)
            descend = visitCurrent()
        }
    }

    /// Visits in document order calling `enter` before a node's children and `leave` after them
    /// (not called for nodes whose children `enter` skipped by returning false). Non-recursive.
    public func traverse(enter: (Node) -> Bool, leave: (Node) -> Void) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var path: [Node] = [self]
        var descend = enter(self)
        while true {
            if descend, ts_tree_cursor_goto_first_child(&cursor) {
                let child = Node(ts_tree_cursor_current_node(&cursor), tree: tree)
                path.append(child)
                descend = enter(child)
                continue
            }
            if descend { leave(path[path.count - 1]) }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard path.count > 1, ts_tree_cursor_goto_parent(&cursor) else { return }
                path.removeLast()
                leave(path[path.count - 1])
            }
            path[path.count - 1] = Node(ts_tree_cursor_current_node(&cursor), tree: tree)
            descend = enter(path[path.count - 1])
        }
    }

    /// The nodes from the root down to this node's parent, found by one descent with a cursor.
    /// `ts_node_parent` descends from the root on every call, so walking up a chain of parents
    /// costs the square of the depth; this costs the depth once.
    public func ancestors() -> [Node] {
        var cursor = ts_tree_cursor_new(ts_tree_root_node(tree.pointer))
        defer { ts_tree_cursor_delete(&cursor) }
        var path: [Node] = []
        let start = UInt32(startByte), end = UInt32(endByte)
        while true {
            let current = ts_tree_cursor_current_node(&cursor)
            if ts_node_eq(current, raw) { return path }
            path.append(Node(current, tree: tree))
            // The C library skips to the first child ending after `start`; from there the child
            // holding this node is the next one containing its range.
            guard ts_tree_cursor_goto_first_child_for_byte(&cursor, start) >= 0 else { return path }
            var found = false
            repeat {
                let child = ts_tree_cursor_current_node(&cursor)
                if ts_node_eq(child, raw) { return path }
                if ts_node_start_byte(child) > start { break }
                if end <= ts_node_end_byte(child), ts_node_child_count(child) > 0 {
                    found = true
                    break
                }
            } while ts_tree_cursor_goto_next_sibling(&cursor)
            if !found { return path }
        }
    }
}
