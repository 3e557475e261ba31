@testable import CodePalLSP
import Foundation
import TestSupport
import XCTest

/// The languages a server compiles ahead of the first `didOpen`: those of the workspace's top
/// files, most used first, without dependency folders, hidden folders or deeper levels.
final class LanguageWarmUpTests: XCTestCase {
    func testLanguagesOfTheTopOfTheWorkspaceMostUsedFirst() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("warm-up-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ["a.ts", "b.ts", "src/c.ts", "main.py", "src/util.py", "README.md",
                     "node_modules/x/index.js", ".hidden/tool.go", "src/deeper/lib.rs"]
        for file in files {
            let path = (root as NSString).appendingPathComponent(file)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x = 1\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        XCTAssertEqual(LanguageServer.languagesByUse(under: root, registry: Repository.registry), ["typescript", "python"])
    }
}
