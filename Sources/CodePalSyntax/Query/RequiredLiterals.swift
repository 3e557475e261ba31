/// The literal texts of which every match of a regular expression contains at least one, read
/// off the expression's syntax; nil when no such set can be shown (then the regex always runs).
///
/// Conservative by construction: alternatives must each yield a requirement, optional parts
/// (`?`, `*`, `{0,...}`, lookarounds) never do, and a case-insensitive flag gives up.
enum RequiredLiterals {
    static func of(_ pattern: String) -> [[UInt8]]? {
        let bytes = Array(pattern.utf8)
        guard !contains(bytes, "(?i") else { return nil }
        guard let found = alternation(bytes[...]), !found.isEmpty, found.allSatisfy({ !$0.isEmpty }) else { return nil }
        return found
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<$0 + needle.count]) == needle }
    }

    /// `a|b|c` at depth 0: every branch must have a requirement.
    private static func alternation(_ bytes: ArraySlice<UInt8>) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for branch in splitTopLevel(bytes) {
            guard let required = sequence(branch) else { return nil }
            result += required
        }
        return result
    }

    /// The best requirement of a sequence: its longest literal run, or a mandatory group's
    /// alternatives when their shortest is longer.
    private static func sequence(_ bytes: ArraySlice<UInt8>) -> [[UInt8]]? {
        var candidates: [[[UInt8]]] = []
        var run: [UInt8] = []
        func endRun() {
            if !run.isEmpty { candidates.append([run]) }
            run = []
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "\\"):
                guard i + 1 < bytes.endIndex else { return nil }
                let next = bytes[i + 1]
                let isClass = next >= 0x30 && next <= 0x39 || next >= 0x41 && next <= 0x5A || next >= 0x61 && next <= 0x7A
                i += 2
                if isClass {
                    endRun()
                    i = skipQuantifier(bytes, i).end
                } else {
                    let step = literal(next, bytes, i)
                    if let byte = step.keep { run.append(byte) }
                    if step.endsRun { endRun() }
                    i = step.next
                }
            case UInt8(ascii: "("):
                endRun()
                guard let close = matchingParen(bytes, i) else { return nil }
                let inner = bytes[(i + 1)..<close]
                let quantifier = skipQuantifier(bytes, close + 1)
                if !quantifier.optional, inner.first != UInt8(ascii: "?") || inner.starts(with: Array("?:".utf8)) {
                    let body = inner.starts(with: Array("?:".utf8)) ? inner.dropFirst(2) : inner
                    if let required = alternation(body), !required.isEmpty, required.allSatisfy({ !$0.isEmpty }) {
                        candidates.append(required)
                    }
                }
                i = quantifier.end
            case UInt8(ascii: "["):
                endRun()
                guard let close = classEnd(bytes, i) else { return nil }
                i = skipQuantifier(bytes, close + 1).end
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"):
                endRun()
                i = skipQuantifier(bytes, i + 1).end
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"), UInt8(ascii: ")"), UInt8(ascii: "|"):
                return nil  // a quantifier with nothing to repeat, or unbalanced: not worth reasoning about
            default:
                let step = literal(c, bytes, i + 1)
                if let byte = step.keep { run.append(byte) }
                if step.endsRun { endRun() }
                i = step.next
            }
        }
        endRun()
        return candidates.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) }
    }

    /// A literal byte extends the run, unless a quantifier follows: then the byte is optional or
    /// repeated, and the run ends before (`?`, `*`, `{`) or after (`+`) it.
    private static func literal(_ byte: UInt8, _ bytes: ArraySlice<UInt8>, _ next: Int) -> (keep: UInt8?, endsRun: Bool, next: Int) {
        let quantifier = skipQuantifier(bytes, next)
        if quantifier.end == next { return (byte, false, next) }
        return (quantifier.optional ? nil : byte, true, quantifier.end)
    }

    /// Skips a quantifier at `i` (with a lazy or possessive suffix); `optional` when it allows zero.
    private static func skipQuantifier(_ bytes: ArraySlice<UInt8>, _ i: Int) -> (end: Int, optional: Bool) {
        guard i < bytes.endIndex else { return (i, false) }
        var end = i
        var optional = false
        switch bytes[i] {
        case UInt8(ascii: "?"), UInt8(ascii: "*"): end = i + 1; optional = true
        case UInt8(ascii: "+"): end = i + 1
        case UInt8(ascii: "{"):
            guard let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) else { return (i, false) }
            end = close + 1
            optional = bytes[i + 1] == UInt8(ascii: "0") || bytes[i + 1] == UInt8(ascii: ",")
        default: return (i, false)
        }
        if end < bytes.endIndex, bytes[end] == UInt8(ascii: "?") || bytes[end] == UInt8(ascii: "+") { end += 1 }
        return (end, optional)
    }

    private static func matchingParen(_ bytes: ArraySlice<UInt8>, _ open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): guard let close = classEnd(bytes, i) else { return nil }; i = close
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1; if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The `]` closing the class opened at `open` (a leading `]` or `^]` is literal).
    private static func classEnd(_ bytes: ArraySlice<UInt8>, _ open: Int) -> Int? {
        var i = open + 1
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "^") { i += 1 }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "]") { i += 1 }
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == UInt8(ascii: "]") { return i }
            i += 1
        }
        return nil
    }

    private static func splitTopLevel(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var depth = 0
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): if let close = classEnd(bytes, i) { i = close }
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: "|") where depth == 0:
                parts.append(bytes[start..<i])
                start = i + 1
            default: break
            }
            i += 1
        }
        parts.append(bytes[start..<bytes.endIndex])
        return parts
    }
}
