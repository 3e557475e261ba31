import CodePalSyntax
import TestSupport
import XCTest

final class GrammarLoadingTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-grammar-\(UUID().uuidString)")
        let folder = temp.appendingPathComponent("python")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/language.json"),
                                         to: folder.appendingPathComponent("language.json"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temp)
    }

    func testEveryPinnedLanguageLoadsWithASupportedABI() throws {
        XCTAssertEqual(Set(Repository.registry.manifests.map(\.language)), ["python", "javascript", "typescript", "tsx", "go", "java", "c", "cpp", "ruby", "php", "rust", "csharp"])
        for manifest in Repository.registry.manifests {
            let language = try Repository.registry.language(named: manifest.language)
            XCTAssertTrue((13...14).contains(language.abiVersion), manifest.language)
        }
    }

    func testLanguageLookupByExtensionAndLanguageId() {
        let registry = Repository.registry
        XCTAssertEqual(registry.languageName(forPath: "/a/b.PY"), "python")
        XCTAssertEqual(registry.languageName(forPath: "x.jsx"), "javascript")
        XCTAssertEqual(registry.languageName(forPath: "x.tsx"), "tsx")
        XCTAssertEqual(registry.languageName(forLanguageId: "typescriptreact"), "tsx")
        XCTAssertNil(registry.languageName(forPath: "README"))
        XCTAssertEqual(registry.languageName(forPath: "src/cart.c"), "c")
        XCTAssertEqual(registry.languageName(forPath: "src/cart.cc"), "cpp")
        XCTAssertEqual(registry.languageName(forPath: "src/cart.hpp"), "cpp")
        XCTAssertEqual(registry.languageName(forLanguageId: "cpp"), "cpp")
        // Ruby's build files are claimed by name (`fileNames`), whatever their folder.
        XCTAssertEqual(registry.languageName(forPath: "app/models/cart.rb"), "ruby")
        XCTAssertEqual(registry.languageName(forPath: "/work/shop/Gemfile"), "ruby")
        XCTAssertEqual(registry.languageName(forPath: "Rakefile"), "ruby")
        XCTAssertEqual(registry.languageName(forPath: "lib/tasks/db.rake"), "ruby")
        XCTAssertEqual(registry.languageName(forPath: "shop.gemspec"), "ruby")
        XCTAssertNil(registry.languageName(forPath: "docs/Gemfile.lock"))
        XCTAssertEqual(registry.languageName(forPath: "public/index.php"), "php")
        XCTAssertEqual(registry.languageName(forPath: "views/cart.phtml"), "php")
        XCTAssertEqual(registry.languageName(forLanguageId: "php"), "php")
        XCTAssertEqual(registry.languageName(forPath: "src/lib.rs"), "rust")
        XCTAssertEqual(registry.languageName(forLanguageId: "rust"), "rust")
        XCTAssertEqual(registry.languageName(forPath: "src/Cart.cs"), "csharp")
        XCTAssertEqual(registry.languageName(forLanguageId: "csharp"), "csharp")
    }

    /// `.h` is C unless its text is C++ (`contentClaims` of the C++ manifest).
    func testHeadersAreClaimedByContent() {
        let registry = Repository.registry
        func language(_ text: String) -> String? { registry.languageName(forPath: "include/x.h", content: Array(text.utf8)) }
        XCTAssertEqual(language("int add(int a, int b);\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n"), "c")
        XCTAssertEqual(language("#pragma once\nclass Cart {\npublic:\n    int total() const;\n};\n"), "cpp")
        XCTAssertEqual(language("namespace shop {\nint total();\n}\n"), "cpp")
        XCTAssertEqual(language("template <typename T>\nT largest(T a, T b);\n"), "cpp")
        XCTAssertEqual(language("std::string name();\n"), "cpp")
        XCTAssertEqual(language(""), "c")
    }

    func testMissingGrammarNamesLanguageAndFix() throws {
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertThrowsError(try registry.language(named: "python")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("Python") && text.contains("make grammars"), text)
        }
    }

    func testCorruptGrammarIsAnErrorNotACrash() throws {
        try Data("not an ELF file".utf8).write(to: temp.appendingPathComponent("python/grammar.so"))
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertThrowsError(try registry.language(named: "python")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("cannot be loaded") && text.contains("Python"), text)
        }
    }

    func testWrongEntryPointIsReported() throws {
        // The JavaScript library does not export tree_sitter_python.
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("javascript/grammar.so"),
                                         to: temp.appendingPathComponent("python/grammar.so"))
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertThrowsError(try registry.language(named: "python")) { error in
            XCTAssertTrue("\(error)".contains("does not export tree_sitter_python"), "\(error)")
        }
    }

    /// A library whose language reports ABI 15, which tree-sitter 0.20.7 cannot load. The first
    /// field of `TSLanguage` is its ABI version, so a static array stands in for a real grammar.
    func testIncompatibleABIIsRefusedWithTheFix() throws {
        let source = temp.appendingPathComponent("fake.c")
        try "static const unsigned int fake[64] = {15};\nconst void *tree_sitter_python(void) { return fake; }\n"
            .write(to: source, atomically: true, encoding: .utf8)
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        cc.arguments = ["cc", "-shared", "-fPIC", "-o", temp.appendingPathComponent("python/grammar.so").path, source.path]
        try cc.run()
        cc.waitUntilExit()
        XCTAssertEqual(cc.terminationStatus, 0, "cc is part of the build toolchain")
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertThrowsError(try registry.language(named: "python")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("ABI version 15") && text.contains("Python") && text.contains("make grammars"), text)
        }
    }

    /// One broken pack (a manifest from a newer CodePal, a bad edit) leaves its language out and
    /// names the file; the other languages keep working.
    func testBadManifestIsLeftOutAndNamed() throws {
        let go = temp.appendingPathComponent("go")
        try FileManager.default.createDirectory(at: go, withIntermediateDirectories: true)
        try Data("{\"language\": 3}".utf8).write(to: go.appendingPathComponent("language.json"))
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertEqual(registry.manifests.map(\.language), ["python"])
        XCTAssertEqual(registry.manifestErrors.count, 1)
        XCTAssertTrue(registry.manifestErrors.map { "\($0)" }.joined().contains("go/language.json"), "\(registry.manifestErrors)")
        XCTAssertEqual(registry.languageName(forPath: "/w/app.py"), "python")
        XCTAssertNil(registry.languageName(forPath: "/w/main.go"))
    }

    // MARK: Language packs

    func testEveryShippedPackHoldsExactlyWhatItLists() throws {
        for manifest in Repository.registry.manifests {
            XCTAssertNoThrow(try Repository.registry.checkPack(manifest.language), manifest.language)
            XCTAssertFalse(manifest.files.isEmpty, manifest.language)
        }
    }

    func testAListedFileThatIsMissingIsNamedWhenTheLanguageLoads() throws {
        let folder = temp.appendingPathComponent("python")
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/grammar.so"), to: folder.appendingPathComponent("grammar.so"))
        let registry = try LanguageRegistry(directory: temp)
        XCTAssertThrowsError(try registry.checkPack("python")) { error in
            XCTAssertTrue("\(error)".contains("python/completion.json") && "\(error)".contains("missing"), "\(error)")
        }
        XCTAssertThrowsError(try registry.language(named: "python")) { error in
            XCTAssertTrue("\(error)".contains("a listed file is missing"), "\(error)")
        }
    }

    func testUnlistedAndEscapingFilesAreRefused() throws {
        let folder = temp.appendingPathComponent("python")
        for file in Repository.registry.manifest(named: "python")!.files {
            let target = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/\(file)"), to: target)
        }
        XCTAssertNoThrow(try LanguageRegistry(directory: temp).checkPack("python"))
        try Data("rules: []\n".utf8).write(to: folder.appendingPathComponent("rules/new.yml"))
        XCTAssertThrowsError(try LanguageRegistry(directory: temp).checkPack("python")) { error in
            XCTAssertTrue("\(error)".contains("rules/new.yml") && "\(error)".contains("not listed"), "\(error)")
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("rules/new.yml"))
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("language.json"))) as! [String: Any]
        manifest["files"] = (manifest["files"] as! [String]) + ["../javascript/language.json"]
        try JSONSerialization.data(withJSONObject: manifest).write(to: folder.appendingPathComponent("language.json"))
        XCTAssertThrowsError(try LanguageRegistry(directory: temp).checkPack("python")) { error in
            XCTAssertTrue("\(error)".contains("leaves the language folder"), "\(error)")
        }
    }
}
