import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Every fix, applied alone to real code (the lint corpus and the other fixtures), must leave a
/// file that parses no worse and without the finding it fixes. A safe fix must also bring no new
/// finding, except one that its own safe fix then removes (removing `pdb.set_trace()` leaves
/// `import pdb` unused: `check --fix` and a second fix-all take it away). An unsafe fix may
/// change what the code means (that is what makes it unsafe, and the editor says so): what it
/// brings in is for the user to review, so only parsing and the finding are checked.
final class FixPropertyTests: XCTestCase {
    private struct Outcome {
        var applied = 0
        var problems: [String] = []
    }

    private func findings(_ bytes: [UInt8], _ language: Language, _ rules: RuleCatalog, _ path: String) -> (errors: Int, counts: [String: Int], all: [Diagnostic]) {
        let text = SourceText(bytes: bytes)
        let tree = Parser(language: language).parse(bytes)
        let found = FileAnalyzer.diagnostics(tree: tree, text: text, configuration: Configuration(), rules: rules, path: path)
            .filter { !$0.isSuppressed }
        var counts: [String: Int] = [:]
        for finding in found where finding.code != "syntax" { counts[finding.code, default: 0] += 1 }
        return (found.filter { $0.code == "syntax" }.count, counts, found)
    }

    private func check(_ folders: [String]) throws -> Outcome {
        let rules = try RuleCatalog(registry: Repository.registry)
        var outcome = Outcome()
        for (url, _, text) in Repository.parsedFixtures(folders) {
            guard let language = try Repository.registry.language(forPath: url.path) else { continue }
            let before = findings(text.bytes, language, rules, url.path)
            let name = url.path.replacingOccurrences(of: Repository.root.path + "/", with: "")
            for finding in before.all {
                guard let fix = finding.fix else { continue }
                outcome.applied += 1
                let fixed = FixApplier.apply([fix], to: text.bytes)
                let after = findings(fixed, language, rules, url.path)
                let line = text.position(of: finding.range.lowerBound, in: .utf32).line + 1
                let place = "\(name):\(line) \(finding.code) «\(fix.title)»"
                if after.errors > before.errors { outcome.problems.append("\(place): the fixed file has syntax errors") }
                if after.counts[finding.code, default: 0] >= before.counts[finding.code, default: 0] {
                    outcome.problems.append("\(place): the finding is still there")
                }
                guard fix.isSafe else { continue }
                // What the fix brought in, after the safe fixes of those new findings, as `--fix` runs them.
                var settled = (bytes: fixed, found: after)
                for _ in 0..<3 {
                    let new = settled.found.all.filter { finding in
                        finding.code != "syntax" && settled.found.counts[finding.code, default: 0] > before.counts[finding.code, default: 0]
                    }
                    let fixes = new.compactMap(\.fix).filter(\.isSafe)
                    guard !fixes.isEmpty else { break }
                    settled.bytes = FixApplier.apply(fixes, to: settled.bytes)
                    settled.found = findings(settled.bytes, language, rules, url.path)
                }
                if settled.found.errors > before.errors { outcome.problems.append("\(place): the follow-up fixes leave syntax errors") }
                for (code, count) in settled.found.counts where count > before.counts[code, default: 0] {
                    outcome.problems.append("\(place): a new \(code) finding")
                }
            }
        }
        return outcome
    }

    func testEveryFixOnTheLintCorpusAndFixtures() throws {
        let outcome = try check(["lint-corpus", "symbols", "scopes", "workspaces", "metrics"])
        XCTAssertGreaterThan(outcome.applied, 50, "the corpus should exercise many fixes")
        XCTAssert(outcome.problems.isEmpty, "\(outcome.problems.count) of \(outcome.applied) fixes:\n" + outcome.problems.joined(separator: "\n"))
    }
}
