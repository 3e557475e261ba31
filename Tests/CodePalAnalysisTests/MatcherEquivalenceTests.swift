@testable import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The shipped rule sets (rules and metrics patterns of every language) give the same matches,
/// captures and order with CodePal's matcher as with tree-sitter's query cursor, on every fixture
/// file and every rule example. `codepal rules compare-engines` runs the same check on a corpus.
final class MatcherEquivalenceTests: XCTestCase {
    func testMatcherReproducesTreeSitterOnShippedRuleSets() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        var queries: [String: (treeSitter: Query, matcher: Query)] = [:]
        func queriesFor(_ language: Language) throws -> (treeSitter: Query, matcher: Query) {
            if let found = queries[language.name] { return found }
            let set = try catalog.ruleSet(for: language)
            let pair = (try XCTUnwrap(set.query(engine: .treeSitter)), try XCTUnwrap(set.query(engine: .matcher)))
            XCTAssertEqual(pair.1.unsupportedPatterns, [:], "\(language.name): patterns the matcher cannot run")
            queries[language.name] = pair
            return pair
        }
        var files = 0, matches = 0
        func compare(_ tree: SyntaxTree, _ text: SourceText, _ label: String) throws {
            let (treeSitter, matcher) = try queriesFor(tree.language)
            let found = EngineComparison.matches(treeSitter, matcher, tree: tree, text: text)
            XCTAssertEqual(found.matcher, found.treeSitter, label)
            files += 1
            matches += found.treeSitter.count
        }
        for (file, tree, text) in Repository.parsedFixtures(["lint-corpus", "metrics", "workspaces", "scopes", "symbols", "syntax"]) {
            try compare(tree, text, file.path)
        }
        for rule in catalog.rules {
            for name in rule.languages {
                let language = try Repository.registry.language(named: name)
                for snippet in rule.examples.invalid + rule.examples.valid {
                    let text = SourceText(snippet.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: ""))
                    try compare(Parser(language: language).parse(text.bytes), text, "\(rule.id) example in \(name)")
                }
            }
        }
        XCTAssertEqual(Set(queries.keys), Set(Repository.registry.manifests.map(\.language)), "every language with rules was compared")
        XCTAssertGreaterThan(files, 1000)
        XCTAssertGreaterThan(matches, 15000)
    }

    /// Every query file of every language (taint, locals, symbols, imports, metrics, ...) gives
    /// the same matches both ways on every fixture file: `Language.query(named:)` serves them from
    /// the matcher.
    func testMatcherReproducesTreeSitterOnEveryQueryFile() throws {
        var queries: [String: [(String, Query, Query)]] = [:]
        var compared = 0
        for (file, tree, text) in Repository.parsedFixtures(["lint-corpus", "metrics", "workspaces", "scopes", "symbols", "syntax"]) {
            let language = tree.language
            if queries[language.name] == nil {
                queries[language.name] = try language.queryNames.compactMap { name in
                    guard let a = try language.compileQuery(named: name, engine: .treeSitter),
                          let b = try language.compileQuery(named: name, engine: .matcher) else { return nil }
                    XCTAssertEqual(b.unsupportedPatterns, [:], "\(language.name) \(name)")
                    return (name, a, b)
                }
            }
            for (name, a, b) in queries[language.name]! {
                let found = EngineComparison.matches(a, b, tree: tree, text: text, aliases: false)
                XCTAssertEqual(found.matcher, found.treeSitter, "\(file.path) [\(name)]")
                compared += found.treeSitter.count
            }
        }
        XCTAssertGreaterThan(compared, 100_000)
    }

    /// Every shipped rule runs on the matcher: none needs tree-sitter's query cursor.
    func testNoShippedRuleNeedsTheFallback() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        for manifest in Repository.registry.manifests {
            let language = Repository.language(manifest.language)
            let set = try RuleSet(language: language, rules: catalog.rules.filter { $0.languages.contains(language.name) }, engine: .matcher)
            XCTAssertEqual(set.fallbackRules, [:], manifest.language)
            XCTAssertEqual(set.compiled.count, 1, manifest.language)
            XCTAssertEqual(set.compiled.first?.query.engine, .matcher, manifest.language)
        }
    }

    /// A rule with a pattern the matcher cannot express (here a supertype) runs as a tree-sitter
    /// query, beside the rules the matcher runs, and says so.
    func testRulesTheMatcherCannotRunFallBackToTreeSitter() throws {
        func rule(_ id: String, _ query: String) -> LintRule {
            LintRule(id: id, languages: ["python"], severity: .warning, category: .correctness, message: "found {{e}}", cwe: [], owasp: [],
                     query: query, report: "e", taintedCaptures: [], sanitizers: [], constraints: [], fix: nil, explanation: "",
                     examples: RuleExamples(invalid: [], valid: []), file: "test.yml", tags: [])
        }
        let python = Repository.language("python")
        let set = try RuleSet(language: python, rules: [
            rule("t/supertype", #"((expression_statement (expression) @e) (#eq? @e "x"))"#),
            rule("t/plain", #"((identifier) @e (#eq? @e "y"))"#),
        ], engine: .matcher)
        XCTAssertEqual(Array(set.fallbackRules.keys), ["t/supertype"])
        XCTAssertEqual(set.compiled.map(\.query.engine), [.matcher, .treeSitter])
        XCTAssertFalse(set.metricsPatterns.isEmpty)
        let text = SourceText("x\ny\nx + 1\n")
        let found = try LintEngine.run(set, tree: Parser(language: python).parse(text.bytes), text: text)
        XCTAssertEqual(found.map { "\($0.code) \($0.range)" }, ["t/supertype 0..<1", "t/plain 2..<3"])
    }
}
