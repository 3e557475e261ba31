import CTreeSitter

/// Matches of one walk kept as compact records (pattern, capture ids, raw nodes) for a consumer
/// that may not need them: the taint facts and the scope graph ride the rule set's walk
/// (`Query.forEachMatch(..., deferring:)`), and most files ask for one of them or neither.
/// No `Node` or `QueryMatch` is made until `forEach` is called.
public struct DeferredMatches: @unchecked Sendable {
    private var patterns: [Int32] = []
    /// Capture offsets: match `i` holds `ids[starts[i] ..< starts[i + 1]]`.
    private var starts: [Int32] = [0]
    private var ids: [UInt16] = []
    private var nodes: [TSNode] = []

    public init() {}

    public var count: Int { patterns.count }

    mutating func append(pattern: Int, count: Int, id: (Int) -> Int, node: (Int) -> TSNode) {
        patterns.append(Int32(pattern))
        for i in 0..<count {
            ids.append(UInt16(id(i)))
            nodes.append(node(i))
        }
        starts.append(Int32(ids.count))
    }

    /// Whether a match of a pattern in `patterns` captures one of the capture ids `wanted` marks.
    public func contains(capturing wanted: [Bool], in patterns: Range<Int>) -> Bool {
        for match in 0..<self.patterns.count where patterns.contains(Int(self.patterns[match])) {
            for i in Int(starts[match])..<Int(starts[match + 1]) where wanted[Int(ids[i])] { return true }
        }
        return false
    }

    /// The matches of the patterns in `patterns`, in the order the walk found them, as `query`
    /// (the query that made them) names their captures.
    public func forEach(in patterns: Range<Int>, query: Query, tree: SyntaxTree, _ body: (QueryMatch) -> Void) {
        let names = query.captureNames
        for match in 0..<self.patterns.count where patterns.contains(Int(self.patterns[match])) {
            let range = Int(starts[match])..<Int(starts[match + 1])
            var captures: [QueryCapture] = []
            captures.reserveCapacity(range.count)
            for i in range {
                let id = Int(ids[i])
                captures.append(QueryCapture(name: names[id], index: id, node: Node(nodes[i], tree: tree)))
            }
            body(QueryMatch(pattern: Int(self.patterns[match]), captures: captures))
        }
    }
}
