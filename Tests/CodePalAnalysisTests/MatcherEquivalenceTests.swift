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
        XCTAssertEqual(Set(queries.keys), ["python", "javascript", "typescript", "tsx"])
        XCTAssertGreaterThan(files, 1000)
        XCTAssertGreaterThan(matches, 15000)
    }
}
