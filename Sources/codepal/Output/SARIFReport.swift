import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

/// SARIF 2.1.0 for code-scanning tools: one run, the rules that produced results (with help text
/// and CWE tags as `external/cwe/cwe-N`), results with UTF-16 columns, fixes, and in-source
/// suppressions.
enum SARIFReport {
    /// Writes the log as results arrive: a check of a large tree holds no more than one chunk of
    /// results. The document is the one `JSON` would write (members in key order, so `results`
    /// comes before `tool`, whose rule list is complete only at the end).
    final class Writer {
        private let rules: RuleCatalog?
        private let version: String
        private var ruleIndex: [String: Int] = [:]
        private var descriptors: [JSON] = []
        private var wroteResult = false

        init(rules: RuleCatalog?, version: String) {
            self.rules = rules
            self.version = version
        }

        var head: String {
            #"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"columnKind":"utf16CodeUnits","results":["#
        }

        func results(_ records: [FindingRecord]) -> String {
            var out: [UInt8] = []
            for record in records {
                if ruleIndex[record.diagnostic.code] == nil {
                    ruleIndex[record.diagnostic.code] = descriptors.count
                    descriptors.append(descriptor(record.diagnostic, rules?.rule(record.diagnostic.code)))
                }
                if wroteResult { out.append(UInt8(ascii: ",")) }
                wroteResult = true
                out += result(record, ruleIndex: ruleIndex[record.diagnostic.code]!).serialized()
            }
            return String(decoding: out, as: UTF8.self)
        }

        var tail: String {
            let tool: JSON = ["driver": ["name": "codepal", "version": .string(version), "semanticVersion": .string(version), "rules": .array(descriptors)]]
            return #"],"tool":"# + tool.text + #"}],"version":"2.1.0"}"# + "\n"
        }
    }

    private static func result(_ r: FindingRecord, ruleIndex: Int) -> JSON {
        let s = r.start(.utf16), e = r.end(.utf16)
        var result: [String: JSON] = [
            "ruleId": .string(r.diagnostic.code),
            "ruleIndex": .int(ruleIndex),
            "level": .string(level(r.diagnostic.severity)),
            "message": ["text": .string(r.diagnostic.message)],
            "locations": [["physicalLocation": [
                "artifactLocation": ["uri": .string(uri(r.path))],
                "region": ["startLine": .int(s.line), "startColumn": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column)],
            ]]],
        ]
        if let fix = r.diagnostic.fix, let (fs, fe) = r.fixSpan(.utf16) {
            result["fixes"] = [[
                "description": ["text": .string(fix.title + (fix.isSafe ? "" : " (unsafe: review the change)"))],
                "artifactChanges": [[
                    "artifactLocation": ["uri": .string(uri(r.path))],
                    "replacements": [[
                        "deletedRegion": ["startLine": .int(fs.line), "startColumn": .int(fs.column),
                                          "endLine": .int(fe.line), "endColumn": .int(fe.column)],
                        "insertedContent": ["text": .string(fix.replacement)],
                    ]],
                ]],
            ]]
        }
        if r.diagnostic.isSuppressed {
            result["suppressions"] = [["kind": "inSource"]]
        }
        return .object(result)
    }

    private static func descriptor(_ diagnostic: Diagnostic, _ rule: LintRule?) -> JSON {
        var tags: [JSON] = [.string(diagnostic.category)]
        var properties: [String: JSON] = [:]
        if let rule {
            tags += rule.cwe.map { .string("external/cwe/cwe-\($0)") }
            tags += rule.owasp.map { .string("external/owasp/\($0)") }
            if rule.category == .security {
                properties["security-severity"] = .string(rule.severity == .error ? "8.0" : rule.severity == .warning ? "5.0" : "2.0")
            }
        }
        properties["tags"] = .array(tags)
        let explanation = rule?.explanation.trimmingCharacters(in: .whitespacesAndNewlines) ?? descriptionOf(diagnostic)
        return [
            "id": .string(diagnostic.code),
            "name": .string(diagnostic.code.split(separator: "/").last.map(String.init) ?? diagnostic.code),
            "shortDescription": ["text": .string(rule?.message.replacingOccurrences(of: "{{", with: "").replacingOccurrences(of: "}}", with: "") ?? diagnostic.code)],
            "fullDescription": ["text": .string(explanation)],
            "help": ["text": .string(explanation), "markdown": .string(explanation)],
            "defaultConfiguration": ["level": .string(level(rule?.severity ?? diagnostic.severity))],
            "properties": .object(properties),
        ]
    }

    private static func descriptionOf(_ diagnostic: Diagnostic) -> String {
        switch diagnostic.category {
        case "syntax": return "The file does not parse: code after the error may be misread."
        case "complexity": return "A function over a configured complexity limit (.codepal.toml [complexity])."
        default: return diagnostic.code
        }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info, .hint: return "note"
        }
    }

    /// Relative paths stay relative (resolved against the checkout by code-scanning tools).
    private static func uri(_ path: String) -> String {
        var p = path
        if p.hasPrefix("./") { p.removeFirst(2) }
        return p.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? p
    }
}
