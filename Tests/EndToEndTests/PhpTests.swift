import Foundation
import XCTest

/// PHP over LSP on a Composer workspace (`Fixtures/workspaces/php-composer`, `Shop\` mapped to
/// `src/` by `autoload.psr-4`): hover with the signature and doc comment of a class of another
/// namespace, signature help on a method of a workspace class, completion (locals, keywords,
/// members of a local whose class is evident, a workspace class with its `use`), rename of a class
/// across its namespace and importers, complexity code lenses, folding, and PHP rules as
/// diagnostics, in a plain file and in HTML with `<?php` islands. Definitions and references are
/// checked by NavigationTests.testPhpNamespacesThroughComposerAutoload.
final class PhpTests: EndToEndTestCase {
    /// A namespaced function defined in one file and called in another through `use function`
    /// and by its qualified name: definition from each call, and every call from the definition.
    func testFunctionsAcrossFilesThroughUseFunctionAndQualifiedNames() throws {
        let root = try copyFixtureWorkspace("php-composer")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("src/Util"), withIntermediateDirectories: true)
        let functions = root.appendingPathComponent("src/Util/functions.php")
        try "<?php\n\nnamespace Shop\\Util;\n\nfunction tax(int $cents): int\n{\n    return intdiv($cents, 5);\n}\n"
            .write(to: functions, atomically: true, encoding: .utf8)
        let checkout = root.appendingPathComponent("src/Http/Checkout.php")
        let checkoutText = "<?php\n\nnamespace Shop\\Http;\n\nuse function Shop\\Util\\tax;\n\nclass Checkout\n{\n"
            + "    public function due(int $cents): int\n    {\n        return $cents + tax($cents) + \\Shop\\Util\\tax(1);\n    }\n}\n"
        try checkoutText.write(to: checkout, atomically: true, encoding: .utf8)
        let (client, _) = try startIndexedServer(root)
        try open(client, checkout.absoluteString, "php", checkoutText)
        func found(_ method: String, _ uri: URL, _ line: Int, _ character: Int) throws -> [String] {
            let result = try client.result(method, ["textDocument": ["uri": uri.absoluteString], "position": ["line": line, "character": character],
                                                    "context": ["includeDeclaration": true]])
            return (result.array ?? []).compactMap { location in
                location["uri"].string.flatMap(URL.init(string:)).map { "\($0.lastPathComponent):\(location["range"]["start"]["line"].int ?? -1)" }
            }.sorted()
        }
        XCTAssertEqual(try found("textDocument/definition", checkout, 10, 25), ["functions.php:4"])
        XCTAssertEqual(try found("textDocument/definition", checkout, 10, 50), ["functions.php:4"])
        try open(client, functions.absoluteString, "php", try String(contentsOf: functions, encoding: .utf8))
        XCTAssertEqual(try found("textDocument/references", functions, 4, 10),
                       ["Checkout.php:10", "Checkout.php:10", "Checkout.php:4", "functions.php:4"])
        assertAlive(client)
    }

    func testHoverCompletionSignatureHelpRenameLensesAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("php-composer")
        let (client, _) = try startIndexedServer(root)
        let controller = root.appendingPathComponent("src/Http/CartController.php")
        let text = try String(contentsOf: controller, encoding: .utf8)
        try open(client, controller.absoluteString, "php", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1, in lines: [String]) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) && !$0.hasPrefix("//") }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }

        // Hover on `Cart` (imported from another namespace): its declaration and doc comment.
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": controller.absoluteString],
                                                             "position": try position("new Cart()", 5, in: lines)])["contents"]["value"].string ?? ""
        XCTAssertTrue(hover.contains("class Cart") && hover.contains("A shopping cart."), hover)

        // Go to definition of a function of a `require`d file: a global, found by name.
        let money = try client.result("textDocument/definition", ["textDocument": ["uri": controller.absoluteString],
                                                                  "position": try position("money(", 1, in: lines)])
        XCTAssertEqual(money.array?.first?["uri"].string.flatMap(URL.init(string:))?.lastPathComponent, "helpers.php", "\(money)")
        // Its references, asked from its definition: the call in the controller, another file.
        let helpers = root.appendingPathComponent("src/helpers.php")
        let helperLines = try String(contentsOf: helpers, encoding: .utf8).components(separatedBy: "\n")
        try open(client, helpers.absoluteString, "php", helperLines.joined(separator: "\n"))
        let uses = try client.result("textDocument/references", ["textDocument": ["uri": helpers.absoluteString],
                                                                 "position": try position("function money", 10, in: helperLines),
                                                                 "context": ["includeDeclaration": true]])
        let files = (uses.array ?? []).compactMap { $0["uri"].string.flatMap(URL.init(string:))?.lastPathComponent }.sorted()
        XCTAssertEqual(files, ["CartController.php", "helpers.php"], "\(uses)")

        // Signature help inside `$cart->add(`: the method of the workspace class.
        let signature = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": controller.absoluteString],
                                                                         "position": try position("$cart->add(", 11, in: lines)])
        XCTAssertEqual(signature["signatures"][0]["label"].string, "public function add(Item $item): void", "\(signature)")

        // Completion: the local `$cart` and keywords.
        let anchor = "        return money($cart->total());"
        let edited = text.replacingOccurrences(of: anchor, with: "        $ca\n" + anchor)
        try change(client, controller.absoluteString, version: 2, nil, edited)
        let editedLines = edited.components(separatedBy: "\n")
        let localLine = try XCTUnwrap(editedLines.firstIndex { $0 == "        $ca" })
        let local = try client.result("textDocument/completion", ["textDocument": ["uri": controller.absoluteString],
                                                                 "position": ["line": localLine, "character": editedLines[localLine].count]])
        let localLabels = Set((local["items"].array ?? local.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(localLabels.contains("$cart"), "\(localLabels.sorted().prefix(40))")

        let keyword = text.replacingOccurrences(of: anchor, with: "        fore\n" + anchor)
        try change(client, controller.absoluteString, version: 3, nil, keyword)
        let keywordLines = keyword.components(separatedBy: "\n")
        let keywordLine = try XCTUnwrap(keywordLines.firstIndex { $0 == "        fore" })
        let keywords = try client.result("textDocument/completion", ["textDocument": ["uri": controller.absoluteString],
                                                                    "position": ["line": keywordLine, "character": keywordLines[keywordLine].count]])
        let keywordLabels = Set((keywords["items"].array ?? keywords.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(keywordLabels.contains("foreach"), "\(keywordLabels.sorted().prefix(40))")

        // After `$cart->`: the members of the local's workspace class.
        let dotted = text.replacingOccurrences(of: anchor, with: "        $cart->\n" + anchor)
        try change(client, controller.absoluteString, version: 4, nil, dotted)
        let dottedLines = dotted.components(separatedBy: "\n")
        let dotLine = try XCTUnwrap(dottedLines.firstIndex { $0 == "        $cart->" })
        let members = try client.result("textDocument/completion", ["textDocument": ["uri": controller.absoluteString],
                                                                   "position": ["line": dotLine, "character": dottedLines[dotLine].count]])
        let memberLabels = Set((members["items"].array ?? members.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(memberLabels.isSuperset(of: ["add", "total"]), "\(memberLabels.sorted().prefix(40))")

        // A class of another namespace, offered with the `use` it needs.
        let report = root.appendingPathComponent("src/Http/Report.php").absoluteString
        let reportText = "<?php\n\nnamespace Shop\\Http;\n\nclass Report\n{\n    public function print(): void\n    {\n        Ite\n    }\n}\n"
        try open(client, report, "php", reportText)
        let imported = try client.result("textDocument/completion", ["textDocument": ["uri": report], "position": ["line": 8, "character": 11]])
        let offered = (imported["items"].array ?? imported.array ?? []).first { $0["label"].string == "Item" }
        XCTAssertEqual(offered?["additionalTextEdits"][0]["newText"].string, "use Shop\\Models\\Item;\n", "\(String(describing: offered))")

        // Rename the class `Cart` from its own file: its file and the importer.
        let cart = root.appendingPathComponent("src/Models/Cart.php")
        let cartText = try String(contentsOf: cart, encoding: .utf8)
        try open(client, cart.absoluteString, "php", cartText)
        let rename = try client.result("textDocument/rename", ["textDocument": ["uri": cart.absoluteString],
                                                               "position": try position("class Cart", 7, in: cartText.components(separatedBy: "\n")),
                                                               "newName": "Basket"])
        let changed = Set((rename["changes"].object ?? [:]).keys.compactMap { URL(string: $0)?.lastPathComponent })
        XCTAssertEqual(changed, ["Cart.php", "CartController.php"], "\(rename)")
        XCTAssertEqual((rename["changes"][controller.absoluteString].array ?? []).count, 2, "the use and the `new` in the controller: \(rename)")

        // Complexity code lenses on the methods of a class.
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": cart.absoluteString]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertEqual(titles, ["complexity 2 · cognitive 1", "complexity 2 · cognitive 1"], "\(lenses)")

        // PHP rules as diagnostics, in a script of HTML with `<?php` islands.
        let page = root.appendingPathComponent("public/search.php").absoluteString
        try open(client, page, "php", """
        <?php $q = $_GET['q'] ?? ''; ?>
        <html><body>
        <p>Results for <?= $q ?></p>
        <?php
        $rows = mysqli_query($db, "SELECT * FROM items WHERE name = '" . $q . "'");
        ?>
        </body></html>

        """)
        let diagnostics = try client.waitForMessage(what: "PHP diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == page
                && Set($0["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []).isSuperset(of: ["php/xss", "php/sql-injection"])
        }
        XCTAssertFalse((diagnostics["params"]["diagnostics"].array ?? []).contains { $0["code"].string == "syntax" })
        assertAlive(client)
    }
}
