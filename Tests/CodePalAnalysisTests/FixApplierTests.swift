import CodePalAnalysis
import CodePalSyntax
import XCTest

/// One choice of fixes for `check --fix` and the editor's fix-all: they once kept opposite ends of
/// two overlapping fixes, so CI and the editor made different edits.
final class FixApplierTests: XCTestCase {
    private func fix(_ range: Range<Int>, _ replacement: String) -> Fix {
        Fix(title: replacement, range: range, replacement: replacement, isSafe: true)
    }

    func testTheLeftmostOfOverlappingFixesWinsWhateverTheOrderGiven() {
        let left = fix(2..<6, "L"), right = fix(4..<9, "R"), apart = fix(9..<10, "A")
        XCTAssertEqual(FixApplier.compatible([right, apart, left]), [left, apart])
        XCTAssertEqual(FixApplier.compatible([left, right, apart]), [left, apart])
        XCTAssertEqual(String(decoding: FixApplier.apply([right, apart, left], to: Array("0123456789".utf8)), as: UTF8.self), "01L678A")
    }

    func testTouchingFixesBothApplyButTwoInsertionsAtOneOffsetDoNot() {
        let first = fix(3..<3, "a"), second = fix(3..<3, "b"), after = fix(3..<5, "c")
        XCTAssertEqual(FixApplier.compatible([first, second, after]), [first, after])
        XCTAssertEqual(String(decoding: FixApplier.apply([second, first, after], to: Array("012345".utf8)), as: UTF8.self), "012bc5")
    }

    func testFixesPastTheEndAreDropped() {
        XCTAssertEqual(FixApplier.apply([fix(4..<20, "x"), fix(0..<1, "y")], to: Array("abc".utf8)), Array("ybc".utf8))
    }

    func testSuppressionIsAddedToTheLinesListOrAppended() {
        let text = SourceText(bytes: Array("a = 1  # codepal: ignore[py/x]\nb = \"codepal: ignore[\"\nc = 2\r\n".utf8))
        let listed = Suppressions.insertion(silencing: "py/y", at: 2, in: text, lineComment: "#")
        XCTAssertEqual(listed.range, 29..<29)
        XCTAssertEqual(listed.newText, ", py/y")
        // The marker without a comment before it is not a directive: a new comment ends the line.
        let inString = Suppressions.insertion(silencing: "py/y", at: 33, in: text, lineComment: "#")
        XCTAssertEqual(inString.range, 53..<53)
        XCTAssertEqual(inString.newText, "  # codepal: ignore[py/y]")
        let crlf = Suppressions.insertion(silencing: "py/z", at: 55, in: text, lineComment: "#")
        XCTAssertEqual(crlf.range, 59..<59, "before the \\r\\n")
    }

    /// What the writer produces, the reader honours.
    func testAWrittenSuppressionSilencesTheFinding() {
        let source = "a = 1  # codepal: ignore[py/x]\nb = 2\n"
        for (line, offset) in [(0, 2), (1, 33)] {
            let text = SourceText(bytes: Array(source.utf8))
            let edit = Suppressions.insertion(silencing: "py/y", at: offset, in: text, lineComment: "#")
            var bytes = text.bytes
            bytes.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
            let edited = SourceText(bytes: bytes)
            let start = edited.lines.lineStarts[line]
            var findings = [Diagnostic(range: start..<start + 1, severity: .warning, code: "py/y", category: "quality", message: "m")]
            _ = Suppressions(text: edited, lineComment: "#").apply(to: &findings, reportUnused: false)
            XCTAssertTrue(findings[0].isSuppressed, String(decoding: bytes, as: UTF8.self))
        }
    }
}
