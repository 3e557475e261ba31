import Foundation
import XCTest

/// The workspace index in the editor: background indexing with work-done progress on
/// `initialized`, `workspace/symbol`, and updates from file watchers and saves.
final class WorkspaceSymbolTests: EndToEndTestCase {
    func makeWorkspace() throws -> URL {
        let root = try temporaryDirectory()
        _ = try write("class Cart:\n    def add_item(self, item):\n        pass\n\ndef get_file_name(cart):\n    return cart\n",
                      to: root.appendingPathComponent("shop/cart.py"))
        _ = try write("/*😀*/ export function getFileName(list) { return list; }\nexport class CartView {}\n",
                      to: root.appendingPathComponent("web/cart.js"))
        _ = try write("def ignored_function():\n    pass\n", to: root.appendingPathComponent("build/generated.py"))
        return root
    }

    /// Initializes with a workspace folder and a client that supports progress and dynamic
    /// watchers, answers the server's requests, and waits for the end of indexing.
    func startWatchedServer(_ root: URL, encodings: [String]? = nil) throws -> LSPClient {
        let client = try launch()
        var capabilities = Self.capabilities(encodings: encodings)
        capabilities["window"] = ["workDoneProgress": true]
        capabilities["workspace"] = ["didChangeWatchedFiles": ["dynamicRegistration": true], "symbol": [String: Any]()]
        var params = Self.initializeParams(capabilities: capabilities, initializationOptions: ["diagnosticsIntervalMs": 0])
        params["rootUri"] = root.absoluteString
        params["workspaceFolders"] = [["uri": root.absoluteString, "name": "shop"]]
        let result = try client.result("initialize", params)
        XCTAssertEqual(result["capabilities"]["workspaceSymbolProvider"].raw as? Bool, true)
        try client.notify("initialized", [String: Any]())

        let create = try client.waitForMessage(what: "window/workDoneProgress/create") { $0["method"].string == "window/workDoneProgress/create" }
        let token = try XCTUnwrap(create["params"]["token"].string)
        let register = try client.waitForMessage(what: "client/registerCapability") { $0["method"].string == "client/registerCapability" }
        let registration = register["params"]["registrations"][0]
        XCTAssertEqual(registration["method"].string, "workspace/didChangeWatchedFiles")
        XCTAssertTrue(registration["registerOptions"]["watchers"][0]["globPattern"].string?.contains("py") ?? false)
        try client.send(["jsonrpc": "2.0", "id": register["id"].raw!, "result": NSNull()])
        try client.send(["jsonrpc": "2.0", "id": create["id"].raw!, "result": NSNull()])

        let begin = try client.waitForNotification("$/progress") { $0["params"]["token"].string == token }
        XCTAssertEqual(begin["params"]["value"]["kind"].string, "begin")
        let end = try client.waitForNotification("$/progress", timeout: 30) {
            $0["params"]["token"].string == token && $0["params"]["value"]["kind"].string == "end"
        }
        XCTAssertTrue(end["params"]["value"]["message"].string?.hasPrefix("Indexed 2 files") ?? false, "\(end)")
        return client
    }

    func names(_ client: LSPClient, _ query: String) throws -> [String] {
        try XCTUnwrap(client.result("workspace/symbol", ["query": query]).array).compactMap { $0["name"].string }
    }

    func testIndexesInTheBackgroundAndRanksMatches() throws {
        let root = try makeWorkspace()
        let client = try startWatchedServer(root)
        // Exact and prefix first, then humps (`gfn` = get_file_name / getFileName), gitignore-free build folders skipped.
        XCTAssertEqual(try names(client, "cart"), ["Cart", "CartView"])
        XCTAssertEqual(Set(try names(client, "gfn")), ["get_file_name", "getFileName"])
        XCTAssertEqual(try names(client, "ignored_function"), [], "build/ is not indexed")

        let symbols = try XCTUnwrap(client.result("workspace/symbol", ["query": "add_item"]).array)
        XCTAssertEqual(symbols.count, 1)
        let method = symbols[0]
        XCTAssertEqual(method["kind"].int, 6, "a method")
        XCTAssertEqual(method["containerName"].string, "Cart")
        XCTAssertEqual(method["location"]["uri"].string, root.appendingPathComponent("shop/cart.py").absoluteString)
        XCTAssertEqual(method["location"]["range"]["start"]["line"].int, 1)
        XCTAssertEqual(method["location"]["range"]["start"]["character"].int, 8)
        XCTAssertEqual(method["location"]["range"]["end"]["character"].int, 16)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(".codepal/index.sqlite").path))
    }

    func testPositionsFollowTheNegotiatedEncoding() throws {
        let root = try makeWorkspace()
        for (encoding, column) in [("utf-16", 23), ("utf-8", 25), ("utf-32", 22)] {
            let client = try startWatchedServer(root, encodings: [encoding])
            let symbol = try XCTUnwrap(client.result("workspace/symbol", ["query": "getFileName"]).array?.first)
            XCTAssertEqual(symbol["location"]["range"]["start"]["character"].int, column, encoding)
            XCTAssertEqual(symbol["location"]["range"]["end"]["character"].int, column + 11, encoding)
            _ = try client.result("shutdown")
            try client.notify("exit")
        }
    }

    func testWatchedFileChangesAndSavesUpdateTheIndex() throws {
        let root = try makeWorkspace()
        let client = try startWatchedServer(root)
        let cart = root.appendingPathComponent("shop/cart.py")
        _ = try write("class Basket:\n    pass\n", to: cart)
        let added = try write("def brand_new_helper():\n    pass\n", to: root.appendingPathComponent("shop/helpers.py"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("web/cart.js"))
        try client.notify("workspace/didChangeWatchedFiles", ["changes": [
            ["uri": cart.absoluteString, "type": 2], ["uri": added.absoluteString, "type": 1],
            ["uri": root.appendingPathComponent("web/cart.js").absoluteString, "type": 3],
        ]])
        try waitUntil("the index follows the changes") {
            try names(client, "basket") == ["Basket"] && names(client, "brand_new_helper") == ["brand_new_helper"]
                && names(client, "CartView").isEmpty && names(client, "add_item").isEmpty
        }

        // A save of an open document re-indexes it too.
        try open(client, cart.absoluteString, "python", "class Basket:\n    pass\n")
        _ = try write("class Trolley:\n    pass\n", to: cart)
        try client.notify("textDocument/didSave", ["textDocument": ["uri": cart.absoluteString]])
        try waitUntil("the saved file is re-indexed") { try names(client, "trolley") == ["Trolley"] }
    }

    func testNoWorkspaceFolderMeansNoIndexAndEmptyResults() throws {
        let client = try server()
        XCTAssertEqual(try client.result("workspace/symbol", ["query": "x"]).array?.count, 0)
        assertAlive(client)
    }

    private func waitUntil(_ what: String, timeout: TimeInterval = 10, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting until \(what)")
    }
}
