import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Scope fixtures: `Fixtures/scopes/<language>/*` with expectations in comments under the code
/// (the format is in `Fixtures/scopes/README.md`). Every mismatch is reported as file:line:column.
final class ScopeResolverTests: XCTestCase {
    func testFixtures() throws {
        let folder = Repository.fixtures.appendingPathComponent("scopes")
        let languages = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
        var checked = 0
        for language in languages {
            for url in Expectation.fixtures(in: folder.appendingPathComponent(language), excludingSuffixes: [".md"]) {
                let problems = try ScopeFixture.check(url)
                checked += 1
                for problem in problems { XCTFail(problem) }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 12, "scope fixtures found under \(folder.path)")
    }

    func testQueriesCompileForEveryLanguage() throws {
        for name in ["python", "javascript", "typescript", "tsx", "go", "java", "c", "cpp", "ruby", "rust", "csharp"] {
            XCTAssertNotNil(try Repository.language(name).query(named: "locals"), name)
        }
    }

    func testNavigationHelpers() throws {
        let source = "import os\nx = 1\ndef f(y):\n    z = x + y\n    return z\nprint(x)\n"
        let graph = try Self.graph(source, "python")
        let xDefinition = try XCTUnwrap(graph.definitions.firstIndex { $0.name == "x" })
        let text = SourceText(source)
        let offsets = graph.occurrences(of: xDefinition).map { text.slice($0) }
        XCTAssertEqual(offsets, ["x", "x", "x"])
        XCTAssertEqual(graph.occurrences(of: xDefinition).map(\.lowerBound), [10, 34, 59])
        // On a reference, at its start and just after its end, as an editor cursor may be.
        XCTAssertEqual(graph.definition(at: 34), xDefinition)
        XCTAssertEqual(graph.definition(at: 35), xDefinition)
        XCTAssertEqual(graph.definition(at: 10), xDefinition)
        XCTAssertNil(graph.definition(at: 4))
        let inside = graph.visibleNames(at: source.utf8.count - 20).map { graph.definitions[$0].name }
        XCTAssertEqual(inside, ["y", "z", "os", "x", "f"])
        let outside = graph.visibleNames(at: source.utf8.count - 2).map { graph.definitions[$0].name }
        XCTAssertEqual(outside, ["os", "x", "f"])
        XCTAssertEqual(graph.definitions.first?.importInfo, ScopeGraph.ImportInfo(module: "os", importedName: nil, isDefault: false))
    }

    func testClassNamesAreNotVisibleFromMethods() throws {
        let source = "class A:\n    k = 1\n    def m(self):\n        return k\n"
        let graph = try Self.graph(source, "python")
        let inMethod = graph.visibleNames(at: source.utf8.count - 2).map { graph.definitions[$0].name }
        XCTAssertEqual(inMethod, ["self", "A"])
        XCTAssertEqual(graph.scopes.map(\.kind), ["module", "class", "function"])
        XCTAssertEqual(graph.scopes.map(\.visibleToNested), [true, false, true])
    }

    func testEmptyAndErrorOnlyFiles() throws {
        for (language, source) in [("python", ""), ("javascript", ""), ("python", ")))((("), ("typescript", "}{ let = ;;")] {
            let graph = try Self.graph(source, language)
            XCTAssertEqual(graph.scopes.first?.parent, nil, language)
            XCTAssertTrue(graph.references.allSatisfy { $0.definition.map { graph.definitions.indices.contains($0) } ?? true })
        }
    }

    func testKeywordsInErrorsAreNotReferences() throws {
        let graph = try Self.graph("def f(a):\n    total = a +\n    return total\n", "python")
        XCTAssertFalse(graph.references.contains { $0.name == "return" }, "\(graph.references.map(\.name))")
        XCTAssertTrue(graph.references.contains { $0.name == "a" && $0.definition != nil })
    }

    static func graph(_ source: String, _ language: String) throws -> ScopeGraph {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        return try ScopeResolver.resolve(tree: tree, text: text)
    }
}

/// One fixture file: its markers and their check against the resolver's graph.
enum ScopeFixture {
    struct Marker {
        let line: Int          // 1-based line of the marker comment, for messages
        let caret: Int         // 0-based byte column of the caret
        let codeLine: Int      // 1-based
        let codeLineStart: Int // byte offset of the annotated code line
        let codeLineEnd: Int
        let words: [String]
        var column: Int { caret + 1 }
    }

    /// The occurrence of `name` (as a whole word) on the marker's code line nearest to the caret,
    /// ties to the left: a caret cannot stand under column 0, where the comment sign is.
    static func locate(_ name: String, _ marker: Marker, _ bytes: [UInt8]) -> Int? {
        let word = Array(name.utf8)
        func isNameByte(_ b: UInt8) -> Bool { b == 0x5F || b == 0x24 || b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        var best: Int?
        var start = marker.codeLineStart
        while start + word.count <= marker.codeLineEnd {
            if Array(bytes[start..<(start + word.count)]) == word,
               start == marker.codeLineStart || !isNameByte(bytes[start - 1]),
               start + word.count == marker.codeLineEnd || !isNameByte(bytes[start + word.count]) {
                let distance = abs(start - marker.codeLineStart - marker.caret)
                if best.map({ distance < abs($0 - marker.codeLineStart - marker.caret) }) ?? true { best = start }
            }
            start += 1
        }
        return best
    }

    static func check(_ url: URL) throws -> [String] {
        let bytes = Array(try Data(contentsOf: url))
        let text = SourceText(bytes: bytes)
        guard let language = try Repository.registry.language(forPath: url.path) else { return ["\(url.path): no language"] }
        let tree = Parser(language: language).parse(bytes)
        let graph = try ScopeResolver.resolve(tree: tree, text: text)
        let markers = parse(text.string)
        let path = url.path.replacingOccurrences(of: Repository.root.path + "/", with: "")
        guard !markers.isEmpty else { return ["\(path): no markers"] }

        var problems: [String] = []
        if url.lastPathComponent.hasPrefix("broken"), !tree.hasErrors { problems.append("\(path): parses without errors") }
        if let empty = graph.references.first(where: { $0.name.isEmpty || $0.range.isEmpty }) {
            problems.append("\(path): an empty reference at byte \(empty.range.lowerBound)")
        }
        func fail(_ marker: Marker, _ message: String) {
            problems.append("\(path):\(marker.line):\(marker.column): \(message) (code line \(marker.codeLine))")
        }
        func line(of offset: Int) -> Int { text.position(of: offset, in: .utf8).line + 1 }

        // Labels of `^def name@label` markers (the name alone when there is no label) to definitions.
        var labels: [String: Int] = [:]
        for marker in markers where marker.words.first == "def" {
            guard marker.words.count >= 2 else { fail(marker, "`^def` needs a name"); continue }
            let (name, label) = split(marker.words[1])
            guard let offset = locate(name, marker, bytes) else {
                fail(marker, "`\(name)` is not on the code line"); continue
            }
            guard let index = graph.definitions.firstIndex(where: { $0.nameRange.lowerBound == offset }) else {
                let got = graph.references.first { $0.range.lowerBound == offset }
                fail(marker, "expected a definition of `\(name)`, got \(got.map { "a reference bound to \(describe($0.definition, graph, line))" } ?? "nothing")")
                continue
            }
            let definition = graph.definitions[index]
            if labels.updateValue(index, forKey: label) != nil { fail(marker, "label `\(label)` is used twice") }
            if definition.name != name { fail(marker, "definition is named `\(definition.name)`, expected `\(name)`") }
            if marker.words.count >= 3, definition.kind != marker.words[2] {
                fail(marker, "`\(name)` is a \(definition.kind), expected \(marker.words[2])")
            }
            if marker.words.count >= 4 {
                let expected = marker.words[3...].joined(separator: " ")
                let actual = definition.importInfo.map { info in
                    info.module + (info.importedName.map { ":" + $0 } ?? "") + (info.isDefault ? " default" : "")
                } ?? "no import"
                if actual != expected { fail(marker, "`\(name)` imports \(actual), expected \(expected)") }
            }
        }
        for marker in markers where marker.words.first != "def" {
            guard marker.words.count >= 2 else { fail(marker, "a marker needs a verb and a name"); continue }
            let name = marker.words[1]
            guard let offset = locate(name, marker, bytes) else { fail(marker, "`\(name)` is not on the code line"); continue }
            let reference = graph.references.first { $0.range.lowerBound == offset }
            let definition = graph.definitions.firstIndex { $0.nameRange.lowerBound == offset }
            switch marker.words[0] {
            case "none":
                if let reference { fail(marker, "`\(name)` should name nothing, got a reference bound to \(describe(reference.definition, graph, line))") }
                if definition != nil { fail(marker, "`\(name)` should name nothing, got a definition") }
            case "ref":
                guard marker.words.count == 4, marker.words[2] == "->" else { fail(marker, "expected `^ref name -> label|unbound`"); continue }
                guard let reference else {
                    fail(marker, definition != nil ? "expected a reference to `\(name)`, got a definition" : "expected a reference to `\(name)`, got nothing")
                    continue
                }
                if reference.name != name { fail(marker, "reference is named `\(reference.name)`, expected `\(name)`") }
                let target = marker.words[3]
                if target == "unbound" {
                    if reference.definition != nil { fail(marker, "`\(name)` should be unbound, got \(describe(reference.definition, graph, line))") }
                } else if let expected = labels[target] {
                    if reference.definition != expected {
                        fail(marker, "`\(name)` should bind to \(describe(expected, graph, line)) (\(target)), got \(describe(reference.definition, graph, line))")
                    }
                } else {
                    fail(marker, "no `^def` marker has the label `\(target)`")
                }
            default:
                fail(marker, "unknown marker `^\(marker.words[0])`")
            }
        }
        return problems
    }

    static func split(_ word: String) -> (name: String, label: String) {
        guard let at = word.firstIndex(of: "@") else { return (word, word) }
        return (String(word[..<at]), word)
    }

    static func describe(_ definition: Int?, _ graph: ScopeGraph, _ line: (Int) -> Int) -> String {
        guard let definition else { return "nothing (unbound)" }
        let value = graph.definitions[definition]
        return "the \(value.kind) `\(value.name)` of line \(line(value.nameRange.lowerBound))"
    }

    /// Marker lines are comments (`#` or `//`) whose first character after the comment sign and
    /// spaces is `^`; each `^` starts one marker, for the column it stands in, on the nearest code
    /// line above.
    static func parse(_ source: String) -> [Marker] {
        FixtureMarkers.annotations(in: source).map { annotation in
            Marker(line: annotation.line + 1, caret: annotation.column, codeLine: annotation.codeLine + 1, codeLineStart: annotation.codeLineStart,
                   codeLineEnd: annotation.codeLineEnd, words: annotation.words)
        }
    }
}
