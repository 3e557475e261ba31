import CTreeSitter

/// Matches of one walk kept as compact records (pattern, capture ids, raw nodes) for a consumer
/// that may not need them: the taint facts and the scope graph ride the rule set's walk
/// (`Query.forEachMatch(..., deferring:)`), and most files ask for one of them or neither.
/// Their predicates are read, and `Node` and `QueryMatch` values made, only when asked.
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

    /// Whether a match of a pattern in `patterns` that holds its predicates captures one of the
    /// capture ids `wanted` marks.
    public func contains(capturing wanted: [Bool], in patterns: Range<Int>, query: Query, source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { bytes in
            for match in 0..<self.patterns.count where patterns.contains(Int(self.patterns[match])) {
                let range = Int(starts[match])..<Int(starts[match + 1])
                if range.contains(where: { wanted[Int(ids[$0])] }), holds(match, query: query, bytes: bytes) { return true }
            }
            return false
        }
    }

    /// Whether match `match` holds its pattern's predicates (without import aliases: the
    /// deferred patterns are not the rules').
    private func holds(_ match: Int, query: Query, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let checks = query.predicates[Int(patterns[match])]
        guard !checks.isEmpty else { return true }
        let range = Int(starts[match])..<Int(starts[match + 1])
        func ranges(_ index: Int) -> [Range<Int>] {
            var found: [Range<Int>] = []
            for i in range where Int(ids[i]) == index {
                let start = Int(ts_node_start_byte(nodes[i]))
                found.append(start..<max(start, Int(ts_node_end_byte(nodes[i]))))
            }
            return found
        }
        return checks.allSatisfy { $0.holds(ranges, source: bytes, aliases: nil) }
    }

    /// The matches of the patterns in `patterns`, in the order the walk found them, as `query`
    /// (the query that made them) names their captures.
    public func forEach(in patterns: Range<Int>, query: Query, tree: SyntaxTree, source: [UInt8], _ body: (QueryMatch) -> Void) {
        let names = query.captureNames
        source.withUnsafeBufferPointer { bytes in
        for match in 0..<self.patterns.count where patterns.contains(Int(self.patterns[match])) && holds(match, query: query, bytes: bytes) {
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
}
