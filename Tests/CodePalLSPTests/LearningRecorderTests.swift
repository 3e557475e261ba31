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
}
