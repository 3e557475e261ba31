@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Refactoring in C#: extract method with the types the source wrote (a private method next to
/// the enclosing one, `static` when that one is), inline of a local declared alone (its
/// declaration statement removed), and refusals with their reasons.
final class CSharpRefactoringTests: XCTestCase {
    private func parsed(_ source: String) throws -> (SourceText, SyntaxTree, ScopeGraph) {
        let (tree, text, graph) = try RefactorTesting.parse(source, "csharp")
        return (text, tree, graph)
    }

    private func offset(of needle: String, in source: String) throws -> Int { try RefactorTesting.range(of: needle, in: source).lowerBound }
    private func applied(_ refactoring: Refactoring, to source: String) -> String { RefactorTesting.apply(refactoring.edits, to: source, checking: "csharp") }

    func testExtractMethodWithDeclaredTypes() throws {
        let source = """
        class Cart
        {
            static decimal Total(decimal[] prices, decimal discount)
            {
                decimal sum = 0;
                foreach (var p in prices)
                {
                    sum += p;
                }
                return sum - discount;
            }
        }

        """
        let (text, tree, graph) = try parsed(source)
        let selected = "foreach (var p in prices)\n        {\n            sum += p;\n        }"
        let start = try offset(of: selected, in: source)
        guard case .refactoring(let refactoring)? = ExtractFunction.action(selection: start..<(start + selected.utf8.count), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refactoring")
        }
        let result = applied(refactoring, to: source)
        XCTAssertTrue(result.contains("sum = extracted(prices, sum);"), result)
        XCTAssertTrue(result.contains("private static decimal extracted(decimal[] prices, decimal sum) {"), result)
    }

    func testInlineALocalDeclaredAlone() throws {
        let source = """
        class Cart
        {
            int Total(int price, int count)
            {
                var gross = price * count;
                return gross - 1;
            }
        }

        """
        let (text, tree, graph) = try parsed(source)
        guard case .refactoring(let refactoring)? = InlineVariable.action(at: try offset(of: "gross =", in: source), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refactoring")
        }
        let result = applied(refactoring, to: source)
        XCTAssertTrue(result.contains("return (price * count) - 1;"), result)
        XCTAssertFalse(result.contains("var gross"), result)
    }

    func testRefusalsSayWhy() throws {
        let source = """
        class Cart
        {
            int Total(int price, int count)
            {
                int a = price, b = count;
                var gross = price * count;
                gross += 1;
                if (gross > 10) { return gross; }
                return a + b;
            }
        }

        """
        let (text, tree, graph) = try parsed(source)
        guard case .refused(let changed)? = InlineVariable.action(at: try offset(of: "gross =", in: source), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(changed.contains("changed after its assignment"), changed)
        guard case .refused(let together)? = InlineVariable.action(at: try offset(of: "a = price", in: source), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(together.contains("declared together"), together)
        let selected = "if (gross > 10) { return gross; }"
        let start = try offset(of: selected, in: source)
        guard case .refused(let jump)? = ExtractFunction.action(selection: start..<(start + selected.utf8.count), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(jump.contains("return"), jump)
    }
}
