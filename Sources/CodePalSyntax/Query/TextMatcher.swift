import Foundation

/// A `#match?` regular expression, with the shapes rule files use most answered on bytes:
/// a lint run evaluates predicates millions of times, and NSRegularExpression first converts
/// every subject to UTF-16.
enum TextMatcher {
    /// `^(a|b|c)$`: one of these exact texts.
    case exact(ByteSet)
    /// `^abc`: starts with the literal.
    case prefix([UInt8])
    /// `abc` (unanchored, no metacharacters): contains the literal.
    case contains([UInt8])
    /// Any other expression, run only when the text contains one of the literals every match
    /// must contain (when the expression has such literals): most texts fail that scan.
    case regex(NSRegularExpression, required: [[UInt8]]?)
    /// `(?i)...`: the same, the literals (lower-cased) looked for without regard to ASCII case.
    /// taint.scm asks this of every name that receives a value (`(?i)(reset|auth|...)_?token|...`).
    case regexIgnoringCase(NSRegularExpression, required: [[UInt8]])

    init(pattern: String) throws {
        if let shape = Self.literalShape(pattern) {
            self = shape
        } else if pattern.hasPrefix("(?i)"), let required = RequiredLiterals.of(String(pattern.dropFirst(4))) {
            self = .regexIgnoringCase(try NSRegularExpression(pattern: pattern), required: required.map { $0.map(Self.lowercased) })
        } else {
            self = .regex(try NSRegularExpression(pattern: pattern), required: RequiredLiterals.of(pattern))
        }
    }

    /// Texts one of which every text this matches contains, nil when there is no such set.
    var requiredLiterals: [[UInt8]]? {
        switch self {
        case .exact(let set): return set.values
        case .prefix(let literal), .contains(let literal): return [literal]
        case .regex(_, let required): return required
        // The file's literal scan is case-sensitive.
        case .regexIgnoringCase: return nil
        }
    }

    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .exact(let set): return set.contains(bytes)
        case .prefix(let literal):
            return bytes.count >= literal.count && literal.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, literal.count) == 0 }
        case .contains(let literal): return Self.find(literal, in: bytes)
        case .regex(let regex, let required):
            if let required, !required.contains(where: { Self.find($0, in: bytes) }) { return false }
            let value = String(decoding: bytes, as: UTF8.self)
            return regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        case .regexIgnoringCase(let regex, let required):
            // ICU folds case beyond ASCII (the Kelvin sign matches `k`): the literals decide
            // only for ASCII text.
            if !required.contains(where: { Self.findIgnoringCase($0, in: bytes) }), !bytes.contains(where: { $0 >= 0x80 }) { return false }
            let value = String(decoding: bytes, as: UTF8.self)
            return regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Whether `haystack` contains `needle` (lower-case) in any ASCII case.
    static func findIgnoringCase(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where lowercased(haystack[start]) == first {
            var i = 1
            while i < needle.count, lowercased(haystack[start + i]) == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }

    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstIndex(of: needle, in: haystack) != nil
    }

    /// Recognises patterns made only of literal text (with `\`-escaped punctuation), optionally
    /// anchored, optionally a single group of alternatives between both anchors.
    static func literalShape(_ pattern: String) -> TextMatcher? {
        var body = Substring(pattern)
        let start = body.hasPrefix("^")
        if start { body = body.dropFirst() }
        let end = body.hasSuffix("$") && !body.hasSuffix("\\$")
        if end { body = body.dropLast() }
        if start, end, body.hasPrefix("("), body.hasSuffix(")"), !body.hasPrefix("(?") {
            let inner = body.dropFirst().dropLast()
            guard !inner.contains("(") && !inner.contains(")") else { return nil }
            let alternatives = inner.split(separator: "|", omittingEmptySubsequences: false).map { unescape($0) }
            guard alternatives.allSatisfy({ $0 != nil }) else { return nil }
            return .exact(ByteSet(alternatives.map { $0! }))
        }
        guard let literal = unescape(body), !literal.isEmpty else { return nil }
        switch (start, end) {
        case (true, true): return .exact(ByteSet([literal]))
        case (true, false): return .prefix(literal)
        case (false, false): return .contains(literal)
        case (false, true): return nil
        }
    }

    /// The literal bytes of a regex fragment, or nil when it has any metacharacter.
    private static func unescape(_ fragment: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        var escaped = false
        for byte in fragment.utf8 {
            if escaped {
                // Only escaped punctuation is literal; `\d`, `\s`, `\b` and friends are classes.
                guard !(byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A) else { return nil }
                out.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if Array(".^$|?*+()[]{}".utf8).contains(byte) {
                return nil
            } else {
                out.append(byte)
            }
        }
        return escaped ? nil : out
    }
}

/// Exact byte strings, compared without building a String.
struct ByteSet {
    private var byLength: [Int: [[UInt8]]] = [:]

    init<S: Sequence>(_ values: S) where S.Element == [UInt8] {
        for value in values { byLength[value.count, default: []].append(value) }
    }

    init(strings: Set<String>) { self.init(strings.map { Array($0.utf8) }) }

    var values: [[UInt8]] { byLength.values.flatMap { $0 } }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let candidates = byLength[bytes.count] else { return false }
        guard let base = bytes.baseAddress else { return true }
        for candidate in candidates where candidate.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) == 0 }) {
            return true
        }
        return false
    }
}
