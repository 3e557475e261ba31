import CodePalSyntax
import TestSupport
import XCTest

/// `callQualifiers` in Grammars/cpp/language.json: `std::strcpy(` parses as `strcpy(`, so the C
/// rules C++ shares see the call; qualifiers in front of anything else are left alone.
final class CallQualifiersTests: XCTestCase {
    private let qualifiers = CallQualifiers(["std::", "::"])

    private func masked(_ source: String) -> [String] {
        let bytes = Array(source.utf8)
        return qualifiers.spans(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testQualifiedCallsAreBlanked() {
        XCTAssertEqual(masked("std::strcpy(d, s);"), ["std::"])
        XCTAssertEqual(masked("x = ::strcat (d, s);"), ["::"])
        XCTAssertEqual(masked("if (!std::memcpy(d, s, n)) ::std::abort();"), ["std::", "::std::"])
        XCTAssertEqual(masked("f(std::rand(), std::getenv(\"HOME\"));"), ["std::", "std::"])
    }

    func testEverythingElseStays() {
        XCTAssertEqual(masked("std::vector<int> v; std::cout << x; using std::string;"), [])
        XCTAssertEqual(masked("Widget::draw(d); a::std::strcpy(d, s); obj.std(); mystd::f();"), [])
        XCTAssertEqual(masked("auto p = std::make_unique<T>(1); std::"), [])
    }

    /// Through the real C++ grammar: the call is a plain identifier callee.
    func testTheCppTreeSeesAPlainCall() throws {
        let source = "void f(char *d, const char *s) { std::strcpy(d, s); }\n"
        let tree = Parser(language: Repository.language("cpp")).parse(Array(source.utf8))
        let sexp = tree.root.sexp
        XCTAssertTrue(sexp.contains("(call_expression function: (identifier)"), sexp)
        XCTAssertFalse(sexp.contains("qualified_identifier"), sexp)
        XCTAssertFalse(tree.root.hasError)
        XCTAssertEqual(tree.root.endByte, source.utf8.count)
    }
}
