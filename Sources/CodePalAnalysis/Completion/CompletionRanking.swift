/// The order of completion items. Strong matches (exact, prefix, camel/snake humps) come before
/// weak ones (substring, scattered letters) whatever their origin; within each group, names of
/// nearer scopes first (then members, builtins, keywords, snippets, workspace symbols to import),
/// then match quality, kind (variables and functions before types), how often this user accepted
/// the item before, and closeness of its definition to the cursor.
public enum CompletionRanking {
    public struct Ranked: Sendable {
        public let candidate: CompletionCandidate
        public let quality: MatchQuality
    }

    /// - Parameter acceptance: how often the user accepted this label before (the learning store
    ///   supplies it; zero until then).
    public static func rank(_ candidates: [CompletionCandidate], prefix: String, cursor: Int, limit: Int,
                            acceptance: (CompletionCandidate) -> Int = { _ in 0 }) -> (items: [Ranked], truncated: Bool) {
        let matcher = NameMatcher(prefix)
        var seen: Set<String> = []
        var matched: [(Ranked, key: [Int], label: String)] = []
        for candidate in candidates {
            guard seen.insert(candidate.label + "\u{0}" + candidate.kind.rawValue).inserted,
                  let quality = matcher.quality(NameMatcher.Prepared(candidate.label)) else { continue }
            let strength = quality <= .humps ? 0 : 1
            let tier = candidate.source == .scope ? candidate.scopeDistance : 100 + candidate.source.rawValue
            let distance = candidate.definitionOffset.map { abs(cursor - $0) } ?? Int.max / 2
            let key = [strength, tier, quality.rawValue, kindRank(candidate.kind), -acceptance(candidate), distance]
            matched.append((Ranked(candidate: candidate, quality: quality), key, candidate.label))
        }
        matched.sort { a, b in a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.label < b.label }
        return (matched.prefix(limit).map(\.0), matched.count > limit)
    }

    static func kindRank(_ kind: CompletionCandidate.Kind) -> Int {
        switch kind {
        case .variable, .parameter, .field, .property, .constant, .enumMember: return 0
        case .function, .method, .constructor: return 1
        case .class, .struct, .interface, .enum, .type, .module: return 2
        case .keyword, .snippet: return 3
        }
    }
}
