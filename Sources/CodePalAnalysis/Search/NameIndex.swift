/// Distinct names, numbered in the order search results take (shorter first, then by `String`
/// order), with what finds the names of each match quality for a query without reading every
/// name: a lowercased sort for exact and prefix matches, n-gram postings for substrings, the
/// letters at word starts for camel/snake humps; letters in order, the rare last resort, scan a
/// byte mask per name. Integer arrays and byte buffers only, so its
/// size follows the distinct names (ten copies of a library cost what one does), not the symbols.
public struct NameIndex: Sendable {
    /// Names end to end as written, lowercased (ASCII), and whether each byte starts a word.
    private let bytes: [UInt8]
    private let lowered: [UInt8]
    private let wordStarts: [Bool]
    /// Where each name starts in the buffers (one more entry than names).
    private let offsets: [Int32]
    /// Name ids in order of their lowercased bytes: the exact and prefix matches of a query are
    /// one range, found by binary search.
    private let byLowered: [Int32]
    /// Every three bytes of each lowercased name padded with two zero bytes (`ab` gives `ab\0`,
    /// `b\0\0`), so that a substring of one or two bytes is a range of keys and a longer one the
    /// intersection of its trigrams.
    private let grams: Postings
    /// Letters at word starts: `(1, c)` a word starts with c; `(2, c, d)` a word starts with c
    /// and d follows; `(3, c, d)` a word starting with c comes before one starting with d. A
    /// humps match of `cd...` has c at a word start and d either right after it or at a later
    /// word start, so its names are in `(2, c, d)` or `(3, c, d)`; of a one-letter query, in `(1, c)`.
    private let humps: Postings
    /// The bytes each lowercased name has, as bit `byte % 64`: the first test of a
    /// subsequence-only match, eight bytes a name.
    private let masks: [UInt64]

    /// At most this many names (shortest first) that have every byte of the query are verified
    /// for a subsequence-only match (the last bucket): a query of letters that are everywhere
    /// would otherwise verify most names.
    public static let subsequenceCap = 20_000

    /// - Parameter names: distinct names, already in result order (see `precedes`).
    public init(names: [String]) {
        var bytes: [UInt8] = [], lowered: [UInt8] = [], wordStarts: [Bool] = [], offsets: [Int32] = [0]
        offsets.reserveCapacity(names.count + 1)
        for name in names {
            let own = Array(name.utf8)
            bytes += own
            lowered += NameMatcher.lowercased(name)
            wordStarts += MatchQuality.wordStarts(own)
            offsets.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.lowered = lowered
        self.wordStarts = wordStarts
        self.offsets = offsets
        byLowered = lowered.withUnsafeBufferPointer { buffer in
            (0..<Int32(names.count)).sorted { a, b in
                let x = UnsafeBufferPointer(rebasing: buffer[Int(offsets[Int(a)])..<Int(offsets[Int(a) + 1])])
                let y = UnsafeBufferPointer(rebasing: buffer[Int(offsets[Int(b)])..<Int(offsets[Int(b) + 1])])
                return x.lexicographicallyPrecedes(y) || (x.elementsEqual(y) && a < b)
            }
        }
        var gramPairs: [UInt64] = [], humpPairs: [UInt64] = []
        gramPairs.reserveCapacity(lowered.count)
        for id in 0..<names.count {
            let start = Int(offsets[id]), end = Int(offsets[id + 1])
            let name = UInt64(id)
            func byte(_ i: Int) -> UInt32 { i < end ? UInt32(lowered[i]) : 0 }
            for i in start..<end {
                gramPairs.append(UInt64(byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2)) << 32 | name)
            }
            let starts = (start..<end).filter { wordStarts[$0] }
            for (n, i) in starts.enumerated() {
                humpPairs.append(UInt64(1 << 16 | byte(i) << 8) << 32 | name)
                if i + 1 < end { humpPairs.append(UInt64(2 << 16 | byte(i) << 8 | byte(i + 1)) << 32 | name) }
                for j in starts[(n + 1)...] { humpPairs.append(UInt64(3 << 16 | byte(i) << 8 | byte(j)) << 32 | name) }
            }
        }
        grams = Postings(gramPairs)
        humps = Postings(humpPairs)
        masks = (0..<names.count).map { Self.mask(lowered[Int(offsets[$0])..<Int(offsets[$0 + 1])]) }
    }

    private static func mask<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    public var count: Int { offsets.count - 1 }

    public func name(_ id: Int32) -> String {
        String(decoding: bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    /// The ids of the names whose match quality for `matcher`'s query is `quality`, ascending.
    /// Subsequence matches are looked for among at most `subsequenceCap` names, shortest first.
    public func names(matching matcher: NameMatcher, quality: MatchQuality, subsequenceCap: Int = NameIndex.subsequenceCap) -> [Int32] {
        let query = matcher.loweredQuery
        switch quality {
        case .exact, .prefix:
            if query.isEmpty { return quality == .prefix ? Array(0..<Int32(count)) : [] }
            let range = prefixRange(query)
            // The names equal to the query sort first in the range.
            let ids = byLowered[range].filter { (offsets[Int($0) + 1] - offsets[Int($0)] == Int32(query.count)) == (quality == .exact) }
            return ids.sorted()
        case .humps:
            guard !query.isEmpty else { return [] }
            let first = UInt32(query[0]) << 8
            let candidates = query.count == 1
                ? Array(humps.list(1 << 16 | first))
                : Self.union(humps.list(2 << 16 | first | UInt32(query[1])), humps.list(3 << 16 | first | UInt32(query[1])))
            return verified(candidates, matcher, quality)
        case .substring:
            guard !query.isEmpty else { return [] }
            if query.count < 3 {
                let low = UInt32(query[0]) << 16 | (query.count == 2 ? UInt32(query[1]) << 8 : 0)
                let high = low | (query.count == 2 ? 0xFF : 0xFFFF)
                return verified(grams.union(keys: low...high), matcher, quality)
            }
            var lists = (0..<(query.count - 2)).map { i in grams.list(UInt32(query[i]) << 16 | UInt32(query[i + 1]) << 8 | UInt32(query[i + 2])) }
            lists.sort { $0.count < $1.count }
            var candidates = Array(lists[0])
            for list in lists.dropFirst() where !candidates.isEmpty { candidates = Self.intersection(candidates, list) }
            return verified(candidates, matcher, quality)
        case .subsequence:
            guard !query.isEmpty else { return [] }
            // Names with every byte of the query, by a scan of eight bytes a name: the postings of
            // the query's rarest byte alone left more than the cap on ten copies of the stdlib.
            let wanted = Self.mask(query)
            var candidates: [Int32] = []
            for id in masks.indices where masks[id] & wanted == wanted {
                candidates.append(Int32(id))
                if candidates.count == subsequenceCap { break }
            }
            return verified(candidates, matcher, quality)
        }
    }

    /// The names in `range` of `byLowered` whose lowercased bytes start with `query`.
    private func prefixRange(_ query: [UInt8]) -> Range<Int> {
        lowered.withUnsafeBufferPointer { buffer in
            func name(_ position: Int) -> UnsafeBufferPointer<UInt8> {
                let id = Int(byLowered[position])
                return UnsafeBufferPointer(rebasing: buffer[Int(offsets[id])..<Int(offsets[id + 1])])
            }
            // First name not below the query, then first name that does not start with it.
            var low = 0, high = byLowered.count
            while low < high {
                let mid = (low + high) / 2
                if name(mid).lexicographicallyPrecedes(query) { low = mid + 1 } else { high = mid }
            }
            let start = low
            high = byLowered.count
            while low < high {
                let mid = (low + high) / 2
                if name(mid).starts(with: query) { low = mid + 1 } else { high = mid }
            }
            return start..<low
        }
    }

    private func verified(_ candidates: [Int32], _ matcher: NameMatcher, _ quality: MatchQuality) -> [Int32] {
        lowered.withUnsafeBufferPointer { names in
            wordStarts.withUnsafeBufferPointer { starts in
                candidates.filter { id in
                    let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
                    return matcher.quality(lowered: UnsafeBufferPointer(rebasing: names[range]),
                                           starts: UnsafeBufferPointer(rebasing: starts[range])) == quality
                }
            }
        }
    }

    static func union(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex || j < b.endIndex {
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else {
                if i < a.endIndex && a[i] == b[j] { i += 1 }
                result.append(b[j]); j += 1
            }
        }
        return result
    }

    /// `a` is the shorter: each of its ids is looked for in `b` by a galloping search.
    static func intersection(_ a: [Int32], _ b: ArraySlice<Int32>) -> [Int32] {
        var result: [Int32] = []
        var low = b.startIndex
        for id in a {
            var step = 1, high = low
            while high < b.endIndex && b[high] < id { low = high + 1; high += step; step *= 2 }
            high = min(high, b.endIndex)
            while low < high {
                let mid = (low + high) / 2
                if b[mid] < id { low = mid + 1 } else { high = mid }
            }
            if low < b.endIndex && b[low] == id { result.append(id) }
        }
        return result
    }
}

/// Sorted keys, each with an ascending list of name ids, in three flat arrays.
private struct Postings: Sendable {
    let keys: [UInt32]
    let offsets: [Int32]
    let ids: [Int32]

    /// - Parameter pairs: key in the high 32 bits, name id in the low ones, in any order, repeats allowed.
    init(_ pairs: [UInt64]) {
        var keys: [UInt32] = [], offsets: [Int32] = [], ids: [Int32] = []
        var previous: UInt64?
        for pair in pairs.sorted() where pair != previous {
            previous = pair
            let key = UInt32(pair >> 32)
            if keys.last != key {
                keys.append(key)
                offsets.append(Int32(ids.count))
            }
            ids.append(Int32(truncatingIfNeeded: pair))
        }
        offsets.append(Int32(ids.count))
        self.keys = keys
        self.offsets = offsets
        self.ids = ids
    }

    private func position(_ key: UInt32) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func list(_ key: UInt32) -> ArraySlice<Int32> {
        let i = position(key)
        guard i < keys.count, keys[i] == key else { return [] }
        return ids[Int(offsets[i])..<Int(offsets[i + 1])]
    }

    /// The ids of every key in `range`, ascending, without repeats.
    func union(keys range: ClosedRange<UInt32>) -> [Int32] {
        let slice = ids[Int(offsets[position(range.lowerBound)])..<Int(offsets[position(range.upperBound &+ 1)])]
        var result = slice.sorted()
        var kept = 0
        for i in result.indices where kept == 0 || result[kept - 1] != result[i] {
            result[kept] = result[i]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }
}
