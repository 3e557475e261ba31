import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    /// Hover on a finding: what is wrong, why it matters and what to do; on a function's name:
    /// its metrics against the limits and what costs most.
    func hover(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let position = try params.required("position").position()
        let context = try metricsContext(uri)
        let navigation = try? navigationRequest(params)
        let encoding = self.encoding
        let rules = self.rules
        // A pushing server's hover shows the findings of the latest analysis it published (moved
        // to this text) instead of linting this revision again: a whole-file lint per hover was
        // about half of a hover's instructions while typing (scripts/keystroke-cost).
        let published = client.pullDiagnostics ? nil : diagnostics
        return { token in
            let text = context.snapshot.text
            let offset = text.offset(of: position, in: encoding)
            var sections: [String] = []
            var range: Range<Int>?
            if let navigation, let definition = DefinitionHover.describe(navigation.navigator, path: navigation.path, offset: offset) {
                sections.append(definition.markdown)
                range = definition.range
            }
            if context.snapshot.tree != nil, let rules {
                // The findings the editor shows: configured, with suppressions applied.
                let findings = published?.latestFindings(for: context.snapshot) ?? context.analysis.findings
                for finding in findings where !finding.isSuppressed && finding.category != "complexity"
                    && (finding.range.contains(offset) || finding.range.upperBound == offset) {
                    sections.append(FindingHover.markdown(finding, rules.rule(finding.code)))
                    range = range ?? finding.range
                }
            }
            try token.checkCancelled()
            let metrics = try context.metrics()
            if let function = metrics.functions.last(where: { $0.nameRange.contains(offset) || $0.nameRange.upperBound == offset && !$0.nameRange.isEmpty }) {
                sections.append(MetricsHover.markdown(function, text, context.configuration.complexity))
                range = range ?? function.nameRange
            }
            guard !sections.isEmpty, let range else { return .null }
            return [
                "contents": ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))],
                "range": text.lspRange(range, encoding),
            ]
        }
    }
}

/// Human-readable metrics of one function.
enum MetricsHover {
    static func markdown(_ f: FunctionMetrics, _ text: SourceText, _ limits: ComplexityThresholds) -> String {
        func row(_ name: String, _ value: Int, _ limit: Int) -> String {
            "| \(name) | \(value) | \(limit)\(value > limit ? " ⚠" : "") |"
        }
        var lines = [
            "**`\(f.qualifiedName)`**", "",
            "| metric | value | limit |", "|---|---:|---:|",
            row("cognitive complexity", f.cognitive, limits.cognitive),
            row("cyclomatic complexity", f.cyclomatic, limits.cyclomatic),
            row("nesting depth", f.nesting, limits.nesting),
            row("lines of code", f.nloc, limits.nloc),
            row("parameters", f.parameters, limits.parameters),
            "| returns | \(f.returns) | |",
            "| maintainability (0-100) | \(Int(f.maintainability.rounded())) | |",
        ]
        let costs = topCosts(f, text)
        if !costs.isEmpty {
            lines += ["", "Most of the cognitive complexity comes from:"] + costs.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    static func plain(_ f: FunctionMetrics, _ text: SourceText, _ limits: ComplexityThresholds) -> String {
        var summary = "\(f.qualifiedName): cognitive \(f.cognitive)/\(limits.cognitive), cyclomatic \(f.cyclomatic)/\(limits.cyclomatic), nesting \(f.nesting)/\(limits.nesting), \(f.nloc) lines, \(f.parameters) parameters, maintainability \(Int(f.maintainability.rounded()))"
        let costs = topCosts(f, text)
        if !costs.isEmpty { summary += ". Largest costs: " + costs.joined(separator: "; ") }
        return summary
    }

    /// The three largest increments, e.g. "line 12: `if` nested 2 deep (+3)".
    static func topCosts(_ f: FunctionMetrics, _ text: SourceText) -> [String] {
        f.increments.enumerated()
            .sorted { $0.element.amount != $1.element.amount ? $0.element.amount > $1.element.amount : $0.offset < $1.offset }
            .prefix(3)
            .map { _, increment in
                let line = text.position(of: increment.range.lowerBound, in: .utf8).line + 1
                let depth = increment.amount > 1 && ["if", "loop", "catch", "switch", "ternary"].contains(increment.construct)
                    ? " nested \(increment.amount - 1) deep" : ""
                return "line \(line): `\(increment.construct)`\(depth) (+\(increment.amount))"
            }
    }
}

/// A finding explained for a learner.
enum FindingHover {
    static func markdown(_ finding: Diagnostic, _ rule: LintRule?) -> String {
        var lines = ["**\(finding.message)** `\(finding.code)`"]
        if let rule {
            lines += ["", rule.explanation.trimmingCharacters(in: .whitespacesAndNewlines)]
            let references = rule.cwe.map { "[CWE-\($0)](https://cwe.mitre.org/data/definitions/\($0).html)" } + rule.owasp.map { "OWASP \($0)" }
            if !references.isEmpty { lines += ["", references.joined(separator: " · ")] }
        }
        if let fix = finding.fix { lines += ["", "Quick fix: \(fix.title)\(fix.isSafe ? "" : " (unsafe: review the change)")"] }
        return lines.joined(separator: "\n")
    }
}
