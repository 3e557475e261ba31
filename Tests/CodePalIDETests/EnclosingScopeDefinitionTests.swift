import CodePalAnalysis
@testable import CodePalIDE
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The answer from the piece of a file around a name must be the whole file's graph's, wherever
/// it answers at all: checked at every name of the scope fixtures of every language, and of any
/// corpus named by CODEPAL_COMPARE_CORPUS (the standard library: `python3 -c "import sysconfig;
/// print(sysconfig.get_paths()['stdlib'])"`), at CODEPAL_COMPARE_PER_FILE names per file (40).
final class EnclosingScopeDefinitionTests: XCTestCase {
    private struct Tally {
        var names = 0
        var answered = 0
        var differing: [String] = []
    }

    /// - Parameter most: names checked per file, spread evenly over it (all when nil).
    private func compare(_ url: URL, tree: SyntaxTree, text: SourceText, into tally: inout Tally, most: Int? = nil) {
        guard let full = try? ScopeResolver.resolve(tree: tree, text: text) else { return }
        var offsets = (full.definitions.map(\.nameRange.lowerBound) + full.references.map(\.range.lowerBound)).sorted()
        if let most, offsets.count > most { offsets = (0..<most).map { offsets[$0 * offsets.count / most] } }
        for offset in offsets {
            tally.names += 1
            guard let answer = EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset) else { continue }
            tally.answered += 1
            guard let index = full.definition(at: offset) else {
                tally.differing.append("\(url.path):\(offset): the whole graph binds nothing")
                continue
            }
            if full.definitions[index].nameRange != answer.definition || full.occurrences(of: index) != answer.occurrences {
                tally.differing.append("\(url.path):\(offset) \(full.definitions[index].name): \(answer.definition) against \(full.definitions[index].nameRange)")
            }
        }
    }

    func testThePieceAnswersAsTheWholeFileAtEveryNameOfTheScopeFixtures() {
        var tally = Tally()
        for (url, tree, text) in Repository.parsedFixtures(["scopes"]) { compare(url, tree: tree, text: text, into: &tally) }
        XCTAssertEqual(tally.differing, [])
        XCTAssertGreaterThan(tally.answered, tally.names / 5, "\(tally.answered) of \(tally.names) names answered from their piece")
    }

    func testAParameterIsAnsweredFromItsFunctionAndAModuleNameIsLeftToTheWholeGraph() throws {
        let source = "import os\n\nlimit = 3\n\ndef scale(value, factor=limit):\n    total = value * factor\n    return [total + i for i in range(os.cpu_count())]\n"
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        func offset(_ needle: String, _ occurrence: Int = 1) -> Int {
            var from = source.startIndex
            var found = source.startIndex
            for _ in 0..<occurrence {
                let range = source.range(of: needle, range: from..<source.endIndex)!
                found = range.lowerBound
                from = range.upperBound
            }
            return source.utf8.distance(from: source.startIndex, to: found)
        }
        let total = try XCTUnwrap(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("total", 2)))
        XCTAssertEqual(total.definition, offset("total")..<offset("total") + 5)
        XCTAssertEqual(total.occurrences.count, 2)
        XCTAssertEqual(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("value", 2))?.definition.lowerBound, offset("value"))
        XCTAssertEqual(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("+ i") + 2)?.definition.lowerBound, offset("i in"))
        XCTAssertNil(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("limit", 2)), "a module-level name")
        XCTAssertNil(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("os", 2)), "an import")
        XCTAssertNil(EnclosingScopeDefinition.answer(tree: tree, text: text, offset: offset("range")), "a builtin")
    }

    func testThePieceAnswersAsTheWholeFileOnACorpus() throws {
        guard let corpus = ProcessInfo.processInfo.environment["CODEPAL_COMPARE_CORPUS"] else {
            throw XCTSkip("set CODEPAL_COMPARE_CORPUS to a folder of source files")
        }
        var tally = Tally()
        var files = 0
        let most = ProcessInfo.processInfo.environment["CODEPAL_COMPARE_PER_FILE"].flatMap(Int.init) ?? 40
        let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: corpus), includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let language = try? Repository.registry.language(forPath: url.path), let data = FileManager.default.contents(atPath: url.path),
                  data.count < 2_000_000 else { continue }
            let text = SourceText(bytes: Array(data))
            compare(url, tree: Parser(language: language).parse(text.bytes), text: text, into: &tally, most: most)
            files += 1
        }
        print("enclosing-scope answers: \(files) files, \(tally.names) names, \(tally.answered) answered from their piece, \(tally.differing.count) differing")
        XCTAssertEqual(Array(tally.differing.prefix(20)), [])
    }
}
