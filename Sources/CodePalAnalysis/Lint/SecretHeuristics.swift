import Foundation

/// Whether a string literal is likely a real secret: long, random-looking, not a placeholder.
enum SecretHeuristics {
    static let placeholders = ["xxx", "changeme", "change_me", "your", "example", "dummy", "placeholder", "todo",
                               "redacted", "<", "${", "{{", "***", "...", "test", "sample", "fake"]
    /// Whole values that only name what belongs there. As parts of a value these words prove
    /// nothing: `supersecret` and `mysecretkey` are real (weak) secrets someone committed.
    static let placeholderValues: Set<String> = ["secret", "password", "passwd", "pass", "token", "apikey", "api_key", "key"]

    static func unquote(_ literal: String) -> String {
        var s = Substring(literal)
        while let first = s.first, first.isLetter, s.count > 1, !"\"'`".contains(first) { s = s.dropFirst() }
        for quote in ["\"\"\"", "'''", "\"", "'", "`"] where s.hasPrefix(quote) && s.hasSuffix(quote) && s.count >= quote.count * 2 {
            return String(s.dropFirst(quote.count).dropLast(quote.count))
        }
        return String(s)
    }

    static func looksSecret(_ value: String, minLength: Int, minEntropy: Double) -> Bool {
        guard value.count >= minLength, !value.contains(" ") else { return false }
        let lower = value.lowercased()
        if placeholders.contains(where: { lower.contains($0) }) || placeholderValues.contains(lower) { return false }
        if Set(value).count <= 2 { return false }
        return entropy(value) >= minEntropy
    }

    /// Shannon entropy in bits per character.
    static func entropy(_ value: String) -> Double {
        var counts: [Character: Int] = [:]
        for c in value { counts[c, default: 0] += 1 }
        let n = Double(value.count)
        return counts.values.reduce(0) { total, count in
            let p = Double(count) / n
            return total - p * log2(p)
        }
    }
}
