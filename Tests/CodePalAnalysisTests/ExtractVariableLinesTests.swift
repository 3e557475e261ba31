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
        let (tree, text, graph) = try RefactorTesting.parse(source, "python")
        // From `str(value)` to the end of the second line's first call: two lines, no brackets of its own.
        let start = try RefactorTesting.range(of: "str(value)", in: source).lowerBound
        let end = try RefactorTesting.range(of: ".replace(\"<\", \"&lt;\")", in: source).upperBound
        let action = try XCTUnwrap(ExtractVariable.actions(selection: start..<end, tree: tree, text: text, graph: graph).first)
        let result = RefactorTesting.apply(action.edits, to: source, checking: "python")
        XCTAssertTrue(result.contains(" = (str(value)"), result)
    }
}
