import CodePalSyntax
import TestSupport
import XCTest

final class EditLogTests: XCTestCase {
    func testRangesMoveWithEditsBeforeThemAndStayWithEditsAfter() {
        let document = Document(uri: "file:///t.py", text: "def f():\n    pass\n", version: 1, language: nil)
        let name = 4..<5
        document.apply([TextChange(range: TextRange(start: .init(line: 0, character: 0), end: .init(line: 0, character: 0)), text: "import os\n")],
                       version: 2, encoding: .utf16)
        document.apply([TextChange(range: TextRange(start: .init(line: 2, character: 8), end: .init(line: 2, character: 8)), text: "  # x")],
                       version: 3, encoding: .utf16)
        let moved = document.edits.map(name, from: 1)
        XCTAssertEqual(moved, 14..<15)
        XCTAssertEqual(document.text.slice(moved!), "f")
        XCTAssertEqual(document.edits.map(name, from: 3), name, "nothing after version 3")
    }

    func testRangeInsideAReplacementCollapsesToIt() {
        let document = Document(uri: "file:///t.py", text: "abcdef", version: 1, language: nil)
        document.apply([TextChange(range: TextRange(start: .init(line: 0, character: 1), end: .init(line: 0, character: 5)), text: "XY")],
                       version: 2, encoding: .utf8)
        XCTAssertEqual(document.edits.map(2..<4, from: 1), 1..<3)
    }

    func testMappingFromBeforeTheLogIsRefused() {
        let document = Document(uri: "file:///t.py", text: "", version: 5, language: nil)
        for version in 6...1100 {
            document.apply([TextChange(range: TextRange(start: .init(line: 0, character: 0), end: .init(line: 0, character: 0)), text: "x")],
                           version: version, encoding: .utf8)
        }
        XCTAssertNil(document.edits.map(0..<1, from: 5))
        XCTAssertEqual(document.edits.map(0..<1, from: 1099), 1..<2)
    }
}
