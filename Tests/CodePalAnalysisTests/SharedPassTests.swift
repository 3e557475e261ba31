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
}
