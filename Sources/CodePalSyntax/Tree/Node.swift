import CTreeSitter

/// A node of a `SyntaxTree`. Holds the tree so that the node can never outlive it.
public struct Node: @unchecked Sendable {
    let raw: TSNode
    public let tree: SyntaxTree

    init(_ raw: TSNode, tree: SyntaxTree) {
        self.raw = raw
        self.tree = tree
    }

    public var kind: String { String(cString: ts_node_type(raw)) }
    /// Identity within its tree, for keying per-node facts (tree-sitter's subtree address plus the
    /// start, since the address alone is not unique for zero-width nodes).
    public var id: NodeID { NodeID(address: UInt(bitPattern: raw.id), start: ts_node_start_byte(raw)) }
    public var symbol: UInt16 { ts_node_symbol(raw) }
    public var isNamed: Bool { ts_node_is_named(raw) }
    public var isMissing: Bool { ts_node_is_missing(raw) }
    public var isExtra: Bool { ts_node_is_extra(raw) }
    /// An ERROR node: tree-sitter's built-in error symbol is `(TSSymbol)-1`.
    public var isError: Bool { ts_node_symbol(raw) == UInt16.max }
    public var hasError: Bool { ts_node_has_error(raw) }
    /// A comment of any form: most grammars have one `comment` kind, Java's splits it into
    /// `line_comment` and `block_comment`.
    public var isComment: Bool {
        let kind = self.kind
        return kind == "comment" || kind == "line_comment" || kind == "block_comment"
    }
    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var byteRange: Range<Int> { startByte..<max(startByte, endByte) }

    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }

    public func child(_ index: Int) -> Node? { wrap(ts_node_child(raw, UInt32(index))) }
    public func namedChild(_ index: Int) -> Node? { wrap(ts_node_named_child(raw, UInt32(index))) }

    public var children: [Node] { (0..<childCount).compactMap { child($0) } }
    public var namedChildren: [Node] { (0..<namedChildCount).compactMap { namedChild($0) } }

    public func child(field: String) -> Node? {
        field.withCString { wrap(ts_node_child_by_field_name(raw, $0, UInt32(field.utf8.count))) }
    }

    public func fieldName(ofChild index: Int) -> String? {
        ts_node_field_name_for_child(raw, UInt32(index)).map { String(cString: $0) }
    }

    public var parent: Node? { wrap(ts_node_parent(raw)) }
    public var nextSibling: Node? { wrap(ts_node_next_sibling(raw)) }
    public var previousSibling: Node? { wrap(ts_node_prev_sibling(raw)) }

    /// The smallest node (named or not) covering `range`.
    public func descendant(covering range: Range<Int>) -> Node? {
        wrap(ts_node_descendant_for_byte_range(raw, UInt32(range.lowerBound), UInt32(range.upperBound)))
    }

    public func namedDescendant(covering range: Range<Int>) -> Node? {
        wrap(ts_node_named_descendant_for_byte_range(raw, UInt32(range.lowerBound), UInt32(range.upperBound)))
    }

    public var sexp: String {
        guard let cString = ts_node_string(raw) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    public func text(in source: [UInt8]) -> String {
        let lower = min(startByte, source.count)
        let upper = min(max(lower, endByte), source.count)
        return String(decoding: source[lower..<upper], as: UTF8.self)
    }

    private func wrap(_ node: TSNode) -> Node? {
        ts_node_is_null(node) ? nil : Node(node, tree: tree)
    }
}

extension Node: Equatable {
    public static func == (lhs: Node, rhs: Node) -> Bool { ts_node_eq(lhs.raw, rhs.raw) }
}

public struct NodeID: Hashable, Sendable {
    let address: UInt
    let start: UInt32

    public var startByte: Int { Int(start) }
}
