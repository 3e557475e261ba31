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

    private func rule(_ id: String, query: String, fix: String = "") throws -> LintRule {
        let yaml = """
        rules:
          - id: \(id)
            languages: [python]
            severity: warning
            category: style
            message: m
            query: \(query.debugDescription)
            \(fix)
            explanation: e
            examples: {invalid: ["«a»", "«b»"], valid: ["1", "2"]}
        """
        return try XCTUnwrap(try RuleLoader.parse(yaml, file: "\(id).yml").first)
    }

    /// Rules are compiled once, together: each pattern still finds its own rule, and a broken
    /// query or a missing capture is reported with the rule's file and id.
    func testCombinedRuleSetMapsPatternsAndNamesBrokenRules() throws {
        let language = Repository.language("python")
        let first = try rule("py/one", query: "(integer) @n\n; a comment naming @nothing\n(float) @n")
        let second = try rule("py/two", query: "((identifier) @name (#eq? @name \"@x\"))")
        let set = try RuleSet(language: language, rules: [first, second])
        let text = SourceText("a = 1 + 2.5\nx = a\n")
        let findings = try LintEngine.run(set, tree: Parser(language: language).parse(text.bytes), text: text)
        XCTAssertEqual(Set(findings.map { "\($0.code)@\(text.slice($0.range))" }), ["py/one@1", "py/one@2.5"],
                       "patterns after a comment that names a capture still map to their rule; py/two matches nothing")

        let broken = try rule("py/broken", query: "(no_such_kind) @n")
        XCTAssertThrowsError(try RuleSet(language: language, rules: [first, broken])) { error in
            XCTAssertTrue("\(error)".contains("py/broken") && "\(error)".contains("broken.yml") && "\(error)".contains("no_such_kind"), "\(error)")
        }
        let badFix = try rule("py/fix", query: "(integer) @n", fix: "fix: {replace: value, with: \"0\", safety: safe}")
        XCTAssertThrowsError(try RuleSet(language: language, rules: [badFix])) { error in
            XCTAssertTrue("\(error)".contains("py/fix") && "\(error)".contains("@value"), "\(error)")
        }
    }
}
