@testable import CodePalLSP
import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Which revisions the recorder compares, with arrival times given and no editor analysis at all
/// (as when a busy machine never got to run it): keystrokes on the way are skipped, revisions
/// the user stayed in are not.
final class LearningRecorderTests: XCTestCase {
    func testRevisionsTheUserStayedInCountKeystrokesOnTheWayDoNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-recorder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try LearningStore(path: folder.appendingPathComponent("learning.sqlite").path)
        let recorder = LearningRecorder(store: store, user: "kim", settle: 0.3)
        let rules = try RuleCatalog(registry: Repository.registry)
        let python = try Repository.registry.language(named: "python")
        let uri = "file:///tmp/learning/keys.py"
        let safe = "import yaml\n\n\ndef settings(stream):\n    return yaml.safe_load(stream)\n"
        let unsafe = safe.replacingOccurrences(of: "safe_load", with: "load")
        func snapshot(_ text: String, _ version: Int) -> DocumentSnapshot {
            Document(uri: uri, text: text, version: version, language: python).snapshot()
        }
        let start = Date()
        recorder.opened(snapshot(safe, 1), configuration: Configuration(), rules: rules)
        // (arrival in seconds, text): 2 lasts 0.05 s, a keystroke; 3 and 4 last a second each.
        for (version, (seconds, text)) in [(1.0, unsafe), (1.05, safe), (2.0, unsafe), (3.0, safe)].enumerated() {
            recorder.revised(snapshot(text, version + 2), wholeDocument: false, configuration: Configuration(), rules: rules,
                             at: start.addingTimeInterval(seconds))
        }
        recorder.flush(finishing: true)
        let events = try store.events(user: "kim").filter { $0.rule == "py/yaml-unsafe-load" }
        XCTAssertEqual(events.map(\.kind), [.introduced, .fixedByHand], "\(events)")
        XCTAssertEqual(try store.events(user: "kim").filter { $0.kind == .fileOpened }.count, 1)
    }

    /// Typing between the timer's flushes: the events the timer writes are findings and marks,
    /// while the count of edited lines keeps running in one event until a report (or shutdown)
    /// writes it, whole. Before, each flush wrote an `edited` row.
    func testTheTimerWritesEventsButLetsTheEditCountRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-recorder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try LearningStore(path: folder.appendingPathComponent("learning.sqlite").path)
        let recorder = LearningRecorder(store: store, user: "lee", settle: 0.01, flushInterval: 0.02)
        let rules = try RuleCatalog(registry: Repository.registry)
        let python = try Repository.registry.language(named: "python")
        let uri = "file:///tmp/learning/typing.py"
        recorder.opened(Document(uri: uri, text: "x = 1\n", version: 1, language: python).snapshot(), configuration: Configuration(), rules: rules)
        var typed = 0
        // Edits until the timer has written the opening mark several flushes after the first edit.
        let deadline = Date().addingTimeInterval(120)
        var openedAt: Date?
        while Date() < deadline {
            recorder.edited(lines: 1, language: "python")
            typed += 1
            if openedAt == nil, try store.events(user: "lee").contains(where: { $0.kind == .fileOpened }) { openedAt = Date() }
            if let openedAt, Date().timeIntervalSince(openedAt) > 0.2 { break }
            usleep(2_000)
        }
        XCTAssertNotNil(openedAt, "the timer never wrote the opening mark")
        XCTAssertEqual(try store.events(user: "lee").filter { $0.kind == .edited }.count, 0, "the running count is not written by the timer")
        recorder.flush()
        let edits = try store.events(user: "lee").filter { $0.kind == .edited }
        XCTAssertEqual(edits.count, 1, "counts written: \(edits.map(\.count))")
        XCTAssertEqual(edits.first?.count, typed)
    }
}
