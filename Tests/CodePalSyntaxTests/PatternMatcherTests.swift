@testable import CodePalSyntax
import TestSupport
import XCTest

/// `PatternMatcher` must report what tree-sitter's query cursor reports: the same matches, the
/// same captures in the same order, in the same order. Each case runs one query both ways and
/// also states what tree-sitter 0.20.7 answers, so that a case cannot pass by both engines
/// finding nothing.
final class PatternMatcherTests: XCTestCase {
    let python = Repository.language("python")
    let javascript = Repository.language("javascript")

    /// Matches as `pattern: capture=text ...`, in the order reported.
    func run(_ language: Language, _ query: String, _ source: String, engine: Query.Engine, merging: Bool = false) throws -> [String] {
        let q = try Query(language: language, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)], mergingEqualShapes: merging, engine: engine)
        XCTAssertEqual(q.unsupportedPatterns, [:], query)
        let bytes = Array(source.utf8)
        let tree = Parser(language: language).parse(bytes)
        return q.matches(in: tree.root, source: bytes).map { match in
            "\(match.pattern):" + match.captures.map { " \($0.name)=\($0.node.text(in: bytes))" }.joined()
        }
    }

    /// Both engines give `expected`.
    func check(_ query: String, _ source: String, _ expected: [String], in language: Language? = nil, merging: Bool = false,
               file: StaticString = #filePath, line: UInt = #line) throws {
        let language = language ?? python
        let treeSitter = try run(language, query, source, engine: .treeSitter, merging: merging)
        let matcher = try run(language, query, source, engine: .matcher, merging: merging)
        XCTAssertEqual(treeSitter, expected, "tree-sitter", file: file, line: line)
        XCTAssertEqual(matcher, treeSitter, "matcher against tree-sitter", file: file, line: line)
    }

    func testFieldsAndCaptureOrder() throws {
        try check("(call function: (attribute object: (identifier) @o attribute: (identifier) @a) @f) @c",
                  "os.system(x)\nprint(y)\n", ["0: c=os.system(x) f=os.system o=os a=system"])
    }

    func testAnchors() throws {
        let source = "f(a, b, c)\n"
        try check("(argument_list . (identifier) @first)", source, ["0: first=a"])
        try check("(argument_list (identifier) @last .)", source, ["0: last=c"])
        try check("(argument_list (identifier) @x . (identifier) @y)", source, ["0: x=a y=b", "0: x=b y=c"])
        try check("(argument_list (identifier) @x (identifier) @y)", source, ["0: x=a y=b", "0: x=a y=c", "0: x=b y=c"])
    }

    /// A step without captures binds the first node that fits and never another, so an anchor
    /// after it looks only behind that first node.
    func testUncapturedStepBindsTheFirstNode() throws {
        let source = "def f():\n    return 1\n    a()\n    return 2\n    b()\n"
        try check("(block (return_statement) . (expression_statement) @x)", source, ["0: x=a()"])
        try check("(argument_list (_) . (identifier) @second)", "f(a, b, c)\n", ["0: second=b"])
    }

    /// A step whose children may fail splits even without captures: the second statement matches.
    func testFallibleStepWithoutCaptures() throws {
        try check("((block (expression_statement (call arguments: (argument_list (integer))))) @b)",
                  "def f():\n    a(\"s\")\n    b(1)\n", ["0: b=a(\"s\")\n    b(1)"])
    }

    /// Of an optional or repeated capture, the longer match wins and the shorter one is dropped;
    /// a trailing anchor binds only the optional step, so skipping it ignores the anchor (`h`).
    func testQuantifiers() throws {
        let q = "(argument_list . (_) @first . (_)? @second .)"
        try check(q, "f(a)\ng(a, b)\nh(a, b, c)\n", ["0: first=a", "0: first=a second=b", "0: first=a"])
        try check("(block (expression_statement)+ @s)", "def f():\n    a\n    b\n", ["0: s=a s=b"])
        try check("(module (comment)* @c . (function_definition) @f)", "# one\n# two\ndef f(): pass\n",
                  ["0: c=# one c=# two f=def f(): pass"])
    }

    func testAlternations() throws {
        let source = "os.system(x)\nsystem(y)\n"
        try check("(call function: [(identifier) @f (attribute attribute: (identifier) @f)] arguments: (argument_list) @a)", source,
                  ["0: f=system a=(x)", "0: f=system a=(y)"])
        try check("[(integer) (string)] @v", "x = 1\ny = 'a'\n", ["0: v=1", "0: v='a'"])
        try check("(binary_operator operator: [\"+\" \"-\"] @op)", "a + b - c * d\n", ["0: op=+", "0: op=-"])
    }

    func testNegatedFieldAndFieldOnWildcard() throws {
        try check("(except_clause \"except\" @k !value)", "try:\n    pass\nexcept:\n    pass\ntry:\n    pass\nexcept E:\n    pass\n", ["0: k=except"])
        try check("(keyword_argument value: (_) @v)", "f(a=1, b=g())\n", ["0: v=1", "0: v=g()"])
        try check("(boolean_operator operator: _ @op)", "a and b or c\n", ["0: op=and", "0: op=or"])
    }

    /// A wildcard root with a named child starts at the child and captures the parent; not under
    /// an ERROR node, which no wildcard matches.
    func testWildcardRootsAndErrors() throws {
        let source = "x = (1 +\ny = 2 $ 3\nfoo(bar baz)\n"
        try check("(_ (integer) @i) @p", source, ["0: p=1 +\ny = 2 $ 3\nfoo(bar baz) i=1"])
        try check("(_) @n", "(", ["0: n=("])
        try check("(ERROR) @e", "f(:\n", ["0: e=f(:"])
        try check("""
            ((_ (expression_statement (assignment_expression left: (member_expression property: (property_identifier) @a)))
              . (expression_statement (assignment_expression left: (member_expression property: (property_identifier) @b)))) (#eq? @a "name"))
            """, "i.name = 'x';\ni.value = 1;\n", ["0: a=name b=value"], in: javascript)
    }

    func testEmptyFileAndZeroWidthNodes() throws {
        try check("(module) @m", "", [])
        try check("(_) @n", "", [])
    }

    func testPredicatesAndMergedShapes() throws {
        let query = #"""
            ((call function: (identifier) @f) @c (#eq? @f "eval") (#set! kind "eval"))
            ((call function: (identifier) @g) @d (#any-of? @g "exec" "eval"))
            ((identifier) @n (#match? @n "^[A-Z]"))
            """#
        let expected = ["2: n=X", "0: c=eval(a) f=eval", "1: d=eval(a) g=eval", "1: d=exec(b) g=exec"]
        try check(query, "X = eval(a)\nexec(b)\n", expected)
        try check(query, "X = eval(a)\nexec(b)\n", expected, merging: true)
    }

    /// What the matcher cannot run is reported, not silently dropped.
    func testUnsupportedPatternsAreReported() throws {
        let q = try Query(language: python, source: "(expression) @e\n(identifier) @i\n", file: "t.scm", lineOffsets: [("t.scm", 0)],
                          engine: .matcher)
        XCTAssertEqual(Array(q.unsupportedPatterns.keys), [0])
    }

    func testCompileErrorsMatchTreeSitter() throws {
        for broken in ["(no_such_node) @x", "(call nofield: (identifier))", "((identifier) @a (#eq? @b \"x\"))", "(call", "(call))"] {
            var errors: [String] = []
            for engine in [Query.Engine.treeSitter, .matcher] {
                XCTAssertThrowsError(try Query(language: python, source: broken, file: "t.scm", lineOffsets: [("t.scm", 0)], engine: engine)) {
                    errors.append("\($0)")
                }
            }
            XCTAssertEqual(errors.count, 2, broken)
            XCTAssertEqual(errors.first, errors.last, broken)
        }
    }

    /// Captures every match takes once are the ones a failing predicate may stop early: not an
    /// optional one, nor one a repetition takes several times; one in each branch of an
    /// alternation counts.
    func testSingleCaptures() throws {
        let q = try Query(language: python, source: """
            (call function: [(identifier) @f (attribute attribute: (identifier) @f)] arguments: (argument_list . (_) @a . (_)? @o .)) @c
            (block (expression_statement)+ @s) @b
            """, file: "t.scm", lineOffsets: [("t.scm", 0)], engine: .matcher)
        guard case .matcher(let program) = q.backend else { return XCTFail("not the matcher") }
        func names(_ pattern: Int) -> [String] { program.singleCaptures(of: pattern).map { program.captureNames[$0] }.sorted() }
        XCTAssertEqual(names(0), ["a", "c", "f"])
        XCTAssertEqual(names(1), ["b"])
    }

    /// Early predicate checks and the per-file literal test leave the matches as tree-sitter
    /// reports them, the longest-match rule included: the match with the optional argument that
    /// fails its predicate still hides the shorter one.
    func testPredicatesCheckedEarlyChangeNoMatch() throws {
        let query = #"""
            ((call function: [(identifier) @f (attribute attribute: (identifier) @f)]
                   arguments: (argument_list . (_) @sink . (_)? @options .))
             (#any-of? @f "sendFile" "download") (#not-match? @options "root"))
            ((call function: (attribute object: (identifier) @m attribute: (identifier) @f)) @c (#eq? @m "yaml") (#eq? @f "load"))
            """#
        try check(query, "res.sendFile(p)\nres.sendFile(p, root)\nres.download(p, opts)\nres.other(p)\n",
                  ["0: f=sendFile sink=p", "0: f=download sink=p options=opts"])
        try check(query, "import yaml\nyaml.load(s)\nyaml.dump(s)\n", ["1: c=yaml.load(s) m=yaml f=load"])
    }

    /// A deferred pattern (taint facts riding the rule walk) still gives a partial match up on a
    /// failing text comparison: pairing two children of one object otherwise keeps every pair of
    /// its children as a record, and an object of thousands of properties (a bundled file) made
    /// millions. Its regular expressions wait until the records are read, and the records that
    /// hold their predicates are the same either way.
    func testDeferredPatternGivesUpOnTextComparisons() throws {
        let query = """
            ((object (pair key: (property_identifier) @spec) (pair key: (property_identifier) @key value: (arrow_function)))
              (#eq? @spec "path") (#any-of? @key "handler" "fn"))
            ((object (pair key: (property_identifier) @spec) (pair key: (property_identifier) @key))
              (#match? @spec "^pa") (#eq? @key "handler"))
            """
        let q = try Query(language: javascript, source: query, file: "t.scm", lineOffsets: [("t.scm", 0)], engine: .matcher)
        let properties = (0..<60).map { "  p\($0): () => \($0)," }.joined(separator: "\n")
        let source = Array("const route = {\n\(properties)\n  path: '/x',\n  handler: (req) => req.body,\n};\n".utf8)
        let tree = Parser(language: javascript).parse(source)
        var deferred = DeferredMatches()
        q.forEachMatch(in: tree.root, source: source, aliases: nil, aliasedPatterns: 0..<0, deferring: 0..<2, into: &deferred) { _ in }
        // Pattern 0: only the `path` property starts a partial match. Pattern 1: its regex waits,
        // but `#eq? @key` still drops every second property that is not `handler`.
        XCTAssertLessThanOrEqual(deferred.count, 2 + 63, "records kept: \(deferred.count)")
        var held: [String] = []
        deferred.forEach(in: 0..<2, query: q, tree: tree, source: source) { match in
            held.append("\(match.pattern):" + match.captures.map { " \($0.name)=\($0.node.text(in: source))" }.joined())
        }
        XCTAssertEqual(held.sorted(), ["0: spec=path key=handler", "1: spec=path key=handler"])
    }

    /// A pattern whose predicates need a text the file lacks is not run; with import aliases, a
    /// dotted text counts as present when its parts are (`pickle.loads` from `from pickle import loads`).
    func testLiteralFilter() throws {
        let q = try Query(language: python, source: """
            ((call function: (identifier) @f) (#eq? @f "pickle.loads"))
            ((identifier) @i (#match? @i "^yaml"))
            (identifier) @any
            """, file: "t.scm", lineOffsets: [("t.scm", 0)], engine: .matcher)
        let filter = try XCTUnwrap(q.literalFilter)
        func enabled(_ text: String, aliases: Bool) -> [Bool] {
            Array(text.utf8).withUnsafeBufferPointer { filter.enabled($0, withAliases: aliases) }
        }
        XCTAssertEqual(enabled("from pickle import loads\nloads(x)\n", aliases: false), [false, false, true])
        XCTAssertEqual(enabled("from pickle import loads\nloads(x)\n", aliases: true), [true, false, true])
        XCTAssertEqual(enabled("import yaml\n", aliases: false), [false, true, true])
    }
}
