@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Extract method in Java: parameters and the result declared with the types the source wrote,
/// a method next to the enclosing one (`static` when that one is), its `throws` clause copied,
/// and a refusal, with the reason, when the statements throw a checked exception that the
/// enclosing method catches (the new method would have to declare it).
final class JavaRefactoringTests: XCTestCase {
    private func extract(_ selected: String, in source: String) throws -> ExtractFunction.Outcome? {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("java")).parse(text.bytes)
        let graph = try ScopeResolver.resolve(tree: tree, text: text)
        let found = try XCTUnwrap(source.range(of: selected))
        let start = source.utf8.distance(from: source.utf8.startIndex, to: found.lowerBound)
        return ExtractFunction.action(selection: start..<(start + selected.utf8.count), tree: tree, text: text, graph: graph)
    }

    private func applied(_ outcome: ExtractFunction.Outcome?, to source: String) throws -> String {
        guard case .refactoring(let refactoring)? = outcome else { throw XCTSkip("expected a refactoring, got \(String(describing: outcome))") }
        var bytes = Array(source.utf8)
        for edit in refactoring.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        let result = String(decoding: bytes, as: UTF8.self)
        let tree = Parser(language: Repository.language("java")).parse(Array(result.utf8))
        XCTAssertFalse(tree.root.hasError, result)
        return result
    }

    func testTypedParametersAndAResultChangedInPlace() throws {
        let source = """
        class Cart {
            int total(int[] prices, int discount) {
                int sum = 0;
                for (int p : prices) {
                    sum += p;
                }
                return sum - discount;
            }
        }

        """
        let result = try applied(try extract("for (int p : prices) {\n            sum += p;\n        }", in: source), to: source)
        XCTAssertTrue(result.contains("sum = extracted(prices, sum);"), result)
        XCTAssertTrue(result.contains("private int extracted(int[] prices, int sum) {\n        for (int p : prices) {\n            sum += p;\n        }\n        return sum;\n    }"), result)
    }

    func testANewLocalIsDeclaredWithItsTypeAndStaticStaysStatic() throws {
        let source = """
        class Report {
            static String line(String name, double amount) {
                String label = name.trim() + ":";
                return label + " " + amount;
            }
        }

        """
        let result = try applied(try extract("String label = name.trim() + \":\";", in: source), to: source)
        XCTAssertTrue(result.contains("String label = extracted(name);"), result)
        XCTAssertTrue(result.contains("private static String extracted(String name) {"), result)
    }

    func testTheThrowsClauseIsCopied() throws {
        let source = """
        class Loader {
            void load(String path) throws java.io.IOException {
                if (path.isEmpty()) {
                    throw new java.io.IOException("empty path");
                }
                System.out.println(path);
            }
        }

        """
        let result = try applied(try extract("if (path.isEmpty()) {\n            throw new java.io.IOException(\"empty path\");\n        }", in: source), to: source)
        XCTAssertTrue(result.contains("private void extracted(String path) throws java.io.IOException {"), result)
        XCTAssertTrue(result.contains("        extracted(path);\n"), result)
    }

    func testACheckedExceptionCaughtOutsideIsRefusedWithTheReason() throws {
        let source = """
        class Loader {
            void load(String path) {
                try {
                    if (path.isEmpty()) {
                        throw new IOException("empty path");
                    }
                    read(path);
                } catch (IOException e) {
                    log(e);
                }
            }
        }

        """
        guard case .refused(let reason)? = try extract("if (path.isEmpty()) {\n                throw new IOException(\"empty path\");\n            }", in: source) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertTrue(reason.contains("`IOException`") && reason.contains("checked exception"), reason)
        // Unchecked exceptions, and checked ones caught inside the selection, move freely.
        let unchecked = source.replacingOccurrences(of: "new IOException", with: "new IllegalArgumentException")
        _ = try applied(try extract("if (path.isEmpty()) {\n                throw new IllegalArgumentException(\"empty path\");\n            }", in: unchecked), to: unchecked)
    }

    func testTypesThatAreNotWrittenAreRefused() throws {
        let source = """
        class Totals {
            int sum(java.util.List<Integer> xs) {
                var total = 0;
                for (int x : xs) total += x;
                return total;
            }
        }

        """
        guard case .refused(let reason)? = try extract("for (int x : xs) total += x;", in: source) else { return XCTFail("expected a refusal") }
        XCTAssertTrue(reason.contains("`total`") && reason.contains("types"), reason)
    }
}
