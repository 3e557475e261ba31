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

    func testALanguageWithoutFoldsGivesNone() throws {
        let text = SourceText("def f():\n    return 1\n")
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        XCTAssertEqual(try FoldingRanges.ranges(tree: tree, text: text), [])
    }
}
