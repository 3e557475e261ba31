import Foundation
import XCTest

/// C# over LSP on a workspace of namespaces (`Fixtures/workspaces/csharp-shop`): hover with the
/// signature and `///` documentation of a class of an imported namespace, completion (locals,
/// keywords, members of a local's workspace class, a type of another namespace with its `using`),
/// signature help on a method call, complexity code lenses, folding, and C# rules as diagnostics.
/// Definitions and references through `using` are checked by NavigationTests.testCSharpNamespacesAndUsings.
final class CSharpTests: EndToEndTestCase {
    /// After `cart.`: the members of every part of `partial class Cart` in its namespace (a part
    /// on disk, found through the index), not those of a partial `Cart` of another namespace.
    func testCompletionOffersTheMembersOfEveryPartOfAPartialClass() throws {
        let root = try copyFixtureWorkspace("csharp-shop")
        try "namespace Shop.Models\n{\n    public partial class Cart\n    {\n        public decimal Rate() { return 0.1m; }\n\n        public decimal Discount() { return Total() * Rate(); }\n    }\n}\n"
            .write(to: root.appendingPathComponent("src/Shop/Models/CartRates.cs"), atomically: true, encoding: .utf8)
        try "namespace Elsewhere\n{\n    public partial class Cart\n    {\n        public void Remove() { }\n    }\n}\n"
            .write(to: root.appendingPathComponent("src/Other/PartialCart.cs"), atomically: true, encoding: .utf8)
        let (client, _) = try startIndexedServer(root)
        let program = root.appendingPathComponent("src/App/Program.cs")
        let anchor = "        Console.WriteLine(cart.Total());"
        let text = try String(contentsOf: program, encoding: .utf8).replacingOccurrences(of: anchor, with: anchor + "\n        cart.")
        try open(client, program.absoluteString, "csharp", text)
        let lines = text.components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex { $0 == "        cart." })
        let members = try client.result("textDocument/completion", ["textDocument": ["uri": program.absoluteString],
                                                                   "position": ["line": line, "character": lines[line].count]])
        let labels = Set((members["items"].array ?? members.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(labels.isSuperset(of: ["Add", "Total", "Rate", "Discount"]), "\(labels.sorted().prefix(40))")
        XCTAssertFalse(labels.contains("Remove"), "\(labels.sorted().prefix(40))")
        assertAlive(client)
    }

    func testHoverCompletionSignatureHelpLensesFoldsAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("csharp-shop")
        let (client, _) = try startIndexedServer(root)
        let program = root.appendingPathComponent("src/App/Program.cs")
        let text = try String(contentsOf: program, encoding: .utf8)
        try open(client, program.absoluteString, "csharp", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1, in lines: [String]) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) && !$0.hasPrefix("//") }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }

        // Hover on `Cart` (a class of the namespace Program imports, not Other.Things' Cart).
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": program.absoluteString],
                                                             "position": try position("new Cart()", 5, in: lines)])["contents"]["value"].string ?? ""
        XCTAssertTrue(hover.contains("public partial class Cart") && hover.contains("A shopping cart.") && hover.contains("Shop/Models/Cart.cs"), hover)

        // Signature help inside `cart.Add(`: the method of the workspace class.
        let signature = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": program.absoluteString],
                                                                         "position": try position("cart.Add(", 9, in: lines)])
        XCTAssertEqual(signature["signatures"][0]["label"].string, "public void Add(Item item)", "\(signature)")

        // Completion in Main: the local and keywords.
        let anchor = "        Console.WriteLine(cart.Total());"
        let edited = text.replacingOccurrences(of: anchor, with: anchor + "\n        ca")
        try change(client, program.absoluteString, version: 2, nil, edited)
        let editedLines = edited.components(separatedBy: "\n")
        let line = try XCTUnwrap(editedLines.firstIndex { $0 == "        ca" })
        let items = try client.result("textDocument/completion", ["textDocument": ["uri": program.absoluteString],
                                                                 "position": ["line": line, "character": editedLines[line].count]])
        let labels = Set((items["items"].array ?? items.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(labels.isSuperset(of: ["cart", "case", "catch"]), "\(labels.sorted().prefix(40))")

        // After `cart.`: the members of the local's workspace class (`var cart = new Cart()`).
        let dotted = text.replacingOccurrences(of: anchor, with: anchor + "\n        cart.")
        try change(client, program.absoluteString, version: 3, nil, dotted)
        let dottedLines = dotted.components(separatedBy: "\n")
        let dotLine = try XCTUnwrap(dottedLines.firstIndex { $0 == "        cart." })
        let members = try client.result("textDocument/completion", ["textDocument": ["uri": program.absoluteString],
                                                                   "position": ["line": dotLine, "character": dottedLines[dotLine].count]])
        let memberLabels = Set((members["items"].array ?? members.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(memberLabels.isSuperset(of: ["Add", "Total"]), "\(memberLabels.sorted().prefix(40))")

        // A public type of a namespace the file does not import, offered with its `using`.
        let report = root.appendingPathComponent("src/App/Report.cs").absoluteString
        let reportText = "namespace Shop.App;\n\nclass Report\n{\n    void Print()\n    {\n        Ite\n    }\n}\n"
        try open(client, report, "csharp", reportText)
        let imported = try client.result("textDocument/completion", ["textDocument": ["uri": report], "position": ["line": 6, "character": 11]])
        let offered = (imported["items"].array ?? imported.array ?? []).first { $0["label"].string == "Item" }
        XCTAssertEqual(offered?["additionalTextEdits"][0]["newText"].string, "using Shop.Models;\n", "\(String(describing: offered))")

        // Complexity code lens and folding on the cart.
        let cart = root.appendingPathComponent("src/Shop/Models/Cart.cs")
        try open(client, cart.absoluteString, "csharp", try String(contentsOf: cart, encoding: .utf8))
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": cart.absoluteString]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertTrue(titles.contains("complexity 3 · cognitive 3"), "\(lenses)")
        let folds = try client.result("textDocument/foldingRange", ["textDocument": ["uri": cart.absoluteString]])
        XCTAssertTrue((folds.array ?? []).contains { $0["startLine"].int == 3 }, "the namespace body folds: \(folds)")

        // Rename the partial class from its main file: its uses in other namespaces' files and
        // its other part (a document open in the editor) change with it.
        let part = root.appendingPathComponent("src/Shop/Models/Cart.Discounts.cs").absoluteString
        try open(client, part, "csharp", "namespace Shop.Models\n{\n    public partial class Cart\n    {\n        public decimal Discounted(decimal rate) => Total() * (1 - rate);\n    }\n}\n")
        let cartLines = try String(contentsOf: cart, encoding: .utf8).components(separatedBy: "\n")
        let rename = try client.result("textDocument/rename", ["textDocument": ["uri": cart.absoluteString],
                                                               "position": try position("partial class Cart", 14, in: cartLines), "newName": "Basket"])
        let renamed = Set((rename["changes"].object ?? [:]).keys.compactMap { URL(string: $0)?.lastPathComponent })
        XCTAssertEqual(renamed, ["Cart.cs", "Cart.Discounts.cs", "Program.cs", "Receipt.cs"], "\(rename)")

        // C# rules as diagnostics.
        let sync = root.appendingPathComponent("src/App/Sync.cs").absoluteString
        try open(client, sync, "csharp", """
        using System.Threading.Tasks;

        namespace Shop.App;

        public class Sync
        {
            public async void Refresh()
            {
                try { await Task.Delay(1); } catch { }
            }
        }

        """)
        let diagnostics = try client.waitForMessage(what: "C# diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == sync
                && Set($0["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []).isSuperset(of: ["csharp/async-void", "csharp/empty-catch"])
        }
        XCTAssertFalse((diagnostics["params"]["diagnostics"].array ?? []).contains { $0["code"].string == "syntax" })
        assertAlive(client)
    }
}
