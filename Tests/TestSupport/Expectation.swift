import Foundation
import XCTest

/// Compares output with an expectation file kept next to its fixture. Run with
/// `CODEPAL_UPDATE_EXPECT=1` to rewrite expectations after an intended change, then review the diff.
public enum Expectation {
    public static var updating: Bool { ProcessInfo.processInfo.environment["CODEPAL_UPDATE_EXPECT"] == "1" }

    public static func check(_ actual: String, against url: URL, file: StaticString = #filePath, line: UInt = #line) {
        if updating {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing expectation \(url.path); run with CODEPAL_UPDATE_EXPECT=1 to create it", file: file, line: line)
            return
        }
        if expected != actual {
            XCTFail("\(url.lastPathComponent) differs from the output:\n--- expected\n\(expected)\n--- actual\n\(actual)", file: file, line: line)
        }
    }

    /// Fixture files in `folder` (not expectation files), sorted.
    public static func fixtures(in folder: URL, excludingSuffixes suffixes: [String]) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { name in !suffixes.contains { name.hasSuffix($0) } && !name.hasPrefix(".") }
            .map { folder.appendingPathComponent($0) }
    }
}
