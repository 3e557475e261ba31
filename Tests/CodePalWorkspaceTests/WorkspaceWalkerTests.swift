import CodePalWorkspace
import Foundation
import TestSupport
import XCTest

/// The walk and path handling that a re-index runs once per file, on a real temporary tree.
final class WorkspaceWalkerTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pkg/sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("node_modules/dep"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notes.py"), withIntermediateDirectories: true)
        for file in ["pkg/a.py", "pkg/sub/b.ts", "pkg/UPPER.PY", "pkg/.hidden.py", "pkg/README", "node_modules/dep/i.js",
                     "notes.py/inside.js", "generated.py", ".bashrc"] {
            try Data("x = 1\n".utf8).write(to: root.appendingPathComponent(file))
        }
        try Data("generated.py\n".utf8).write(to: root.appendingPathComponent(".gitignore"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        // A link to a file is followed; a link to a folder above is walked once; a dangling one and
        // a named pipe are skipped without error.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("pkg/link.py").path, withDestinationPath: "a.py")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("pkg/sub/up").path, withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("pkg/gone.py").path, withDestinationPath: "missing.py")
        XCTAssertEqual(mkfifo(root.appendingPathComponent("pkg/pipe.py").path, 0o600), 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testWalkKeepsSourceFilesAndSkipsWhatItShould() throws {
        let found = try WorkspaceWalker.files(at: root.path, registry: Repository.registry).get()
        let relative = found.map { WorkspacePaths.relative($0, to: root.path) }
        XCTAssertEqual(relative, ["notes.py/inside.js", "pkg/UPPER.PY", "pkg/a.py", "pkg/link.py", "pkg/sub/b.ts"])
    }

    /// `build` and `dist` hold Python's and JavaScript's build output, but Go's `go/build` and
    /// `cmd/dist` are packages: output folders are skipped per language (`outputFolders`).
    func testOutputFoldersAreSkippedForTheLanguagesThatWriteThem() throws {
        for folder in ["src/build", "cmd/dist/deep"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["src/build/gen.py", "src/build/build.go", "cmd/dist/deep/app.js", "cmd/dist/deep/main.go"] {
            try Data("x\n".utf8).write(to: root.appendingPathComponent(file))
        }
        let found = try WorkspaceWalker.files(at: root.path, registry: Repository.registry).get().map { WorkspacePaths.relative($0, to: root.path) }
        XCTAssertTrue(found.contains("src/build/build.go") && found.contains("cmd/dist/deep/main.go"), "\(found)")
        XCTAssertFalse(found.contains("src/build/gen.py") || found.contains("cmd/dist/deep/app.js"), "\(found)")
    }

    func testExtensionIsTheLastComponentsSuffix() {
        let registry = Repository.registry
        XCTAssertEqual(registry.languageName(forPath: "/w/pkg/m.py"), "python")
        XCTAssertEqual(registry.languageName(forPath: "/w/pkg/M.Py"), "python")
        XCTAssertNil(registry.languageName(forPath: "/w/.py"), "a hidden file's leading dot is no extension")
        XCTAssertNil(registry.languageName(forPath: "/w/notes.py/README"), "a dot in a folder name is no extension")
        XCTAssertNil(registry.languageName(forPath: "/w/m."))
        XCTAssertEqual(registry.languageName(forPath: "m.js"), "javascript")
    }

    func testRelativePathsNormaliseOnlyWhenNeeded() {
        XCTAssertEqual(WorkspacePaths.relative("/w/pkg/a.py", to: "/w"), "pkg/a.py")
        XCTAssertEqual(WorkspacePaths.relative("/w/pkg/a.py", to: "/w/"), "pkg/a.py")
        XCTAssertEqual(WorkspacePaths.relative("/w/pkg/.../a.py", to: "/w"), "pkg/.../a.py")
        XCTAssertEqual(WorkspacePaths.relative("/w/pkg/../a.py", to: "/w"), "a.py")
        XCTAssertEqual(WorkspacePaths.relative("/w/./pkg//a.py", to: "/w"), "pkg/a.py")
        XCTAssertEqual(WorkspacePaths.relative("/w/pkg/..a.py", to: "/w"), "pkg/..a.py")
    }
}
