@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Folding ranges from `folds.scm`: bodies fold up to the line before their closing brace, block
/// comments and runs of imports fold whole, one-line nodes give nothing.
final class FoldingRangesTests: XCTestCase {
    func testJavaBodiesCommentsAndImports() throws {
        let source = """
        package shop;

        import java.util.List;
        import java.util.Map;

        /**
         * A cart.
         */
        class Cart {
            int total(List<Integer> xs) {
                int sum = 0;
                for (int x : xs) { sum += x; }
                return sum;
            }
        }

        """
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("java")).parse(text.bytes)
        let ranges = try FoldingRanges.ranges(tree: tree, text: text).map { "\($0.startLine)-\($0.endLine) \($0.kind.rawValue)" }
        XCTAssertEqual(ranges, ["2-3 imports", "5-7 comment", "8-13 region", "9-12 region"])
    }

    private func folds(_ language: String, _ source: String) throws -> [String] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        return try FoldingRanges.ranges(tree: tree, text: text).map { "\($0.startLine)-\($0.endLine) \($0.kind.rawValue)" }
    }

    func testPhpBodiesCommentsUsesAndHeredocs() throws {
        let source = """
        <?php
        use App\\Models\\Item;
        use App\\Models\\Cart;

        /**
         * Totals.
         */
        class Till {
            public function total(array $items): int {
                $sql = <<<SQL
                SELECT 1
                SQL;
                return 0;
            }
        }

        """
        XCTAssertEqual(try folds("php", source), ["1-2 imports", "4-6 comment", "7-13 region", "8-12 region", "9-11 region"])
    }

    func testGoAndPython() throws {
        XCTAssertEqual(try folds("go", "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n/*\nDoc.\n*/\nfunc f() {\n\tfmt.Println(os.Args)\n}\n"),
                       ["2-5 imports", "7-9 comment", "10-11 region"])
        XCTAssertEqual(try folds("python", "import os\nimport sys\n\ndef f(a,\n      b):\n    return [\n        a,\n        b,\n    ]\n"),
                       ["0-1 imports", "3-4 region", "5-7 region"])
    }

    func testCAndCppBodiesCommentsAndIncludes() throws {
        let source = """
        #include <stdio.h>
        #include "cart.h"

        /* Adds up
         * the prices. */
        int total(const int *xs, int n) {
            int sum = 0;
            for (int i = 0; i < n; i++) { sum += xs[i]; }
            return sum;
        }

        """
        for language in ["c", "cpp"] {
            let text = SourceText(source)
            let tree = Parser(language: Repository.language(language)).parse(text.bytes)
            let ranges = try FoldingRanges.ranges(tree: tree, text: text).map { "\($0.startLine)-\($0.endLine) \($0.kind.rawValue)" }
            XCTAssertEqual(ranges, ["0-1 imports", "3-4 comment", "5-8 region"], language)
        }
    }

    func testALanguageWithoutFoldsGivesNone() throws {
        XCTAssertEqual(try folds("javascript", "function f() {\n  return 1;\n}\n"), [])
    }
}
