import CodePalWorkspace
import Foundation
import XCTest

/// The nearest configuration file above a source file, as `check` and the server find it.
final class ConfigurationDiscoveryTests: XCTestCase {
    func testNearestFileWins() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-config-\(UUID().uuidString)")
        let inner = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "[complexity]\ncognitive = 3\n".write(to: root.appendingPathComponent(".codepal.toml"), atomically: true, encoding: .utf8)
        let cache = ConfigurationCache()
        XCTAssertEqual(try cache.configuration(forFile: inner.appendingPathComponent("x.py").path).complexity.cognitive, 3)
        try "[complexity]\ncognitive = 9\n".write(to: inner.appendingPathComponent(".codepal.toml"), atomically: true, encoding: .utf8)
        cache.invalidate()
        XCTAssertEqual(try cache.configuration(forFile: inner.appendingPathComponent("x.py").path).complexity.cognitive, 9)
        XCTAssertEqual(try cache.configuration(forFile: root.appendingPathComponent("y.py").path).complexity.cognitive, 3)
    }
}
