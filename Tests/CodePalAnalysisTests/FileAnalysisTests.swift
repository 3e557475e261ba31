import CodePalAnalysis
import CodePalSyntax
import Dispatch
import TestSupport
import XCTest

/// One analysis per file revision: each part computed once, whoever asks first and however many ask.
final class FileAnalysisTests: XCTestCase {
    private func analysis(_ source: String) throws -> FileAnalysis {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        return FileAnalysis(tree: tree, text: text, configuration: Configuration(), rules: try RuleCatalog(registry: Repository.registry), path: "/w/a.py")
    }

    private let source = "import yaml\n\ndef load(path):\n    if path == None:\n        return None\n    return yaml.load(open(path))\n"

    func testTheFindingsAreThoseOfCheckAndComputedOnce() throws {
        let shared = try analysis(source)
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let direct = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                      rules: try RuleCatalog(registry: Repository.registry), path: "/w/a.py")
        XCTAssertEqual(shared.findings.map(\.code), direct.map(\.code))
        XCTAssertFalse(direct.isEmpty)
        XCTAssertEqual(shared.findings.map(\.range), direct.map(\.range))
        XCTAssertEqual(shared.computations["findings"], 1)
    }

    func testTheComplexityMeasurementServesMetricsWithTheSameOptions() throws {
        let shared = try analysis(source)
        _ = shared.findings
        let options = FileAnalyzer.complexityMetricsOptions(shared.configuration)
        XCTAssertEqual(try shared.metrics(options).functions.map(\.name), ["load"])
        XCTAssertNil(shared.computations["metrics"], "measured once, by the lint walk")
        XCTAssertEqual(try shared.metrics(MetricsOptions()).functions.count, 1)
        XCTAssertEqual(try shared.metrics(MetricsOptions()).functions.count, 1)
        XCTAssertEqual(shared.computations["metrics"], 1, "other options: measured once more, then shared")
    }

    func testConcurrentAskersShareOneComputation() throws {
        let shared = try analysis(source)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if index % 2 == 0 { _ = shared.findings } else { _ = try? shared.outline() }
        }
        XCTAssertEqual(shared.computations["findings"], 1)
        XCTAssertEqual(shared.computations["outline"], 1)
        XCTAssertEqual(try shared.outline().map(\.name), ["load"])
    }
}
