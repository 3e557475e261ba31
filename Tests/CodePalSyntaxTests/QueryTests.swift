@testable import CodePalSyntax
import TestSupport
import XCTest

final class QueryTests: XCTestCase {
    let python = Repository.language("python")

    func names(_ query: String, _ source: String, aliases: TextAliases? = nil) throws -> [String] {
        let q = try Query(language: python, source: query, file: "test.scm", lineOffsets: [("test.scm", 0)])
        let bytes = Array(source.utf8)
        let tree = Parser(language: python).parse(bytes)
        return q.matches(in: tree.root, source: bytes, aliases: aliases).compactMap { $0.first("n")?.text(in: bytes) }
    }

    let source = "alpha = 1\nBETA = 2\ngamma = alpha\ndelta = delta\n"

    func testEqAndNotEq() throws {
        XCTAssertEqual(try names(#"((identifier) @n (#eq? @n "alpha"))"#, source), ["alpha", "alpha"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n right: (identifier) @r (#eq? @n @r))"#, source), ["delta"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n right: (identifier) @r (#not-eq? @n @r))"#, source), ["gamma"])
    }

    func testMatchAndNotMatch() throws {
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#match? @n "^[A-Z]+$"))"#, source), ["BETA"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#not-match? @n "^[A-Z]+$"))"#, source), ["alpha", "gamma", "delta"])
    }

    func testAnyOf() throws {
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#any-of? @n "gamma" "BETA"))"#, source), ["BETA", "gamma"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#not-any-of? @n "gamma" "BETA"))"#, source), ["alpha", "delta"])
    }

    /// Positive predicates accept what a name stands for; negated ones read the text alone, so an
    /// alias never turns an exclusion into a match.
    func testAliasesWidenPositivePredicatesOnly() throws {
        var aliases = TextAliases()
        aliases.add("gamma", standsFor: "pickle.loads")
        aliases.add("gamma", standsFor: "loads")
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#eq? @n "pickle.loads"))"#, source, aliases: aliases), ["gamma"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#eq? @n "pickle.loads"))"#, source), [])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#any-of? @n "loads" "BETA"))"#, source, aliases: aliases), ["BETA", "gamma"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#match? @n "^pickle\\."))"#, source, aliases: aliases), ["gamma"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#not-eq? @n "loads"))"#, source, aliases: aliases),
                       ["alpha", "BETA", "gamma", "delta"])
        XCTAssertEqual(try names(#"(assignment left: (identifier) @n (#not-any-of? @n "gamma"))"#, source, aliases: aliases),
                       ["alpha", "BETA", "delta"])
    }

    /// The first-pass subset keeps exactly the patterns with such a capture (`source` covering
    /// `source.parameter`, not a longer name such as `sourcemap`).
    func testPatternSubsetByCapture() throws {
        let full = try XCTUnwrap(try python.query(named: "taint"))
        let subset = try XCTUnwrap(try python.query(named: "taint", onlyPatternsCapturing: ["source"]))
        XCTAssertGreaterThan(subset.patternCount, 3)
        XCTAssertLessThan(subset.patternCount, full.patternCount / 2)
        XCTAssertTrue(subset.captureNames.contains("source") && subset.captureNames.contains("source.parameter"), "\(subset.captureNames)")
        XCTAssertFalse(subset.captureNames.contains("assign"), "\(subset.captureNames)")
        let bytes = Array("import sys\nx = sys.argv[1]\ny = len(x)\n".utf8)
        let tree = Parser(language: python).parse(bytes)
        let found = subset.matches(in: tree.root, source: bytes).flatMap(\.captures).filter { $0.name == "source" }
        XCTAssertEqual(found.map { $0.node.text(in: bytes) }, ["sys.argv"])
        XCTAssertTrue(try python.query(named: "taint", onlyPatternsCapturing: ["source"]) === subset, "cached")
    }

    func testCompileErrorNamesFileLineAndColumn() {
        XCTAssertThrowsError(try Query(language: python, source: "(identifier) @a\n\n  (no_such_node) @b", file: "x.scm",
                                       lineOffsets: [("x.scm", 0)])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("x.scm:3:4:"), text)
            XCTAssertTrue(text.contains("no_such_node"), text)
        }
        XCTAssertThrowsError(try Query(language: python, source: #"((identifier) @a (#frobnicate? @a))"#, file: "y.scm",
                                       lineOffsets: [("y.scm", 0)])) { error in
            XCTAssertTrue("\(error)".contains("unsupported predicate #frobnicate?"), "\(error)")
        }
        XCTAssertThrowsError(try Query(language: python, source: #"((identifier) @a (#match? @a "["))"#, file: "z.scm",
                                       lineOffsets: [("z.scm", 0)])) { error in
            XCTAssertTrue("\(error)".contains("invalid regular expression"), "\(error)")
        }
    }

    /// Like Helix's query check: every query file of every language compiles against its grammar.
    func testEveryQueryFileOfEveryLanguageCompiles() throws {
        var compiled = 0
        for manifest in Repository.registry.manifests {
            let language = try Repository.registry.language(named: manifest.language)
            for name in language.queryNames {
                XCTAssertNoThrow(try language.query(named: name), "\(manifest.language)/\(name).scm")
                compiled += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compiled, 4)
    }
}
