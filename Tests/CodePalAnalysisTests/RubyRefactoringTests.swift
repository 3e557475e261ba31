@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Refactoring Ruby: extract method writes a `def ... end` next to the enclosing method and calls
/// it without a receiver; extract variable and inline work on Ruby's assignments; statements that
/// jump out (`return`, `next`) are refused with the reason.
final class RubyRefactoringTests: XCTestCase {
    private func parse(_ source: String) throws -> (SyntaxTree, SourceText, ScopeGraph) {
        try RefactorTesting.parse(source, "ruby")
    }

    private func range(_ selected: String, in source: String) throws -> Range<Int> {
        try RefactorTesting.range(of: selected, in: source)
    }

    private func apply(_ edits: [TextEdit], to source: String) -> String {
        RefactorTesting.apply(edits, to: source, checking: "ruby")
    }

    static let source = """
    class Cart
      def total(prices, discount)
        sum = 0
        prices.each do |price|
          sum += price
        end
        net = sum - discount
        net * 2
      end
    end

    """

    func testExtractMethodReturnsTheValueReadAfterwards() throws {
        let (tree, text, graph) = try parse(Self.source)
        let selection = try range("    sum = 0\n    prices.each do |price|\n      sum += price\n    end\n", in: Self.source)
        guard case .refactoring(let refactoring)? = ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) else {
            return XCTFail("no extract method")
        }
        let result = apply(refactoring.edits, to: Self.source)
        XCTAssertTrue(result.contains("    sum = extracted(prices)\n"), result)
        XCTAssertTrue(result.contains("  def extracted(prices)\n    sum = 0\n    prices.each do |price|\n      sum += price\n    end\n    return sum\n  end\n"), result)
    }

    func testExtractVariableAndInline() throws {
        let (tree, text, graph) = try parse(Self.source)
        let actions = ExtractVariable.actions(selection: try range("sum - discount", in: Self.source), tree: tree, text: text, graph: graph)
        let first = try XCTUnwrap(actions.first)
        let extracted = apply(first.edits, to: Self.source)
        XCTAssertTrue(extracted.contains(" = sum - discount\n"), extracted)

        let offset = try range("net * 2", in: Self.source).lowerBound
        guard case .refactoring(let inline)? = InlineVariable.action(at: offset, tree: tree, text: text, graph: graph) else {
            return XCTFail("no inline")
        }
        let inlined = apply(inline.edits, to: Self.source)
        XCTAssertTrue(inlined.contains("    (sum - discount) * 2\n") && !inlined.contains("net ="), inlined)
    }

    func testAJumpOutOfTheSelectionIsRefusedWithTheReason() throws {
        let source = """
        def first_even(items)
          items.each do |item|
            return item if item.even?
          end
          nil
        end

        """
        let (tree, text, graph) = try parse(source)
        let selection = try range("    return item if item.even?\n", in: source)
        guard case .refused(let reason)? = ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(reason.contains("return"), reason)
    }
}
