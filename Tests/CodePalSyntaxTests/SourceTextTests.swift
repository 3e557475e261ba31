import CodePalSyntax
import TestSupport
import XCTest

final class SourceTextTests: XCTestCase {
    // "a😀b" : 😀 is 4 UTF-8 bytes, 2 UTF-16 units, 1 scalar.
    let emoji = SourceText("a😀b\nxy")

    func testOffsetToPositionInEachEncoding() {
        XCTAssertEqual(emoji.position(of: 5, in: .utf8), TextPosition(line: 0, character: 5))
        XCTAssertEqual(emoji.position(of: 5, in: .utf16), TextPosition(line: 0, character: 3))
        XCTAssertEqual(emoji.position(of: 5, in: .utf32), TextPosition(line: 0, character: 2))
        XCTAssertEqual(emoji.position(of: 8, in: .utf16), TextPosition(line: 1, character: 1))
    }

    func testPositionToOffsetInEachEncoding() {
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 3), in: .utf16), 5)
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 2), in: .utf32), 5)
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 5), in: .utf8), 5)
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 1, character: 2), in: .utf16), 9)
    }

    func testPositionInsideSurrogatePairOrSequenceFloorsToCharacterStart() {
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 2), in: .utf16), 1)
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 3), in: .utf8), 1)
        XCTAssertEqual(emoji.position(of: 3, in: .utf16), TextPosition(line: 0, character: 1))
    }

    func testOutOfRangePositionsClamp() {
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 0, character: 99), in: .utf16), 6, "past line end -> line end")
        XCTAssertEqual(emoji.offset(of: TextPosition(line: 42, character: 0), in: .utf16), emoji.count, "past last line -> end")
        XCTAssertEqual(emoji.offset(of: TextPosition(line: -1, character: -5), in: .utf16), 0)
        XCTAssertEqual(emoji.position(of: 1000, in: .utf16), TextPosition(line: 1, character: 2))
        XCTAssertEqual(emoji.position(of: -3, in: .utf8), TextPosition(line: 0, character: 0))
    }

    func testLineTerminators() {
        let text = SourceText("a\r\nb\rc\nd")
        XCTAssertEqual(text.lines.lineCount, 4)
        XCTAssertEqual(text.lines.lineStarts, [0, 3, 5, 7])
        XCTAssertEqual(text.offset(of: TextPosition(line: 0, character: 5), in: .utf16), 1, "CR of CRLF is not content")
        XCTAssertEqual(text.position(of: 2, in: .utf16), TextPosition(line: 0, character: 1), "inside CRLF -> end of line")
        XCTAssertEqual(text.offset(of: TextPosition(line: 2, character: 0), in: .utf16), 5)
        XCTAssertTrue(text.lines.hasLoneCarriageReturn)
        XCTAssertEqual(text.treeSitterPoint(of: 7).row, 2, "tree-sitter rows count only \\n")
    }

    func testEmptyTextAndTrailingNewline() {
        let empty = SourceText("")
        XCTAssertEqual(empty.lines.lineCount, 1)
        XCTAssertEqual(empty.offset(of: TextPosition(line: 3, character: 3), in: .utf8), 0)
        let trailing = SourceText("x\n")
        XCTAssertEqual(trailing.lines.lineCount, 2)
        XCTAssertEqual(trailing.position(of: 2, in: .utf16), TextPosition(line: 1, character: 0))
    }

    /// Every scalar boundary survives offset -> position -> offset in every encoding, and positions
    /// agree with an independent count over Swift's own UTF-16 view.
    func testRoundTripOnRandomText() {
        var rng = SeededGenerator(seed: 7)
        let alphabet: [String] = ["a", "Z", " ", "\n", "\r\n", "\r", "é", "中", "😀", "\t", "𝄞"]
        for _ in 0..<200 {
            let string = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let text = SourceText(string)
            var offset = 0
            var line = 0
            var utf16Column = 0
            var previousWasCR = false
            for scalar in string.unicodeScalars {
                if !(previousWasCR && scalar == "\n") {
                    for encoding in PositionEncoding.allCases {
                        let position = text.position(of: offset, in: encoding)
                        XCTAssertEqual(text.offset(of: position, in: encoding), offset, "\(string.debugDescription) @\(offset) \(encoding)")
                    }
                    XCTAssertEqual(text.position(of: offset, in: .utf16), TextPosition(line: line, character: utf16Column), string.debugDescription)
                }
                if scalar == "\n" || scalar == "\r" {
                    if !(previousWasCR && scalar == "\n") { line += 1 }
                    utf16Column = 0
                } else {
                    utf16Column += scalar.utf16.count
                }
                previousWasCR = scalar == "\r"
                offset += scalar.utf8.count
            }
        }
    }
}
