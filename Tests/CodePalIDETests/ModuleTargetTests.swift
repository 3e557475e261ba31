import CodePalAnalysis
@testable import CodePalIDE
import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// A module imported whole (`import shop`) is a navigation target by its path alone: its
/// definition is the start of its file and it binds no name another file could use, so neither
/// definition nor references parse it (the first references after didOpen once parsed every
/// module every open document imports).
final class ModuleTargetTests: XCTestCase {
    private var root: URL!
    private var database: IndexDatabase!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-module-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pkg"), withIntermediateDirectories: true)
        try "def helper(value):\n    return value\n".write(to: root.appendingPathComponent("pkg/util.py"), atomically: true, encoding: .utf8)
        try "".write(to: root.appendingPathComponent("pkg/__init__.py"), atomically: true, encoding: .utf8)
        try "def total(items):\n    return sum(items)\n".write(to: root.appendingPathComponent("shop.py"), atomically: true, encoding: .utf8)
        try "import shop\nfrom pkg.util import helper\n\nprint(helper(shop.total([1])))\n"
            .write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        database = try IndexDatabase(path: root.appendingPathComponent(".codepal/index.sqlite").path)
        _ = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 1).run()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func testAnImportedModuleIsItsFileWithoutParsingIt() throws {
        let shared = ParsedFileCache()
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database, shared: shared)
        let found = navigator.definition(path: path("main.py"), offset: "import sh".utf8.count)
        XCTAssertEqual(found, [SourceLocation(path: path("shop.py"), range: 0..<0)])
        XCTAssertFalse(shared.holds(path("shop.py")), "the module's file was parsed to say where it starts")
        XCTAssertTrue(navigator.isNavigable(path("shop.py")))
        XCTAssertFalse(navigator.isNavigable(path("missing.py")))
        XCTAssertFalse(navigator.isNavigable(path("notes.txt")))
    }

    /// References of a function reach an open document that imports it, without following (and
    /// parsing) the modules that document imports whole.
    func testReferencesInAnOpenDocumentDoNotParseItsModuleImports() throws {
        let edited = SourceText("import shop\nfrom pkg.util import helper\n\n\nx = helper(shop.total([2]))\n")
        let tree = Parser(language: Repository.language("python")).parse(edited.bytes)
        let shared = ParsedFileCache()
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                           open: [path("main.py"): .init(text: edited, tree: tree)], shared: shared)
        let references = navigator.references(path: path("pkg/util.py"), offset: 4, includeDeclaration: true)
        let call = edited.string.utf8.count - "helper(shop.total([2]))\n".utf8.count
        let imported = "import shop\nfrom pkg.util import ".utf8.count
        XCTAssertEqual(Set(references), [SourceLocation(path: path("pkg/util.py"), range: 4..<10),
                                         SourceLocation(path: path("main.py"), range: imported..<imported + 6),
                                         SourceLocation(path: path("main.py"), range: call..<call + 6)])
        XCTAssertFalse(shared.holds(path("shop.py")), "an import of a whole module was followed")
    }

    /// A name no file imports from its module: an open document that mentions it is not searched
    /// through the imports of other names it makes (each would parse the module it names).
    func testImportsOfOtherNamesAreNotFollowedWhenNothingImportsTheName() throws {
        try "def rate():\n    return 3\n".write(to: root.appendingPathComponent("prices.py"), atomically: true, encoding: .utf8)
        _ = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 1).run()
        // An import of the name from an unrelated module (pkg defines no rate) passes on no rate
        // of prices.py either.
        let edited = SourceText("from pkg.util import helper\nfrom pkg import rate\n\nprint(helper(rate()))\n")
        let tree = Parser(language: Repository.language("python")).parse(edited.bytes)
        let shared = ParsedFileCache()
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                           open: [path("other.py"): .init(text: edited, tree: tree)], shared: shared)
        XCTAssertEqual(navigator.references(path: path("prices.py"), offset: 4, includeDeclaration: true),
                       [SourceLocation(path: path("prices.py"), range: 4..<8)])
        XCTAssertFalse(shared.holds(path("pkg/util.py")), "the open document's import of helper was followed")
    }

    /// A name passed on under another name (`from .util import helper as assist`) is still found
    /// in an open document that imports the other name.
    func testAnImportUnderAnotherNameIsStillFollowed() throws {
        try "from .util import helper as assist\n".write(to: root.appendingPathComponent("pkg/__init__.py"), atomically: true, encoding: .utf8)
        _ = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 1).run()
        let edited = SourceText("from pkg import assist\n\nassist(2)  # the helper\n")
        let tree = Parser(language: Repository.language("python")).parse(edited.bytes)
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                           open: [path("app.py"): .init(text: edited, tree: tree)])
        let references = navigator.references(path: path("pkg/util.py"), offset: 4, includeDeclaration: true)
        let imported = "from pkg import ".utf8.count, call = "from pkg import assist\n\n".utf8.count
        XCTAssertTrue(references.contains(SourceLocation(path: path("app.py"), range: imported..<imported + 6)), "\(references)")
        XCTAssertTrue(references.contains(SourceLocation(path: path("app.py"), range: call..<call + 6)), "\(references)")
    }
}
