import CodePalSyntax
import TestSupport
import XCTest

/// Syntax error fixtures: `Fixtures/syntax/<file>` with expected errors in `<file>.errors`, one
/// per line as `line:col-line:col message` (1-based, columns in characters).
final class SyntaxDiagnosticsTests: XCTestCase {
    func testSyntaxErrorFixtures() throws {
        let folder = Repository.fixtures.appendingPathComponent("syntax")
        let files = Expectation.fixtures(in: folder, excludingSuffixes: [".errors"])
        XCTAssertGreaterThanOrEqual(files.count, 8)
        for file in files {
            let language = try XCTUnwrap(try Repository.registry.language(forPath: file.path), file.lastPathComponent)
            let bytes = Array(try Data(contentsOf: file))
            let text = SourceText(bytes: bytes)
            let errors = SyntaxDiagnostics.errors(in: Parser(language: language).parse(bytes), text: text)
            let rendered = errors.map { error -> String in
                let s = text.position(of: error.range.lowerBound, in: .utf32)
                let e = text.position(of: error.range.upperBound, in: .utf32)
                return "\(s.line + 1):\(s.character + 1)-\(e.line + 1):\(e.character + 1) \(error.message)\n"
            }.joined()
            Expectation.check(rendered, against: file.appendingPathExtension("errors"))
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
