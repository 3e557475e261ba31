import Foundation

/// Compiled expressions of the `path-not-matching`, `source-not-matching` and `resolves-to`
/// constraints; compiling per match was a measurable cost.
enum RegexCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: NSRegularExpression] = [:]

    /// For expressions built per match (a capture's text in them): compiled once, never kept.
    static func matchesUncached(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        guard let regex = regex(pattern) else { return false }
        return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    /// The first group of the first match, if the expression matches and the group took part.
    static func firstGroup(_ pattern: String, in text: String) -> String? {
        guard let found = regex(pattern)?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), found.numberOfRanges > 1,
              let range = Range(found.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The first group of every match that has it.
    static func allFirstGroups(_ pattern: String, in text: String) -> [String] {
        guard let regex = regex(pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { found in
            guard found.numberOfRanges > 1, let range = Range(found.range(at: 1), in: text) else { return nil }
            return String(text[range])
        }
    }

    /// The compiled expression, once per process (every file of every check asks).
    static func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}
