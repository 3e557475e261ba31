import CodePalSyntax
import Dispatch
import Foundation

/// The diagnostics of one file, shared by `codepal check` and the server so that both always
/// report the same findings. Split in two because the server publishes the cheap syntax errors on
/// every keystroke and the whole-file analyses (complexity, lint) once typing pauses.
public enum FileAnalyzer {
    public static func diagnostics(tree: SyntaxTree?, text: SourceText, configuration: Configuration = Configuration(),
                                   rules: RuleCatalog? = nil, path: String? = nil) -> [Diagnostic] {
        syntaxDiagnostics(tree: tree, text: text)
            + analysisDiagnostics(tree: tree, text: text, configuration: configuration, rules: rules, path: path)
    }

    public static func syntaxDiagnostics(tree: SyntaxTree?, text: SourceText) -> [Diagnostic] {
        guard let tree else { return [] }
        return SyntaxDiagnostics.errors(in: tree, text: text).map {
            Diagnostic(range: $0.range, severity: .error, code: "syntax", category: "syntax", message: $0.message)
        }
    }

    public static func analysisDiagnostics(tree: SyntaxTree?, text: SourceText, configuration: Configuration,
                                           rules: RuleCatalog? = nil, path: String? = nil) -> [Diagnostic] {
        analysis(tree: tree, text: text, configuration: configuration, rules: rules, path: path).diagnostics
    }

    /// The whole-file findings, with the metrics measured on the way (for the complexity
    /// warnings, under `complexityMetricsOptions`), so a caller that also needs them does not
    /// measure the file again.
    /// - Parameter scopeGraph: the file's scope graph when the caller keeps one (made on first use).
    static func analysis(tree: SyntaxTree?, text: SourceText, configuration: Configuration,
                         rules: RuleCatalog?, path: String?,
                         scopeGraph: (() -> ScopeGraph?)? = nil) -> (diagnostics: [Diagnostic], metrics: FileMetrics?) {
        guard let tree else { return ([], nil) }
        var found: [Diagnostic] = []
        // Work that the selection rules out is skipped, not filtered afterwards: `--select syntax`
        // costs a parse and nothing more.
        let complexityWanted = wantsComplexity(configuration)
        let metricsOptions = complexityMetricsOptions(configuration)
        // The rule set's query also holds the metrics patterns: one walk of the tree serves both.
        var metricsMatches: [QueryMatch]?
        var lintFindings: [Diagnostic] = []
        if let rules, configuration.lint.enabled, let set = plan(tree.language, rules, configuration).ruleSet {
            var collected: [QueryMatch] = []
            let collect = complexityWanted && !set.metricsPatterns.isEmpty
            if let findings = try? LintEngine.run(set, tree: tree, text: text, path: path, scopeGraph: scopeGraph,
                                                   metricsMatch: collect ? { collected.append($0) } : nil) {
                lintFindings = findings
                if collect { metricsMatches = collected }
            }
        }
        var measured: FileMetrics?
        if complexityWanted {
            let metrics = metricsMatches.map { matches in
                MetricsEngine.measure(tree: tree, text: text, options: metricsOptions) { body in matches.forEach(body) }
            } ?? (try? MetricsEngine.measure(tree: tree, text: text, options: metricsOptions))
            measured = metrics
            if let metrics {
                found += ComplexityDiagnostics.diagnostics(metrics, text: text, thresholds: configuration.complexity)
                    .filter { configuration.lint.isEnabled($0.code, category: $0.category) }
            }
        }
        for var finding in lintFindings where configuration.lint.isEnabled(finding.code, category: finding.category) {
            if let severity = configuration.lint.severities[finding.code] { finding.severity = severity }
            found.append(finding)
        }
        if !found.isEmpty || configuration.lint.reportUnusedSuppressions {
            let suppressions = Suppressions(text: text, lineComment: tree.language.manifest.lineComment)
            found += suppressions.apply(to: &found, reportUnused: configuration.lint.reportUnusedSuppressions,
                                        noqaCodes: { rules?.rule($0)?.noqa ?? [] })
        }
        return (found, measured)
    }

    /// What the complexity warnings measure with: the configured metrics without Halstead counts.
    public static func complexityMetricsOptions(_ configuration: Configuration) -> MetricsOptions {
        var options = configuration.metrics
        options.halstead = false
        return options
    }

    private static func wantsComplexity(_ configuration: Configuration) -> Bool {
        configuration.complexity.enabled && ComplexityDiagnostics.codes.contains { configuration.lint.isEnabled($0, category: "complexity") }
    }

    /// Why `language` cannot be analysed as installed and configured (a rule or query that does
    /// not compile), or nil. Every analysis swallows such errors per file, so a broken grammar
    /// folder would otherwise look like clean code: callers check once and say so. Only what the
    /// configuration runs is compiled, the same rule set the analysis then uses.
    public static func problem(with language: Language, rules: RuleCatalog?, configuration: Configuration = Configuration()) -> String? {
        guard let rules else { return findProblem(with: language, rules: nil, configuration: configuration) }
        return plan(language, rules, configuration).problem
    }

    /// The enabled rule set and the problem of `language` under `configuration`, worked out once
    /// per catalog (both are asked for every file).
    static func plan(_ language: Language, _ rules: RuleCatalog, _ configuration: Configuration) -> RuleCatalog.Plan {
        rules.plan(for: language, configuration: configuration) {
            let enabled = { (rule: LintRule) in configuration.lint.isEnabled(rule) }
            var set: RuleSet?
            if configuration.lint.enabled, ((try? rules.rules(for: language.name)) ?? []).contains(where: enabled) {
                set = try? rules.ruleSet(for: language, enabled: enabled)
            }
            return RuleCatalog.Plan(ruleSet: set, problem: findProblem(with: language, rules: rules, configuration: configuration))
        }
    }

    private static func findProblem(with language: Language, rules: RuleCatalog?, configuration: Configuration) -> String? {
        let enabled = { (rule: LintRule) in configuration.lint.isEnabled(rule) }
        var compile: [() throws -> Void] = []
        if wantsComplexity(configuration) {
            compile.append { _ = try language.query(named: "metrics") }
        }
        if let rules, configuration.lint.enabled {
            compile.append { _ = try rules.ruleSet(for: language, enabled: enabled) }
            let chosen = ((try? rules.rules(for: language.name)) ?? []).filter(enabled)
            var names: Set<String> = []
            // Every rule's predicates read through the file's import aliases.
            if !chosen.isEmpty { names.insert("aliases") }
            for constraint in chosen.flatMap(\.constraints) {
                switch constraint {
                case .unreferenced: names.insert("name-strings")
                case .resolvesTo, .pastesData: names.insert("bindings")
                default: break
                }
            }
            compile += names.sorted().map { name in { _ = try language.query(named: name) } }
            if chosen.contains(where: { !$0.taintedCaptures.isEmpty }) { compile.append { _ = try TaintFacts.queries(language) } }
        }
        // In parallel: the rule set alone takes tree-sitter about 0.2 s to compile for Python,
        // and this is the start-up of every `codepal check` and of a session's first diagnostics.
        let lock = NSLock()
        var problems = [String?](repeating: nil, count: compile.count)
        DispatchQueue.concurrentPerform(iterations: compile.count) { index in
            do {
                try compile[index]()
            } catch {
                lock.lock(); problems[index] = "\(error)"; lock.unlock()
            }
        }
        return problems.lazy.compactMap { $0 }.first
    }
}
