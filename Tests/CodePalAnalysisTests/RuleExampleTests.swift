import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Every rule of every language against its own examples (see `RuleExampleRunner`), and every
/// rule file loads.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleMatchesItsExamples() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        XCTAssertFalse(catalog.rules.isEmpty)
        var failures: [String] = []
        for rule in catalog.rules {
            failures += RuleExampleRunner.check(rule, registry: Repository.registry).map(\.description)
        }
        XCTAssert(failures.isEmpty, "\n" + failures.joined(separator: "\n"))
    }

    func testEveryLanguageCompilesItsCombinedRuleSet() throws {
        let catalog = try RuleCatalog(registry: Repository.registry)
        for manifest in Repository.registry.manifests {
            XCTAssertNoThrow(try catalog.ruleSet(for: Repository.language(manifest.language)), manifest.language)
        }
    }

    func testLoaderReportsFileRuleAndProblem() {
        let yaml = """
        rules:
          - id: py/x
            languages: [python]
            severity: loud
            category: style
            message: m
            query: "(identifier) @x"
            explanation: e
            examples: {invalid: ["«a»", "«b»"], valid: ["1", "2"]}
        """
        XCTAssertThrowsError(try RuleLoader.parse(yaml, file: "x.yml")) { error in
            XCTAssertEqual("\(error)", "x.yml: rule py/x: `severity` must be one of error, warning, info, hint")
        }
        XCTAssertThrowsError(try RuleLoader.parse(yaml.replacingOccurrences(of: "loud", with: "error").replacingOccurrences(of: "explanation: e", with: "explanaton: e"), file: "y.yml")) { error in
            XCTAssertEqual("\(error)", "y.yml: rule py/x: unknown key `explanaton`")
        }
    }

    /// The runner itself must fail wrong rules: a misplaced mark, a valid example that fires, a
    /// fix that does not fix.
    func testRunnerReportsBrokenExamples() throws {
        let yaml = """
        rules:
          - id: py/demo
            languages: [python]
            severity: warning
            category: style
            message: "demo"
            query: "((identifier) @name (#eq? @name \\"bad\\"))"
            fix: {replace: name, with: "bad", safety: safe}
            explanation: e
            examples:
              invalid: ["«x» = bad", "bad = 1\\n«bad»"]
              valid: ["good = 1", "print(bad)"]
        """
        let rule = try XCTUnwrap(try RuleLoader.parse(yaml, file: "demo.yml").first)
        let failures = RuleExampleRunner.check(rule, registry: Repository.registry).map(\.problem)
        XCTAssertTrue(failures.contains { $0.hasPrefix("invalid example 1: expected findings at `x`, got `bad`") }, "\(failures)")
        XCTAssertTrue(failures.contains { $0.hasPrefix("invalid example 2: expected findings at `bad`, got `bad`, `bad`") }, "\(failures)")
        XCTAssertTrue(failures.contains { $0.hasPrefix("valid example 2 fires at `bad`") }, "\(failures)")
        XCTAssertTrue(failures.contains { $0.contains("rule still fires after the fix") }, "\(failures)")
    }
}
