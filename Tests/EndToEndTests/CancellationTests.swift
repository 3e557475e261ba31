import Foundation
import XCTest

/// `$/cancelRequest`: a cancelled request is answered exactly once, by its result or by -32800.
final class CancellationTests: EndToEndTestCase {
    private func cancelFrame(_ id: Any) -> Data {
        LSPClient.frame(LSPClient.notificationMessage("$/cancelRequest", ["id": id]))
    }

    /// A Python file big enough that outlining it takes a noticeable time.
    private func largePython(functions: Int = 20_000) -> String {
        var text = "class Big:\n"
        for i in 0..<functions {
            text += "    def method_\(i)(self, value):\n        return value + \(i)\n"
        }
        return text
    }

    /// Waits a little after a round trip and asserts `id` got exactly one response.
    private func assertAnsweredOnce(_ client: LSPClient, _ id: Any, file: StaticString = #filePath, line: UInt = #line) throws {
        try client.roundTrip()
        usleep(200_000)
        try client.roundTrip()
        let responses = client.responses(to: id)
        XCTAssertEqual(responses.count, 1, "request \(id) must be answered exactly once: \(responses)", file: file, line: line)
    }

    func testCancellingAnAnsweredRequestDoesNothing() throws {
        let client = try server()
        try open(client, "file:///tmp/x/a.py", "python", "def f():\n    pass\n")
        let id = try client.sendRequest("textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])
        let response = try client.waitForResponse(id: id)
        XCTAssertEqual(response["result"][0]["name"].string, "f")
        try client.writeRaw(cancelFrame(id))
        try client.writeRaw(cancelFrame(id))
        try assertAnsweredOnce(client, id)
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/a.py")[0]["name"].string, "f")
    }

    func testCancellingUnknownIdsDoesNothing() throws {
        let client = try server()
        try client.writeRaw(cancelFrame(987_654))
        try client.writeRaw(cancelFrame("no-such-request"))
        try client.notify("$/cancelRequest", [String: Any]())
        try client.notify("$/cancelRequest", nil)
        try client.notify("$/cancelRequest", ["id": NSNull()])
        try client.notify("$/cancelRequest", ["id": ["nested": true]])
        try client.roundTrip()
        let responses = client.received.filter { !$0["method"].exists }
        XCTAssertEqual(responses.count, 2, "only initialize and the round trip are answered: \(responses)")
        assertAlive(client)
    }

    func testCancelSentWithTheRequestIsAnsweredExactlyOnce() throws {
        let client = try server()
        let uri = "file:///tmp/x/big.py"
        try open(client, uri, "python", largePython())
        var outcomes: [String] = []
        for _ in 0..<5 {
            let id = client.makeId()
            var data = LSPClient.frame(LSPClient.requestMessage(id: id, "textDocument/documentSymbol", ["textDocument": ["uri": uri]]))
            data.append(cancelFrame(id))
            try client.writeRaw(data)
            let response = try client.waitForResponse(id: id, timeout: 30)
            if let code = response["error"]["code"].int {
                XCTAssertEqual(code, -32800, "a cancelled request fails with RequestCancelled: \(response)")
                outcomes.append("cancelled")
            } else {
                XCTAssertEqual(response["result"][0]["children"].count, 20_000, "a completed request has the full result")
                outcomes.append("completed")
            }
            try assertAnsweredOnce(client, id)
        }
        // Whatever happened to the cancelled ones, the server still computes a full answer.
        let symbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]], timeout: 30)
        XCTAssertEqual(symbols[0]["children"].count, 20_000, "outcomes were \(outcomes)")
    }

    func testCancelWhileTheRequestRuns() throws {
        let client = try server()
        let uri = "file:///tmp/x/big.py"
        try open(client, uri, "python", largePython())
        for delay in [1_000, 5_000, 20_000] as [useconds_t] {
            let id = try client.sendRequest("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
            usleep(delay)
            try client.writeRaw(cancelFrame(id))
            let response = try client.waitForResponse(id: id, timeout: 30)
            XCTAssertTrue(response["result"].exists || response["error"]["code"].int == -32800, "\(response)")
            try assertAnsweredOnce(client, id)
        }
    }

    func testCancelOfPullDiagnosticsAndStringIds() throws {
        let client = try server(pullDiagnostics: true)
        let uri = "file:///tmp/x/big.py"
        try open(client, uri, "python", largePython(functions: 5_000) + "x = (\n")
        var data = LSPClient.frame(LSPClient.requestMessage(id: "pull-1", "textDocument/diagnostic", ["textDocument": ["uri": uri]]))
        data.append(cancelFrame("pull-1"))
        try client.writeRaw(data)
        let response = try client.waitForResponse(id: "pull-1", timeout: 30)
        XCTAssertTrue(response["result"]["kind"].string == "full" || response["error"]["code"].int == -32800, "\(response)")
        try assertAnsweredOnce(client, "pull-1")
        // Cancelling id 1 (a number) must not cancel a request with id "1" (a string), or the reverse.
        var pair = LSPClient.frame(LSPClient.requestMessage(id: "1", "codepal/unknown"))
        pair.append(cancelFrame(1))
        try client.writeRaw(pair)
        XCTAssertEqual(try client.waitForResponse(id: "1")["error"]["code"].int, -32601)
    }
}
