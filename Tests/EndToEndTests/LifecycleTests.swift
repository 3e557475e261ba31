import Foundation
import XCTest

/// initialize / shutdown / exit, capability negotiation and the errors of the session states.
final class LifecycleTests: EndToEndTestCase {
    func testRequestBeforeInitializeIsRejectedWithServerNotInitialized() throws {
        let client = try launch()
        let response = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])
        XCTAssertEqual(response["error"]["code"].int, -32002, "\(response)")
        XCTAssertFalse(response["result"].exists)
        // The session is still usable afterwards.
        let initialize = try client.request("initialize", Self.initializeParams(capabilities: [:]))
        XCTAssertTrue(initialize["result"]["capabilities"].exists, "\(initialize)")
    }

    func testNotificationsBeforeInitializeAreIgnored() throws {
        let client = try launch()
        try client.notify("textDocument/didOpen", Self.didOpenParams("file:///tmp/x/a.py", "python", "x = (\n"))
        let initialize = try client.request("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        XCTAssertTrue(initialize["result"].exists)
        // The didOpen sent before initialize did not open the document.
        let response = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])
        XCTAssertEqual(response["error"]["code"].int, -32602, "\(response)")
    }

    func testInitializeResult() throws {
        let (_, result) = try startServer()
        let capabilities = result["capabilities"]
        XCTAssertEqual(capabilities["positionEncoding"].string, "utf-16", "\(result)")
        XCTAssertEqual(capabilities["textDocumentSync"]["change"].int, 2, "\(result)")
        XCTAssertEqual(capabilities["textDocumentSync"]["openClose"].bool, true, "\(result)")
        XCTAssertEqual(capabilities["documentSymbolProvider"].bool, true, "\(result)")
        XCTAssertTrue(capabilities["diagnosticProvider"].exists, "\(result)")
        XCTAssertNotNil(capabilities["diagnosticProvider"].object, "diagnosticProvider must be DiagnosticOptions: \(result)")
        XCTAssertEqual(capabilities["diagnosticProvider"]["interFileDependencies"].bool, false)
        XCTAssertEqual(capabilities["diagnosticProvider"]["workspaceDiagnostics"].bool, false)
        XCTAssertEqual(result["serverInfo"]["name"].string, "codepal", "\(result)")
        XCTAssertFalse((result["serverInfo"]["version"].string ?? "").isEmpty, "\(result)")
    }

    func testPositionEncodingNegotiation() throws {
        let cases: [([String]?, String)] = [
            (nil, "utf-16"),
            ([], "utf-16"),
            (["utf-16"], "utf-16"),
            (["utf-16", "utf-8"], "utf-8"),
            (["utf-8", "utf-16", "utf-32"], "utf-8"),
            (["utf-16", "utf-32"], "utf-32"),
            (["utf-32"], "utf-32"),
            (["latin-1", "ucs-2"], "utf-16"),
        ]
        for (offered, expected) in cases {
            let (client, result) = try startServer(encodings: offered)
            XCTAssertEqual(result["capabilities"]["positionEncoding"].string, expected, "client offered \(offered.map { "\($0)" } ?? "nothing")")
            client.terminate()
        }
    }

    func testSecondInitializeIsRejected() throws {
        let client = try server()
        let response = try client.request("initialize", Self.initializeParams(capabilities: [:]))
        XCTAssertEqual(response["error"]["code"].int, -32600, "\(response)")
        assertAlive(client)
    }

    func testUnknownRequestIsMethodNotFound() throws {
        let client = try server()
        let response = try client.request("textDocument/noSuchThing", ["textDocument": ["uri": "file:///tmp/x/a.py"]])
        XCTAssertEqual(response["error"]["code"].int, -32601, "\(response)")
        XCTAssertTrue(response["error"]["message"].string?.contains("textDocument/noSuchThing") ?? false, "\(response)")
    }

    func testUnknownNotificationsAreIgnored() throws {
        let client = try server()
        try client.notify("workspace/didChangeConfiguration", ["settings": [String: Any]()])
        try client.notify("codepal/somethingNew", ["a": 1])
        try client.notify("$/setTrace", ["value": "verbose"])
        try client.notify("$/progress", ["token": 1, "value": [String: Any]()])
        try client.roundTrip()
        // Only `initialize` and the round trip were answered: notifications get no response.
        let responses = client.received.filter { !$0["method"].exists }
        XCTAssertEqual(responses.count, 2, "notifications must not be answered: \(responses)")
        assertAlive(client)
    }

    func testShutdownThenExitExitsWithZero() throws {
        let client = try server()
        let response = try client.request("shutdown")
        XCTAssertTrue(response["result"].exists, "\(response)")
        XCTAssertTrue(response["result"].isNull, "shutdown result must be null: \(response)")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testExitWithoutShutdownExitsWithOne() throws {
        let client = try server()
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testExitBeforeInitializeExitsWithOne() throws {
        let client = try launch()
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testEndOfInputWithoutExitExitsWithOne() throws {
        let client = try server()
        try open(client, "file:///tmp/x/a.py", "python", "x = 1\n")
        client.closeInput()
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testEndOfInputAfterShutdownExitsWithZero() throws {
        let client = try server()
        _ = try client.result("shutdown")
        client.closeInput()
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testEndOfInputBeforeInitializeExitsWithOne() throws {
        let client = try launch()
        client.closeInput()
        XCTAssertEqual(client.waitForExit(), 1)
    }

    func testRequestsAfterShutdownAreInvalidRequests() throws {
        let client = try server()
        try open(client, "file:///tmp/x/a.py", "python", "def f():\n    pass\n")
        _ = try client.result("shutdown")
        let symbols = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])
        XCTAssertEqual(symbols["error"]["code"].int, -32600, "\(symbols)")
        let unknown = try client.request("codepal/unknown")
        XCTAssertEqual(unknown["error"]["code"].int, -32600, "\(unknown)")
        let again = try client.request("shutdown")
        XCTAssertEqual(again["error"]["code"].int, -32600, "\(again)")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testResponsesFromTheClientAreIgnored() throws {
        let client = try server()
        try client.send(["jsonrpc": "2.0", "id": 4242, "result": NSNull()])
        try client.send(["jsonrpc": "2.0", "id": 4243, "error": ["code": -32601, "message": "nope"]])
        try client.roundTrip()
        XCTAssertTrue(client.responses(to: 4242).isEmpty && client.responses(to: 4243).isEmpty, "\(client.received)")
        assertAlive(client)
    }

    func testStringRequestIdsAreEchoed() throws {
        let client = try server()
        try client.send(LSPClient.requestMessage(id: "req-1", "codepal/unknown"))
        let response = try client.waitForResponse(id: "req-1")
        XCTAssertEqual(response["id"].string, "req-1")
        XCTAssertEqual(response["error"]["code"].int, -32601)
        try open(client, "file:///tmp/x/a.py", "python", "def f():\n    pass\n")
        try client.send(LSPClient.requestMessage(id: "sym", "textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]]))
        let symbols = try client.waitForResponse(id: "sym")
        XCTAssertNotNil(symbols["result"].array, "\(symbols)")
    }

    func testMessageWithIdButNoMethodIsInvalidRequest() throws {
        let client = try server()
        try client.send(["jsonrpc": "2.0", "id": 77, "params": [String: Any]()])
        let response = try client.waitForResponse(id: 77)
        XCTAssertEqual(response["error"]["code"].int, -32600, "\(response)")
    }
}
