/// `MatchQuality` for many names against one query without allocating per name: the query is
/// prepared once, and each name brings its lower-cased bytes and word starts, computed when the
/// name was loaded. Used where every symbol of a workspace is ranked per keystroke.
public struct NameMatcher: Sendable {
    /// A name prepared for matching.
    public struct Prepared: Sendable {
        let lowered: [UInt8]
        let starts: [Bool]

        public init(_ name: String) {
            let bytes = Array(name.utf8)
            lowered = NameMatcher.lowercased(name)
            starts = MatchQuality.wordStarts(bytes)
        }
    }

    private let query: [UInt8]

    public init(_ query: String) {
        self.query = Self.lowercased(query)
    }

    /// ASCII letters lowered, other bytes as they are: what `Prepared` and queries compare.
    public static func lowercased(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Whether the query's bytes occur in order in `lowered` (a `lowercased` name): every match
    /// quality needs it, and most names of a workspace fail it.
    public func isSubsequence(of lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard query.count <= lowered.count else { return false }
        return query.withUnsafeBufferPointer { q in
            guard let first = q.first else { return true }
            var i = 0
            var wanted = first
            for byte in lowered where byte == wanted {
                i += 1
                if i == q.count { return true }
                wanted = q[i]
            }
            return false
        }
    }

    /// The query, ASCII letters lowered.
    public var loweredQuery: [UInt8] { query }

    /// The same answer as `MatchQuality(query:name:)`.
    public func quality(_ name: Prepared) -> MatchQuality? {
        name.lowered.withUnsafeBufferPointer { lowered in
            name.starts.withUnsafeBufferPointer { starts in quality(lowered: lowered, starts: starts) }
        }
    }

    /// The same answer as `MatchQuality(query:name:)`, for a name given as its `lowercased` bytes
    /// and its word starts (`MatchQuality.wordStarts`), wherever they are stored.
    public func quality(lowered n: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Bool>) -> MatchQuality? {
        let q = query
        if q.isEmpty { return .prefix }
        guard q.count <= n.count else { return nil }
        // Subsequence first: most names fail here, at the cost of one scan.
        var i = 0
        for byte in n where i < q.count && byte == q[i] { i += 1 }
        guard i == q.count else { return nil }
        if q.count == n.count { return .exact }
        if n.starts(with: q) { return .prefix }
        if humps(n, starts) { return .humps }
        for start in 0...(n.count - q.count) where n[start] == q[0] && n[start..<start + q.count].elementsEqual(q) { return .substring }
        return .subsequence
    }

    /// Greedy with backtracking, as in `MatchQuality`: each query byte at a word start or right
    /// after the previous match, the first at a word start.
    private func humps(_ n: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Bool>) -> Bool {
        var failed = Set<Int>()
        func match(_ qi: Int, _ from: Int, _ previous: Int) -> Bool {
            if qi == query.count { return true }
            let key = qi &* 65_536 &+ from
            if previous >= 0, failed.contains(key) { return false }
            var j = from
            while j < n.count {
                if n[j] == query[qi] && (starts[j] || j == previous + 1) && match(qi + 1, j + 1, j) { return true }
                j += 1
            }
            if previous >= 0 { failed.insert(key) }
            return false
        }
        return match(0, 0, -2)
    }
}
