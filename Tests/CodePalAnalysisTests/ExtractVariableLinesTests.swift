@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Extract variable of an expression that spans lines: inside brackets Python continues the
/// line, so the declaration keeps the expression in parentheses of its own.
final class ExtractVariableLinesTests: XCTestCase {
    func testAnExpressionOverSeveralLinesKeepsItsContinuation() throws {
        let source = """
        def html_escape(value):
            return (str(value).replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;"))

        """
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let graph = try ScopeResolver.resolve(tree: tree, text: text)
        // From `str(value)` to the end of the second line's first call: two lines, no brackets of its own.
        let start = source.utf8.distance(from: source.utf8.startIndex, to: try XCTUnwrap(source.range(of: "str(value)")).lowerBound)
        let end = source.utf8.distance(from: source.utf8.startIndex, to: try XCTUnwrap(source.range(of: ".replace(\"<\", \"&lt;\")")).upperBound)
        let action = try XCTUnwrap(ExtractVariable.actions(selection: start..<end, tree: tree, text: text, graph: graph).first)
        var bytes = Array(source.utf8)
        for edit in action.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        let result = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(Parser(language: Repository.language("python")).parse(bytes).root.hasError, result)
        XCTAssertTrue(result.contains(" = (str(value)"), result)
    }
}
