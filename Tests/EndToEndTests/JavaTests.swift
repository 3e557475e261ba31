import Foundation
import XCTest

/// Java over LSP on a Maven-layout workspace (`Fixtures/workspaces/java-maven`): hover with the
/// signature and Javadoc of a class of another package, completion (locals, keywords, snippets,
/// and a workspace class with its import), signature help on a method call, rename of a class
/// across its package and importers, complexity code lenses, and Java rules as diagnostics.
/// Definitions and references are checked by NavigationTests.testJavaPackagesAndImports.
final class JavaTests: EndToEndTestCase {
    func testHoverCompletionSignatureHelpRenameLensesAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("java-maven")
        let (client, _) = try startIndexedServer(root)
        let main = root.appendingPathComponent("src/main/java/com/example/app/Main.java")
        let text = try String(contentsOf: main, encoding: .utf8)
        try open(client, main.absoluteString, "java", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1, in lines: [String]) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) && !$0.hasPrefix("//") }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }

        // Hover on `Cart` (imported from another package): its declaration and Javadoc.
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString],
                                                             "position": try position("new Cart()", 5, in: lines)])["contents"]["value"].string ?? ""
        XCTAssertTrue(hover.contains("public class Cart") && hover.contains("A shopping cart."), hover)

        // Signature help inside `cart.add(`: the method of the workspace class.
        let signature = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": main.absoluteString],
                                                                         "position": try position("cart.add(", 9, in: lines)])
        XCTAssertEqual(signature["signatures"][0]["label"].string, "public void add(Item item)", "\(signature)")

        // Completion in main: the local and keywords.
        let edited = text.replacingOccurrences(of: "        System.out.println(cart.total());",
                                               with: "        System.out.println(cart.total());\n        ca")
        try change(client, main.absoluteString, version: 2, nil, edited)
        let editedLines = edited.components(separatedBy: "\n")
        func labels(at line: Int) throws -> [JSONValue] {
            let items = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                     "position": ["line": line, "character": editedLines[line].count]])
            return items["items"].array ?? items.array ?? []
        }
        let local = try labels(at: try XCTUnwrap(editedLines.firstIndex { $0 == "        ca" }))
        let localLabels = Set(local.compactMap { $0["label"].string })
        XCTAssertTrue(localLabels.isSuperset(of: ["cart", "case", "catch"]), "\(localLabels.sorted().prefix(40))")

        // After `cart.`: the members of the local's workspace class.
        let dotted = text.replacingOccurrences(of: "        System.out.println(cart.total());", with: "        System.out.println(cart.total());\n        cart.")
        try change(client, main.absoluteString, version: 3, nil, dotted)
        let dottedLines = dotted.components(separatedBy: "\n")
        let dotLine = try XCTUnwrap(dottedLines.firstIndex { $0 == "        cart." })
        let members = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                   "position": ["line": dotLine, "character": dottedLines[dotLine].count]])
        let memberLabels = Set((members["items"].array ?? members.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(memberLabels.isSuperset(of: ["add", "total"]), "\(memberLabels.sorted().prefix(40))")

        // A public class of another package, offered with the import it needs.
        let report = root.appendingPathComponent("src/main/java/com/example/app/Report.java").absoluteString
        let reportText = "package com.example.app;\n\nclass Report {\n    void print() {\n        Ite\n    }\n}\n"
        try open(client, report, "java", reportText)
        let imported = try client.result("textDocument/completion", ["textDocument": ["uri": report], "position": ["line": 4, "character": 11]])
        let offered = (imported["items"].array ?? imported.array ?? []).first { $0["label"].string == "Item" }
        XCTAssertEqual(offered?["additionalTextEdits"][0]["newText"].string, "import com.example.shop.Item;\n", "\(String(describing: offered))")

        // In an import: the packages, then the classes of a package, of the workspace.
        let importing = "package com.example.app;\n\nimport com.ex\n\nclass Report {}\n"
        try change(client, report, version: 2, nil, importing)
        func importLabels(_ character: Int) throws -> Set<String> {
            let found = try client.result("textDocument/completion", ["textDocument": ["uri": report], "position": ["line": 2, "character": character]])
            return Set((found["items"].array ?? found.array ?? []).compactMap { $0["label"].string })
        }
        XCTAssertEqual(try importLabels(13), ["example"])
        try change(client, report, version: 3, nil, importing.replacingOccurrences(of: "import com.ex", with: "import com.example.shop.C"))
        let classes = try importLabels(25)
        XCTAssertTrue(classes.contains("Cart") && !classes.contains("Item"), "\(classes)")

        // Rename the record `Item` from its own file: every file of its package and the importer.
        let item = root.appendingPathComponent("src/main/java/com/example/shop/Item.java")
        let itemText = try String(contentsOf: item, encoding: .utf8)
        try open(client, item.absoluteString, "java", itemText)
        let rename = try client.result("textDocument/rename", ["textDocument": ["uri": item.absoluteString],
                                                               "position": try position("record Item", 8, in: itemText.components(separatedBy: "\n")),
                                                               "newName": "LineItem"])
        let changed = Set((rename["changes"].object ?? [:]).keys.compactMap { URL(string: $0)?.lastPathComponent })
        XCTAssertEqual(changed, ["Item.java", "Cart.java", "Prices.java", "Main.java"], "\(rename)")
        let mainEdits = rename["changes"][main.absoluteString].array ?? []
        XCTAssertEqual(mainEdits.count, 2, "the import and the use in main: \(mainEdits)")

        // Complexity code lenses on the methods of a class.
        let prices = root.appendingPathComponent("src/main/java/com/example/shop/Prices.java")
        try open(client, prices.absoluteString, "java", try String(contentsOf: prices, encoding: .utf8))
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": prices.absoluteString]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertEqual(titles, ["complexity 2 · cognitive 1"], "\(lenses)")

        // Folding: the class body and the method body of Prices.java, up to their closing braces.
        let folds = try client.result("textDocument/foldingRange", ["textDocument": ["uri": prices.absoluteString]])
        let foldLines = (folds.array ?? []).compactMap { fold -> String? in
            guard let start = fold["startLine"].int, let end = fold["endLine"].int else { return nil }
            return "\(start)-\(end)\(fold["kind"].string.map { " " + $0 } ?? "")"
        }
        XCTAssertEqual(foldLines, ["4-21", "6-20", "11-17"])

        // Java rules as diagnostics.
        let menu = root.appendingPathComponent("src/main/java/com/example/app/Menu.java").absoluteString
        try open(client, menu, "java", """
        package com.example.app;

        class Menu {
            boolean quit(String answer) {
                try { return answer == "quit"; } catch (Throwable t) { return false; }
            }
        }

        """)
        let diagnostics = try client.waitForMessage(what: "Java diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == menu
                && Set($0["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []).isSuperset(of: ["java/string-reference-equality", "java/catch-throwable"])
        }
        XCTAssertFalse((diagnostics["params"]["diagnostics"].array ?? []).contains { $0["code"].string == "syntax" })
        assertAlive(client)
    }
}
