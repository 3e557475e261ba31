@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// A catalog made from a summary (what `codepal check` keeps beside its result cache) gives what
/// the catalog that read every rule file gives, and reads a rule file only when asked for one of
/// its rules.
final class RuleCatalogSummaryTests: XCTestCase {
    func testTheSummaryReadsBackOnlyUnderItsKey() throws {
        let summary = try RuleCatalog(registry: Repository.registry).summary
        let text = try XCTUnwrap(summary.encoded(key: "run 1"))
        XCTAssertEqual(RuleCatalogSummary(decoding: text, key: "run 1"), summary)
        XCTAssertNil(RuleCatalogSummary(decoding: text, key: "run 2"))
        XCTAssertNil(RuleCatalogSummary(decoding: String(text.dropLast(5)), key: "run 1"), "a cut file is no summary")
        let broken = RuleCatalogSummary(entries: summary.entries, packErrors: ["ruby": "refactor.json:\tbad\nfile \\ here"])
        XCTAssertEqual(RuleCatalogSummary(decoding: try XCTUnwrap(broken.encoded(key: "k")), key: "k"), broken)
    }

    func testACatalogFromItsSummaryAnswersAlike() throws {
        let registry = Repository.registry
        let eager = try RuleCatalog(registry: registry)
        let lazy = RuleCatalog(registry: registry, summary: eager.summary)
        for manifest in registry.manifests {
            XCTAssertEqual(try lazy.rules(for: manifest.language).map(\.id), try eager.rules(for: manifest.language).map(\.id), manifest.language)
        }
        for rule in eager.rules {
            XCTAssertEqual(lazy.cwe(of: rule.id), rule.cwe, rule.id)
            XCTAssertEqual(lazy.documentationURI(rule.id), eager.documentationURI(rule.id), rule.id)
            XCTAssertEqual(lazy.rule(rule.id)?.query, rule.query, rule.id)
            XCTAssertEqual(lazy.rule(rule.id)?.file, rule.file, rule.id)
        }
        XCTAssertEqual(lazy.rules.map(\.id), eager.rules.map(\.id))
        XCTAssertEqual(try lazy.ruleSet(for: Repository.language("python")).rules.count, try eager.rules(for: "python").count)
    }

    func testARuleFileIsReadOnlyWhenOneOfItsRulesIsAskedFor() throws {
        let registry = Repository.registry
        let summary = try RuleCatalog(registry: registry).summary
        // Go's rules point at a file that does not exist: only asking for a Go rule notices.
        let moved = summary.entries.map { entry in
            entry.languages.contains("go") ? RuleCatalogSummary.Entry(id: entry.id, file: "go/rules/missing.yml", languages: entry.languages, cwe: entry.cwe) : entry
        }
        let goRule = try XCTUnwrap(moved.first { $0.languages.contains("go") })
        let catalog = RuleCatalog(registry: registry, summary: RuleCatalogSummary(entries: moved, packErrors: [:]))
        XCTAssertEqual(catalog.cwe(of: goRule.id), goRule.cwe, "known from the summary alone")
        XCTAssertFalse(try catalog.rules(for: "python").isEmpty)
        XCTAssertNoThrow(try catalog.ruleSet(for: Repository.language("python")))
        XCTAssertThrowsError(try catalog.rules(for: "go"))
        XCTAssertThrowsError(try catalog.ruleSet(for: Repository.language("go")))
        XCTAssertNil(catalog.rule(goRule.id))
    }
}
