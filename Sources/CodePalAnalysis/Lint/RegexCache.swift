import Foundation

/// Compiled expressions of the `path-not-matching`, `source-not-matching` and `resolves-to`
/// constraints; compiling per match was a measurable cost.
enum RegexCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: NSRegularExpression] = [:]

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
