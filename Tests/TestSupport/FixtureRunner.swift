import CodePalSyntax
import Foundation
import XCTest

/// A parsed fixture file.
public struct ParsedFixture {
    public let file: URL
    public let text: SourceText
    public let tree: SyntaxTree
}

extension Expectation {
    /// Parses every fixture in `Fixtures/<feature>/` (skipping expectation files ending in
    /// `.<suffix>`), renders it and compares with `<file>.<suffix>`.
    public static func checkFixtures(_ feature: String, suffix: String, atLeast minimum: Int,
                                     file: StaticString = #filePath, line: UInt = #line,
                                     render: (ParsedFixture) throws -> String) throws {
        let folder = Repository.fixtures.appendingPathComponent(feature)
        let files = fixtures(in: folder, excludingSuffixes: [".\(suffix)"])
        XCTAssertGreaterThanOrEqual(files.count, minimum, file: file, line: line)
        for url in files {
            let language = try XCTUnwrap(try Repository.registry.language(forPath: url.path), url.lastPathComponent, file: file, line: line)
            let bytes = Array(try Data(contentsOf: url))
            let parsed = ParsedFixture(file: url, text: SourceText(bytes: bytes), tree: Parser(language: language).parse(bytes))
            check(try render(parsed), against: url.appendingPathExtension(suffix), file: file, line: line)
        }
    }
}
