import Foundation
import TestSupport
import XCTest

/// Go to definition, declaration, references and document highlights across the files of the
/// fixture workspaces in `Fixtures/workspaces/` (markers: see its README), through the server.
final class NavigationTests: EndToEndTestCase {
    struct Marker {
        let file: String      // relative to the workspace
        let line: Int         // 0-based
        let column: Int       // 0-based, in characters (the fixtures are ASCII)
        let isDefinition: Bool
        let label: String
    }

    struct Place: Hashable, CustomStringConvertible {
        let file: String
        let line: Int
        let column: Int
        var description: String { "\(file):\(line + 1):\(column + 1)" }
    }

    func testPythonPackageWithRelativeImports() throws {
        try checkWorkspace("python-shop", languageId: "python")
    }

    func testTypeScriptProjectWithReExportsAndDefaultExports() throws {
        try checkWorkspace("ts-app", languageId: "typescript")
    }

    /// Go: `go.mod` maps import paths to folders, a package is every file of its folder (names
    /// used unqualified across its files), and importers use `pkg.Name`.
    func testGoModulePackagesAcrossFolders() throws {
        try checkWorkspace("go-mod", languageId: "go")
    }

    /// Java: a package is a folder under a source root (`src/main/java`); its classes are used
    /// unqualified across its files, and `import com.example.shop.Cart` binds `Cart` from
    /// another package.
    func testJavaPackagesAndImports() throws {
        try checkWorkspace("java-maven", languageId: "java")
    }

    /// C#: `using Shop.Models;` reaches every file declaring the namespace, wherever it lies;
    /// a class of the same name in a namespace the file does not import is left alone.
    func testCSharpNamespacesAndUsings() throws {
        try checkWorkspace("csharp-shop", languageId: "csharp")
    }

    /// PHP: `composer.json` maps the namespace `Shop\\` to `src/` (PSR-4), a namespace's classes
    /// are used unqualified in its folder, `use ... as` renames, and a function of a `require`d
    /// file is a global found by name.
    func testPhpNamespacesThroughComposerAutoload() throws {
        try checkWorkspace("php-composer", languageId: "php")
    }

    /// Rust: a cargo workspace of two crates (`members` in the root `Cargo.toml`); `mod x;` finds
    /// `x.rs` or `x/mod.rs`, `use crate::`/`self::` paths follow the module tree, `pub use`
    /// re-exports, and the binary crate uses the library by its package name.
    func testRustCratesModulesAndUse() throws {
        try checkWorkspace("rust-cargo", languageId: "rust")
    }

    /// Hover on `pkg.Name` and on a name of another file of the package, and completion after
    /// `pkg.`: the package's exported names from all of its files.
    func testGoHoverAndPackageMembers() throws {
        let root = try copyWorkspace("go-mod")
        let client = try indexedServer(root)
        let main = root.appendingPathComponent("main.go")
        let source = try String(contentsOf: main, encoding: .utf8) + "\nfunc extra() {\n    _ = cart.\n}\n"
        try open(client, main.absoluteString, "go", source)
        let lines = source.components(separatedBy: "\n")
        func hover(_ needle: String) throws -> String {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) && !$0.hasPrefix("//") })
            let character = lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + 1
            return try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString],
                                                            "position": ["line": line, "character": character]])["contents"]["value"].string ?? ""
        }
        let new = try hover("New(")
        XCTAssertTrue(new.contains("func New(owner string) *Cart") && new.contains("New makes an empty cart.") && new.contains("cart/cart.go"), new)
        let report = try hover("report(c)")
        XCTAssertTrue(report.contains("func report(c *cart.Cart) string") && report.contains("report.go"), report)
        let line = lines.count - 3
        let items = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": ["line": line, "character": lines[line].count]])
        let labels = Set((items["items"].array ?? items.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(labels.isSuperset(of: ["New", "Total", "Cart", "Item"]), "\(labels)")
        assertAlive(client)
    }

    func testUnboundNamesFallBackToTheIndexAndBadPositionsAreHarmless() throws {
        let root = try copyWorkspace("python-shop")
        let client = try indexedServer(root)
        let uri = root.appendingPathComponent("shop/models.py").absoluteString
        try open(client, uri, "python", try String(contentsOf: root.appendingPathComponent("shop/models.py"), encoding: .utf8))
        // `self.items.append`: `append` is an attribute no scope binds and no workspace file defines.
        XCTAssertEqual(try client.result("textDocument/definition", ["textDocument": ["uri": uri], "position": ["line": 6, "character": 20]]).array?.count, 0)
        // A method name used as an attribute resolves through the index by name.
        let extra = "cart = Cart()\ncart.add(1)\n"
        try change(client, uri, version: 2, nil, try String(contentsOf: root.appendingPathComponent("shop/models.py"), encoding: .utf8) + extra)
        let lines = try String(contentsOf: root.appendingPathComponent("shop/models.py"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        let viaIndex = try XCTUnwrap(client.result("textDocument/definition", ["textDocument": ["uri": uri], "position": ["line": lines, "character": 6]]).array)
        XCTAssertEqual(viaIndex.count, 1)
        XCTAssertEqual(viaIndex.first?["range"]["start"]["line"].int, 5, "def add")
        // An imported workspace module: definition goes to the package, references are the
        // local binding's (a module is no definition to search the workspace for).
        let appURL = root.appendingPathComponent("app.py")
        let app = "import shop.models\nimport shop.util.format as formatting\nprint(shop, formatting.money(1))\n"
        try open(client, appURL.absoluteString, "python", app)
        let package = try XCTUnwrap(client.result("textDocument/definition", ["textDocument": ["uri": appURL.absoluteString],
                                                                               "position": ["line": 2, "character": 7]]).array)
        XCTAssertEqual(package.first?["uri"].string, root.appendingPathComponent("shop/__init__.py").absoluteString)
        let moduleRefs = try XCTUnwrap(client.result("textDocument/references", ["textDocument": ["uri": appURL.absoluteString],
            "position": ["line": 1, "character": 28], "context": ["includeDeclaration": true]]).array)
        XCTAssertEqual(moduleRefs.compactMap { $0["range"]["start"]["line"].int }, [1, 2])
        // Out of range positions and unopened documents get an empty answer or a clear error.
        XCTAssertEqual(try client.result("textDocument/definition", ["textDocument": ["uri": uri], "position": ["line": 9999, "character": 9999]]).array?.count, 0)
        let unopened = try client.request("textDocument/references", ["textDocument": ["uri": root.appendingPathComponent("shop/checkout.py").absoluteString],
                                                                       "position": ["line": 0, "character": 0], "context": ["includeDeclaration": true]])
        XCTAssertEqual(unopened["error"]["code"].int, -32602)
        assertAlive(client)
    }

    /// The first requests right after didOpen, sent before the server has parsed the file (it
    /// answers a method's locals and `self`'s members from that method's lines, which the index
    /// locates), answer as the same requests do once the file is parsed and its graph made.
    func testFirstAnswersAfterDidOpenAreTheSettledAnswers() throws {
        let root = try copyWorkspace("python-shop")
        // A large module (about 400 KB), so that its parse is still running when the requests come.
        var source = "import os\n\nLIMIT = 3\n\n"
        for i in 0..<1_500 {
            source += "class Cart\(i)(object):\n    def total(self, rate, items):\n        subtotal = self.items_sum(items) * rate\n"
                + "        for item in items:\n            subtotal += item.price + LIMIT\n        return subtotal + len(os.sep)\n\n"
                + "    def items_sum(self, items):\n        return sum(items)\n\n"
        }
        try source.write(to: root.appendingPathComponent("shop/big.py"), atomically: true, encoding: .utf8)
        let client = try indexedServer(root)
        let uri = root.appendingPathComponent("shop/big.py").absoluteString
        let lines = source.components(separatedBy: "\n")
        // Positions in the last class (the parse reaches it last): locals, parameters, `self`'s
        // member, a member of a local, a module-level name, an import, a builtin.
        let last = try XCTUnwrap(lines.lastIndex { $0.hasPrefix("class Cart") })
        let positions: [(line: Int, needle: String)] = [(2, "subtotal"), (2, "rate"), (2, "items_sum"), (2, "self"), (4, "price"), (4, "item."),
                                                        (4, "LIMIT"), (5, "os"), (5, "len"), (5, "subtotal"), (3, "items"), (8, "items")]
        func request(_ method: String, _ index: Int) throws -> Int {
            let (delta, needle) = positions[index]
            let line = lines[last + delta]
            var params: [String: Any] = ["textDocument": ["uri": uri],
                                         "position": ["line": last + delta, "character": line.range(of: needle)!.lowerBound.utf16Offset(in: line) + 1]]
            if method == "textDocument/references" { params["context"] = ["includeDeclaration": true] }
            return try client.sendRequest(method, params)
        }
        try open(client, uri, "python", source)
        var first: [(String, Int, Int)] = []
        for index in positions.indices {
            for method in ["textDocument/definition", "textDocument/references"] { first.append((method, index, try request(method, index))) }
        }
        _ = try client.waitForNotification("textDocument/publishDiagnostics", timeout: 60) { $0["params"]["uri"].string == uri }
        for (method, index, id) in first {
            let early = try client.waitForResponse(id: id, timeout: 60)
            let settled = try client.waitForResponse(id: try request(method, index), timeout: 60)
            XCTAssertNil(early["error"].raw as? [String: Any], "\(early)")
            XCTAssertEqual(canonical(early["result"]), canonical(settled["result"]), "\(method) at \(positions[index]): right after didOpen \(early), settled \(settled)")
        }
        // The answers are the ones wanted: `subtotal` is the method's local.
        let local = try client.result("textDocument/definition", ["textDocument": ["uri": uri], "position": ["line": last + 5, "character": 16]])
        XCTAssertEqual(local.array?.first?["range"]["start"]["line"].int, last + 2, "\(local)")
    }

    func testHoverDescribesWhatANameRefersTo() throws {
        let root = try copyWorkspace("python-shop")
        let client = try indexedServer(root)
        let checkout = root.appendingPathComponent("shop/checkout.py")
        try open(client, checkout.absoluteString, "python", try String(contentsOf: checkout, encoding: .utf8))
        func hover(_ line: Int, _ character: Int) throws -> String {
            try client.result("textDocument/hover", ["textDocument": ["uri": checkout.absoluteString],
                                                     "position": ["line": line, "character": character]])["contents"]["value"].string ?? ""
        }
        // `fmt(amount)`: an alias of money in another file.
        let money = try hover(14, 12)
        XCTAssertTrue(money.contains("```python\ndef money(amount)\n```"), "[\(money)]")
        XCTAssertTrue(money.contains("function, exported — shop/util/format.py:5"), money)
        // `total(cart)`: signature and docstring.
        let total = try hover(10, 14)
        XCTAssertTrue(total.contains("def total(cart)") && total.contains("The sum of the prices in the cart."), total)
        // `cart` parameter: a local.
        let parameter = try hover(10, 20)
        XCTAssertTrue(parameter.contains("(parameter) cart") && parameter.contains("shop/checkout.py:8"), parameter)
        // The outline carries signatures as `detail`.
        let symbols = try documentSymbols(client, checkout.absoluteString)
        XCTAssertEqual(symbols.array?.first { $0["name"].string == "checkout" }?["detail"].string, "def checkout(cart)")
    }

    // MARK: -

    func checkWorkspace(_ name: String, languageId: String) throws {
        let root = try copyWorkspace(name)
        let markers = try readMarkers(root)
        let definitions = Dictionary(grouping: markers.filter(\.isDefinition), by: \.label)
        for (label, defs) in definitions where defs.count > 1 { XCTFail("label \(label) is defined \(defs.count) times") }
        XCTAssertGreaterThan(markers.filter { !$0.isDefinition }.count, 10, "the fixture should exercise many uses")
        let client = try indexedServer(root)
        var opened: Set<String> = []
        func uri(_ file: String) throws -> String {
            let url = root.appendingPathComponent(file)
            if opened.insert(file).inserted { try open(client, url.absoluteString, languageId, try String(contentsOf: url, encoding: .utf8)) }
            return url.absoluteString
        }
        func place(_ location: JSONValue) -> Place? {
            guard let target = location["uri"].string.flatMap(URL.init(string:)),
                  let line = location["range"]["start"]["line"].int, let column = location["range"]["start"]["character"].int else { return nil }
            let path = target.standardizedFileURL.path
            let base = root.standardizedFileURL.path + "/"
            return Place(file: path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path, line: line, column: column)
        }
        func at(_ marker: Marker) -> Place { Place(file: marker.file, line: marker.line, column: marker.column) }

        for marker in markers {
            guard let target = definitions[marker.label]?.first else {
                XCTFail("\(at(marker)): no ^def \(marker.label) in the workspace")
                continue
            }
            let params: [String: Any] = ["textDocument": ["uri": try uri(marker.file)], "position": ["line": marker.line, "character": marker.column]]
            let found = try XCTUnwrap(client.result("textDocument/definition", params).array).compactMap(place)
            XCTAssertEqual(found, [at(target)], "definition from \(at(marker)) (\(marker.label))")
        }
        for (label, defs) in definitions {
            let def = defs[0]
            let expected = Set(markers.filter { $0.label == label }.map(at))
            let params: [String: Any] = ["textDocument": ["uri": try uri(def.file)], "position": ["line": def.line, "character": def.column],
                                         "context": ["includeDeclaration": true]]
            let found = try XCTUnwrap(client.result("textDocument/references", params).array).compactMap(place)
            XCTAssertEqual(Set(found), expected, "references of \(label): missing \(expected.subtracting(found).sorted { $0.description < $1.description }), "
                           + "unexpected \(Set(found).subtracting(expected).sorted { $0.description < $1.description })")
            XCTAssertEqual(found.count, Set(found).count, "references of \(label) are listed once each")

            var withoutDeclaration = params
            withoutDeclaration["context"] = ["includeDeclaration": false]
            let uses = try XCTUnwrap(client.result("textDocument/references", withoutDeclaration).array).compactMap(place)
            XCTAssertEqual(Set(uses), expected.subtracting([at(def)]), "references of \(label) without the declaration")

            let highlights = try XCTUnwrap(client.result("textDocument/documentHighlight", params).array)
            let sameFile = Set(expected.filter { $0.file == def.file })
            XCTAssertEqual(Set(highlights.compactMap { h -> Place? in
                guard let line = h["range"]["start"]["line"].int, let column = h["range"]["start"]["character"].int else { return nil }
                return Place(file: def.file, line: line, column: column)
            }), sameFile, "highlights of \(label)")
            XCTAssertEqual(highlights.first { $0["range"]["start"]["line"].int == def.line && $0["range"]["start"]["character"].int == def.column }?["kind"].int, 3,
                           "the definition of \(label) is highlighted as a write")
        }
        assertAlive(client)

        // The same references from the index alone: a fresh session with only the defining file
        // open reads the importers' occurrences from the stored bindings.
        let fresh = try indexedServer(root)
        for (label, defs) in definitions {
            let def = defs[0]
            let url = root.appendingPathComponent(def.file)
            try open(fresh, url.absoluteString, languageId, try String(contentsOf: url, encoding: .utf8))
            let params: [String: Any] = ["textDocument": ["uri": url.absoluteString], "position": ["line": def.line, "character": def.column],
                                         "context": ["includeDeclaration": true]]
            let found = try XCTUnwrap(fresh.result("textDocument/references", params).array).compactMap(place)
            XCTAssertEqual(Set(found), Set(markers.filter { $0.label == label }.map(at)), "references of \(label) from the index")
            try close(fresh, url.absoluteString)
        }
    }

    func copyWorkspace(_ name: String) throws -> URL { try copyFixtureWorkspace(name) }

    /// A JSON value as text with sorted keys, to compare answers.
    func canonical(_ value: JSONValue) -> String {
        guard let raw = value.raw, let data = try? JSONSerialization.data(withJSONObject: raw, options: [.sortedKeys, .fragmentsAllowed]) else { return "absent" }
        return String(decoding: data, as: UTF8.self)
    }

    func indexedServer(_ root: URL) throws -> LSPClient {
        let (client, result) = try startIndexedServer(root)
        for provider in ["definitionProvider", "declarationProvider", "referencesProvider", "documentHighlightProvider"] {
            XCTAssertEqual(result["capabilities"][provider].raw as? Bool, true, provider)
        }
        return client
    }

    func readMarkers(_ root: URL) throws -> [Marker] {
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".py") || $0.hasSuffix(".ts") || $0.hasSuffix(".tsx") || $0.hasSuffix(".js") || $0.hasSuffix(".go") || $0.hasSuffix(".java") || $0.hasSuffix(".php") || $0.hasSuffix(".rs")  || $0.hasSuffix(".cs") }.sorted()
        var markers: [Marker] = []
        for file in files {
            let source = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let lines = source.components(separatedBy: "\n")
            for annotation in FixtureMarkers.annotations(in: source) {
                guard ["def", "ref"].contains(annotation.verb), annotation.words.count == 2 else {
                    XCTFail("\(file):\(annotation.line + 1): expected `^def LABEL` or `^ref LABEL`, got `^\(annotation.words.joined(separator: " "))`")
                    continue
                }
                let label = annotation.words[1], isDefinition = annotation.verb == "def"
                let code = Array(lines[annotation.codeLine])
                let name = label.split(separator: "@").first.map(String.init) ?? label
                if isDefinition, !(annotation.column + name.count <= code.count && String(code[annotation.column..<annotation.column + name.count]) == name) {
                    XCTFail("\(file):\(annotation.line + 1): ^def \(label) does not point at `\(name)` on line \(annotation.codeLine + 1)")
                }
                markers.append(Marker(file: file, line: annotation.codeLine, column: annotation.column, isDefinition: isDefinition, label: label))
            }
        }
        return markers
    }
}
