@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Extract function in Rust: parameters and the result written with the types the `let`s and
/// parameters declare (`name: Type`, `mut name: Type` when the statements assign it, ` -> Type`), the statements of a block but never its tail
/// value, and refusals with the reason for what cannot move without types: `?`, `.await`,
/// `return`, `self`, or a variable whose type is not written.
final class RustRefactoringTests: XCTestCase {
    private func extract(_ selected: String, in source: String) throws -> ExtractFunction.Outcome? {
        try RefactorTesting.extractFunction(selected, in: source, "rust")
    }

    private func applied(_ outcome: ExtractFunction.Outcome?, to source: String) throws -> String {
        try RefactorTesting.applied(outcome, to: source, "rust")
    }

    private func refusal(_ outcome: ExtractFunction.Outcome?) -> String? {
        if case .refused(let reason)? = outcome { return reason }
        return nil
    }

    func testTypedParametersAndAResult() throws {
        let source = """
        fn total(prices: &[u32], discount: u32) -> u32 {
            let mut sum: u32 = 0;
            for p in prices {
                sum += p;
            }
            sum - discount
        }

        """
        let result = try applied(try extract("for p in prices {\n        sum += p;\n    }", in: source), to: source)
        XCTAssertTrue(result.contains("sum = extracted(prices, sum);"), result)
        XCTAssertTrue(result.contains("fn extracted(prices: &[u32], mut sum: u32) -> u32 {\n    for p in prices {\n        sum += p;\n    }\n    sum\n}"), result)
    }

    func testTheTailValueStaysAndWhatCannotMoveIsRefused() throws {
        let source = """
        fn load(path: &str) -> io::Result<String> {
            let text = fs::read_to_string(path)?;
            let n = text.len();
            Ok(text)
        }

        """
        XCTAssertNil(try extract("Ok(text)", in: source))
        XCTAssertEqual(refusal(try extract("let text = fs::read_to_string(path)?;", in: source)),
                       "the statements contain `try`, which cannot move into another function")
        let untyped = refusal(try extract("let n = text.len();", in: source)) ?? ""
        XCTAssertTrue(untyped.contains("parameter `text`"), untyped)
    }

    /// Inlining into a struct's shorthand field keeps the field's name (`Point { x: value }`), and
    /// the `if` after `else` is no expression a variable could stand for (`else value` is no Rust).
    func testShorthandFieldsAndElseIf() throws {
        let source = """
        fn spawn(w: u32) -> Point {
            let x = w as f32 / 2.0;
            Point { x, y: 0.0 }
        }

        fn grade(score: u32) -> char {
            if score > 90 {
                'A'
            } else if score > 80 {
                'B'
            } else {
                'F'
            }
        }

        """
        let (tree, text, graph) = try RefactorTesting.parse(source, "rust")
        guard case .refactoring(let inline)? = InlineVariable.action(at: try RefactorTesting.range(of: "x =", in: source).lowerBound,
                                                                     tree: tree, text: text, graph: graph) else {
            return XCTFail("no inline offered")
        }
        let inlined = RefactorTesting.apply(inline.edits, to: source, checking: "rust")
        XCTAssertTrue(inlined.contains("Point { x: w as f32 / 2.0, y: 0.0 }"), inlined)
        let elseIf = "if score > 80 {\n        'B'\n    } else {\n        'F'\n    }"
        XCTAssertEqual(ExtractVariable.actions(selection: try RefactorTesting.range(of: elseIf, in: source), tree: tree, text: text, graph: graph).count, 0)
        let condition = try RefactorTesting.range(of: "score > 80", in: source)
        XCTAssertFalse(ExtractVariable.actions(selection: condition, tree: tree, text: text, graph: graph).isEmpty)
    }
}
