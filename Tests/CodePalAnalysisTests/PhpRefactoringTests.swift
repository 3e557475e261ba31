@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Refactoring PHP: an extracted variable is a `$variable`, an extracted function takes the
/// `$variables` it reads and returns the one it changes, statements using `$this` become a
/// private method called as `$this->extracted(...)`, and a `$variable` assigned once inlines.
final class PhpRefactoringTests: XCTestCase {
    private func parse(_ source: String) throws -> (SyntaxTree, SourceText, ScopeGraph) { try RefactorTesting.parse(source, "php") }
    private func offset(of needle: String, in source: String) throws -> Range<Int> { try RefactorTesting.range(of: needle, in: source) }
    private func apply(_ edits: [TextEdit], to source: String) -> String { RefactorTesting.apply(edits, to: source, checking: "php") }

    func testExtractVariableNamesItWithADollar() throws {
        let source = "<?php\nfunction total(array $items): int\n{\n    return count($items) * 2;\n}\n"
        let (tree, text, graph) = try parse(source)
        let actions = ExtractVariable.actions(selection: try offset(of: "count($items)", in: source), tree: tree, text: text, graph: graph)
        let first = try XCTUnwrap(actions.first)
        let result = apply(first.edits, to: source)
        XCTAssertTrue(result.contains("    $count = count($items);\n    return $count * 2;"), result)
    }

    func testExtractFunctionPassesAndReturnsVariables() throws {
        let source = """
        <?php
        function total(array $prices, int $discount): int
        {
            $sum = 0;
            foreach ($prices as $price) {
                $sum += $price;
            }
            return $sum - $discount;
        }

        """
        let (tree, text, graph) = try parse(source)
        let outcome = ExtractFunction.action(selection: try offset(of: "foreach ($prices as $price) {\n        $sum += $price;\n    }", in: source),
                                             tree: tree, text: text, graph: graph)
        guard case .refactoring(let refactoring)? = outcome else { return XCTFail("\(String(describing: outcome))") }
        let result = apply(refactoring.edits, to: source)
        XCTAssertTrue(result.contains("$sum = extracted($prices, $sum);"), result)
        XCTAssertTrue(result.contains("function extracted($prices, $sum)\n{\n    foreach ($prices as $price) {\n        $sum += $price;\n    }\n    return $sum;\n}"), result)
    }

    func testStatementsUsingThisBecomeAPrivateMethod() throws {
        let source = """
        <?php
        class Cart
        {
            private array $items = [];

            public function add(string $name, int $qty): void
            {
                $line = [$name, $qty];
                $this->items[] = $line;
            }
        }

        """
        let (tree, text, graph) = try parse(source)
        let outcome = ExtractFunction.action(selection: try offset(of: "$this->items[] = $line;", in: source), tree: tree, text: text, graph: graph)
        guard case .refactoring(let refactoring)? = outcome else { return XCTFail("\(String(describing: outcome))") }
        let result = apply(refactoring.edits, to: source)
        XCTAssertTrue(result.contains("$this->extracted($line);"), result)
        XCTAssertTrue(result.contains("private function extracted($line)\n    {\n        $this->items[] = $line;\n    }"), result)
    }

    func testReturnInsideIsRefusedWithTheReason() throws {
        let source = "<?php\nfunction f(int $x): int\n{\n    if ($x > 0) {\n        return 1;\n    }\n    return 0;\n}\n"
        let (tree, text, graph) = try parse(source)
        let outcome = ExtractFunction.action(selection: try offset(of: "if ($x > 0) {\n        return 1;\n    }", in: source), tree: tree, text: text, graph: graph)
        guard case .refused(let reason)? = outcome else { return XCTFail("\(String(describing: outcome))") }
        XCTAssertTrue(reason.contains("return"), reason)
    }

    func testInlineAVariableAssignedOnce() throws {
        let source = "<?php\nfunction f(int $a, int $b): int\n{\n    $sum = $a + $b;\n    return $sum * 2;\n}\n"
        let (tree, text, graph) = try parse(source)
        let outcome = InlineVariable.action(at: try offset(of: "$sum * 2", in: source).lowerBound + 1, tree: tree, text: text, graph: graph)
        guard case .refactoring(let refactoring)? = outcome else { return XCTFail("\(String(describing: outcome))") }
        let result = apply(refactoring.edits, to: source)
        XCTAssertTrue(result.contains("return ($a + $b) * 2;"), result)
        XCTAssertFalse(result.contains("$sum"), result)
    }
}
