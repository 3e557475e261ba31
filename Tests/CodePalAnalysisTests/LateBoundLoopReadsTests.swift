@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Every read of a loop variable inside a closure the loop makes is reported (ruff's B023 reports
/// each), not only the first one.
final class LateBoundLoopReadsTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    func testEveryLateReadOfAClosureIsAFinding() throws {
        let source = """
        def schedule(batches, scheduler, client):
            for attempt, batch in enumerate(batches):
                def upload():
                    log.info("uploading %d", attempt)
                    client.post("/upload", json=batch.payload())
                    log.info("sent %s", batch.name)
                scheduler.enter(attempt * 5, 1, upload)

        """
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: "/w/jobs.py")
            .filter { $0.code == "py/loop-variable-closure" }
        let reads = found.map { diagnostic -> String in
            let line = text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
            return "\(line):\(String(decoding: text.bytes[diagnostic.range], as: UTF8.self))"
        }.sorted()
        XCTAssertEqual(reads, ["4:attempt", "5:batch", "6:batch"])
        // Each message names its own variable.
        XCTAssertEqual(found.filter { $0.message.hasPrefix("`batch`") }.count, 2)
    }
}
