import Foundation
import TestSupport
import XCTest

/// Completion over LSP on the fixture workspaces: names in scope first, members after `.`,
/// nothing inside strings and comments, workspace symbols with the import to add.
final class CompletionTests: EndToEndTestCase {
    var root: URL!
    var client: LSPClient!
    var version = 0

    func start(_ workspace: String) throws {
        root = try copyFixtureWorkspace(workspace)
        let (started, result) = try startIndexedServer(root, textDocument: ["completion": ["completionItem": ["snippetSupport": true]]])
        client = started
        XCTAssertEqual(result["capabilities"]["completionProvider"]["triggerCharacters"].array?.first?.string, ".")
    }

    /// The text of a snippet without its `$0` cursor (Fixtures/README.md), and the cursor's LSP position.
    func cursor(_ source: String) throws -> (text: String, line: Int, character: Int) {
        let (text, offset, _) = FixtureMarkers.snippet(source)
        let cursor = try XCTUnwrap(offset, "no $0 in the snippet")
        let before = String(decoding: Array(text.utf8)[..<cursor], as: UTF8.self)
        let line = before.filter { $0 == "\n" }.count
        return (text, line, before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.utf16.count } ?? 0)
    }

    /// Opens `file` with `source` and completes at its `$0`.
    func complete(_ file: String, _ languageId: String, _ source: String) throws -> JSONValue {
        let (text, line, character) = try cursor(source)
        let uri = root.appendingPathComponent(file).absoluteString
        version += 1
        if version == 1 {
            try open(client, uri, languageId, text)
        } else {
            try change(client, uri, version: version, nil, text)
        }
        return try client.result("textDocument/completion", ["textDocument": ["uri": uri], "position": ["line": line, "character": character]])
    }

    func labels(_ result: JSONValue) -> [String] { result["items"].array?.compactMap { $0["label"].string } ?? [] }

    static let orders = """
        from .models import Cart, total
        from . import models


        class Order:
            \"\"\"An order of a cart.\"\"\"

            def __init__(self, cart):
                self.cart = cart
                self.paid = False

            def pay(self):
                self.receipt = "paid"
                return 1


        def make(cart):
            order = Order(cart)
            BODY
        """

    func testPython() throws {
        try start("python-shop")
        func body(_ line: String) -> String { Self.orders.replacingOccurrences(of: "BODY", with: line) }

        // Members of the current instance, in a method.
        let inMethod = Self.orders.replacingOccurrences(of: "        return 1", with: "        self.$0").replacingOccurrences(of: "BODY", with: "pass")
        let members = labels(try complete("shop/orders.py", "python", inMethod))
        XCTAssertEqual(Set(members.prefix(5)), ["cart", "paid", "pay", "__init__", "receipt"], "fields assigned anywhere in the class: \(members)")
        XCTAssertFalse(members.contains("while"), "no keywords after a dot")

        // A local whose class is evident from its assignment.
        XCTAssertTrue(Set(labels(try complete("shop/orders.py", "python", body("order.p$0")))).isSuperset(of: ["pay", "paid"]))
        // A local from a function annotated to return a workspace class.
        let returned = Self.orders.replacingOccurrences(of: "BODY", with: "other = fresh()\n    other.$0")
            + "\n\ndef fresh() -> Order:\n    return Order(None)\n"
        XCTAssertTrue(Set(labels(try complete("shop/orders.py", "python", returned))).isSuperset(of: ["pay", "cart"]))
        // Members of an imported workspace module.
        let module = labels(try complete("shop/orders.py", "python", body("models.$0")))
        XCTAssertTrue(Set(module).isSuperset(of: ["Cart", "total"]), "\(module)")

        // Names in scope: the parameter before the imported class, both before weaker matches.
        let scope = labels(try complete("shop/orders.py", "python", body("ca$0")))
        XCTAssertEqual(scope.first, "cart", "\(scope)")
        XCTAssertLessThan(try XCTUnwrap(scope.firstIndex(of: "cart")), try XCTUnwrap(scope.firstIndex(of: "Cart")))
        XCTAssertTrue(labels(try complete("shop/orders.py", "python", body("pri$0"))).contains("print"), "builtins")
        let snippet = try complete("shop/orders.py", "python", body("whi$0"))["items"].array?.first { $0["label"].string == "while" && $0["kind"].int == 15 }
        XCTAssertEqual(snippet?["insertTextFormat"].int, 2)

        // Nothing inside strings and comments.
        XCTAssertEqual(labels(try complete("shop/orders.py", "python", body("text = \"ca$0\""))), [])
        XCTAssertEqual(labels(try complete("shop/orders.py", "python", body("# ca$0"))), [])

        // A workspace function not imported yet, with the import to add after the imports.
        let workspace = try complete("shop/orders.py", "python", body("mon$0"))
        let money = try XCTUnwrap(workspace["items"].array?.first { $0["label"].string == "money" }, "\(labels(workspace))")
        let edit = money["additionalTextEdits"][0]
        XCTAssertEqual(edit["newText"].string, "from shop.util.format import money\n")
        XCTAssertEqual(edit["range"]["start"]["line"].int, 2)
        XCTAssertEqual(money["textEdit"]["range"]["start"]["character"].int, 4, "the typed prefix is replaced")

        // Documentation on resolve.
        let totalItem = try XCTUnwrap(try complete("shop/orders.py", "python", body("tot$0"))["items"].array?.first { $0["label"].string == "total" })
        let resolved = try client.result("completionItem/resolve", totalItem.raw!)
        XCTAssertEqual(resolved["documentation"]["value"].string, "The sum of the prices in the cart.")

        // An empty prefix lists more than fits: the client must ask again as typing goes on.
        XCTAssertEqual(try complete("shop/orders.py", "python", body("$0"))["isIncomplete"].raw as? Bool, true)
        assertAlive(client)
    }

    func testModulePathsInImports() throws {
        try start("python-shop")
        func labels(_ source: String) throws -> [String] { self.labels(try complete("shop/orders.py", "python", source)) }
        XCTAssertEqual(try labels("from .util.fo$0 import money\n"), ["format"], "modules of the package the dots name")
        XCTAssertEqual(Set(try labels("from .$0 import x\n")), ["checkout", "models", "util"], "packages and modules, not __init__")
        XCTAssertEqual(try labels("import shop.ut$0\n").first, "util", "best match first (weaker ones such as `checkout` follow)")
        XCTAssertTrue(try labels("from .models import Ca$0\n").contains("Cart"), "the imported names are names, not module paths")
    }

    func testJavaScript() throws {
        try start("ts-app")
        let source = "import { Cart } from \"./models/cart\";\n\nclass Shelf {\n  constructor() { this.slots = []; }\n  fill() {\n    BODY\n  }\n}\n"
        let this = labels(try complete("src/shelf.js", "javascript", source.replacingOccurrences(of: "BODY", with: "this.$0")))
        XCTAssertTrue(Set(this).isSuperset(of: ["slots", "fill"]), "\(this)")
        let evident = labels(try complete("src/shelf.js", "javascript", source.replacingOccurrences(of: "BODY", with: "const c = new Cart();\n    c.$0")))
        XCTAssertTrue(evident.contains("add"), "a TypeScript class seen from JavaScript: \(evident)")
        let keyword = labels(try complete("src/shelf.js", "javascript", source.replacingOccurrences(of: "BODY", with: "ret$0")))
        XCTAssertEqual(keyword.first, "return")
        XCTAssertEqual(labels(try complete("src/shelf.js", "javascript", source.replacingOccurrences(of: "BODY", with: "\"ca$0\""))), [])
    }

    func testModulePathsInJavaScriptStrings() throws {
        try start("ts-app")
        let found = labels(try complete("src/checkout.ts", "typescript", "import { Cart } from \"./models/ca$0\";\n"))
        XCTAssertEqual(found, ["cart"])
        XCTAssertEqual(Set(labels(try complete("src/checkout.ts", "typescript", "import Log from \"./$0\";\n"))), ["app", "logger", "models"])
        XCTAssertEqual(labels(try complete("src/checkout.ts", "typescript", "const x = \"./mo$0\";\n")), [], "an ordinary string completes nothing")
    }

    func testSignatureHelp() throws {
        try start("python-shop")
        func help(_ line: String) throws -> JSONValue {
            let (text, line, character) = try cursor(Self.orders.replacingOccurrences(of: "BODY", with: line))
            let uri = root.appendingPathComponent("shop/orders.py").absoluteString
            version += 1
            if version == 1 { try open(client, uri, "python", text) } else { try change(client, uri, version: version, nil, text) }
            return try client.result("textDocument/signatureHelp", ["textDocument": ["uri": uri], "position": ["line": line, "character": character]])
        }
        let total = try help("total($0")
        XCTAssertEqual(total["signatures"][0]["label"].string, "def total(cart)")
        XCTAssertEqual(total["signatures"][0]["documentation"]["value"].string, "The sum of the prices in the cart.")
        XCTAssertEqual(total["activeParameter"].int, 0)
        // A class call describes its constructor, without `self`; the second argument is active.
        let order = try help("Order(cart, $0")
        XCTAssertEqual(order["signatures"][0]["label"].string, "def __init__(self, cart)")
        XCTAssertEqual(order["signatures"][0]["parameters"].array?.count, 1)
        XCTAssertEqual(order["signatures"][0]["parameters"][0]["label"].array?.compactMap(\.int), [19, 23], "`cart` in the label")
        // A complete call (parsed), the cursor on its second argument.
        let parsed = try help("Order(cart, Fal$0se)")
        XCTAssertEqual(parsed["activeParameter"].int, 0, "one parameter after self: the index is clamped to it")
        XCTAssertEqual(try help("models.total(cart$0)")["signatures"][0]["label"].string, "def total(cart)", "through a module attribute")
        XCTAssertTrue(try help("len($0").isNull, "builtins are not in the workspace")
        XCTAssertTrue(try help("x = 1$0").isNull, "not in a call")
    }

    func testTypeScript() throws {
        try start("ts-app")
        let source = """
            import { Cart } from "./models/cart";

            class Checkout {
              private cart = new Cart();
              total = 0;

              run(): void {
                BODY
              }
            }
            """
        let this = labels(try complete("src/checkout.ts", "typescript", source.replacingOccurrences(of: "BODY", with: "this.$0")))
        XCTAssertTrue(Set(this).isSuperset(of: ["cart", "total", "run"]), "\(this)")
        let evident = labels(try complete("src/checkout.ts", "typescript",
                                          source.replacingOccurrences(of: "BODY", with: "const c = new Cart();\n    c.$0")))
        XCTAssertTrue(Set(evident).isSuperset(of: ["add", "items"]), "\(evident)")
        let imported = try complete("src/checkout.ts", "typescript", source.replacingOccurrences(of: "BODY", with: "TAX$0"))
        let tax = try XCTUnwrap(imported["items"].array?.first { $0["label"].string == "TAX_RATE" }, "\(labels(imported))")
        XCTAssertEqual(tax["additionalTextEdits"][0]["newText"].string, "import { TAX_RATE } from \"./models/pricing\";\n")
        XCTAssertEqual(labels(try complete("src/checkout.ts", "typescript", source.replacingOccurrences(of: "BODY", with: "// ca$0"))), [])
    }
}
