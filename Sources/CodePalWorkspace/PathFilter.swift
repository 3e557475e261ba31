import Foundation

/// Glob patterns as `.gitignore` and `.codepal.toml` use them: `*` and `?` within a path segment,
/// `**` across segments, a trailing `/` for folders only, a leading `/` (or any inner `/`) to anchor
/// at the base folder, `!` to re-include. A pattern without a slash matches a name at any depth.
struct PathPattern {
    let regex: NSRegularExpression
    let negated: Bool
    let directoryOnly: Bool

    init?(_ raw: String) {
        var pattern = raw.trimmingCharacters(in: .whitespaces)
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
        negated = pattern.hasPrefix("!")
        if negated { pattern.removeFirst() }
        directoryOnly = pattern.hasSuffix("/")
        if directoryOnly { pattern.removeLast() }
        let anchored = pattern.contains("/")
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        var regex = anchored ? "^" : "^(?:.*/)?"
        var chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                if i + 2 < chars.count, chars[i + 2] == "/" { regex += "(?:.*/)?"; i += 3; continue }
                regex += ".*"; i += 2; continue
            }
            switch c {
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            default: regex += NSRegularExpression.escapedPattern(for: String(c))
            }
            i += 1
        }
        chars = []
        regex += "(?:/.*)?$"
        guard let compiled = try? NSRegularExpression(pattern: regex) else { return nil }
        self.regex = compiled
    }

    func matches(_ relativePath: String) -> Bool {
        regex.firstMatch(in: relativePath, range: NSRange(relativePath.startIndex..., in: relativePath)) != nil
    }
}

/// The patterns of one `.gitignore` (or a settings list), relative to `base`.
public struct IgnoreRules {
    let base: String
    let patterns: [PathPattern]

    public init(base: String, lines: [String]) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        patterns = lines.compactMap(PathPattern.init)
    }

    public static func gitignore(in folder: String) -> IgnoreRules? {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(".gitignore")) else { return nil }
        return IgnoreRules(base: folder, lines: String(decoding: data, as: UTF8.self).components(separatedBy: .newlines))
    }

    /// nil when no pattern speaks about the path, else whether it is ignored (last match wins).
    public func verdict(_ path: String, isDirectory: Bool) -> Bool? {
        guard let relative = Self.relative(path, to: base) else { return nil }
        var result: Bool?
        for pattern in patterns where (!pattern.directoryOnly || isDirectory) && pattern.matches(relative) {
            result = !pattern.negated
        }
        return result
    }

    public static func relative(_ path: String, to base: String) -> String? {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let root = URL(fileURLWithPath: base).standardizedFileURL.path
        if full == root { return nil }
        let prefix = root == "/" ? "/" : root + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : nil
    }
}
