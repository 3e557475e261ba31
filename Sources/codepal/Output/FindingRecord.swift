import CodePalAnalysis
import CodePalSupport
import CodePalSyntax

/// A finding ready for output: the file, its text (for positions) and the diagnostic.
struct FindingRecord {
    let path: String
    let text: SourceText
    let diagnostic: Diagnostic

    /// 1-based line and column; columns count characters (`utf32`) for people and UTF-16 units for SARIF.
    func start(_ encoding: PositionEncoding = .utf32) -> (line: Int, column: Int) {
        let p = text.position(of: diagnostic.range.lowerBound, in: encoding)
        return (p.line + 1, p.character + 1)
    }

    func end(_ encoding: PositionEncoding = .utf32) -> (line: Int, column: Int) {
        let p = text.position(of: diagnostic.range.upperBound, in: encoding)
        return (p.line + 1, p.character + 1)
    }
}

enum FindingFormat {
    static func text(_ records: [FindingRecord]) -> String {
        records.map { r in
            let s = r.start()
            return "\(r.path):\(s.line):\(s.column): \(r.diagnostic.severity.rawValue) [\(r.diagnostic.code)] \(r.diagnostic.message)\n"
        }.joined()
    }

    static func json(_ records: [FindingRecord], rules: RuleCatalog?) -> String {
        JSON.array(records.map { r in
            let s = r.start(), e = r.end()
            var object: [String: JSON] = [
                "file": .string(r.path), "line": .int(s.line), "column": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column),
                "rule": .string(r.diagnostic.code), "severity": .string(r.diagnostic.severity.rawValue),
                "category": .string(r.diagnostic.category), "message": .string(r.diagnostic.message),
                "cwe": .array((rules?.rule(r.diagnostic.code)?.cwe ?? []).map { .string("CWE-\($0)") }),
                "fix": .null,
            ]
            if let fix = r.diagnostic.fix {
                let fs = r.text.position(of: fix.range.lowerBound, in: .utf32), fe = r.text.position(of: fix.range.upperBound, in: .utf32)
                object["fix"] = ["title": .string(fix.title), "safety": .string(fix.isSafe ? "safe" : "unsafe"),
                                 "edits": [["line": .int(fs.line + 1), "column": .int(fs.character + 1), "endLine": .int(fe.line + 1),
                                            "endColumn": .int(fe.character + 1), "text": .string(fix.replacement)]]]
            }
            return .object(object)
        }).text + "\n"
    }

    /// GitHub Actions workflow commands: `::error file=…,line=…::message`.
    static func github(_ records: [FindingRecord]) -> String {
        func escapeData(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ s: String) -> String {
            escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        return records.map { r in
            let s = r.start(), e = r.end()
            let level: String
            switch r.diagnostic.severity {
            case .error: level = "error"
            case .warning: level = "warning"
            case .info, .hint: level = "notice"
            }
            return "::\(level) file=\(escapeProperty(r.path)),line=\(s.line),col=\(s.column),endLine=\(e.line),endColumn=\(e.column),title=\(escapeProperty("codepal " + r.diagnostic.code))::\(escapeData(r.diagnostic.message))\n"
        }.joined()
    }
}
