import CodePalAnalysis
@testable import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The index reads the outline and the scope graph from one query holding `symbols.scm` and
/// `locals.scm`; both must come out as the two queries give them apart.
final class OutlineAndScopesTests: XCTestCase {
    func testSectionsCoverEachFileInOrder() throws {
        for name in ["python", "javascript", "typescript", "tsx", "go", "java", "c", "cpp", "ruby", "php", "csharp"] {
            let language = Repository.language(name)
            let combined = try XCTUnwrap(try language.query(combining: ["symbols", "locals"]))
            let symbols = try XCTUnwrap(try language.query(named: "symbols")), locals = try XCTUnwrap(try language.query(named: "locals"))
            XCTAssertEqual(combined.sections, [0..<symbols.patternCount, symbols.patternCount..<symbols.patternCount + locals.patternCount], name)
            XCTAssertEqual(combined.query.patternCount, symbols.patternCount + locals.patternCount, name)
        }
        XCTAssertNil(try Repository.language("python").query(combining: ["symbols", "no-such-file"]))
    }

    func testOneWalkGivesWhatTwoQueriesGive() throws {
        let folders = ["scopes", "symbols", "workspaces", "lint-corpus/python", "lint-corpus/typescript"]
        var checked = 0
        for (file, tree, text) in Repository.parsedFixtures(folders) {
            let together = IndexPaths.outlineAndScopes(tree: tree, text: text)
            let outline = try SymbolExtractor.documentSymbols(tree: tree, text: text)
            let graph = try ScopeResolver.resolve(tree: tree, text: text)
            XCTAssertEqual(together.outline, outline, file.path)
            XCTAssertEqual(together.graph?.scopes, graph.scopes, file.path)
            XCTAssertEqual(together.graph?.definitions, graph.definitions, file.path)
            XCTAssertEqual(together.graph?.references, graph.references, file.path)
            XCTAssertEqual(together.graph?.members, graph.members, file.path)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200)
    }
}
