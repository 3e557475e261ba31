import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

/// SARIF 2.1.0 for code-scanning tools: one run, the rules that produced results (with help text
/// and CWE tags as `external/cwe/cwe-N`), results with UTF-16 columns, fixes, and in-source
/// suppressions.
enum SARIFReport {
    static func render(_ records: [FindingRecord], rules: RuleCatalog?, version: String) -> String {
        var ruleIndex: [String: Int] = [:]
        var descriptors: [JSON] = []
        for record in records where ruleIndex[record.diagnostic.code] == nil {
            ruleIndex[record.diagnostic.code] = descriptors.count
            descriptors.append(descriptor(record.diagnostic, rules?.rule(record.diagnostic.code)))
        }
        let results: [JSON] = records.map { r in
            let s = r.start(.utf16), e = r.end(.utf16)
            var result: [String: JSON] = [
                "ruleId": .string(r.diagnostic.code),
                "ruleIndex": .int(ruleIndex[r.diagnostic.code]!),
                "level": .string(level(r.diagnostic.severity)),
                "message": ["text": .string(r.diagnostic.message)],
                "locations": [["physicalLocation": [
                    "artifactLocation": ["uri": .string(uri(r.path))],
                    "region": ["startLine": .int(s.line), "startColumn": .int(s.column), "endLine": .int(e.line), "endColumn": .int(e.column)],
                ]]],
            ]
            if let fix = r.diagnostic.fix {
                let fs = r.text.position(of: fix.range.lowerBound, in: .utf16), fe = r.text.position(of: fix.range.upperBound, in: .utf16)
                result["fixes"] = [[
                    "description": ["text": .string(fix.title + (fix.isSafe ? "" : " (unsafe: review the change)"))],
                    "artifactChanges": [[
                        "artifactLocation": ["uri": .string(uri(r.path))],
                        "replacements": [[
                            "deletedRegion": ["startLine": .int(fs.line + 1), "startColumn": .int(fs.character + 1),
                                              "endLine": .int(fe.line + 1), "endColumn": .int(fe.character + 1)],
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
        let log: JSON = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "codepal", "version": .string(version), "semanticVersion": .string(version), "rules": .array(descriptors)]],
                "columnKind": "utf16CodeUnits",
                "results": .array(results),
            ]],
        ]
        return log.text + "\n"
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
