@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// A name counts as used when another named leaf outside string contents has its text: text
/// that merely contains it, strings and comments do not count.
final class NameUsesTests: XCTestCase {
    func referenced(_ source: String, _ language: String = "python", binding: String, within kinds: Set<String> = []) throws -> Bool {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let start = try XCTUnwrap(source.utf8.firstRange(of: binding.utf8)).lowerBound
        let offset = source.utf8.distance(from: source.utf8.startIndex, to: start)
        let node = try XCTUnwrap(tree.root.namedDescendant(covering: offset..<offset + binding.utf8.count))
        var names = NameUses()
        return names.isReferenced(node, within: kinds, text: text)
    }

    func testOnlyLeavesOutsideStringsCount() throws {
        let unused = "import re\n# re is imported\ndef f(pre, re_):\n    return 're' + pre.re_x + f'{pre}'\n"
        XCTAssertFalse(try referenced(unused, binding: "re"))
        XCTAssertTrue(try referenced(unused + "x = re.compile('a')\n", binding: "re"))
        XCTAssertTrue(try referenced(unused + "x = f'{re}'\n", binding: "re"), "a name inside an f-string interpolation is a use")
        XCTAssertTrue(try referenced(unused + "x = obj.re\n", binding: "re"), "lexical: an attribute of that name hides the warning")
    }

    func testTheScopeBoundsTheSearch() throws {
        let source = "def f():\n    total = 1\n\ndef g():\n    return total\n"
        XCTAssertFalse(try referenced(source, binding: "total", within: ["function_definition"]))
        XCTAssertTrue(try referenced(source, binding: "total"))
    }

    func testJavaScriptTemplateAndStringContents() throws {
        let source = "import fs from 'fs';\nconst a = `fs ${b}`;\nconst c = \"fs\";\n"
        XCTAssertFalse(try referenced(source, "javascript", binding: "fs"))
        XCTAssertTrue(try referenced(source + "fs.readFileSync(a);\n", "javascript", binding: "fs"))
    }

    func testJavaScriptPropertyNamesAreNoUses() throws {
        let source = "function f(rows) {\n  const currency = rows[0].currency;\n  return { currency: 'EUR', total: rows.length };\n}\n"
        XCTAssertFalse(try referenced(source, "javascript", binding: "currency", within: ["statement_block"]))
        XCTAssertTrue(try referenced(source + "const g = () => ({ currency });\n", "javascript", binding: "currency"),
                      "a shorthand property reads the variable")
    }

    /// The search may start anywhere in the scope (`isReferenced` starts at the binding): the count
    /// is that of a search from the scope's start, up to the limit.
    func testTheCountDoesNotDependOnWhereTheSearchStarts() throws {
        let source = "def f(total):\n    x = 'total'\n    total += 1\n    y = obj.total\n    return total + totals\n\ndef g():\n    total = 2\n"
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let scope = try XCTUnwrap(tree.root.namedChild(0))
        let name = ArraySlice(Array("total".utf8))
        let content = Repository.language("python").symbols(ofKind: "string_content")
        // The parameter, `total += 1`, `return total` and the attribute `obj.total`, not the string,
        // `totals` or the other function's `total`.
        XCTAssertEqual(NameUses.leaves(equalTo: name, in: scope, text: text, content: content, limit: 10), 4)
        for start in [0, 8, 20, 40, 60, scope.endByte - 1, scope.endByte, scope.endByte + 30] {
            for limit in 1...5 {
                XCTAssertEqual(NameUses.leaves(equalTo: name, in: scope, text: text, content: content, limit: limit, from: start), min(4, limit),
                               "from \(start), limit \(limit)")
            }
        }
    }

    func testEveryWordOfAStringAnnotationIsAUse() throws {
        let source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from collections.abc import Iterable, Sequence\n"
            + "def total(shapes: \"Iterable[Polygon | Circle]\") -> float:\n    return 0.0\n"
        XCTAssertTrue(try referenced(source, binding: "Iterable"))
        XCTAssertFalse(try referenced(source, binding: "Sequence"))
    }
}
