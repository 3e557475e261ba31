import CodePalSyntax
import TestSupport
import XCTest

/// Syntax error fixtures: `Fixtures/syntax/<file>` with expected errors in `<file>.errors`, one
/// per line as `line:col-line:col message` (1-based, columns in characters).
final class SyntaxDiagnosticsTests: XCTestCase {
    func testSyntaxErrorFixtures() throws {
        try Expectation.checkFixtures("syntax", suffix: "errors", atLeast: 8) { fixture in
            let text = fixture.text
            return SyntaxDiagnostics.errors(in: fixture.tree, text: text).map { error -> String in
                let s = text.position(of: error.range.lowerBound, in: .utf32)
                let e = text.position(of: error.range.upperBound, in: .utf32)
                return "\(s.line + 1):\(s.character + 1)-\(e.line + 1):\(e.character + 1) \(error.message)\n"
            }.joined()
        }
    }

    func testValidCodeHasNoErrorsAndErrorsAreNeverEmptyRangesInsideText() throws {
        let language = Repository.language("javascript")
        for source in ["let a = 1;\n", "f(;\n", "{{{{", "class {", "`unterminated ${"] {
            let text = SourceText(source)
            let errors = SyntaxDiagnostics.errors(in: Parser(language: language).parse(text.bytes), text: text)
            for error in errors {
                XCTAssertFalse(error.message.contains("ERROR"), error.message)
                XCTAssertLessThanOrEqual(error.range.upperBound, text.count)
            }
            XCTAssertEqual(errors.isEmpty, source == "let a = 1;\n", source)
        }
    }
}
