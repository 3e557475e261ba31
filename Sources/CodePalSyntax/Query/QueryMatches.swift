import CTreeSitter

public struct QueryCapture: Sendable {
    public let name: String
    public let index: Int
    public let node: Node
}

public struct QueryMatch: Sendable {
    public let pattern: Int
    public let captures: [QueryCapture]

    public func first(_ name: String) -> Node? { captures.first { $0.name == name }?.node }

    public func nodes(_ name: String) -> [Node] { captures.filter { $0.name == name }.map(\.node) }
}

extension Query {
    /// All matches under `node` whose predicates hold, in document order.
    /// - Parameter range: restricts matching to nodes intersecting this byte range.
    public func matches(in node: Node, source: [UInt8], range: Range<Int>? = nil) -> [QueryMatch] {
        guard let cursor = ts_query_cursor_new() else { return [] }
        defer { ts_query_cursor_delete(cursor) }
        if let range {
            ts_query_cursor_set_byte_range(cursor, UInt32(range.lowerBound), UInt32(range.upperBound))
        }
        ts_query_cursor_exec(cursor, pointer, node.raw)
        var results: [QueryMatch] = []
        var match = TSQueryMatch()
        while ts_query_cursor_next_match(cursor, &match) {
            let pattern = Int(match.pattern_index)
            var captures: [QueryCapture] = []
            captures.reserveCapacity(Int(match.capture_count))
            for i in 0..<Int(match.capture_count) {
                let capture = match.captures[i]
                captures.append(QueryCapture(name: captureNames[Int(capture.index)], index: Int(capture.index),
                                             node: Node(capture.node, tree: node.tree)))
            }
            let checks = predicates[pattern]
            if !checks.isEmpty {
                // Text is extracted per predicate, and the first failing predicate ends the check:
                // a capture of a whole block costs nothing unless a predicate reads it.
                var texts: [Int: [String]] = [:]
                var holds = true
                for check in checks {
                    for index in check.captures where texts[index] == nil {
                        let values = captures.filter { $0.index == index }.map { $0.node.text(in: source) }
                        if !values.isEmpty { texts[index] = values }
                    }
                    if !check.holds(texts) { holds = false; break }
                }
                guard holds else { continue }
            }
            results.append(QueryMatch(pattern: pattern, captures: captures))
        }
        return results
    }
}
