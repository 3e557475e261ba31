import CodePalAnalysis
@testable import CodePalIDE
import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The first go-to-definition in a document just opened, while its scope graph is still being
/// made (issue #21): a member looked up by name answers from the index's stored columns without
/// reading the defining file, and a word of a comment or a string answers nothing without waiting
/// for the graph.
final class FirstDefinitionTests: XCTestCase {
    private var root: URL!
    private var database: IndexDatabase!

    private let cart = "class Cart:\n    def add(self, item):\n        return item\n\n    def total(self):\n        return 0\n"
    private let app = """
        from cart import Cart


        def checkout(basket):
            \"\"\"Calls total on the basket, then add.\"\"\"
            basket.add(1)  # total, then add
            return basket.total()


        def fresh():
            return Cart()

        """

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-first-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try cart.write(to: root.appendingPathComponent("cart.py"), atomically: true, encoding: .utf8)
        try app.write(to: root.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
        database = try IndexDatabase(path: root.appendingPathComponent(".codepal/index.sqlite").path)
        _ = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 1).run()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    private func offset(_ needle: String, occurrence: Int = 1) -> Int {
        var from = app.startIndex
        var found = app.startIndex
        for _ in 0..<occurrence {
            let range = app.range(of: needle, range: from..<app.endIndex)!
            found = range.lowerBound
            from = range.upperBound
        }
        return app.utf8.distance(from: app.startIndex, to: found)
    }

    /// How often the open document's graph was asked for.
    private final class Asked: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.lock(); defer { lock.unlock() }; return value }
        func add() { lock.lock(); value += 1; lock.unlock() }
    }

    /// `app.py` open in the editor, parsed, with a graph being made that the navigator should not
    /// wait for (`asked` counts the requests for it).
    private func navigator(asked: Asked = Asked(), shared: ParsedFileCache? = nil) -> WorkspaceNavigator {
        let text = SourceText(app)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let graph = WorkspaceNavigator.OpenGraph(isMade: { false }, graph: {
            asked.add()
            return try? ScopeResolver.resolve(tree: tree.copy(), text: text)
        })
        return WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                  open: [path("app.py"): .init(text: text, tree: tree)], openGraphs: [path("app.py"): graph], shared: shared)
    }

    /// `basket.add`: a member of a parameter, looked up by name. The answer is the index's place
    /// of `def add`, given as its stored line and columns: the defining file is neither parsed
    /// nor read (here it is gone from the disk, and the place is still the index's).
    func testAMemberIsAnsweredFromTheIndexColumnsWithoutReadingTheDefiningFile() throws {
        let asked = Asked()
        let shared = ParsedFileCache()
        let expected = SourceLocation(path: path("cart.py"), stored: StoredRange(line: 1, utf8: 8..<11, utf16: 8..<11, utf32: 8..<11))
        XCTAssertEqual(navigator(asked: asked, shared: shared).definitionWithStoredColumns(path: path("app.py"), offset: offset("add(1)")), [expected])
        XCTAssertEqual(asked.count, 0, "the open document's graph was waited for")
        XCTAssertFalse(shared.holds(path("cart.py")), "the defining file was parsed")
        try FileManager.default.removeItem(at: root.appendingPathComponent("cart.py"))
        XCTAssertEqual(navigator().definitionWithStoredColumns(path: path("app.py"), offset: offset("add(1)")), [expected],
                       "the defining file was read to place the answer")
        // Byte ranges for the callers that look inside the file (completion, hover, rename) still
        // come from its text: with the file gone there is none.
        XCTAssertEqual(navigator().definition(path: path("app.py"), offset: offset("add(1)")), [])
    }

    /// The same place as a byte range in the file, when it is there.
    func testTheStoredColumnsAreTheByteRangesPlace() throws {
        let ranges = navigator().definition(path: path("app.py"), offset: offset("total()"))
        let stored = navigator().definitionWithStoredColumns(path: path("app.py"), offset: offset("total()"))
        let text = SourceText(cart)
        XCTAssertEqual(ranges.count, 1)
        XCTAssertEqual(stored.count, 1)
        let range = try XCTUnwrap(ranges.first?.range), place = try XCTUnwrap(stored.first?.stored)
        XCTAssertEqual(text.position(of: range.lowerBound, in: .utf16).line, place.line)
        XCTAssertEqual(text.position(of: range.lowerBound, in: .utf16).character, place.utf16.lowerBound)
        XCTAssertEqual(text.position(of: range.upperBound, in: .utf16).character, place.utf16.upperBound)
    }

    /// Words of a docstring and of a comment name `total` and `add`, which the workspace defines:
    /// no definition (prose, not names), answered without waiting for the file's graph; the
    /// answer is the same once the graph is made. The code next to them still answers.
    func testAWordInACommentOrAStringHasNoDefinitionAndDoesNotWaitForTheGraph() throws {
        for (needle, occurrence) in [("total", 1), ("add", 1), ("total", 2), ("add", 3)] {
            let asked = Asked()
            let early = navigator(asked: asked).definitionWithStoredColumns(path: path("app.py"), offset: offset(needle, occurrence: occurrence))
            XCTAssertEqual(early, [], "\(needle) #\(occurrence)")
            XCTAssertEqual(asked.count, 0, "\(needle) #\(occurrence): the open document's graph was waited for")
            let settled = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database, open: [
                path("app.py"): .init(text: SourceText(app), tree: Parser(language: Repository.language("python")).parse(Array(app.utf8))),
            ])
            XCTAssertEqual(settled.definition(path: path("app.py"), offset: offset(needle, occurrence: occurrence)), [], "\(needle) #\(occurrence), settled")
            XCTAssertEqual(settled.references(path: path("app.py"), offset: offset(needle, occurrence: occurrence), includeDeclaration: true), [])
        }
        XCTAssertEqual(navigator().definition(path: path("app.py"), offset: offset("add(1)")).map(\.path), [path("cart.py")])
    }

    /// `Cart()` in a function, a name the file imports: the piece around it cannot tell, and
    /// the index can (the file's import bindings with their occurrences, the defining file's
    /// symbols), with neither the open document's graph nor the defining file parsed. The same
    /// place as the settled answer.
    func testAnImportedNameIsAnsweredFromTheIndexWithoutEitherGraph() throws {
        let asked = Asked()
        let shared = ParsedFileCache()
        let use = offset("Cart()")
        let early = navigator(asked: asked, shared: shared).definitionWithStoredColumns(path: path("app.py"), offset: use)
        XCTAssertEqual(early, [SourceLocation(path: path("cart.py"), stored: StoredRange(line: 0, utf8: 6..<10, utf16: 6..<10, utf32: 6..<10))])
        XCTAssertEqual(asked.count, 0, "the open document's graph was waited for")
        XCTAssertFalse(shared.holds(path("cart.py")), "the defining file was parsed")
        let settled = navigator().definition(path: path("app.py"), offset: use)
        XCTAssertEqual(settled, [SourceLocation(path: path("cart.py"), range: 6..<10)])
        // Changed since it was indexed: the index's bindings are not this text's, the graph answers.
        let edited = "\n" + app
        let text = SourceText(edited), tree = Parser(language: Repository.language("python")).parse(Array(edited.utf8))
        let made = WorkspaceNavigator.OpenGraph(isMade: { false }, graph: { try? ScopeResolver.resolve(tree: tree.copy(), text: text) })
        let other = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                       open: [path("app.py"): .init(text: text, tree: tree)], openGraphs: [path("app.py"): made])
        XCTAssertNil(other.indexedImportDefinition(path: path("app.py"), offset: use + 1))
        XCTAssertEqual(other.definitionWithStoredColumns(path: path("app.py"), offset: use + 1), [SourceLocation(path: path("cart.py"), range: 6..<10)])
    }

    /// On a workspace indexed beforehand (CODEPAL_COMPARE_INDEXED: its root, holding
    /// `index.sqlite` or `.codepal/index.sqlite`), every name a file imports, at each occurrence,
    /// in CODEPAL_COMPARE_FILES of its files (200): wherever the index answers, the answer is the
    /// place the whole graphs give.
    func testImportedNamesAnswerAsTheGraphsOnAnIndexedWorkspace() throws {
        guard let corpus = ProcessInfo.processInfo.environment["CODEPAL_COMPARE_INDEXED"] else {
            throw XCTSkip("set CODEPAL_COMPARE_INDEXED to the root of an indexed workspace")
        }
        let most = ProcessInfo.processInfo.environment["CODEPAL_COMPARE_FILES"].flatMap(Int.init) ?? 200
        let direct = (corpus as NSString).appendingPathComponent("index.sqlite")
        let indexed = try IndexDatabase(path: FileManager.default.fileExists(atPath: direct) ? direct : (corpus as NSString).appendingPathComponent(".codepal/index.sqlite"))
        let files = try indexed.fileHashes().keys.sorted()
        var names = 0, answered = 0, differing: [String] = []
        let shared = ParsedFileCache()
        for relative in stride(from: 0, to: files.count, by: max(1, files.count / most)).map({ files[$0] }) {
            let absolute = (corpus as NSString).appendingPathComponent(relative)
            guard let language = try? Repository.registry.language(forPath: absolute), let data = FileManager.default.contents(atPath: absolute) else { continue }
            let text = SourceText(bytes: Array(data))
            let tree = Parser(language: language).parse(text.bytes)
            guard let graph = try? ScopeResolver.resolve(tree: tree, text: text) else { continue }
            var offsets: [Int] = []
            for (index, definition) in graph.definitions.enumerated() where definition.importInfo != nil {
                offsets += graph.occurrences(of: index).map(\.lowerBound)
            }
            offsets += graph.members.filter { $0.object.map { graph.definitions[$0].importInfo != nil } ?? false }.map(\.range.lowerBound)
            let early = WorkspaceNavigator(root: corpus, registry: Repository.registry, database: indexed, open: [absolute: .init(text: text, tree: tree)],
                                           openGraphs: [absolute: .init(isMade: { false }, graph: { nil })])
            for offset in offsets {
                names += 1
                guard let found = early.indexedImportDefinition(path: absolute, offset: offset), let stored = found.stored else { continue }
                answered += 1
                let settled = WorkspaceNavigator(root: corpus, registry: Repository.registry, database: indexed,
                                                 open: [absolute: .init(text: text, tree: tree)], shared: shared).definition(path: absolute, offset: offset)
                let place = settled.first.flatMap { location in
                    (location.path == absolute ? text : (FileManager.default.contents(atPath: location.path).map { SourceText(bytes: Array($0)) }))
                        .map { (location.path, StoredRange(location.range, in: $0)) }
                }
                if settled.count != 1 || place?.0 != found.path || place?.1 != stored {
                    differing.append("\(relative):\(offset): index \(found.path):\(stored.line):\(stored.utf8), graphs \(settled)")
                }
            }
        }
        print("imported names: \(names) occurrences, \(answered) answered from the index, \(differing.count) differing")
        XCTAssertEqual(Array(differing.prefix(20)), [])
    }
}
