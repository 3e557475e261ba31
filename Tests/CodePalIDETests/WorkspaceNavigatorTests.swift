import CodePalAnalysis
import CodePalIDE
import CodePalStore
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Navigation across files from the index, and from open documents over what is saved on disk.
final class WorkspaceNavigatorTests: XCTestCase {
    private var root: URL!
    private var database: IndexDatabase!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-ide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pkg"), withIntermediateDirectories: true)
        try "def helper(value):\n    return value\n".write(to: root.appendingPathComponent("pkg/util.py"), atomically: true, encoding: .utf8)
        try "".write(to: root.appendingPathComponent("pkg/__init__.py"), atomically: true, encoding: .utf8)
        try "from pkg.util import helper\n\nprint(helper(1))\n".write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        database = try IndexDatabase(path: root.appendingPathComponent(".codepal/index.sqlite").path)
        _ = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 1).run()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    private func offset(of needle: String, in relative: String, occurrence: Int = 0) throws -> Int {
        let text = try String(contentsOfFile: path(relative), encoding: .utf8)
        var from = text.startIndex
        for _ in 0..<occurrence { from = text.range(of: needle, range: from..<text.endIndex)!.upperBound }
        return text.utf8.distance(from: text.utf8.startIndex, to: try XCTUnwrap(text.range(of: needle, range: from..<text.endIndex)).lowerBound.samePosition(in: text.utf8)!)
    }

    func testDefinitionFollowsTheImportToTheDefiningFile() throws {
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database)
        let found = navigator.definition(path: path("main.py"), offset: try offset(of: "helper(1)", in: "main.py"))
        XCTAssertEqual(found.map(\.path), [path("pkg/util.py")])
        XCTAssertEqual(found.first?.range, 4..<10)
    }

    func testReferencesReachEveryImportingFile() throws {
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database)
        let references = navigator.references(path: path("pkg/util.py"), offset: 5, includeDeclaration: true)
        XCTAssertEqual(Set(references.map(\.path)), [path("pkg/util.py"), path("main.py")])
        XCTAssertEqual(references.filter { $0.path == path("main.py") }.count, 2, "the import and the call")
        XCTAssertEqual(navigator.references(path: path("pkg/util.py"), offset: 5, includeDeclaration: false).count, 2)
    }

    /// An open document answers from its editor text, not from the saved file.
    func testAnOpenDocumentWinsOverTheFileOnDisk() throws {
        let edited = SourceText("from pkg.util import helper\n\n\n\nx = helper(2)\n")
        let tree = Parser(language: Repository.language("python")).parse(edited.bytes)
        let navigator = WorkspaceNavigator(root: root.path, registry: Repository.registry, database: database,
                                           open: [path("main.py"): .init(text: edited, tree: tree)])
        let call = edited.string.utf8.count - "helper(2)\n".utf8.count
        XCTAssertEqual(navigator.definition(path: path("main.py"), offset: call).map(\.path), [path("pkg/util.py")])
        let references = navigator.references(path: path("pkg/util.py"), offset: 5, includeDeclaration: false)
        XCTAssertTrue(references.contains(SourceLocation(path: path("main.py"), range: call..<call + 6)), "\(references)")
    }
}
