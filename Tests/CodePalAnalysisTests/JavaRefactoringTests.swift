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
        try RefactorTesting.extractFunction(selected, in: source, "java")
    }

    private func applied(_ outcome: ExtractFunction.Outcome?, to source: String) throws -> String {
        try RefactorTesting.applied(outcome, to: source, "java")
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

    func testASwitchLabelIsNotAStatementButTheStatementsUnderItMove() throws {
        let source = """
        class Words {
            String of(int n) {
                switch (n) {
                    case 1:
                        System.out.println("one");
                        return "one";
                    default:
                        return "many";
                }
            }
        }

        """
        XCTAssertNil(try extract("case 1", in: source), "a case label cannot become a method")
        let result = try applied(try extract("System.out.println(\"one\");", in: source), to: source)
        XCTAssertTrue(result.contains("case 1:\n                extracted();\n                return \"one\";"), result)
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
