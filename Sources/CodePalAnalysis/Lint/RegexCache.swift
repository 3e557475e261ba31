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
        lock.lock()
        let regex: NSRegularExpression?
        if let cached = compiled[pattern] {
            regex = cached
        } else {
            regex = try? NSRegularExpression(pattern: pattern)
            compiled[pattern] = regex
        }
        lock.unlock()
        guard let regex else { return false }
        return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }
}
