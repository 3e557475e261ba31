@testable import CodePalSyntax
import TestSupport
import XCTest

/// Patterns that differ only in predicates and capture names are compiled once; what a caller
/// sees must be what the query as written gives.
final class MergedPatternsTests: XCTestCase {
    let python = Repository.language("python")

    /// Three patterns of one shape (different capture names, predicates and properties), one of
    /// another shape between them, and one that repeats a shape without predicates.
    let query = #"""
    ; eval and exec, by capture names of their own
    ((call function: (identifier) @fn arguments: (argument_list) @args) @call
     (#eq? @fn "eval") (#set! kind "eval"))
    ((assignment left: (identifier) @target) @assign (#match? @target "^[A-Z]"))
    ((call function: (identifier) @name arguments: (argument_list) @arguments) @whole
     (#any-of? @name "exec" "eval") (#set! kind "exec or eval"))
    ( call
        function: (identifier) @f   ; spacing and comments do not make another shape
        arguments: (argument_list) @a ) @c
    (call function: (attribute) @fn) @call
    """#

    let source = "X = eval(a)\nexec(b)\ny = print(c)\nos.system(d)\n"

    func summary(_ query: Query, _ bytes: [UInt8], _ tree: SyntaxTree) -> [String] {
        query.matches(in: tree.root, source: bytes).map { match in
            "\(match.pattern) " + match.captures.map { "\($0.name)=\($0.node.text(in: bytes))" }.sorted().joined(separator: " ")
                + " " + query.properties[match.pattern].map { "\($0.key):\($0.value)" }.sorted().joined(separator: ",")
        }.sorted()
    }

    func testMergedQueryAnswersAsWritten() throws {
        let bytes = Array(source.utf8)
        let tree = Parser(language: python).parse(bytes)
        let plain = try Query(language: python, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)])
        let merged = try Query(language: python, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)], mergingEqualShapes: true)
        let plan = try XCTUnwrap(MergedPatterns.plan(query))
        XCTAssertEqual(plan.members, [[0, 2, 3], [1], [4]])
        XCTAssertNotNil(merged.merged)
        XCTAssertEqual(merged.patternCount, 5)
        XCTAssertEqual((0..<5).map(merged.startByte(ofPattern:)), (0..<5).map(plain.startByte(ofPattern:)))
        let expected = summary(plain, bytes, tree)
        XCTAssertEqual(summary(merged, bytes, tree), expected)
        XCTAssertTrue(expected.contains("2 arguments=(a) name=eval whole=eval(a) kind:exec or eval"), "\(expected)")
        XCTAssertTrue(expected.contains("3 a=(b) c=exec(b) f=exec "), "\(expected)")
        XCTAssertEqual(expected.filter { $0.hasPrefix("3 ") }.count, 3)
    }

    /// The disabled carriers of merged predicates sit on ERROR nodes; they must never match one.
    func testCarriersNeverMatch() throws {
        let bytes = Array("eval(a)\n)(]\nexec(\n".utf8)
        let tree = Parser(language: python).parse(bytes)
        XCTAssertTrue(tree.root.hasError)
        let plain = try Query(language: python, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)])
        let merged = try Query(language: python, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)], mergingEqualShapes: true)
        XCTAssertEqual(summary(merged, bytes, tree), summary(plain, bytes, tree))
    }

    /// Tree-sitter hands a match without captures a null capture list.
    func testPatternsWithoutCaptures() throws {
        let bytes = Array("f(1)\ng(2)\n".utf8)
        let tree = Parser(language: python).parse(bytes)
        for merging in [false, true] {
            let query = try Query(language: python, source: "(call)\n((call))\n(call) @c\n", file: "t.scm", lineOffsets: [("t.scm", 0)],
                                  mergingEqualShapes: merging)
            let found = query.matches(in: tree.root, source: bytes)
            XCTAssertEqual(found.map(\.pattern).sorted(), [0, 0, 1, 1, 2, 2], "merging \(merging)")
            XCTAssertEqual(found.filter { $0.pattern < 2 }.flatMap(\.captures).count, 0)
        }
    }

    func testShapes() throws {
        func shapes(_ text: String) -> [String]? { QueryPatternText.split(Array(text.utf8))?.map(\.shape) }
        XCTAssertEqual(shapes(#"((string) @s (#match? @s "a;b")) (string) @t ((a) (b))"#), ["(string) @0", "(string) @0", "((a) (b))"])
        XCTAssertEqual(shapes("(call function: (identifier) @f @g)* @h\n[(a) (b)] @x"), ["(call function: (identifier) @0 @1) * @2", "[(a) (b)] @0"])
        // The same name twice is another shape than two names.
        XCTAssertNotEqual(shapes("(binary_operator (identifier) @a (identifier) @a)"), shapes("(binary_operator (identifier) @a (identifier) @b)"))
        // Anonymous nodes are part of the shape.
        XCTAssertNotEqual(shapes(#"(binary_operator operator: "+")"#), shapes(#"(binary_operator operator: "-")"#))
        // What the reader does not follow leaves the query as written.
        XCTAssertNil(shapes(#""return" @keyword"#))
        XCTAssertNil(shapes("(call) ; note\n @late"))
        XCTAssertNil(shapes("(call"))
        XCTAssertNil(MergedPatterns.plan("(call) @a (string) @b"), "nothing to merge")
    }

    func testPredicatesAndNamesAreRead() throws {
        let pattern = try XCTUnwrap(QueryPatternText.split(Array(#"((call function: (_) @f) @c (#eq? @f "x") (#set! note "a (b) \" c"))"#.utf8))?.first)
        XCTAssertEqual(pattern.captureNames, ["f", "c"])
        XCTAssertEqual(pattern.shapeCaptures, ["f", "c"])
        XCTAssertEqual(pattern.predicates, "(#eq? @f \"x\")\n(#set! note \"a (b) \\\" c\")\n")
    }

    /// A merged text that fails to compile (here: an unknown node type) reports the error where
    /// the query as written has it.
    func testErrorsPointIntoTheWrittenQuery() throws {
        let broken = "(call) @a (#eq? @a \"x\")\n(call) @b\n(nonsense) @c\n"
        XCTAssertThrowsError(try Query(language: python, source: broken, file: "t.scm", lineOffsets: [("t.scm", 0)], mergingEqualShapes: true)) { error in
            XCTAssertTrue("\(error)".contains("t.scm:3"), "\(error)")
        }
    }
}
