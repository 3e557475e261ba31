import TestSupport
import XCTest

/// The fixture language's one reader (Fixtures/README.md).
final class FixtureMarkersTests: XCTestCase {
    func testCursorAndRangesAreTakenOutOfTheSnippet() {
        let (text, cursor, ranges) = FixtureMarkers.snippet("x = «é + $0y»\nz = «1»\n")
        XCTAssertEqual(text, "x = é + y\nz = 1\n")
        XCTAssertEqual(cursor, 9, "bytes: é is two")
        XCTAssertEqual(ranges, [4..<10, 15..<16])
        XCTAssertNil(FixtureMarkers.snippet("plain").cursor)
    }

    func testAnnotationsPointAtTheNearestCodeLineAbove() {
        let source = "class Cart:\n#     ^def Cart\n    pass\ncart = Cart()\n# ^def cart ^ref Cart\n//     ^none x\n"
        let annotations = FixtureMarkers.annotations(in: source)
        XCTAssertEqual(annotations.map(\.words), [["def", "Cart"], ["def", "cart"], ["ref", "Cart"], ["none", "x"]])
        XCTAssertEqual(annotations.map(\.codeLine), [0, 3, 3, 3])
        XCTAssertEqual(annotations.map(\.column), [6, 2, 12, 7])
        XCTAssertEqual(annotations[0].codeLineStart..<annotations[0].codeLineEnd, 0..<11)
        XCTAssertEqual(annotations[1].line, 4)
    }

    func testCommentsThatAreNotAnnotationsAreCode() {
        XCTAssertTrue(FixtureMarkers.annotations(in: "# a comment\nx = 1 # ^ not a marker\n").isEmpty)
        XCTAssertTrue(FixtureMarkers.annotations(in: "# ^def nothing above\n").isEmpty, "an annotation needs a code line above")
    }
}
