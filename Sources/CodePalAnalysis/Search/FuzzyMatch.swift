/// How well a typed query matches a name, the ranking workspace symbol search and completion
/// share. Case-insensitive; better matches compare lower.
public enum MatchQuality: Int, Comparable, Sendable {
    case exact, prefix
    /// Every query character starts or continues a word of the name, words in order:
    /// `gfn` or `getFN` for `getFileName` and `get_file_name`.
    case humps
    case substring
    /// The query's characters appear in order somewhere in the name.
    case subsequence

    public static func < (a: MatchQuality, b: MatchQuality) -> Bool { a.rawValue < b.rawValue }

    /// nil when the name does not contain the query's characters in order. An empty query
    /// matches everything as a prefix.
    public init?(query: String, name: String) {
        let q = Array(query.utf8).map(Self.lower)
        let n = Array(name.utf8)
        let lowered = n.map(Self.lower)
        if q.isEmpty { self = .prefix; return }
        if q == lowered { self = .exact; return }
        if lowered.starts(with: q) { self = .prefix; return }
        if Self.matchesHumps(q, n, lowered) { self = .humps; return }
        if Self.contains(lowered, q) { self = .substring; return }
        var i = 0
        for c in lowered where i < q.count && c == q[i] { i += 1 }
        guard i == q.count else { return nil }
        self = .subsequence
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Word starts: the first character, a letter after `_`, `-`, `.`, `$` or a digit boundary,
    /// and an upper-case letter after a lower-case one (camelCase) or before a lower-case one
    /// at the end of an acronym (`HTTPServer`: H, S).
    static func wordStarts(_ name: [UInt8]) -> [Bool] {
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isSeparator(_ b: UInt8) -> Bool { b == 0x5F || b == 0x2D || b == 0x2E || b == 0x24 }
        var starts = Array(repeating: false, count: name.count)
        for i in name.indices where !isSeparator(name[i]) {
            if i == 0 || isSeparator(name[i - 1]) { starts[i] = true; continue }
            if isUpper(name[i]) && (isLower(name[i - 1]) || (i + 1 < name.count && isLower(name[i + 1]) && isUpper(name[i - 1]))) {
                starts[i] = true
            }
        }
        // A name that starts with separators (`__init__`) starts at its first letter.
        if let first = name.firstIndex(where: { !isSeparator($0) }) { starts[first] = true }
        return starts
    }

    /// Query characters matched in order, each at a word start or right after the previous
    /// match; the first at a word start. Backtracks over the choices (names are short).
    private static func matchesHumps(_ q: [UInt8], _ name: [UInt8], _ lowered: [UInt8]) -> Bool {
        let starts = wordStarts(name)
        var failed = Set<Int>()  // (query index, name index) pairs known to fail, packed
        func match(_ qi: Int, _ from: Int, _ previous: Int) -> Bool {
            if qi == q.count { return true }
            let key = qi &* 4096 &+ from
            if previous >= 0, failed.contains(key &* 2 &+ 1) { return false }
            var j = from
            while j < lowered.count {
                if lowered[j] == q[qi] && (starts[j] || j == previous + 1) && match(qi + 1, j + 1, j) { return true }
                j += 1
            }
            if previous >= 0 { failed.insert(key &* 2 &+ 1) }
            return false
        }
        return match(0, 0, -2)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        return false
    }
}
