import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Outline fixtures: `Fixtures/symbols/<file>` with the expected outline in `<file>.outline`.
final class SymbolExtractorTests: XCTestCase {
    func testOutlineFixtures() throws {
        try Expectation.checkFixtures("symbols", suffix: "outline", atLeast: 4) { fixture in
            Self.render(try SymbolExtractor.documentSymbols(tree: fixture.tree, text: fixture.text), fixture.text)
        }
    }

    /// `kind name line:col-endLine [exported] `signature` "first line of documentation"` per
    /// symbol (1-based, name position), indented by nesting.
    static func render(_ symbols: [DocumentSymbol], _ text: SourceText, depth: Int = 0) -> String {
        symbols.map { symbol in
            let at = text.position(of: symbol.selectionRange.lowerBound, in: .utf32)
            let end = text.position(of: symbol.range.upperBound, in: .utf32)
            var line = String(repeating: "  ", count: depth) + "\(symbol.kind.rawValue) \(symbol.name) \(at.line + 1):\(at.character + 1)-\(end.line + 1)"
            if symbol.exported { line += " exported" }
            if let signature = symbol.signature { line += " `\(signature)`" }
            if let documentation = symbol.documentation { line += " \"\(documentation.split(separator: "\n").first ?? "")\"" }
            line += "\n"
            return line + render(symbol.children, text, depth: depth + 1)
        }.joined()
    }

    func testSelectionRangeIsInsideRange() throws {
        let source = "class A:\n    def m(self):\n        pass\n"
        let language = Repository.language("python")
        let text = SourceText(source)
        let tree = Parser(language: language).parse(text.bytes)
        let symbols = try SymbolExtractor.documentSymbols(tree: tree, text: text)
        for symbol in symbols.flatMap(\.flattened) {
            XCTAssertTrue(symbol.range.contains(symbol.selectionRange.lowerBound), symbol.name)
            XCTAssertEqual(text.slice(symbol.selectionRange), symbol.name)
        }
        XCTAssertEqual(symbols.first?.children.first?.kind, .method)
    }

    func testBrokenCodeStillGivesAnOutline() throws {
        let source = "def ok():\n    pass\n\ndef broken(:\n    pass\n\nclass Later:\n    x = 1\n"
        let language = Repository.language("python")
        let text = SourceText(source)
        let tree = Parser(language: language).parse(text.bytes)
        let names = try SymbolExtractor.documentSymbols(tree: tree, text: text).map(\.name)
        XCTAssertTrue(names.contains("ok") && names.contains("Later"), "\(names)")
    }
}
