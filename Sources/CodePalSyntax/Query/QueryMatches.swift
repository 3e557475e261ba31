import CTreeSitter

public struct QueryCapture: Sendable {
    public let name: String
    public let index: Int
    public let node: Node
}

public struct QueryMatch: Sendable {
    public let pattern: Int
    public let captures: [QueryCapture]

    public init(pattern: Int, captures: [QueryCapture]) {
        self.pattern = pattern
        self.captures = captures
    }

    public func first(_ name: String) -> Node? { captures.first { $0.name == name }?.node }

    public func nodes(_ name: String) -> [Node] { captures.filter { $0.name == name }.map(\.node) }
}

extension Query {
    /// All matches under `node` whose predicates hold, in document order.
    /// - Parameter range: restricts matching to nodes intersecting this byte range.
    public func matches(in node: Node, source: [UInt8], range: Range<Int>? = nil, aliases: TextAliases? = nil) -> [QueryMatch] {
        var results: [QueryMatch] = []
        forEachMatch(in: node, source: source, range: range, aliases: aliases) { results.append($0) }
        return results
    }

    /// Calls `body` with each match under `node` whose predicates hold, in document order.
    /// Predicates are checked on the raw match, against the source bytes, before any Swift value is
    /// built: in a lint run nearly every raw match fails a text predicate.
    /// - Parameter aliases: other texts names stand for, seen by positive text predicates.
    /// - Parameter range: honoured by the tree-sitter engine only; the matcher walks the whole tree.
    public func forEachMatch(in node: Node, source: [UInt8], range: Range<Int>? = nil, aliases: TextAliases? = nil,
                             _ body: (QueryMatch) -> Void) {
        var unused = DeferredMatches()
        forEachMatch(in: node, source: source, range: range, aliases: aliases, aliasedPatterns: 0..<patternCount, deferring: 0..<0,
                     into: &unused, body)
    }

    /// `forEachMatch`, with aliases seen only by the predicates of `aliasedPatterns`, and the
    /// matches of `deferring` kept in `deferred` as records instead of being handed to `body`
    /// (one walk serving the rules and the facts that ride along with them).
    public func forEachMatch(in node: Node, source: [UInt8], range: Range<Int>? = nil, aliases: TextAliases?,
                             aliasedPatterns: Range<Int>, deferring: Range<Int>, into deferred: inout DeferredMatches,
                             _ body: (QueryMatch) -> Void) {
        source.withUnsafeBufferPointer { bytes in
            switch backend {
            case .treeSitter(let pointer):
                guard let cursor = ts_query_cursor_new() else { return }
                defer { ts_query_cursor_delete(cursor) }
                if let range {
                    ts_query_cursor_set_byte_range(cursor, UInt32(range.lowerBound), UInt32(range.upperBound))
                }
                ts_query_cursor_exec(cursor, pointer, node.raw)
                var match = TSQueryMatch()
                while ts_query_cursor_next_match(cursor, &match) {
                    // Null for a match without captures.
                    let raw = match.captures
                    report(Int(match.pattern_index), count: Int(match.capture_count), node: { raw![$0].node }, id: { Int(raw![$0].index) },
                           tree: node.tree, bytes: bytes, aliases: aliases,
                           aliasedPatterns: aliasedPatterns, deferring: deferring, deferred: &deferred, body)
                }
            case .matcher(let program):
                // Aliases only widen positive predicates: giving up with them for every pattern
                // gives up less, never more, than the query alone would.
                // A deferred pattern's regular expressions are read only when its matches are
                // asked for (taint.scm's name regexes on every file cost more than the walk saved);
                // its text comparisons still give a partial match up at once: without them, a
                // pattern pairing two children of one node keeps every pair of children of a big
                // object or array as a partial match (quadratic in the children).
                let gaveUp = { (pattern: Int, capture: UInt16, node: TSNode) in
                    self.failsEarly(pattern: pattern, capture: Int(capture), node: node, bytes: bytes, aliases: aliases,
                                    textOnly: deferring.contains(self.merged?.members[pattern].first ?? pattern))
                }
                let enabled = literalFilter?.enabled(bytes, withAliases: aliases != nil)
                PatternMatcher(program: program).forEachMatch(in: node.raw, enabled: enabled, givingUp: gaveUp) { pattern, raw in
                    report(pattern, count: raw.count, node: { raw[$0].tsNode }, id: { Int(raw[$0].id) },
                           tree: node.tree, bytes: bytes, aliases: aliases,
                           aliasedPatterns: aliasedPatterns, deferring: deferring, deferred: &deferred, body)
                }
            }
        }
    }

    /// One raw match of compiled pattern `compiled`: reported once per written pattern it stands
    /// for whose predicates hold, under that pattern's capture names.
    @inline(__always)
    private func report(_ compiled: Int, count: Int, node rawNode: (Int) -> TSNode, id rawID: (Int) -> Int, tree: SyntaxTree,
                        bytes: UnsafeBufferPointer<UInt8>, aliases: TextAliases?, aliasedPatterns: Range<Int>,
                        deferring: Range<Int>, deferred: inout DeferredMatches, _ body: (QueryMatch) -> Void) {
        // Without merging a match is its one pattern's: no array per match on this path.
        let members = merged?.members[compiled]
        for member in 0..<(members?.count ?? 1) {
            let pattern = members?[member] ?? compiled
            // A pattern merged into another's shape names the same nodes with its own captures.
            let map = merged?.captureMaps[pattern]
            @inline(__always) func id(_ i: Int) -> Int {
                let index = rawID(i)
                return map?[index] ?? index
            }
            // Kept before their predicates are read: most files never ask for them, and the text
            // predicates of taint.scm (case-insensitive regexes on names) cost more than the walk.
            if deferring.contains(pattern) {
                deferred.append(pattern: pattern, count: count, id: id, node: rawNode)
                continue
            }
            let checks = predicates[pattern]
            if !checks.isEmpty {
                func ranges(_ index: Int) -> [Range<Int>] {
                    var found: [Range<Int>] = []
                    for i in 0..<count where id(i) == index {
                        let start = Int(ts_node_start_byte(rawNode(i)))
                        found.append(start..<max(start, Int(ts_node_end_byte(rawNode(i)))))
                    }
                    return found
                }
                let seen = aliasedPatterns.contains(pattern) ? aliases : nil
                guard checks.allSatisfy({ $0.holds(ranges, source: bytes, aliases: seen) }) else { continue }
            }
            var captures: [QueryCapture] = []
            captures.reserveCapacity(count)
            for i in 0..<count {
                captures.append(QueryCapture(name: captureNames[id(i)], index: id(i), node: Node(rawNode(i), tree: tree)))
            }
            body(QueryMatch(pattern: pattern, captures: captures))
        }
    }
}
