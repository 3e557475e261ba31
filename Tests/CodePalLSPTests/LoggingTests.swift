import CodePalLSP
import Foundation
import Logging
import XCTest

/// The server logs through swift-log into a file or stderr, never stdout.
final class LoggingTests: XCTestCase {
    func testLinesGoToTheFileAtTheirLevelWithMetadata() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var log = try Logger.codepal(level: .info, file: file.path)
        log[metadataKey: "session"] = "7"
        log.debug("hidden")
        log.info("grammars from /g")
        log.error("broken", metadata: ["rule": "py/x"])
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertTrue(lines[0].hasSuffix("] info grammars from /g session=7"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix("] error broken rule=py/x session=7"), lines[1])
    }

    func testLevelNames() {
        XCTAssertEqual(Logger.level(named: "warn"), .warning)
        XCTAssertEqual(Logger.level(named: "TRACE"), .trace)
        XCTAssertNil(Logger.level(named: "loud"))
    }

    func testAnUnwritableFileIsAnError() {
        XCTAssertThrowsError(try Logger.codepal(level: .info, file: "/nonexistent/dir/log"))
    }
}
