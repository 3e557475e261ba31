import CodePalAnalysis
import CodePalSyntax
import Foundation

/// `--format markdown`: findings for a review comment that a person reads, grouped by file, each
/// with what to learn (the lesson's title and the rule's explanation, folded) and its fix as a
/// suggestion block showing the lines as they would read after it.
enum MarkdownReport {
    static func render(_ records: [FindingRecord], rules: RuleCatalog?, lessons: Lessons) -> String {
        guard !records.isEmpty else { return "**CodePal**: no findings.\n" }
        var out = "**CodePal** found \(records.count) issue\(records.count == 1 ? "" : "s") in \(Set(records.map(\.path)).count) file\(Set(records.map(\.path)).count == 1 ? "" : "s").\n"
        var order: [String] = []
        var byFile: [String: [FindingRecord]] = [:]
        for record in records {
            if byFile[record.path] == nil { order.append(record.path) }
            byFile[record.path, default: []].append(record)
        }
        for path in order {
            out += "\n### `\(path)`\n\n"
            for record in byFile[path]! {
                let start = record.start()
                let diagnostic = record.diagnostic
                out += "- **line \(start.line)** · \(diagnostic.severity.rawValue) · `\(diagnostic.code)`: \(escape(diagnostic.message))\n"
                let rule = rules?.rule(diagnostic.code)
                let cwe = (rule?.cwe ?? []).map { "CWE-\($0)" }
                let lesson = lessons.lesson(for: diagnostic.code)
                if lesson != nil || rule != nil {
                    var title = lesson.map { "Learn: \($0.title)" } ?? "Why this matters"
                    if !cwe.isEmpty { title += " (\(cwe.joined(separator: ", ")))" }
                    out += "  <details><summary>\(escape(title))</summary>\n\n"
                    if let explanation = rule?.explanation ?? lessons.explanations[diagnostic.code] {
                        out += explanation.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
                    }
                    out += "  </details>\n"
                }
                if let fix = diagnostic.fix, let suggestion = record.suggestion {
                    out += "\n  \(escape(fix.title))\(fix.isSafe ? "" : " (unsafe: review the change)"):\n\n"
                    out += "  ```suggestion\n" + suggestion.map { "  " + $0 }.joined(separator: "\n") + "\n  ```\n"
                }
            }
        }
        return out
    }

    /// The whole lines the fix touches, as they read once it is applied.
    static func suggestion(_ fix: Fix, _ text: SourceText) -> [String]? {
        guard fix.range.upperBound <= text.bytes.count else { return nil }
        let first = text.lines.line(containing: fix.range.lowerBound)
        let last = text.lines.line(containing: max(fix.range.lowerBound, fix.range.upperBound - 1))
        let start = text.lines.lineStarts[first], end = text.lines.contentEnds[last]
        var bytes = Array(text.bytes[start..<end])
        bytes.replaceSubrange((fix.range.lowerBound - start)..<(fix.range.upperBound - start), with: Array(fix.replacement.utf8))
        return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    /// Markdown that a message could carry by accident (`*`, `_`, `<`) shown as text; code spans
    /// between backticks are left as they are (a backslash would show there).
    private static func escape(_ text: String) -> String {
        var out = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if !inCode, "\\*_<>[]|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
