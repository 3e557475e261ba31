import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Every fix applied alone to real code (the lint corpus and the other fixtures) must leave a
/// file that parses no worse and without the finding it fixes; safe fixes and every security fix
/// must bring no new finding (`FixAudit`; `codepal rules check-fixes` runs the same on other
/// code). An unsafe quality fix may change what the code means, which is what makes it unsafe:
/// `var` to `let` where the code relies on hoisting, `except:` to `except Exception:` over an
/// empty handler. Those are listed, not failed.
final class FixPropertyTests: XCTestCase {
    func testEveryFixOnTheLintCorpusAndFixtures() throws {
        var audit = FixAudit(rules: try RuleCatalog(registry: Repository.registry))
        for (url, _, text) in Repository.parsedFixtures(["lint-corpus", "symbols", "scopes", "workspaces", "metrics"]) {
            guard let language = try Repository.registry.language(forPath: url.path) else { continue }
            audit.audit(text.bytes, language: language, path: url.path, name: url.path.replacingOccurrences(of: Repository.root.path + "/", with: ""))
        }
        XCTAssertGreaterThan(audit.applied, 50, "the corpus should exercise many fixes")
        let failing = audit.problems.filter { $0.isSafe || $0.category == "security" || !$0.what.hasPrefix("a new ") }
        XCTAssert(failing.isEmpty, "\(failing.count) of \(audit.applied) fixes:\n" + failing.map(\.description).joined(separator: "\n"))
        for problem in audit.problems where !failing.contains(where: { $0.description == problem.description }) {
            print("unsafe fix changes meaning: \(problem)")
        }
    }

    func testSecurityFixesAreExercised() throws {
        var audit = FixAudit(rules: try RuleCatalog(registry: Repository.registry))
        for (url, _, text) in Repository.parsedFixtures(["lint-corpus"]) {
            guard let language = try Repository.registry.language(forPath: url.path) else { continue }
            audit.audit(text.bytes, language: language, path: url.path, name: url.lastPathComponent)
        }
        for rule in ["py/sql-injection", "js/sql-injection", "py/insecure-cookie", "js/insecure-cookie", "py/regex-injection",
                     "py/xpath-injection", "py/insecure-random", "js/dom-xss"] {
            XCTAssertGreaterThan(audit.appliedByRule[rule, default: 0], 0, "no fix of \(rule) applied in the lint corpus")
        }
    }
}
