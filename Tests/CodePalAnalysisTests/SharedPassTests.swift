@testable import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Lint's rule set also holds the language's metrics patterns, so one walk gives both the
/// findings and the complexity warnings; they must equal what the two passes give apart.
final class SharedPassTests: XCTestCase {
    func testComplexityFromTheRulePassEqualsItsOwnPass() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        var thresholds = ComplexityThresholds()
        thresholds.cognitive = 3
        thresholds.cyclomatic = 3
        thresholds.nesting = 2
        thresholds.nloc = 10
        thresholds.parameters = 2
        var configuration = Configuration()
        configuration.complexity = thresholds
        var options = configuration.metrics
        options.halstead = false
        var compared = 0
        for (file, tree, text) in Repository.parsedFixtures(["metrics", "workspaces", "lint-corpus/javascript"]) {
            let language = tree.language
            let set = try catalog.ruleSet(for: language)
            XCTAssertFalse(set.metricsPatterns.isEmpty, language.name)
            let shared = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: configuration, rules: catalog, path: file.path)
                .filter { $0.category == "complexity" }
            let alone = ComplexityDiagnostics.diagnostics(try MetricsEngine.measure(tree: tree, text: text, options: options), text: text,
                                                          thresholds: thresholds)
            XCTAssertEqual(shared, alone, file.path)
            XCTAssertEqual(FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: configuration, rules: nil, path: file.path)
                .filter { $0.category == "complexity" }, alone, "without rules: \(file.path)")
            compared += alone.count
        }
        XCTAssertGreaterThan(compared, 50)
    }

    /// `taint.scm`'s source patterns and `locals.scm` ride the rule set's walk: the matches it
    /// keeps for them are those of their own queries, captures and order included, so the taint
    /// facts' first pass and the scope graph built from them are too.
    func testFactsRidingTheRuleWalkEqualTheirOwnQueries() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        var compared = 0
        var languages: Set<String> = []
        for (file, tree, text) in Repository.parsedFixtures(["lint-corpus", "metrics", "workspaces", "scopes", "syntax"]) {
            let language = tree.language
            let set = try catalog.ruleSet(for: language)
            guard let main = set.compiled.first, !main.deferredPatterns.isEmpty else { continue }
            var deferred = DeferredMatches()
            main.query.forEachMatch(in: tree.root, source: text.bytes, aliases: ImportAliases.of(tree, text), aliasedPatterns: main.rulePatterns,
                                    deferring: main.deferredPatterns, into: &deferred) { _ in }
            for (name, section) in [("taint", main.taintPatterns), ("locals", main.localsPatterns)] where !section.isEmpty {
                let own = try XCTUnwrap(name == "taint" ? language.query(named: name, onlyPatternsCapturing: TaintFacts.sourceCaptures)
                                                        : language.query(named: name))
                var expected: [String] = [], riding: [String] = []
                own.forEachMatch(in: tree.root, source: text.bytes) { expected.append(EngineComparison.describe($0)) }
                deferred.forEach(in: section, query: main.query, tree: tree, source: text.bytes) { match in
                    riding.append(EngineComparison.describe(QueryMatch(pattern: match.pattern - section.lowerBound, captures: match.captures)))
                }
                XCTAssertEqual(riding, expected, "\(file.path) [\(name)]")
                compared += expected.count
                languages.insert(language.name)
            }
        }
        XCTAssertGreaterThan(compared, 30_000)
        XCTAssertTrue(languages.isSuperset(of: ["python", "javascript", "typescript"]), "\(languages)")
    }
}
