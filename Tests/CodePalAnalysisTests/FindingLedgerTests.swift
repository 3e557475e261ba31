import CodePalAnalysis
import CodePalSyntax
import Foundation
import XCTest

/// The ledger that turns each analysed revision of a document into introductions and
/// resolutions, driven with plain findings: no server, no timing.
final class FindingLedgerTests: XCTestCase {
    let origin = FindingLedger.Origin(user: "ann", language: "python", fileHash: "f1")
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func finding(_ rule: String, _ text: String, at offset: Int, category: String = "security") -> FindingLedger.Finding {
        FindingLedger.Finding(rule: rule, category: category, identity: ContentHash.fnv1a(Array(text.utf8)), offset: offset)
    }

    /// Kind and rule of each event with its count, for short assertions.
    func summary(_ events: [LearningEvent]) -> [String] {
        events.map { "\($0.kind.rawValue) \($0.rule ?? "-") \($0.count)" }
    }

    func testOpeningRecordsWhatIsPresentWithoutIntroducingIt() {
        let (ledger, events) = FindingLedger.opening([finding("py/sql-injection", "q1", at: 10), finding("py/sql-injection", "q2", at: 90),
                                                      finding("py/weak-hash", "md5", at: 40)], origin: origin, at: start)
        XCTAssertEqual(summary(events), ["file-opened - 3", "present-at-open py/sql-injection 2", "present-at-open py/weak-hash 1"])
        XCTAssertTrue(events.allSatisfy { $0.fileHash == "f1" && $0.user == "ann" && $0.at == start })
        XCTAssertEqual(ledger.open.count, 3)
    }

    func testAnOpeningWithoutFindingsStillMarksTheFile() {
        let (_, events) = FindingLedger.opening([], origin: origin, at: start)
        XCTAssertEqual(summary(events), ["file-opened - 0"])
    }

    /// Fixed and written again three times: three introductions, three fixes, each fix timed
    /// from its own introduction.
    func testEveryReintroductionAndFixCounts() {
        var (ledger, _) = FindingLedger.opening([], origin: origin, at: start)
        var announced: [String: LearningEvent.Kind] = [:]
        var events: [LearningEvent] = []
        for cycle in 0..<3 {
            let written = start.addingTimeInterval(Double(cycle) * 60 + 10)
            events += ledger.advance(to: [finding("py/yaml-unsafe-load", "load", at: 50)], at: written, announced: &announced)
            events += ledger.advance(to: [], at: written.addingTimeInterval(20), announced: &announced)
        }
        XCTAssertEqual(summary(events), Array(repeating: ["introduced py/yaml-unsafe-load 1", "fixed-by-hand py/yaml-unsafe-load 1"], count: 3).flatMap { $0 })
        XCTAssertEqual(events.compactMap(\.seconds), [20, 20, 20])
    }

    /// Lines typed above a finding move it; it is the same finding.
    func testFindingsMovedByEditsElsewhereAreNotNew() {
        var (ledger, _) = FindingLedger.opening([], origin: origin, at: start)
        var announced: [String: LearningEvent.Kind] = [:]
        XCTAssertEqual(summary(ledger.advance(to: [finding("py/sql-injection", "q1", at: 100)], at: start, announced: &announced)),
                       ["introduced py/sql-injection 1"])
        XCTAssertEqual(ledger.advance(to: [finding("py/sql-injection", "q1", at: 400)], at: start, announced: &announced), [])
        // A second finding of the rule with the same text is a second finding.
        XCTAssertEqual(summary(ledger.advance(to: [finding("py/sql-injection", "q1", at: 400), finding("py/sql-injection", "q1", at: 900)],
                                              at: start, announced: &announced)), ["introduced py/sql-injection 1"])
    }

    /// A vulnerable query edited but still vulnerable is neither a fix nor a new mistake; a
    /// finding of another rule in its place is both.
    func testAFindingWhoseTextChangedIsTheSameFinding() {
        var (ledger, _) = FindingLedger.opening([finding("py/sql-injection", "\"SELECT a\" + name", at: 100)], origin: origin, at: start)
        var announced: [String: LearningEvent.Kind] = [:]
        XCTAssertEqual(ledger.advance(to: [finding("py/sql-injection", "\"SELECT a, b\" + name", at: 104)], at: start, announced: &announced), [])
        XCTAssertEqual(summary(ledger.advance(to: [finding("py/command-injection", "\"ls \" + name", at: 104)], at: start, announced: &announced)),
                       ["introduced py/command-injection 1", "fixed-by-hand py/sql-injection 1"])
    }

    /// Of two findings of a rule, the one that went away is the one the remaining one does not
    /// pair with: the nearest stays, and the fix is timed from the other's appearance.
    func testTheNearestFindingIsTheOneThatStays() {
        var (ledger, _) = FindingLedger.opening([], origin: origin, at: start)
        var announced: [String: LearningEvent.Kind] = [:]
        _ = ledger.advance(to: [finding("py/sql-injection", "a", at: 100)], at: start, announced: &announced)
        _ = ledger.advance(to: [finding("py/sql-injection", "a", at: 100), finding("py/sql-injection", "b", at: 800)],
                           at: start.addingTimeInterval(50), announced: &announced)
        let events = ledger.advance(to: [finding("py/sql-injection", "b2", at: 790)], at: start.addingTimeInterval(80), announced: &announced)
        XCTAssertEqual(summary(events), ["fixed-by-hand py/sql-injection 1"])
        XCTAssertEqual(events.first?.seconds, 80, "the finding at 100 went, and it appeared first")
    }

    /// An announced quick fix is used by one finding of its rule that goes away.
    func testAnnouncedResolutionsAreUsedOnce() {
        var (ledger, _) = FindingLedger.opening([finding("py/compare-to-none", "==", at: 10), finding("py/compare-to-none", "==", at: 60)],
                                               origin: origin, at: start)
        var announced: [String: LearningEvent.Kind] = ["py/compare-to-none": .fixedByQuickFix]
        let events = ledger.advance(to: [], at: start, announced: &announced)
        XCTAssertEqual(summary(events), ["fixed-by-quick-fix py/compare-to-none 1", "fixed-by-hand py/compare-to-none 1"])
        XCTAssertTrue(announced.isEmpty)
        XCTAssertEqual(events.map(\.seconds), [nil, nil], "present at opening: not timed")
    }

    func testADeletedFileTakesItsFindings() {
        var (ledger, _) = FindingLedger.opening([finding("py/weak-hash", "md5", at: 10), finding("py/weak-hash", "sha1", at: 60)], origin: origin, at: start)
        XCTAssertEqual(summary(ledger.deleted(at: start)), ["file-deleted py/weak-hash 2"])
        XCTAssertTrue(ledger.open.isEmpty)
    }

    /// Diagnostics become findings: syntax errors and suppressed findings are not habits; the
    /// identity is the flagged text, wherever it is.
    func testFindingsOfDiagnostics() {
        let text = SourceText("x = yaml.load(a)\ny = yaml.load(b)\n(")
        func diagnostic(_ range: Range<Int>, _ code: String, _ category: String) -> Diagnostic {
            Diagnostic(range: range, severity: .error, code: code, category: category, message: "")
        }
        var suppressed = diagnostic(0..<1, "py/unused-variable", "correctness")
        suppressed.isSuppressed = true
        let findings = FindingLedger.findings([diagnostic(9..<13, "py/yaml-unsafe-load", "security"), diagnostic(26..<30, "py/yaml-unsafe-load", "security"),
                                               diagnostic(34..<35, "syntax", "syntax"), suppressed, diagnostic(30..<900, "py/x", "style")],
                                              text: text, cwe: { $0 == "py/yaml-unsafe-load" ? "CWE-502" : nil })
        XCTAssertEqual(findings.map(\.rule), ["py/yaml-unsafe-load", "py/yaml-unsafe-load", "py/x"])
        XCTAssertEqual(findings[0].identity, findings[1].identity)
        XCTAssertEqual(findings.map(\.offset), [9, 26, 30])
        XCTAssertEqual(findings[0].cwe, "CWE-502")
    }
}
