import CodePalAnalysis
@testable import CodePalIDE
import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The answer from the piece of a file around a name must be the whole file's graph's, wherever
/// it answers at all: checked at every name of the scope fixtures of every language, and of any
/// corpus named by CODEPAL_COMPARE_CORPUS (the standard library: `python3 -c "import sysconfig;
/// print(sysconfig.get_paths()['stdlib'])"`), at CODEPAL_COMPARE_PER_FILE names per file (40); with
/// CODEPAL_COMPARE_WORDS set, at the words of its comments and strings instead.
final class EnclosingScopeDefinitionTests: XCTestCase {
    private struct Tally {
        var names = 0
        var answered = 0
        /// Members answered by name (`self.total`), counted apart.
        var members = 0
        /// Answers from the piece parsed alone where the index locates it (`IndexedPieceDefinition`).
        var fromText = 0
        /// Words of comments and strings answered as text (`TextAtCursor`), counted apart.
        var text = 0
        var differing: [String] = []
    }

    /// Whether the whole graph's answer at `offset` is what the piece said: the same binding and
    /// occurrences for a local; for a member, no binding at all, and an object bound to no import
    /// (so that navigation looks the member up by name, as the piece's answer makes it do).
    private func agrees(_ answer: EnclosingScopeDefinition.PieceAnswer, _ full: ScopeGraph, at offset: Int) -> String? {
        switch answer {
        case .local(let local):
            guard let index = full.definition(at: offset) else { return "the whole graph binds nothing" }
            if full.definitions[index].nameRange != local.definition || full.occurrences(of: index) != local.occurrences {
                return "\(full.definitions[index].name): \(local.definition) against \(full.definitions[index].nameRange)"
            }
        case .memberByName:
            if let index = full.definition(at: offset) { return "a member, but the whole graph binds \(full.definitions[index].name)" }
            if full.reference(at: offset) != nil { return "a member, but the whole graph has a reference there" }
            if let member = full.member(at: offset), let object = full.members[member].object, full.definitions[object].importInfo != nil {
                return "a member of an import in the whole graph"
            }
        case .text:
            if let index = full.definition(at: offset) { return "text, but the whole graph binds \(full.definitions[index].name)" }
            if full.reference(at: offset) != nil { return "text, but the whole graph has a reference there" }
            if full.member(at: offset) != nil { return "text, but the whole graph has a member there" }
        }
        return nil
    }

    /// - Parameters:
    ///   - most: names checked per file, spread evenly over it (all when nil).
    ///   - words: the words of comments and strings instead of the names.
    private func compare(_ url: URL, tree: SyntaxTree, text: SourceText, into tally: inout Tally, most: Int? = nil, words: Bool = false) {
        guard let full = try? ScopeResolver.resolve(tree: tree, text: text) else { return }
        var offsets = words ? textWords(tree, text) : (full.definitions.map(\.nameRange.lowerBound) + full.references.map(\.range.lowerBound)).sorted()
        // Attribute names (`obj.name`), which the locals query mostly ignores.
        if !words, let access = RefactorData.of(tree.language).attributeAccess {
            tree.root.walk { node in
                if node.kind == access.kind, let name = node.child(field: access.name) { offsets.append(name.startByte) }
                return true
            }
            offsets.sort()
        }
        if let most, offsets.count > most { offsets = (0..<most).map { offsets[$0 * offsets.count / most] } }
        // The symbols as the index stores them for this content, for the pieces parsed alone.
        let spans = IndexPaths.file("f", hash: "", tree: tree, text: text, path: url.path, root: url.deletingLastPathComponent().path)
            .symbols.map { SymbolSpan(line: $0.line, endLine: $0.endLine, kind: $0.kind) }
        for offset in offsets {
            tally.names += 1
            if let answer = EnclosingScopeDefinition.pieceAnswer(tree: tree, text: text, offset: offset) {
                tally.answered += 1
                if answer == .memberByName { tally.members += 1 }
                if answer == .text { tally.text += 1 }
                if let problem = agrees(answer, full, at: offset) { tally.differing.append("\(url.path):\(offset): \(problem)") }
            }
            if let answer = IndexedPieceDefinition.answer(language: tree.language, text: text, spans: spans, offset: offset) {
                tally.fromText += 1
                if let problem = agrees(answer, full, at: offset) { tally.differing.append("\(url.path):\(offset) (text piece): \(problem)") }
            }
        }
    }

    /// The start of every word of the comments and strings of a file (prose, and the strings some
    /// languages bind: includes, requires, import paths).
    private func textWords(_ tree: SyntaxTree, _ text: SourceText) -> [Int] {
        var offsets: Set<Int> = []
        tree.root.walk { node in
            guard node.isComment || TextAtCursor.isTextKind(node.kind) else { return true }
            var start = node.startByte
            while start < node.endByte {
                let word = TextAtCursor.wordRange(at: start, in: text)
                if !word.isEmpty, word.lowerBound >= node.startByte { offsets.insert(word.lowerBound) }
                start = max(start + 1, word.upperBound + 1)
            }
            return true
        }
        return offsets.sorted()
    }

    /// A word of a comment or a string is text to the piece only where the whole graph has
    /// nothing either: no definition (a string the locals query binds, `#include "cart.h"`), no
    /// reference, no member.
    func testWordsOfCommentsAndStringsAreTextWhereTheWholeGraphHasNothing() {
        var tally = Tally()
        for (url, tree, text) in Repository.parsedFixtures(["scopes"]) { compare(url, tree: tree, text: text, into: &tally, words: true) }
        XCTAssertEqual(tally.differing, [])
        XCTAssertGreaterThan(tally.text, tally.names / 2, "\(tally.text) of \(tally.names) words answered as text")
    }

    func testThePieceAnswersAsTheWholeFileAtEveryNameOfTheScopeFixtures() {
        var tally = Tally()
        for (url, tree, text) in Repository.parsedFixtures(["scopes"]) { compare(url, tree: tree, text: text, into: &tally) }
        XCTAssertEqual(tally.differing, [])
        XCTAssertGreaterThan(tally.answered, tally.names / 5, "\(tally.answered) of \(tally.names) names answered from their piece")
        XCTAssertGreaterThan(tally.members, 0, "no member answered by name")
        XCTAssertGreaterThan(tally.fromText, tally.names / 10, "\(tally.fromText) of \(tally.names) names answered from the piece parsed alone")
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
            compare(url, tree: Parser(language: language).parse(text.bytes), text: text, into: &tally, most: most,
                    words: ProcessInfo.processInfo.environment["CODEPAL_COMPARE_WORDS"] != nil)
            files += 1
        }
        print("enclosing-scope answers: \(files) files, \(tally.names) names, \(tally.answered) answered from their piece (\(tally.members) members by name), "
              + "\(tally.fromText) from the piece parsed alone, \(tally.text) as text, \(tally.differing.count) differing")
        XCTAssertEqual(Array(tally.differing.prefix(20)), [])
    }

    /// A method of a class, parsed alone with its class's first line while the file's own parse
    /// runs: its locals and `self`'s members answer; a module-level name and a method whose
    /// class line is broken over two lines (the header does not parse alone) do not.
    func testAMethodIsAnsweredFromItsLinesAlone() throws {
        let source = """
            import os

            LIMIT = 3

            class Cart:
                def total(self, rate):
                    subtotal = self.items_sum() * rate
                    return subtotal + os.sep.count("/") + LIMIT

            class Split(
                    Cart):
                def half(self, share):
                    return share / 2

            """
        let text = SourceText(source)
        let language = Repository.language("python")
        let tree = Parser(language: language).parse(text.bytes)
        let spans = IndexPaths.file("cart.py", hash: "", tree: tree, text: text, path: "/tmp/cart.py", root: "/tmp")
            .symbols.map { SymbolSpan(line: $0.line, endLine: $0.endLine, kind: $0.kind) }
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
        func answer(_ needle: String, _ occurrence: Int = 1) -> EnclosingScopeDefinition.PieceAnswer? {
            IndexedPieceDefinition.answer(language: language, text: text, spans: spans, offset: offset(needle, occurrence))
        }
        let subtotal = try XCTUnwrap(answer("subtotal", 2))
        XCTAssertEqual(subtotal, .local(.init(definition: offset("subtotal")..<offset("subtotal") + 8,
                                             occurrences: [offset("subtotal")..<offset("subtotal") + 8, offset("subtotal", 2)..<offset("subtotal", 2) + 8])))
        XCTAssertEqual(answer("rate", 2), .local(.init(definition: offset("rate")..<offset("rate") + 4,
                                                       occurrences: [offset("rate")..<offset("rate") + 4, offset("rate", 2)..<offset("rate", 2) + 4])))
        XCTAssertEqual(answer("items_sum"), .memberByName, "a member of self")
        XCTAssertNil(answer("os.sep"), "an import")
        XCTAssertNil(answer("sep.count"), "a member of an import")
        XCTAssertNil(answer("count"), "a member of a member of an import")
        XCTAssertNil(answer("LIMIT", 2), "a module-level name")
        XCTAssertNil(answer("share", 2), "the class line does not parse alone")
        // The whole file's graph agrees wherever the piece answered.
        let full = try XCTUnwrap(ScopeResolver.resolve(tree: tree, text: text))
        XCTAssertNil(agrees(subtotal, full, at: offset("subtotal", 2)))
        XCTAssertNil(agrees(.memberByName, full, at: offset("items_sum")))
    }
}
