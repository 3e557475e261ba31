import Foundation
import TestSupport
import XCTest

/// Rename over LSP on copies of the fixture workspaces: edits in every file that binds the
/// name, nothing else touched, and clear refusals.
final class RenameTests: EndToEndTestCase {
    var root: URL!
    var client: LSPClient!

    func start(_ workspace: String) throws {
        root = try copyFixtureWorkspace(workspace)
        let (started, result) = try startIndexedServer(root, textDocument: ["rename": ["prepareSupport": true]])
        client = started
        XCTAssertEqual(result["capabilities"]["renameProvider"]["prepareProvider"].raw as? Bool, true)
    }

    func open(_ file: String, _ languageId: String) throws -> String {
        let url = root.appendingPathComponent(file)
        try open(client, url.absoluteString, languageId, try String(contentsOf: url, encoding: .utf8))
        return url.absoluteString
    }

    /// The workspace after applying the rename at (line, character) of `file`, as file → text;
    /// only the files the edit touches.
    func rename(_ file: String, _ languageId: String, _ line: Int, _ character: Int, to newName: String) throws -> [String: String] {
        let uri = try open(file, languageId)
        let result = try client.result("textDocument/rename", ["textDocument": ["uri": uri], "position": ["line": line, "character": character], "newName": newName])
        var texts: [String: String] = [:]
        for (target, edits) in try XCTUnwrap(result["changes"].object) {
            let url = try XCTUnwrap(URL(string: target))
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            // Apply from the end so earlier positions stay valid (edits are single-line here).
            let sorted = try XCTUnwrap(edits.array).sorted {
                ($0["range"]["start"]["line"].int!, $0["range"]["start"]["character"].int!) > ($1["range"]["start"]["line"].int!, $1["range"]["start"]["character"].int!)
            }
            for edit in sorted {
                let l = edit["range"]["start"]["line"].int!, from = edit["range"]["start"]["character"].int!, to = edit["range"]["end"]["character"].int!
                var utf16 = Array(lines[l].utf16)
                utf16.replaceSubrange(from..<to, with: Array(edit["newText"].string!.utf16))
                lines[l] = String(decoding: utf16, as: UTF16.self)
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            texts[relative] = lines.joined(separator: "\n")
        }
        return texts
    }

    func refusal(_ method: String, _ file: String, _ line: Int, _ character: Int, newName: String? = nil) throws -> String {
        let uri = try open(file, file.hasSuffix(".py") ? "python" : "typescript")
        var params: [String: Any] = ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
        if let newName { params["newName"] = newName }
        let response = try client.request(method, params)
        XCTAssertEqual(response["error"]["code"].int, -32803, "\(response)")
        return response["error"]["message"].string ?? ""
    }

    func testPythonModuleLevelNameAcrossFilesAndAliases() throws {
        try start("python-shop")
        // `total` (shop/models.py) is imported by name in checkout.py.
        let renamed = try rename("shop/models.py", "python", 10, 5, to: "grand_total")
        XCTAssertEqual(Set(renamed.keys), ["shop/models.py", "shop/checkout.py"])
        XCTAssertTrue(renamed["shop/models.py"]!.contains("def grand_total(cart):"))
        XCTAssertTrue(renamed["shop/checkout.py"]!.contains("from .models import Cart, grand_total"))
        XCTAssertTrue(renamed["shop/checkout.py"]!.contains("amount = grand_total(cart)"))
        XCTAssertFalse(renamed["shop/checkout.py"]!.contains(" total("), "no call of the old name is left")

        // `money` is imported as `fmt`: renaming the origin changes the imported name only.
        let origin = try rename("shop/util/format.py", "python", 4, 5, to: "as_money")
        XCTAssertTrue(origin["shop/checkout.py"]!.contains("from .util.format import as_money as fmt"))
        XCTAssertTrue(origin["shop/checkout.py"]!.contains("return fmt(amount)"))
        // Renaming the alias changes the alias and its uses, not the origin.
        let alias = try rename("shop/checkout.py", "python", 14, 12, to: "show")
        XCTAssertEqual(Set(alias.keys), ["shop/checkout.py"])
        XCTAssertTrue(alias["shop/checkout.py"]!.contains("import money as show") && alias["shop/checkout.py"]!.contains("return show(amount)"))

        // A parameter: its function only (another function has its own `cart`).
        let parameter = try rename("shop/checkout.py", "python", 7, 13, to: "basket")
        let checkout = parameter["shop/checkout.py"]!
        XCTAssertTrue(checkout.contains("def checkout(basket):") && checkout.contains("amount = total(basket)"))
        XCTAssertTrue(checkout.contains("cart = Cart()") && checkout.contains("return checkout(cart)"), "the other function's cart is untouched")
    }

    func testRenamingAParameterRenamesKeywordArgumentsAtCalls() throws {
        root = try copyFixtureWorkspace("python-shop")
        _ = try write("from .util.format import money\nfrom .util.format import money as fmt\n\nprint(money(amount=3), fmt(amount=4), money(5))\n",
                      to: root.appendingPathComponent("shop/report.py"))
        let (started, _) = try startIndexedServer(root, textDocument: ["rename": ["prepareSupport": true]])
        client = started
        // `amount` in `def money(amount):` (shop/util/format.py line 5).
        let renamed = try rename("shop/util/format.py", "python", 4, 11, to: "value")
        XCTAssertTrue(renamed["shop/util/format.py"]!.contains("def money(value):") && renamed["shop/util/format.py"]!.contains("{value:.2f}"))
        XCTAssertEqual(renamed["shop/report.py"], "from .util.format import money\nfrom .util.format import money as fmt\n\nprint(money(value=3), fmt(value=4), money(5))\n")
        XCTAssertFalse(renamed.keys.contains("shop/checkout.py"), "positional calls need no change")
    }

    func testMethodsRenameWhereTheReceiverIsEvidentlyTheirClass() throws {
        root = try copyFixtureWorkspace("python-shop")
        _ = try write("from .models import Cart\n\n\ndef fill(cart: Cart):\n    cart.add(1)\n    return cart\n\n\ndef make():\n"
                      + "    basket = Cart()\n    basket.add(2)\n    Cart().add(3)\n    return basket\n", to: root.appendingPathComponent("shop/basket.py"))
        let (started, _) = try startIndexedServer(root, textDocument: ["rename": ["prepareSupport": true]])
        client = started
        // `def add(self, item):` in shop/models.py, line 6.
        let renamed = try rename("shop/models.py", "python", 5, 9, to: "put")
        XCTAssertEqual(Set(renamed.keys), ["shop/models.py", "shop/basket.py"])
        XCTAssertTrue(renamed["shop/models.py"]!.contains("    def put(self, item):"))
        XCTAssertEqual(renamed["shop/basket.py"], "from .models import Cart\n\n\ndef fill(cart: Cart):\n    cart.put(1)\n    return cart\n\n\ndef make():\n"
                       + "    basket = Cart()\n    basket.put(2)\n    Cart().put(3)\n    return basket\n")
        // `items` is also read as `cart.items` in `total(cart)`, whose parameter has no class: refused.
        let refused = try refusal("textDocument/rename", "shop/models.py", 3, 14, newName: "entries")
        XCTAssertTrue(refused.contains("receiver's class is unknown (shop/models.py:15"), refused)
        XCTAssertTrue(try refusal("textDocument/rename", "shop/models.py", 5, 9, newName: "items").contains("already has a member `items`"))
    }

    /// A client that opens files without a workspace folder (an editor on loose files): there is
    /// no index, so what is known is the open documents, and a Ruby method renames in them (its
    /// definition, the bare calls in the reopened class, the call on a receiver of the class),
    /// as rust-analyzer renames within the files it has. The Rakefile, not open, is not touched.
    func testRubyMethodRenameWithoutAWorkspaceFolderCoversTheOpenFiles() throws {
        root = try copyFixtureWorkspace("ruby-gem")
        client = try server()
        var texts: [String: [String]] = [:]
        for file in ["lib/shop/cart.rb", "lib/shop/pricing.rb", "app/main.rb"] {
            let url = root.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try open(client, url.absoluteString, "ruby", text)
            texts[file] = text.components(separatedBy: "\n")
        }
        func position(_ file: String, _ needle: String, _ delta: Int) throws -> [String: Any] {
            let lines = try XCTUnwrap(texts[file])
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) }, needle)
            return ["textDocument": ["uri": root.appendingPathComponent(file).absoluteString],
                    "position": ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]]
        }
        func counts(_ rename: JSONValue) -> [String: Int] {
            (rename["changes"].object ?? [:]).reduce(into: [:]) { $0[URL(string: $1.key)!.lastPathComponent] = $1.value.array?.count ?? 0 }
        }
        let prepared = try client.result("textDocument/prepareRename", try position("lib/shop/cart.rb", "def total", 5))
        XCTAssertEqual(prepared["placeholder"].string, "total", "\(prepared)")
        var params = try position("lib/shop/cart.rb", "def total", 5)
        params["newName"] = "sum"
        let fromDefinition = try client.result("textDocument/rename", params)
        XCTAssertEqual(counts(fromDefinition), ["cart.rb": 1, "pricing.rb": 2, "main.rb": 1], "\(fromDefinition)")
        for edit in fromDefinition["changes"].object?.values.flatMap({ $0.array ?? [] }) ?? [] {
            XCTAssertEqual(edit["newText"].string, "sum")
            XCTAssertEqual((edit["range"]["end"]["character"].int ?? 0) - (edit["range"]["start"]["character"].int ?? 0), 5, "\(edit)")
        }
        // From a call: the same edits.
        params = try position("app/main.rb", "cart.total", 6)
        params["newName"] = "sum"
        XCTAssertEqual(counts(try client.result("textDocument/rename", params)), ["cart.rb": 1, "pricing.rb": 2, "main.rb": 1])
        // Definition and references of the method by name, from the open documents.
        let definition = try client.result("textDocument/definition", try position("app/main.rb", "cart.add(", 6))
        XCTAssertEqual(definition.array?.compactMap { $0["uri"].string.flatMap(URL.init(string:))?.lastPathComponent }, ["cart.rb"], "\(definition)")
        var references = try position("app/main.rb", "cart.add(", 6)
        references["context"] = ["includeDeclaration": true]
        let found = try client.result("textDocument/references", references)
        XCTAssertEqual(Set(found.array?.compactMap { $0["uri"].string.flatMap(URL.init(string:))?.lastPathComponent } ?? []), ["cart.rb", "main.rb"], "\(found)")
        assertAlive(client)
    }

    func testRefusals() throws {
        try start("python-shop")
        XCTAssertTrue(try refusal("textDocument/prepareRename", "app.py", 16, 1).contains("keyword"), "`if`")
        XCTAssertTrue(try refusal("textDocument/prepareRename", "shop/util/format.py", 7, 25).contains("literal"), "inside the f-string text")
        XCTAssertTrue(try refusal("textDocument/prepareRename", "shop/models.py", 14, 12).contains("builtin"), "`sum`")
        XCTAssertTrue(try refusal("textDocument/rename", "shop/checkout.py", 10, 4, newName: "class").contains("keyword"))
        XCTAssertTrue(try refusal("textDocument/rename", "shop/checkout.py", 10, 4, newName: "1st").contains("not a valid identifier"))
        let collision = try refusal("textDocument/rename", "shop/checkout.py", 10, 4, newName: "cart")
        XCTAssertTrue(collision.contains("already defined") && collision.contains("shop/checkout.py:8"), collision)
        let prepared = try client.result("textDocument/prepareRename", ["textDocument": ["uri": root.appendingPathComponent("shop/checkout.py").absoluteString],
                                                                         "position": ["line": 10, "character": 6]])
        XCTAssertEqual(prepared["placeholder"].string, "amount")
        assertAlive(client)
    }

    func testTypeScriptClassThroughReExports() throws {
        try start("ts-app")
        let renamed = try rename("src/models/cart.ts", "typescript", 0, 13, to: "Basket")
        XCTAssertEqual(Set(renamed.keys), ["src/models/cart.ts", "src/models/pricing.ts", "src/models/index.ts", "src/app.ts"])
        XCTAssertTrue(renamed["src/models/cart.ts"]!.contains("export class Basket {") && renamed["src/models/cart.ts"]!.contains("): Basket {"))
        XCTAssertTrue(renamed["src/models/index.ts"]!.contains("export { Basket } from \"./cart\";"))
        XCTAssertTrue(renamed["src/models/pricing.ts"]!.contains("import { Basket } from \"./cart\";") && renamed["src/models/pricing.ts"]!.contains("cart: Basket"))
        XCTAssertTrue(renamed["src/app.ts"]!.contains("import { Basket, total as sum }") && renamed["src/app.ts"]!.contains("new Basket()"))
    }
}
