import Foundation
import XCTest

/// Ruby over LSP on a gem-layout workspace (`Fixtures/workspaces/ruby-gem`): `require_relative`
/// and `require` through `lib/` lead to files, a class reopened in two files has both
/// definitions, methods and constants are found by name, hover and signature help show a method's
/// `def` line and comment, completion offers locals, keywords and the methods of a class whose
/// instance a local holds (`Shop::Cart.new`) and the files of a `require_relative` path, references of classes and methods by name, a local
/// renames within its method, and complexity
/// lenses, folding ranges and the Ruby rules reach the editor.
final class RubyTests: EndToEndTestCase {
    func testNavigationHoverCompletionRenameLensesFoldsAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("ruby-gem")
        let (client, _) = try startIndexedServer(root)
        let main = root.appendingPathComponent("app/main.rb")
        let text = try String(contentsOf: main, encoding: .utf8)
        try open(client, main.absoluteString, "ruby", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1, in lines: [String]) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }
        func paths(_ result: JSONValue) -> Set<String> {
            Set((result.array ?? []).compactMap { $0["uri"].string.flatMap(URL.init(string:))?.standardizedFileURL.path })
        }
        func definitions(_ needle: String, _ delta: Int = 1) throws -> Set<String> {
            paths(try client.result("textDocument/definition", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": try position(needle, delta, in: lines)]))
        }
        func file(_ relative: String) -> String { root.appendingPathComponent(relative).standardizedFileURL.path }

        // `require_relative "../lib/shop"` leads to lib/shop.rb.
        XCTAssertEqual(try definitions("../lib/shop", 3), [file("lib/shop.rb")])
        // `Cart` is reopened in pricing.rb: both definitions; `Item` has one.
        XCTAssertEqual(try definitions("Cart.new", 1), [file("lib/shop/cart.rb"), file("lib/shop/pricing.rb")])
        XCTAssertEqual(try definitions("Item.new", 1), [file("lib/shop/item.rb")])
        // A method defined in the reopened class, and a local.
        XCTAssertEqual(try definitions("discounted(", 2), [file("lib/shop/pricing.rb")])
        let local = try client.result("textDocument/definition", ["textDocument": ["uri": main.absoluteString],
                                                                  "position": try position("cart.total", 1, in: lines)])
        XCTAssertEqual(local.array?.first?["range"]["start"]["line"].int, 3, "\(local)")

        // References of the class and of a method, by name across the workspace: both parts of the
        // reopened class, the uses in main.rb and in the Rakefile; the def and the call of `add`.
        func references(_ needle: String, _ delta: Int = 1) throws -> [String] {
            let found = try client.result("textDocument/references", ["textDocument": ["uri": main.absoluteString],
                                                                      "position": try position(needle, delta, in: lines),
                                                                      "context": ["includeDeclaration": true]])
            return (found.array ?? []).compactMap { location in
                guard let path = location["uri"].string.flatMap(URL.init(string:))?.standardizedFileURL.path,
                      let line = location["range"]["start"]["line"].int else { return nil }
                return "\(path.dropFirst(root.standardizedFileURL.path.count + 1)):\(line + 1)"
            }.sorted()
        }
        XCTAssertEqual(try references("Cart.new"), ["Rakefile:4", "app/main.rb:4", "lib/shop/cart.rb:3", "lib/shop/pricing.rb:3"])
        XCTAssertEqual(try references("cart.add(", 6), ["app/main.rb:5", "lib/shop/cart.rb:12"])

        // Hover on `add`: its def line and comment, from cart.rb.
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString],
                                                             "position": try position("cart.add(", 6, in: lines)])["contents"]["value"].string ?? ""
        XCTAssertTrue(hover.contains("def add(item, quantity = 1)") && hover.contains("Adds an item"), hover)

        // Signature help inside `cart.add(`.
        let signature = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": main.absoluteString],
                                                                         "position": try position("Shop::Item.new", 0, in: lines)])
        XCTAssertEqual(signature["signatures"][0]["label"].string, "def add(item, quantity = 1)", "\(signature)")
        // ... and inside `Shop::Item.new(`: the class's `initialize`, on its second parameter.
        let constructor = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": main.absoluteString],
                                                                           "position": try position("3), 2)", 0, in: lines)])
        XCTAssertEqual(constructor["signatures"][0]["label"].string, "def initialize(name, price)", "\(constructor)")
        XCTAssertEqual(constructor["activeParameter"].int ?? constructor["signatures"][0]["activeParameter"].int, 1, "\(constructor)")

        // Workspace symbols: the class, in both of its files.
        let symbols = try client.result("workspace/symbol", ["query": "Cart"])
        let cartFiles = Set((symbols.array ?? []).filter { $0["name"].string == "Cart" }
            .compactMap { $0["location"]["uri"].string.flatMap(URL.init(string:))?.lastPathComponent })
        XCTAssertEqual(cartFiles, ["cart.rb", "pricing.rb"], "\(symbols)")

        // Completion in checkout: the local, keywords; after `cart.`, the class's methods from both files.
        let typed = text.replacingOccurrences(of: "  cart.discounted(10)\n", with: "  cart.discounted(10)\n  ca\n")
        try change(client, main.absoluteString, version: 2, nil, typed)
        let typedLines = typed.components(separatedBy: "\n")
        func labels(_ lines: [String], _ line: String) throws -> Set<String> {
            let index = try XCTUnwrap(lines.firstIndex(of: line), line)
            let items = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                     "position": ["line": index, "character": lines[index].count]])
            return Set((items["items"].array ?? items.array ?? []).compactMap { $0["label"].string })
        }
        let scope = try labels(typedLines, "  ca")
        XCTAssertTrue(scope.isSuperset(of: ["cart", "case"]), "\(scope.sorted().prefix(40))")
        let dotted = text.replacingOccurrences(of: "  cart.discounted(10)\n", with: "  cart.discounted(10)\n  cart.\n")
        try change(client, main.absoluteString, version: 3, nil, dotted)
        let members = try labels(dotted.components(separatedBy: "\n"), "  cart.")
        XCTAssertTrue(members.isSuperset(of: ["add", "total", "discounted", "owner"]), "\(members.sorted().prefix(40))")
        // In a require_relative path: the files and folders there, without their extension.
        let required = text.replacingOccurrences(of: "require_relative \"../lib/shop\"", with: "require_relative \"../lib/shop/ca\"")
        try change(client, main.absoluteString, version: 4, nil, required)
        let paths = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": ["line": 0, "character": "require_relative \"../lib/shop/ca".count]])
        let pathLabels = Set((paths["items"].array ?? paths.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(pathLabels.contains("cart") && !pathLabels.contains("cart.rb"), "\(pathLabels.sorted())")
        try change(client, main.absoluteString, version: 5, nil, text)

        // Rename the local `cart`: its four occurrences in checkout, nothing else.
        let rename = try client.result("textDocument/rename", ["textDocument": ["uri": main.absoluteString],
                                                               "position": try position("cart = ", 1, in: lines), "newName": "basket"])
        let edits = rename["changes"][main.absoluteString].array ?? []
        XCTAssertEqual(edits.count, 4, "\(rename)")
        XCTAssertEqual((rename["changes"].object ?? [:]).count, 1, "\(rename)")

        // A class found by name is not renamed, and the refusal says why.
        let refused = try client.request("textDocument/rename", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": try position("Item.new", 1, in: lines), "newName": "Line"])
        XCTAssertTrue((refused["error"]["message"].string ?? "").contains("found by name"), "\(refused)")

        // Rename a method from its definition: the calls on receivers of the class in every file
        // (a constructor call's result in the Rakefile), and the bare calls on `self` in the part
        // of the class reopened in pricing.rb.
        let cart = root.appendingPathComponent("lib/shop/cart.rb")
        let cartLines = try String(contentsOf: cart, encoding: .utf8).components(separatedBy: "\n")
        try open(client, cart.absoluteString, "ruby", cartLines.joined(separator: "\n"))
        let method = try client.result("textDocument/rename", ["textDocument": ["uri": cart.absoluteString],
                                                               "position": try position("def total", 5, in: cartLines), "newName": "sum"])
        func counts(_ rename: JSONValue) -> [String: Int] {
            (rename["changes"].object ?? [:]).reduce(into: [:]) { $0[URL(string: $1.key)!.lastPathComponent] = $1.value.array?.count ?? 0 }
        }
        XCTAssertEqual(counts(method), ["cart.rb": 1, "pricing.rb": 2, "main.rb": 1, "Rakefile": 1], "\(method)")
        // From a call of a method that the reopened part defines: that definition changes too.
        let reopened = try client.result("textDocument/rename", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": try position("cart.discounted", 6, in: lines), "newName": "reduced"])
        XCTAssertEqual(counts(reopened), ["main.rb": 1, "pricing.rb": 1], "\(reopened)")

        // Complexity lens on the reopened class's method; folding of its class and method bodies.
        let pricing = root.appendingPathComponent("lib/shop/pricing.rb")
        try open(client, pricing.absoluteString, "ruby", try String(contentsOf: pricing, encoding: .utf8))
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": pricing.absoluteString]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertEqual(titles, ["complexity 3 · cognitive 3"], "\(lenses)")
        let folds = try client.result("textDocument/foldingRange", ["textDocument": ["uri": pricing.absoluteString]])
        let foldLines = (folds.array ?? []).compactMap { fold -> String? in
            guard let start = fold["startLine"].int, let end = fold["endLine"].int else { return nil }
            return "\(start)-\(end)\(fold["kind"].string.map { " " + $0 } ?? "")"
        }
        XCTAssertEqual(foldLines, ["0-10", "2-9", "3-8", "4-7"])

        // Ruby rules as diagnostics, with the YAML fix offered as a code action.
        let controller = root.appendingPathComponent("app/reports_controller.rb").absoluteString
        try open(client, controller, "ruby", """
        class ReportsController < ApplicationController
          def show
            system("pdftotext #{params[:file]} out.txt")
            @settings = YAML.load(request.body.read)
          end
        end

        """)
        let diagnostics = try client.waitForMessage(what: "Ruby diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == controller
                && Set($0["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []).isSuperset(of: ["rb/command-injection", "rb/yaml-load"])
        }
        XCTAssertFalse((diagnostics["params"]["diagnostics"].array ?? []).contains { $0["code"].string == "syntax" })
        assertAlive(client)
    }
}
