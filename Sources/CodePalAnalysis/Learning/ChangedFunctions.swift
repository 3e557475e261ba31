import Foundation

/// The cognitive complexity of functions written or changed, from one measured revision of a
/// document to the next: a function that is new, or whose complexity changed, is recorded with
/// its band. The first measure of a document is its baseline, not the user's doing.
public enum ChangedFunctions {
    /// - Parameters:
    ///   - previous: cognitive complexity per qualified function name at the last measured
    ///     revision, nil for the first.
    ///   - current: the same for this revision.
    public static func events(from previous: [String: Int]?, to current: [String: Int], origin: FindingLedger.Origin, at now: Date) -> [LearningEvent] {
        guard let previous else { return [] }
        return current.keys.sorted().compactMap { name in
            let cognitive = current[name]!
            guard previous[name] != cognitive else { return nil }
            return LearningEvent(user: origin.user, at: now, kind: .functionComplexity, category: "complexity", language: origin.language,
                                 count: cognitive, detail: band(cognitive))
        }
    }

    /// Cognitive complexity bands: SonarSource's default limit is 15.
    public static func band(_ cognitive: Int) -> String {
        switch cognitive {
        case ..<5: return "simple"
        case ..<10: return "moderate"
        case ..<16: return "complex"
        default: return "too complex"
        }
    }
}
