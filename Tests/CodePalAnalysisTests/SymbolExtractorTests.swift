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

    // MARK: While typing

    private func names(_ source: String, _ language: String) throws -> (typing: [String], plain: [String]) {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        func flat(_ symbols: [DocumentSymbol]) -> [String] { symbols.flatMap(\.flattened).map(\.name) }
        return (flat(try SymbolExtractor.outlineWhileTyping(tree: tree, text: text)), flat(try SymbolExtractor.documentSymbols(tree: tree, text: text)))
    }

    /// An unclosed bracket once emptied the outline below it (`def main` vanished).
    func testAnUnclosedBracketKeepsTheDefinitionsAfterIt() throws {
        let python = try names("import os\n\nmsg = \"x\" + (\n\ndef main():\n    pass\n\nclass A:\n    def m(self):\n        return 1\n", "python")
        XCTAssertFalse(python.plain.contains("main"), "the plain outline loses it: \(python.plain)")
        XCTAssertEqual(python.typing, ["main", "A", "m"])
        let nested = try names("def f():\n    x = g(\n\ndef main():\n    pass\n", "python")
        XCTAssertTrue(nested.typing.contains("main"), "\(nested.typing)")
        let javascript = try names("const a = f(\n\nfunction main() {}\nclass B { m() {} }\n", "javascript")
        XCTAssertTrue(javascript.typing.contains("main") && javascript.typing.contains("m"), "\(javascript.typing)")
        let typescript = try names("let a: number = [1,\nfunction main(): void {}\ninterface I { x: number }\n", "typescript")
        XCTAssertTrue(typescript.typing.contains("main") && typescript.typing.contains("I"), "\(typescript.typing)")
    }

    func testAFileWithoutErrorsIsUnchangedAndOffsetsStayTrue() throws {
        let source = "x = (\ndef main():\n    pass\n"
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let symbols = try SymbolExtractor.outlineWhileTyping(tree: tree, text: text).flatMap(\.flattened)
        for symbol in symbols { XCTAssertEqual(text.slice(symbol.selectionRange), symbol.name) }
        let clean = SourceText("def main():\n    pass\n")
        let cleanTree = Parser(language: Repository.language("python")).parse(clean.bytes)
        XCTAssertNil(LineBlanking.repaired(cleanTree, text: clean))
    }
}
