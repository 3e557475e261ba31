import Foundation
import TestSupport
import XCTest

/// The labelled corpus (Fixtures/lint-corpus) through the built binary, scored by
/// scripts/lint-accuracy: the bar is precision and recall of at least 90 % in every topic
/// of every language, and the corpus as a whole stays near where it is, so that a rule change
/// that loses real cases fails here and not only in a report.
final class LintCorpusTests: EndToEndTestCase {
    func testEveryTopicAndLanguageMeetsTheAccuracyBar() throws {
        let report = try temporaryDirectory().appendingPathComponent("accuracy.json")
        let script = Repository.root.appendingPathComponent("scripts/lint-accuracy")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--bin", Self.binary.path, "--quiet", "--json", report.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        let tp = json["tp"] as? [String: Int] ?? [:], fp = json["fp"] as? [String: Int] ?? [:], fn = json["fn"] as? [String: Int] ?? [:]
        let cells = Set(tp.keys).union(fp.keys).union(fn.keys)
        XCTAssertGreaterThan(cells.count, 60, "every language has its topics")
        for cell in cells.sorted() {
            let t = Double(tp[cell] ?? 0), p = Double(fp[cell] ?? 0), n = Double(fn[cell] ?? 0)
            XCTAssertGreaterThanOrEqual(t / max(1, t + p), 0.9, "precision of \(cell): \(t) true, \(p) false positives")
            XCTAssertGreaterThanOrEqual(t / max(1, t + n), 0.9, "recall of \(cell): \(t) found, \(n) missed")
        }
        let totals = try XCTUnwrap((json["totals"] as? [String: [String: Int]])?["all"])
        let t = Double(totals["tp"]!), p = Double(totals["fp"]!), n = Double(totals["fn"]!)
        XCTAssertGreaterThanOrEqual(t / (t + p), 0.98, "whole-corpus precision")
        XCTAssertGreaterThanOrEqual(t / (t + n), 0.98, "whole-corpus recall")
        XCTAssertGreaterThanOrEqual(json["expectations"] as? Int ?? 0, 760, "the corpus lost expectations")
    }
}
