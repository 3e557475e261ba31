import Foundation
import XCTest

/// The base protocol: Content-Length frames, partial and batched writes, broken frames and bodies.
final class FramingTests: EndToEndTestCase {
    private func initializeFrame(id: Int = 1) -> Data {
        LSPClient.frame(LSPClient.requestMessage(id: id, "initialize", Self.initializeParams(capabilities: Self.capabilities())))
    }

    /// Waits until the server's stderr contains `text` (logging is asynchronous to responses).
    private func waitForStderr(_ client: LSPClient, containing text: String, timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if client.stderr.lowercased().contains(text.lowercased()) { return true }
            usleep(10_000)
        }
        return false
    }

    func testSeveralMessagesInOneWrite() throws {
        let client = try launch()
        var data = initializeFrame(id: 1)
        data.append(LSPClient.frame(LSPClient.notificationMessage("initialized", [String: Any]())))
        data.append(LSPClient.frame(LSPClient.notificationMessage("textDocument/didOpen",
                                                                  Self.didOpenParams("file:///tmp/x/a.py", "python", "def f():\n    pass\n"))))
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 2, "textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])))
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 3, "codepal/unknown")))
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 4, "shutdown")))
        try client.writeRaw(data)
        XCTAssertTrue(try client.waitForResponse(id: 1)["result"]["capabilities"].exists)
        XCTAssertNotNil(try client.waitForResponse(id: 2)["result"].array)
        XCTAssertEqual(try client.waitForResponse(id: 3)["error"]["code"].int, -32601)
        XCTAssertTrue(try client.waitForResponse(id: 4)["result"].isNull)
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testMessageSplitAcrossWrites() throws {
        let client = try launch()
        let frame = initializeFrame(id: 1) + LSPClient.frame(LSPClient.requestMessage(id: 2, "codepal/unknown", ["text": "😀 split inside a multi-byte character"]))
        // Cut inside the header, right after the header terminator's first CR, inside the body,
        // and inside the emoji's UTF-8 sequence of the second message.
        let bytes = [UInt8](frame)
        let emoji = [UInt8]("😀".utf8)
        let emojiAt = (0...(bytes.count - emoji.count)).first { Array(bytes[$0..<$0 + emoji.count]) == emoji }!
        let cuts = [5, 17, 19, 40, bytes.count / 2, emojiAt + 2, bytes.count - 1].filter { $0 > 0 && $0 < bytes.count }.sorted()
        var start = 0
        for cut in cuts + [bytes.count] where cut > start {
            try client.writeRaw(Data(bytes[start..<cut]))
            start = cut
            usleep(20_000)
        }
        XCTAssertTrue(try client.waitForResponse(id: 1)["result"]["capabilities"].exists)
        XCTAssertEqual(try client.waitForResponse(id: 2)["error"]["code"].int, -32601)
    }

    func testByteByByteWrites() throws {
        let client = try server()
        let frame = LSPClient.frame(LSPClient.requestMessage(id: 50, "codepal/unknown", ["é": "ü"]))
        for byte in frame {
            try client.writeRaw(Data([byte]))
        }
        XCTAssertEqual(try client.waitForResponse(id: 50)["error"]["code"].int, -32601)
    }

    func testContentLengthCountsBytesNotCharacters() throws {
        let client = try server()
        let text = "s = \"😀😀 — ünïcödé\"\ndef f():\n    pass\n"
        try open(client, "file:///tmp/x/u.py", "python", text)
        let symbols = try documentSymbols(client, "file:///tmp/x/u.py")
        XCTAssertEqual(symbols.array?.compactMap { $0["name"].string }, ["s", "f"], "\(symbols)")
    }

    func testHeaderNamesAreCaseInsensitiveAndContentTypeIsAccepted() throws {
        let client = try server()
        let body = LSPClient.encode(LSPClient.requestMessage(id: 9, "codepal/unknown"))
        var data = Data("content-length: \(body.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8)
        data.append(body)
        try client.writeRaw(data)
        XCTAssertEqual(try client.waitForResponse(id: 9)["error"]["code"].int, -32601)
    }

    func testInvalidJSONWithRecognisableIdGetsParseError() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc": "2.0", "id": 5, "method": "textDocument/documentSymbol", "params": {"#.utf8)))
        let response = try client.waitForResponse(id: 5)
        XCTAssertEqual(response["error"]["code"].int, -32700, "\(response)")
        assertAlive(client)
    }

    func testInvalidJSONWithStringIdGetsParseError() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":"abc","method":"x","params":[1,,2]}"#.utf8)))
        let response = try client.waitForResponse(id: "abc")
        XCTAssertEqual(response["error"]["code"].int, -32700, "\(response)")
    }

    func testStringIdsWithEscapesAreEchoedExactly() throws {
        let client = try server()
        let id = "quote\" backslash\\ newline\n tab\t é 😀 \u{1}"
        try client.send(LSPClient.requestMessage(id: id, "codepal/unknown"))
        let response = try client.waitForResponse(id: id)
        XCTAssertEqual(response["id"].string, id)
    }

    /// The id salvaged from an unparseable message must be the id that was sent, or none: a
    /// response to an id the client never used is worse than no response.
    func testSalvagedIdIsNeverATruncatedId() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":"ab\"cd","method":"x","params":{"#.utf8)))
        try client.roundTrip()
        usleep(100_000)
        let responses = client.received.filter { !$0["method"].exists }
        for response in responses where response["id"].string != nil {
            XCTAssertEqual(response["id"].string, #"ab"cd"#, "a ParseError was sent for an id the client never used: \(response)")
        }
    }

    /// The error answers that JSON-RPC 2.0 gives messages it cannot read an id from: `"id": null`.
    private func waitForNullIdError(_ client: LSPClient, code: Int, what: String) throws -> JSONValue {
        let response = try client.waitForMessage(timeout: 10, what: "error \(code) with id null for \(what)") {
            !$0["method"].exists && $0["id"].isNull && $0["error"]["code"].int == code
        }
        XCTAssertTrue(response["id"].exists, "the id member must be present (null): \(response)")
        XCTAssertEqual(response["jsonrpc"].string, "2.0", "\(response)")
        return response
    }

    /// JSON-RPC 2.0, section 5: a body that is not JSON gets -32700 "Parse error" with `"id": null`
    /// (the server could not read one), and the server keeps serving.
    func testInvalidJSONWithoutIdGetsParseErrorWithNullId() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data("this is not json at all".utf8)))
        let first = try waitForNullIdError(client, code: -32700, what: "a body that is not JSON")
        XCTAssertTrue(first["error"]["message"].string?.hasPrefix("Parse error") == true, "\(first)")
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"#.utf8)))
        _ = try waitForNullIdError(client, code: -32700, what: "a truncated notification")
        assertAlive(client)
        XCTAssertTrue(waitForStderr(client, containing: "parse error"), "the message should be logged on stderr; stderr:\n\(client.stderr)")
        // Exactly one answer per broken message, and the session goes on (documents still open).
        let nullAnswers = client.received.filter { !$0["method"].exists && $0["id"].isNull }
        XCTAssertEqual(nullAnswers.count, 2, "\(nullAnswers)")
        try open(client, "file:///tmp/x/after.py", "python", "def after():\n    pass\n")
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/after.py").array?.compactMap { $0["name"].string }, ["after"])
    }

    /// Valid JSON that is not a Request object gets -32600 "Invalid Request": with the id when one
    /// can be read, else with `"id": null`.
    func testInvalidRequestObjectsGetInvalidRequest() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":77,"params":{}}"#.utf8)))
        let withId = try client.waitForResponse(id: 77, timeout: 10)
        XCTAssertEqual(withId["error"]["code"].int, -32600, "\(withId)")
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":"s-1","method":42}"#.utf8)))
        XCTAssertEqual(try client.waitForResponse(id: "s-1", timeout: 10)["error"]["code"].int, -32600)
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","params":{}}"#.utf8)))
        _ = try waitForNullIdError(client, code: -32600, what: "an object with neither method nor id")
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":true,"method":"codepal/unknown"}"#.utf8)))
        _ = try waitForNullIdError(client, code: -32600, what: "an id that is a boolean")
        assertAlive(client)
    }

    func testInvalidUTF8InBodyIsParseError() throws {
        let client = try server()
        var body = Data(#"{"jsonrpc":"2.0","id":12,"method":"codepal/unknown","params":{"s":""#.utf8)
        body.append(contentsOf: [0xFF, 0xFE, 0xC3])
        body.append(Data(#""}}"#.utf8))
        try client.writeRaw(LSPClient.frame(body))
        let response = try client.waitForResponse(id: 12)
        XCTAssertEqual(response["error"]["code"].int, -32700, "\(response)")
        assertAlive(client)
    }

    func testFrameWithoutContentLengthIsSkipped() throws {
        let client = try server()
        let skipped = LSPClient.encode(LSPClient.requestMessage(id: 7, "codepal/unknown"))
        var data = Data("Content-Type: application/vscode-jsonrpc\r\n\r\n".utf8)
        data.append(skipped)
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 8, "codepal/unknown")))
        try client.writeRaw(data)
        XCTAssertEqual(try client.waitForResponse(id: 8)["error"]["code"].int, -32601)
        try client.roundTrip()
        XCTAssertTrue(client.responses(to: 7).isEmpty, "the body of a frame without Content-Length must not be handled")
        XCTAssertTrue(waitForStderr(client, containing: "content-length"), "stderr:\n\(client.stderr)")
    }

    func testFrameWithBadContentLengthIsSkipped() throws {
        let client = try server()
        try client.writeRaw("Content-Length: banana\r\n\r\n{}")
        try client.writeRaw("Content-Length: -5\r\n\r\n{}")
        try client.writeRaw(LSPClient.frame(LSPClient.requestMessage(id: 21, "codepal/unknown")))
        XCTAssertEqual(try client.waitForResponse(id: 21)["error"]["code"].int, -32601)
        assertAlive(client)
    }

    func testGarbageBetweenFramesIsSkipped() throws {
        let client = try server()
        var data = Data("garbage\r\n\r\nmore garbage without any header ".utf8)
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 31, "codepal/unknown")))
        try client.writeRaw(data)
        XCTAssertEqual(try client.waitForResponse(id: 31)["error"]["code"].int, -32601)
        assertAlive(client)
    }

    /// A body that is JSON but not an object (LSP sends no batches) is an invalid request; an
    /// empty body is not JSON at all. Each gets one answer with id null, and serving goes on.
    func testBodiesThatAreNotObjectsGetErrors() throws {
        let client = try server()
        for (body, code) in [("[1, 2, 3]", -32600), ("42", -32600), ("null", -32600), ("{}", -32600), ("", -32700)] {
            try client.writeRaw(LSPClient.frame(Data(body.utf8)))
            _ = try waitForNullIdError(client, code: code, what: "the body \(body.debugDescription)")
        }
        assertAlive(client)
        XCTAssertEqual(client.received.filter { !$0["method"].exists && $0["id"].isNull }.count, 5)
    }

    /// A response from the client that the server cannot match is never answered (JSON-RPC 2.0:
    /// a response gets no response), even with a null id.
    func testUnmatchedResponsesGetNoAnswer() throws {
        let client = try server()
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#.utf8)))
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":"codepal-999","result":null}"#.utf8)))
        try client.roundTrip()
        assertAlive(client)
        XCTAssertTrue(client.received.filter { !$0["method"].exists && ($0["id"].isNull || $0["id"].string == "codepal-999") }.isEmpty,
                      "\(client.received)")
    }

    func testDeeplyNestedJSONIsRejectedNotACrash() throws {
        let client = try server()
        let depth = 100_000
        let body = #"{"jsonrpc":"2.0","id":13,"method":"codepal/unknown","params":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        try client.writeRaw(LSPClient.frame(Data(body.utf8)))
        let response = try client.waitForResponse(id: 13)
        XCTAssertEqual(response["error"]["code"].int, -32700, "\(response)")
        assertAlive(client)
    }

    func testLargeMessage() throws {
        let client = try server()
        let line = "def function_with_a_long_name_%d(argument):\n    return argument + 1\n"
        var text = ""
        for i in 0..<20_000 { text += line.replacingOccurrences(of: "%d", with: String(i)) }
        XCTAssertGreaterThan(text.utf8.count, 1_000_000)
        try open(client, "file:///tmp/x/big.py", "python", text)
        let symbols = try documentSymbols(client, "file:///tmp/x/big.py")
        XCTAssertEqual(symbols.count, 20_000)
        XCTAssertEqual(symbols[19_999]["name"].string, "function_with_a_long_name_19999")
    }
}
