import Foundation
import TestSupport
import XCTest

extension EndToEndTestCase {
    /// A copy of `Fixtures/workspaces/<name>` in a temporary folder: the server writes its index
    /// under the workspace, and tests may edit files.
    func copyFixtureWorkspace(_ name: String) throws -> URL {
        let root = try temporaryDirectory().appendingPathComponent(name)
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("workspaces/\(name)"), to: root)
        return root
    }

    /// A server on the workspace `root`, initialized with work-done progress (plus the given
    /// `textDocument` capabilities), its progress token answered and its first indexing finished.
    func startIndexedServer(_ root: URL, textDocument: [String: Any]? = nil) throws -> (LSPClient, JSONValue) {
        let client = try launch()
        var capabilities = Self.capabilities()
        capabilities["window"] = ["workDoneProgress": true]
        if let textDocument { capabilities["textDocument"] = textDocument }
        var params = Self.initializeParams(capabilities: capabilities, initializationOptions: ["diagnosticsIntervalMs": 0])
        params["rootUri"] = root.absoluteString
        let result = try client.result("initialize", params)
        try client.notify("initialized", [String: Any]())
        let create = try client.waitForMessage(what: "window/workDoneProgress/create") { $0["method"].string == "window/workDoneProgress/create" }
        try client.send(["jsonrpc": "2.0", "id": create["id"].raw!, "result": NSNull()])
        _ = try client.waitForNotification("$/progress", timeout: 30) { $0["params"]["value"]["kind"].string == "end" }
        return (client, result)
    }
}
