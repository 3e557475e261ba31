import CodePalAnalysis
import CodePalSupport
import CodePalSyntax

/// A finding ready for output: the file, the diagnostic, and the positions every format needs,
/// worked out while the file's text is at hand so that the text need not be kept: a check of a
/// large tree then holds findings, not sources.
struct FindingRecord {
    typealias Position = (line: Int, column: Int)

    let path: String
    let diagnostic: Diagnostic
    private let characters: (start: Position, end: Position)
    private let utf16: (start: Position, end: Position)
    private let fixCharacters: (start: Position, end: Position)?
    private let fixUTF16: (start: Position, end: Position)?
    /// The whole lines the fix touches as they read once it is applied (for review comments);
    /// nil unless asked for: working them out cost a re-check from the cache a tenth of its time.
    let suggestion: [String]?

    init(path: String, text: SourceText, diagnostic: Diagnostic, suggesting: Bool = true) {
        func span(_ range: Range<Int>, _ encoding: PositionEncoding) -> (start: Position, end: Position) {
            let s = text.position(of: range.lowerBound, in: encoding), e = text.position(of: range.upperBound, in: encoding)
            return ((s.line + 1, s.character + 1), (e.line + 1, e.character + 1))
        }
        self.path = path
        self.diagnostic = diagnostic
        characters = span(diagnostic.range, .utf32)
        utf16 = span(diagnostic.range, .utf16)
        fixCharacters = diagnostic.fix.map { span($0.range, .utf32) }
        fixUTF16 = diagnostic.fix.map { span($0.range, .utf16) }
        suggestion = suggesting ? diagnostic.fix.flatMap { MarkdownReport.suggestion($0, text) } : nil
    }

    /// 1-based line and column; columns count characters (`utf32`) for people and UTF-16 units for SARIF.
    func start(_ encoding: PositionEncoding = .utf32) -> Position {
        encoding == .utf16 ? utf16.start : characters.start
    }

    func end(_ encoding: PositionEncoding = .utf32) -> Position {
        encoding == .utf16 ? utf16.end : characters.end
    }

    /// The fix's span, 1-based, in the same units.
    func fixSpan(_ encoding: PositionEncoding = .utf32) -> (start: Position, end: Position)? {
        encoding == .utf16 ? fixUTF16 : fixCharacters
    }
}

enum FindingFormat {
    static func text(_ r: FindingRecord) -> String {
        let s = r.start()
        return "\(r.path):\(s.line):\(s.column): \(r.diagnostic.severity.rawValue) [\(r.diagnostic.code)] \(r.diagnostic.message)\n"
    }

    /// One element of the `--format json` array.
    static func json(_ r: FindingRecord, rules: RuleCatalog?) -> JSON {
        let s = r.start(), e = r.end()
        var object: [String: JSON] = [
            "file": .string(r.path), "line": .int(s.line), "column": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column),
            "rule": .string(r.diagnostic.code), "severity": .string(r.diagnostic.severity.rawValue),
            "category": .string(r.diagnostic.category), "message": .string(r.diagnostic.message),
            "cwe": .array((rules?.cwe(of: r.diagnostic.code) ?? []).map { .string("CWE-\($0)") }),
            "fix": .null,
        ]
        if let fix = r.diagnostic.fix, let (fs, fe) = r.fixSpan() {
            object["fix"] = ["title": .string(fix.title), "safety": .string(fix.isSafe ? "safe" : "unsafe"),
                             "edits": [["line": .int(fs.line), "column": .int(fs.column), "endLine": .int(fe.line),
                                        "endColumn": .int(fe.column), "text": .string(fix.replacement)]]]
        }
        return .object(object)
    }

    /// GitHub Actions workflow commands: `::error file=…,line=…::message`.
    static func github(_ r: FindingRecord) -> String {
        func escapeData(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ s: String) -> String {
            escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let s = r.start(), e = r.end()
        let level: String
        switch r.diagnostic.severity {
        case .error: level = "error"
        case .warning: level = "warning"
        case .info, .hint: level = "notice"
        }
        return "::\(level) file=\(escapeProperty(r.path)),line=\(s.line),col=\(s.column),endLine=\(e.line),endColumn=\(e.column),title=\(escapeProperty("codepal " + r.diagnostic.code))::\(escapeData(r.diagnostic.message))\n"
    }
}
