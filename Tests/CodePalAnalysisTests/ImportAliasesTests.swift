@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// What imported names stand for, read only around the `import` keyword: every form of Python
/// import, wherever it sits, and nothing from words that merely contain the keyword.
final class ImportAliasesTests: XCTestCase {
    func aliases(_ source: String) throws -> TextAliases {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        return try XCTUnwrap(ImportAliases.of(tree, text))
    }

    func testEveryImportFormWhereverItSits() throws {
        let found = try aliases("""
        import hashlib as hl, os
        from subprocess import (
            check_output as co,
            run,
        )
        import importlib  # importlib is not the keyword
        text = "import yaml as y"

        def lazy():
            from pickle import loads
            try:
                import xml.etree.ElementTree as ET
            except ImportError:
                pass
        """)
        XCTAssertEqual(found.targets(of: "hl"), ["hashlib"])
        XCTAssertEqual(found.targets(of: "os"), [], "a plain import stands for itself")
        XCTAssertEqual(Set(found.targets(of: "co")), ["subprocess.check_output", "check_output"])
        XCTAssertEqual(found.targets(of: "run"), ["subprocess.run"])
        XCTAssertEqual(found.targets(of: "loads"), ["pickle.loads"])
        XCTAssertEqual(found.targets(of: "ET"), ["xml.etree.ElementTree"])
        XCTAssertEqual(found.targets(of: "y"), [], "text in a string is not an import")
    }

    func testAFileWithoutImportsHasNoAliases() {
        let text = SourceText("important = 1\nreimport = important\n")
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        XCTAssertNil(ImportAliases.of(tree, text))
    }
}
