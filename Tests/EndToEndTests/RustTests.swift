import Foundation
import XCTest

/// Rust over LSP on a cargo workspace of two crates (`Fixtures/workspaces/rust-cargo`): hover with
/// the signature and doc comment of a struct of the other crate, signature help on an associated
/// function, completion (members of a local whose type is evident, `Type::` associated functions,
/// methods of a standard type, keywords and snippets), rename of a function across the modules
/// that `use` it, complexity code lenses, folding and Rust rules as diagnostics. Definitions and
/// references are checked by NavigationTests.testRustCratesModulesAndUse.
final class RustTests: EndToEndTestCase {
    func testHoverCompletionSignatureHelpRenameLensesAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("rust-cargo")
        let (client, _) = try startIndexedServer(root)
        let main = root.appendingPathComponent("app/src/main.rs")
        let text = try String(contentsOf: main, encoding: .utf8)
        try open(client, main.absoluteString, "rust", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1, in lines: [String]) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) && !$0.hasPrefix("//") }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }

        // Hover on `Cart` (a re-export of the library crate): its declaration and doc comment.
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString],
                                                             "position": try position("Cart::new", 1, in: lines)])["contents"]["value"].string ?? ""
        XCTAssertTrue(hover.contains("pub struct Cart") && hover.contains("A cart holds the items a customer picked."), hover)

        // Signature help inside `Cart::new(`.
        let signature = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": main.absoluteString],
                                                                         "position": try position("Cart::new(", 10, in: lines)])
        XCTAssertEqual(signature["signatures"][0]["label"].string, "pub fn new(owner: &str) -> Cart", "\(signature)")

        // After `cart.` (a local made by `Cart::new`), `Cart::` and `v.` (a `Vec::new()`), each typed
        // alone at the end of main; then a keyword.
        let anchor = "    println!(\"{} {}\", cart.total(), rate);"
        var version = 1
        func labels(typing line: String) throws -> Set<String> {
            version += 1
            let edited = text.replacingOccurrences(of: anchor, with: anchor + "\n" + line)
            try change(client, main.absoluteString, version: version, nil, edited)
            let editedLines = edited.components(separatedBy: "\n")
            let index = try XCTUnwrap(editedLines.lastIndex { line.hasSuffix($0) && !$0.isEmpty }, line)
            let items = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                     "position": ["line": index, "character": editedLines[index].count]])
            return Set((items["items"].array ?? items.array ?? []).compactMap { $0["label"].string })
        }
        let members = try labels(typing: "    cart.")
        XCTAssertTrue(members.isSuperset(of: ["add", "total"]), "\(members.sorted().prefix(40))")
        let associated = try labels(typing: "    Cart::")
        XCTAssertTrue(associated.contains("new"), "\(associated.sorted().prefix(40))")
        let vector = try labels(typing: "    let v = Vec::new();\n    v.")
        XCTAssertTrue(vector.isSuperset(of: ["push", "len", "iter"]), "\(vector.sorted().prefix(40))")
        let keywords = try labels(typing: "    mat")
        XCTAssertTrue(keywords.contains("match"), "\(keywords.sorted().prefix(40))")

        // Rename `with_tax` from its definition: its module and the module that `use`s it.
        let price = root.appendingPathComponent("shop/src/price.rs")
        let priceText = try String(contentsOf: price, encoding: .utf8)
        try open(client, price.absoluteString, "rust", priceText)
        let rename = try client.result("textDocument/rename", ["textDocument": ["uri": price.absoluteString],
                                                               "position": try position("fn with_tax", 4, in: priceText.components(separatedBy: "\n")),
                                                               "newName": "gross"])
        let changed = Set((rename["changes"].object ?? [:]).keys.compactMap { URL(string: $0)?.lastPathComponent })
        XCTAssertEqual(changed, ["price.rs", "mod.rs"], "\(rename)")
        let cartEdits = rename["changes"][root.appendingPathComponent("shop/src/cart/mod.rs").absoluteString].array ?? []
        XCTAssertEqual(cartEdits.count, 2, "the use and the call: \(cartEdits)")

        // Complexity code lenses on the functions and methods.
        let cart = root.appendingPathComponent("shop/src/cart/mod.rs")
        try open(client, cart.absoluteString, "rust", try String(contentsOf: cart, encoding: .utf8))
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": cart.absoluteString]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertEqual(titles.count, 3, "new, add and total: \(lenses)")

        // Folding: the struct body, the impl block and its methods' bodies.
        let folds = try client.result("textDocument/foldingRange", ["textDocument": ["uri": cart.absoluteString]])
        XCTAssertGreaterThanOrEqual(folds.array?.count ?? 0, 4, "\(folds)")

        // Rust rules as diagnostics.
        let net = root.appendingPathComponent("shop/src/net.rs").absoluteString
        try open(client, net, "rust", """
        use std::process::Command;

        pub fn client() -> reqwest::Result<reqwest::Client> {
            reqwest::Client::builder().danger_accept_invalid_certs(true).build()
        }

        pub fn list(dir: &str) -> std::io::Result<std::process::Output> {
            Command::new("sh").arg("-c").arg(format!("ls {}", dir)).output()
        }

        """)
        let diagnostics = try client.waitForMessage(what: "Rust diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == net
                && Set($0["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []).isSuperset(of: ["rust/tls-verification-disabled", "rust/command-shell-built"])
        }
        XCTAssertFalse((diagnostics["params"]["diagnostics"].array ?? []).contains { $0["code"].string == "syntax" })
        assertAlive(client)
    }
}
