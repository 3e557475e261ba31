@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Refactorings in a language whose functions declare their types (Go, `typedSignatures` in
/// `refactor.json`): what can be written without knowing the types is offered, the rest refused
/// with the reason, never a function with untyped parameters.
final class TypedRefactoringTests: XCTestCase {
    private func parse(_ source: String) throws -> (SyntaxTree, SourceText, ScopeGraph) { try RefactorTesting.parse(source, "go") }
    private func apply(_ edits: [TextEdit], to source: String) -> String { RefactorTesting.apply(edits, to: source, checking: nil) }
    private func range(of needle: String, in source: String) throws -> Range<Int> { try RefactorTesting.range(of: needle, in: source) }

    func testExtractFunctionRefusesWhatNeedsTypes() throws {
        let source = "package p\n\nfunc total(items []int) int {\n\tsum := 0\n\tfor _, v := range items {\n\t\tsum += v\n\t}\n\treturn sum\n}\n"
        let (tree, text, graph) = try parse(source)
        let selection = try range(of: "for _, v := range items {\n\t\tsum += v\n\t}", in: source)
        guard case .refused(let reason)? = ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(reason.contains("parameter `items`") && reason.contains("types"), reason)
        let withDefer = "package p\n\nfunc f() {\n\tdefer log.Print(\"done\")\n\tlog.Print(\"start\")\n}\n"
        let parsed = try parse(withDefer)
        guard case .refused(let deferReason)? = ExtractFunction.action(selection: try range(of: "defer log.Print(\"done\")", in: withDefer),
                                                                       tree: parsed.0, text: parsed.1, graph: parsed.2) else {
            return XCTFail("a defer cannot move")
        }
        XCTAssertTrue(deferReason.contains("`defer`"), deferReason)
    }

    func testExtractFunctionWithoutParametersIsValidGo() throws {
        let source = "package p\n\nfunc main() {\n\tlog.Print(\"a\")\n\tlog.Print(\"b\")\n}\n"
        let (tree, text, graph) = try parse(source)
        guard case .refactoring(let refactoring)? = ExtractFunction.action(selection: try range(of: "log.Print(\"a\")\n\tlog.Print(\"b\")", in: source),
                                                                           tree: tree, text: text, graph: graph) else {
            return XCTFail("expected an extraction")
        }
        let result = apply(refactoring.edits, to: source)
        XCTAssertEqual(result, "package p\n\nfunc main() {\n\textracted()\n}\n\n\nfunc extracted() {\n\tlog.Print(\"a\")\n\tlog.Print(\"b\")\n}\n")
        XCTAssertFalse(Parser(language: Repository.language("go")).parse(Array(result.utf8)).hasErrors)
    }

    func testInlineVariableAndItsRefusals() throws {
        let source = "package p\n\nfunc f() int {\n\tx := a + b\n\treturn x * 2\n}\n"
        let (tree, text, graph) = try parse(source)
        guard case .refactoring(let refactoring)? = InlineVariable.action(at: try range(of: "x :=", in: source).lowerBound, tree: tree, text: text, graph: graph) else {
            return XCTFail("expected an inline")
        }
        XCTAssertEqual(apply(refactoring.edits, to: source), "package p\n\nfunc f() int {\n\treturn (a + b) * 2\n}\n")
        for changed in ["\tx = 3\n", "\tx++\n", "\tx += 1\n"] {
            let later = "package p\n\nfunc f() int {\n\tx := a + b\n" + changed + "\treturn x * 2\n}\n"
            let parsed = try parse(later)
            guard case .refused(let reason)? = InlineVariable.action(at: try range(of: "x :=", in: later).lowerBound, tree: parsed.0, text: parsed.1, graph: parsed.2) else {
                return XCTFail("`\(changed)` changes x: no inline")
            }
            XCTAssertTrue(reason.contains("changed"), reason)
        }
    }

    /// C returns one value and has no multiple returns: statements assigning a local used
    /// afterwards would need an out-pointer, so extract function says so instead of editing;
    /// statements that need nothing become a `static void` function and a call with `;`.
    func testCExtractFunctionRefusesOutValuesAndExtractsTheRest() throws {
        let language = Repository.language("c")
        func parse(_ source: String) throws -> (SyntaxTree, SourceText, ScopeGraph) {
            let text = SourceText(source)
            let tree = Parser(language: language).parse(text.bytes)
            return (tree, text, try ScopeResolver.resolve(tree: tree, text: text))
        }
        let source = "int main(void) {\n    int total = 0;\n    total = 40 + 2;\n    printf(\"%d\\n\", total);\n    return 0;\n}\n"
        let (tree, text, graph) = try parse(source)
        guard case .refused(let reason)? = ExtractFunction.action(selection: try range(of: "total = 40 + 2;", in: source), tree: tree, text: text, graph: graph) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(reason.contains("`total`") && reason.contains("pointer"), reason)
        let plain = "int main(void) {\n    puts(\"a\");\n    puts(\"b\");\n    return 0;\n}\n"
        let parsed = try parse(plain)
        guard case .refactoring(let refactoring)? = ExtractFunction.action(selection: try range(of: "puts(\"a\");\n    puts(\"b\");", in: plain),
                                                                            tree: parsed.0, text: parsed.1, graph: parsed.2) else {
            return XCTFail("expected an extraction")
        }
        let result = apply(refactoring.edits, to: plain)
        XCTAssertTrue(result.contains("static void ") && result.contains("();\n    return 0;"), result)
        XCTAssertFalse(Parser(language: language).parse(Array(result.utf8)).hasErrors, result)

        // Inline a C local declared with its type: the whole declaration goes.
        let inline = "int main(void) {\n    int sum = 40 + 2;\n    printf(\"%d\\n\", sum * 2);\n    return 0;\n}\n"
        let inlined = try parse(inline)
        guard case .refactoring(let inlining)? = InlineVariable.action(at: try range(of: "sum * 2", in: inline).lowerBound, tree: inlined.0, text: inlined.1,
                                                                        graph: inlined.2) else {
            return XCTFail("expected an inlining")
        }
        XCTAssertEqual(apply(inlining.edits, to: inline), "int main(void) {\n    printf(\"%d\\n\", (40 + 2) * 2);\n    return 0;\n}\n")
    }
}
