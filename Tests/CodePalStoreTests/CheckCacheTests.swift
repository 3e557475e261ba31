import CodePalAnalysis
@testable import CodePalStore
import Foundation
import XCTest

final class CheckCacheTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Findings of every shape: fixes safe and unsafe, tags, suppression, text beyond ASCII,
    /// empty strings, large offsets.
    static let diagnostics: [Diagnostic] = {
        var suppressed = Diagnostic(range: 0..<0, severity: .hint, code: "", category: "", message: "")
        suppressed.isSuppressed = true
        return [
            Diagnostic(range: 12..<40, severity: .error, code: "py/sql-injection", category: "security",
                       message: "SQL built from `request.args` — «untrusted» 日本語 🎉"),
            Diagnostic(range: 3..<9, severity: .warning, code: "py/compare-to-none", category: "correctness", message: "use `is`",
                       fix: Fix(title: "Use is", range: 5..<7, replacement: "is", isSafe: true), tags: ["unnecessary", "deprecated"]),
            Diagnostic(range: 1_000_000_000..<1_000_000_123, severity: .info, code: "py/eval", category: "security", message: "eval",
                       fix: Fix(title: "", range: 0..<0, replacement: "", isSafe: false)),
            suppressed,
        ]
    }()

    func testEntriesComeBackAsStoredUnderTheirKey() throws {
        let cache = try CheckCache(path: folder.appendingPathComponent("c.sqlite").path)
        try cache.store([(path: "/w/a.py", key: "k1", diagnostics: Self.diagnostics), (path: "/w/b.py", key: "k2", diagnostics: [])])
        let found = try cache.entries(for: ["/w/a.py", "/w/b.py", "/w/missing.py"])
        XCTAssertEqual(Set(found.keys), ["/w/a.py", "/w/b.py"])
        XCTAssertEqual(found["/w/a.py"]?.key, "k1")
        XCTAssertEqual(found["/w/a.py"]?.diagnostics, Self.diagnostics)
        XCTAssertEqual(found["/w/b.py"]?.diagnostics, [])

        // A newer result for a path replaces the old one; a second process sees it.
        try cache.store([(path: "/w/a.py", key: "k3", diagnostics: [Self.diagnostics[1]])])
        let other = try CheckCache(path: cache.path)
        XCTAssertEqual(try other.entries(for: ["/w/a.py"])["/w/a.py"]?.key, "k3")
        XCTAssertEqual(try other.entries(for: ["/w/a.py"])["/w/a.py"]?.diagnostics, [Self.diagnostics[1]])
        XCTAssertEqual(try other.count(), 2)
    }

    func testUnreadableEntriesAreMisses() {
        let bytes = DiagnosticCoding.encode(Self.diagnostics)
        XCTAssertEqual(DiagnosticCoding.decode(bytes), Self.diagnostics)
        // Every truncation and a foreign format number read as nothing rather than as wrong findings.
        for length in 0..<bytes.count {
            XCTAssertNil(DiagnosticCoding.decode(Array(bytes.prefix(length))), "prefix of \(length) bytes")
        }
        XCTAssertNil(DiagnosticCoding.decode([DiagnosticCoding.format + 1] + bytes.dropFirst()))
        XCTAssertNil(DiagnosticCoding.decode(bytes + [0]))
    }

    func testConcurrentWritersFromTwoConnectionsKeepEveryEntry() throws {
        let path = folder.appendingPathComponent("c.sqlite").path
        let caches = try [CheckCache(path: path), CheckCache(path: path)]
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            let entries = (0..<300).map { (path: "/w/\(round)/\($0).py", key: "k\($0)", diagnostics: Self.diagnostics) }
            do { try caches[round % 2].store(entries) } catch { XCTFail("\(error)") }
        }
        XCTAssertEqual(try CheckCache(path: path).count(), 8 * 300)
        XCTAssertEqual(try caches[0].entries(for: ["/w/7/299.py"])["/w/7/299.py"]?.diagnostics, Self.diagnostics)
    }

    func testACorruptFileIsSetAsideAndReplaced() throws {
        let path = folder.appendingPathComponent("c.sqlite").path
        try Data("this is not a database, it is what a crash or a stray write could leave".utf8).write(to: URL(fileURLWithPath: path))
        var warnings: [String] = []
        let cache = try CheckCache(path: path, warn: { warnings.append($0) })
        XCTAssertEqual(try cache.count(), 0)
        try cache.store([(path: "/w/a.py", key: "k", diagnostics: [])])
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("moved it to"), warnings[0])
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".unusable-") }
        XCTAssertEqual(kept.count, 1, "the unusable file is kept, not deleted")
    }
}
