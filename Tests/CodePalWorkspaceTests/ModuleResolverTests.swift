import CodePalSyntax
@testable import CodePalWorkspace
import Foundation
import TestSupport
import XCTest

/// Imports to workspace files by the styles of `language.json`; here `module-folder` (Go), where
/// the nearest `go.mod` maps its module path to its folder and a module is a folder of files.
final class ModuleResolverTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("resolver-\(UUID().uuidString)")
        for folder in ["cart", "cart/empty", "tools/gen", "tools/gen/lib"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let files = ["go.mod": "// the shop\nmodule example.com/shop // trailing comment\n\ngo 1.21\n",
                     "main.go": "package main\n", "cart/cart.go": "package cart\n", "cart/total.go": "package cart\n",
                     "cart/doc.go": "// Package cart.\npackage cart\n", "cart/notes.txt": "",
                     "tools/gen/go.mod": "module example.com/gen\n", "tools/gen/main.go": "package main\n",
                     "tools/gen/lib/lib.go": "package lib\n"]
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private var imports: LanguageManifest.Imports { Repository.language("go").manifest.imports! }
    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).standardizedFileURL.path }

    func testModulePathsNameFoldersUnderTheNearestManifest() {
        let resolver = ModuleResolver(root: root.path)
        XCTAssertEqual(resolver.resolve("example.com/shop/cart", from: path("main.go"), imports: imports), path("cart"))
        XCTAssertEqual(resolver.resolve("example.com/shop", from: path("cart/cart.go"), imports: imports), root.standardizedFileURL.path)
        // The standard library, other modules, folders without sources and missing folders are outside.
        for module in ["fmt", "net/http", "github.com/x/y", "example.com/shopping", "example.com/shop/cart/empty", "example.com/shop/nope"] {
            XCTAssertNil(resolver.resolve(module, from: path("main.go"), imports: imports), module)
        }
        // A nested module answers for its own folder.
        XCTAssertEqual(resolver.resolve("example.com/gen/lib", from: path("tools/gen/main.go"), imports: imports), path("tools/gen/lib"))
        XCTAssertNil(resolver.resolve("example.com/shop/cart", from: path("tools/gen/main.go"), imports: imports))
    }

    func testAFolderModuleIsItsSourceFiles() {
        let resolver = ModuleResolver(root: root.path)
        XCTAssertEqual(resolver.files(ofModule: path("cart"), imports: imports), ["cart/cart.go", "cart/doc.go", "cart/total.go"].map(path))
        XCTAssertEqual(resolver.packageSiblings(of: path("cart/total.go"), imports: imports), ["cart/cart.go", "cart/doc.go"].map(path))
        XCTAssertEqual(resolver.representativeFile(ofModule: path("cart"), imports: imports), path("cart/doc.go"), "folderModules: doc")
    }

    func testTheModuleDirective() {
        XCTAssertEqual(ModuleManifests.declared(in: "module example.com/shop // note\n", directive: "module"), "example.com/shop")
        XCTAssertEqual(ModuleManifests.declared(in: "// module not.this\n\tmodule \"quoted/path\"\n", directive: "module"), "quoted/path")
        XCTAssertEqual(ModuleManifests.declared(in: "[package]\nname = \"shop\"\n", directive: "name"), "shop")
        XCTAssertNil(ModuleManifests.declared(in: "modules x\n", directive: "module"))
    }

    /// C's `include` style: the including file's folder, then `[include] paths` of the root's
    /// configuration, then the root; system headers and files outside the workspace are not found.
    func testIncludeStyle() throws {
        let folder = root.appendingPathComponent("c")
        for sub in ["c/include/net", "c/src"] { try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true) }
        for (name, text) in ["c/.codepal.toml": "[include]\npaths = [\"include\"]\n", "c/include/cart.h": "", "c/include/net/socket.h": "",
                             "c/src/local.h": "", "c/src/main.c": "", "c/top.h": ""] {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        let imports = Repository.language("c").manifest.imports!
        let resolver = ModuleResolver(root: folder.standardizedFileURL.path)
        let main = path("c/src/main.c")
        XCTAssertEqual(resolver.resolve("local.h", from: main, imports: imports), path("c/src/local.h"))
        XCTAssertEqual(resolver.resolve("cart.h", from: main, imports: imports), path("c/include/cart.h"))
        XCTAssertEqual(resolver.resolve("net/socket.h", from: main, imports: imports), path("c/include/net/socket.h"))
        XCTAssertEqual(resolver.resolve("top.h", from: main, imports: imports), path("c/top.h"))
        XCTAssertEqual(resolver.resolve("../include/cart.h", from: main, imports: imports), path("c/include/cart.h"))
        XCTAssertNil(resolver.resolve("stdio.h", from: main, imports: imports))
        XCTAssertNil(resolver.resolve("../../go.mod", from: main, imports: imports), "outside the workspace")
    }
}
