import Foundation
import XCTest

/// Bad requests, odd documents and hostile input: the server answers with errors or ignores the
/// input, and keeps serving.
final class RobustnessTests: EndToEndTestCase {
    private func waitForStderr(_ client: LSPClient, containing text: String, timeout: TimeInterval = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if client.stderr.contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    func testRequestOnUnopenedDocumentIsInvalidParamsNamingTheURI() throws {
        let client = try server()
        let uri = "file:///tmp/x/never-opened.py"
        let response = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        XCTAssertEqual(response["error"]["code"].int, -32602, "\(response)")
        XCTAssertTrue(response["error"]["message"].string?.contains(uri) ?? false, "the error should name the document: \(response)")
        assertAlive(client)
    }

    func testMalformedRequestParamsAreInvalidParams() throws {
        let client = try server()
        let cases: [Any?] = [
            nil,
            [String: Any](),
            ["textDocument": "file:///tmp/x/a.py"],
            ["textDocument": ["uri": 42]],
            ["textDocument": NSNull()],
            [1, 2, 3],
            "a string",
        ]
        for params in cases {
            let response = try client.request("textDocument/documentSymbol", params)
            XCTAssertEqual(response["error"]["code"].int, -32602, "params \(String(describing: params)): \(response)")
        }
        assertAlive(client)
    }

    func testMalformedNotificationsDoNotBreakTheSession() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "python", "version": 1]])
        try client.notify("textDocument/didOpen", [1, 2])
        try client.notify("textDocument/didOpen", nil)
        try open(client, uri, "python", "def f():\n    pass\n")
        try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2]])
        try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": "nope"])
        try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["range": "bad", "text": "x"]]])
        try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2],
                                                     "contentChanges": [["range": ["start": ["line": "0", "character": 0], "end": ["line": 0, "character": 0]], "text": "x"]]])
        try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["range": LSPRange(0, 0, 0, 0).json]]])
        try client.notify("textDocument/didClose", [String: Any]())
        try client.notify("textDocument/didSave", ["textDocument": ["uri": uri]])
        // The malformed changes were rejected as a whole: the document is unchanged.
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(symbols.array?.compactMap { $0["name"].string }, ["f"], "\(symbols)")
        XCTAssertEqual(LSPRange(symbols[0]["selectionRange"]), LSPRange(0, 4, 0, 5))
    }

    func testDidChangeOnUnopenedDocumentIsIgnoredWithAWarning() throws {
        let client = try server()
        let uri = "file:///tmp/x/ghost.py"
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 0), "x = (")
        try close(client, uri)
        assertAlive(client)
        XCTAssertTrue(waitForStderr(client, containing: uri), "a warning naming the document is expected on stderr; got:\n\(client.stderr)")
        let response = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        XCTAssertEqual(response["error"]["code"].int, -32602, "didChange must not open the document: \(response)")
        XCTAssertTrue(client.received.filter { $0["method"].string == "textDocument/publishDiagnostics" }.isEmpty)
    }

    func testOutOfRangePositionsAreClamped() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "x = 1\n")
        _ = try client.waitForDiagnostics(uri: uri, version: 1)
        // Past the last line: appends at the end of the document.
        try change(client, uri, version: 2, LSPRange(9999, 9999, 9999, 9999), "y = [1 2]\n")
        var params = try client.waitForDiagnostics(uri: uri, version: 2)
        XCTAssertEqual(params["diagnostics"][0].range?.start, Pos(1, 7), "\(params)")
        // Past the end of a line: lands at the end of that line (before its line break).
        try change(client, uri, version: 3, LSPRange(0, 9999, 0, 9999), " + 1")
        params = try client.waitForDiagnostics(uri: uri, version: 3)
        XCTAssertEqual(params["diagnostics"].count, 1, "\(params)")
        XCTAssertEqual(params["diagnostics"][0].range?.start, Pos(1, 7), "the text went on line 0, not on line 1: \(params)")
        // A range ending far past the end deletes to the end.
        try change(client, uri, version: 4, LSPRange(1, 0, 9999, 9999), "")
        params = try client.waitForDiagnostics(uri: uri, version: 4)
        XCTAssertEqual(params["diagnostics"].count, 0, "\(params)")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(symbols.array?.compactMap { $0["name"].string }, ["x"])
        XCTAssertEqual(symbols[0].range, LSPRange(0, 0, 0, 9), "x = 1 + 1: \(symbols)")
        // Negative and reversed ranges do not crash.
        try change(client, uri, version: 5, LSPRange(-3, -7, 0, 0), "")
        try change(client, uri, version: 6, LSPRange(0, 5, 0, 1), "")
        try change(client, uri, version: 7, LSPRange(Int(Int32.max), 0, Int(Int32.max), 1), "")
        _ = try client.waitForDiagnostics(uri: uri, version: 7)
        assertAlive(client)
    }

    func testPositionsInsideSurrogatePairsOrMultiByteCharactersDoNotCorruptText() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "s = \"😀\"\n")
        // UTF-16 character 6 is between the two halves of the emoji: the server must not split it.
        try change(client, uri, version: 2, LSPRange(0, 6, 0, 6), "x")
        try change(client, uri, version: 3, LSPRange(0, 6, 0, 7), "")
        _ = try client.waitForDiagnostics(uri: uri, version: 3)
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(symbols.array?.compactMap { $0["name"].string }, ["s"], "\(symbols)")
        assertAlive(client)

        let utf8 = try server(encodings: ["utf-8"])
        try open(utf8, uri, "python", "s = \"é😀\"\n")
        // Byte 6 is inside `é`, byte 8 inside the emoji.
        try change(utf8, uri, version: 2, LSPRange(0, 6, 0, 8), "")
        try change(utf8, uri, version: 3, LSPRange(0, 9, 0, 9), "z")
        _ = try utf8.waitForDiagnostics(uri: uri, version: 3)
        XCTAssertEqual(try documentSymbols(utf8, uri).array?.compactMap { $0["name"].string }, ["s"])
        assertAlive(utf8)
    }

    func testUnknownLanguageDocumentIsAccepted() throws {
        let client = try server()
        let uri = "file:///tmp/x/notes.txt"
        try open(client, uri, "plaintext", "just some notes ( [ {\n")
        let params = try client.waitForDiagnostics(uri: uri, version: 1)
        XCTAssertEqual(params["diagnostics"].count, 0, "\(params)")
        XCTAssertEqual(try documentSymbols(client, uri).count, 0)
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 4), "more")
        _ = try client.waitForDiagnostics(uri: uri, version: 2)
        try close(client, uri)
        assertAlive(client)
    }

    func testDocumentWithoutExtensionOrLanguageId() throws {
        let client = try server()
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": "untitled:Untitled-1", "version": 1, "text": "hello"]])
        XCTAssertEqual(try documentSymbols(client, "untitled:Untitled-1").count, 0)
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": "not a uri at all %%%", "languageId": "", "version": 1, "text": ""]])
        XCTAssertEqual(try documentSymbols(client, "not a uri at all %%%").count, 0)
        assertAlive(client)
    }

    func testDeeplyNestedPython() throws {
        let client = try server()
        let uri = "file:///tmp/x/deep.py"
        let text = "x = " + String(repeating: "[", count: 5_000) + "\n"
        try open(client, uri, "python", text)
        let params = try client.waitForDiagnostics(uri: uri, version: 1, timeout: 30)
        XCTAssertGreaterThan(params["diagnostics"].count ?? 0, 0, "unclosed brackets are an error")
        XCTAssertNotNil(try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]], timeout: 30).array)
        // Close them all: valid again.
        try change(client, uri, version: 2, LSPRange(0, 5_004, 0, 5_004), String(repeating: "]", count: 5_000))
        let fixed = try client.waitForDiagnostics(uri: uri, version: 2, timeout: 30)
        XCTAssertEqual(fixed["diagnostics"].count, 0, "\(fixed)")
        assertAlive(client)
    }

    func testDeeplyNestedJavaScript() throws {
        let client = try server()
        let uri = "file:///tmp/x/deep.js"
        let text = "let v = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + ";\n"
        try open(client, uri, "javascript", text)
        let params = try client.waitForDiagnostics(uri: uri, version: 1, timeout: 30)
        XCTAssertEqual(params["diagnostics"].count, 0, "balanced parentheses are valid")
        XCTAssertNotNil(try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]], timeout: 30).array)
        try change(client, uri, version: 2, LSPRange(0, 8, 0, 9), "")
        let broken = try client.waitForDiagnostics(uri: uri, version: 2, timeout: 30)
        XCTAssertGreaterThan(broken["diagnostics"].count ?? 0, 0)
        assertAlive(client)
    }

    func testDeeplyNestedDefinitions() throws {
        let client = try server()
        let uri = "file:///tmp/x/nested.js"
        let depth = 200
        let text = String(repeating: "function f() {\n", count: depth) + String(repeating: "}\n", count: depth)
        try open(client, uri, "javascript", text)
        let symbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]], timeout: 30)
        var level = symbols
        var seen = 0
        while let first = level.array?.first {
            seen += 1
            level = first["children"]
        }
        XCTAssertEqual(seen, depth, "each function nests in the previous one")
        assertAlive(client)
    }

    func testLoneSurrogatesInJSONStrings() throws {
        let client = try server()
        let body = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/x/sur\ud800.py","languageId":"python","version":1,"text":"s = \"\ud800\"\nt = \"\udc00\"\nu = \"\ud800\u0041\"\ndef f\udfff():\n    pass\n"}}}"#
        try client.writeRaw(LSPClient.frame(Data(body.utf8)))
        // The uri itself held a lone surrogate: the server replaced it with U+FFFD.
        let uri = "file:///tmp/x/sur\u{FFFD}.py"
        let params = try client.waitForDiagnostics(uri: uri, version: 1)
        XCTAssertNotNil(params["diagnostics"].array)
        let symbols = try documentSymbols(client, uri)
        XCTAssertTrue(symbols.array?.contains { $0["name"].string == "s" } ?? false, "\(symbols)")
        // A request whose id is a string holding a lone surrogate.
        try client.writeRaw(LSPClient.frame(Data(#"{"jsonrpc":"2.0","id":"\udead","method":"codepal/unknown"}"#.utf8)))
        let response = try client.waitForResponse(id: "\u{FFFD}")
        XCTAssertEqual(response["error"]["code"].int, -32601)
        assertAlive(client)
    }

    func testControlCharactersAndNULInText() throws {
        let client = try server()
        let uri = "file:///tmp/x/ctl.py"
        try open(client, uri, "python", "s = 1\u{0}\u{1}\u{1B}[31m\nt = \"\u{7F}\"\n")
        let params = try client.waitForDiagnostics(uri: uri, version: 1)
        for item in params["diagnostics"].array ?? [] {
            XCTAssertNotNil(item["message"].string)
        }
        XCTAssertNotNil(try documentSymbols(client, uri).array)
        assertAlive(client)
    }

    func testHugeSingleLine() throws {
        let client = try server(encodings: ["utf-16"])
        let uri = "file:///tmp/x/line.js"
        let text = "let s = \"" + String(repeating: "😀a", count: 200_000) + "\"; f(1;\n"
        try open(client, uri, "javascript", text)
        let params = try client.waitForDiagnostics(uri: uri, version: 1, timeout: 30)
        // 9 + 200_000 * 3 + 6 UTF-16 units before the missing `)`.
        XCTAssertEqual(params["diagnostics"][0].range?.start, Pos(0, 9 + 600_000 + 6), "\(params["diagnostics"])")
    }

    func testDocumentOverTheParseLimitIsKeptInSyncWithoutAnalysis() throws {
        let client = try server()
        let uri = "file:///tmp/x/huge.py"
        // Over the 8 MiB limit: accepted, not parsed.
        let text = String(repeating: "x = (\n", count: 1_500_000)
        XCTAssertGreaterThan(text.utf8.count, 8 * 1024 * 1024)
        try open(client, uri, "python", text)
        let params = try client.waitForDiagnostics(uri: uri, version: 1, timeout: 30)
        XCTAssertEqual(params["diagnostics"].count, 0)
        XCTAssertEqual(try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]], timeout: 30).count, 0)
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 0), "def f():\n    pass\n")
        _ = try client.waitForDiagnostics(uri: uri, version: 2, timeout: 30)
        assertAlive(client)
    }

    /// JavaScript, whose grammar treats a lone CR as a line terminator like LSP does (the Python
    /// grammar treats it as whitespace, so a lone CR there changes the program, not just lines).
    func testEditsThatJoinOrSplitCRLF() throws {
        let client = try server()
        let uri = "file:///tmp/x/crlf.js"
        func start(_ version: Int) throws -> Pos? {
            let params = try client.waitForDiagnostics(uri: uri, version: version)
            XCTAssertEqual(params["diagnostics"].count, 1, "version \(version): \(params)")
            return params["diagnostics"][0].range?.start
        }
        try open(client, uri, "javascript", "let a = 1;\r\nlet b = f(1;\r\n")
        XCTAssertEqual(try start(1), Pos(1, 11))
        // Replace the CRLF after line 0 by a lone CR: still one line break.
        try change(client, uri, version: 2, LSPRange(0, 10, 1, 0), "\r")
        XCTAssertEqual(try start(2), Pos(1, 11))
        // Insert LF at the start of line 1, right after the lone CR: CR LF is one line break again.
        try change(client, uri, version: 3, LSPRange(1, 0, 1, 0), "\n")
        XCTAssertEqual(try start(3), Pos(1, 11))
        // Insert a CR at the end of line 0, before its CRLF: CR + CRLF is two line breaks.
        try change(client, uri, version: 4, LSPRange(0, 10, 0, 10), "\r")
        XCTAssertEqual(try start(4), Pos(2, 11))
        // Remove the line breaks entirely.
        try change(client, uri, version: 5, LSPRange(0, 10, 2, 0), " ")
        XCTAssertEqual(try start(5), Pos(0, 22))
    }

    func testDocumentOpenedTwiceIsReplaced() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "def first():\n    pass\n")
        try open(client, uri, "python", "def second():\n    pass\n", version: 3)
        XCTAssertEqual(try documentSymbols(client, uri).array?.compactMap { $0["name"].string }, ["second"])
        try change(client, uri, version: 4, LSPRange(0, 4, 0, 10), "third")
        XCTAssertEqual(try documentSymbols(client, uri).array?.compactMap { $0["name"].string }, ["third"])
    }

    func testVersionGoingBackwardsIsAppliedAnyway() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.js"
        try open(client, uri, "javascript", "let a = f(1);\n", version: 10)
        _ = try client.waitForDiagnostics(uri: uri, version: 10)
        try change(client, uri, version: 3, LSPRange(0, 11, 0, 12), "")
        // The first publication for version 3 may still carry version 10's lint findings, moved
        // through the edit until the new analysis lands; wait for the analysed text: a file that
        // does not parse reports its syntax error and no undefined name.
        let params = try client.waitForMessage(what: "publishDiagnostics v3 with only the syntax error") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri
                && $0["params"]["version"].int == 3
                && $0["params"]["diagnostics"].array?.compactMap({ $0["code"].string }) == ["syntax"]
        }["params"]
        XCTAssertEqual(params["diagnostics"][0].range?.start, Pos(0, 11), "\(params)")
    }

    func testManyDocumentsAndInterleavedRequests() throws {
        let client = try server()
        var data = Data()
        for i in 0..<50 {
            let uri = "file:///tmp/x/m\(i).py"
            data.append(LSPClient.frame(LSPClient.notificationMessage("textDocument/didOpen",
                                                                      Self.didOpenParams(uri, "python", "def f\(i)():\n    pass\n"))))
            data.append(LSPClient.frame(LSPClient.requestMessage(id: 1000 + i, "textDocument/documentSymbol", ["textDocument": ["uri": uri]])))
            data.append(LSPClient.frame(LSPClient.notificationMessage("textDocument/didChange",
                                                                      Self.didChangeParams(uri, version: 2, range: LSPRange(0, 4, 0, 4), text: "g"))))
        }
        try client.writeRaw(data)
        for i in 0..<50 {
            let response = try client.waitForResponse(id: 1000 + i)
            // Each request sees the document as it was when the request arrived (before the edit).
            XCTAssertEqual(response["result"][0]["name"].string, "f\(i)", "\(response)")
        }
        for i in 0..<50 {
            XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/m\(i).py")[0]["name"].string, "gf\(i)")
        }
    }

    func testStdoutStaysCleanWithTraceLogging() throws {
        let client = try launch(["serve", "--log-level", "trace"])
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        try client.notify("initialized", [String: Any]())
        try open(client, "file:///tmp/x/a.py", "python", "x = (\n")
        _ = try client.waitForDiagnostics(uri: "file:///tmp/x/a.py", version: 1)
        _ = try client.request("codepal/unknown")
        try client.writeRaw(LSPClient.frame(Data("{broken".utf8)))
        _ = try client.result("shutdown")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
        XCTAssertTrue(client.protocolViolations.isEmpty, "\(client.protocolViolations)")
        XCTAssertFalse(client.stderr.isEmpty, "logs go to stderr")
    }

    /// Serve ignores SIGPIPE so that "a client that disappears must surface as a write error, not
    /// kill the process", but the logger writes to stderr with `FileHandle.write(_:)`, which traps
    /// on EPIPE. A client that closes (or never reads and closes) the server's stderr kills it.
    func testServerSurvivesAClosedStderr() throws {
        let client = try launch(stderrClosed: true)
        let initialize: JSONValue
        do {
            initialize = try client.request("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        } catch {
            let status = client.waitForExit(timeout: 2)
            XCTFail("the server died before answering initialize; exit status \(status.map(String.init) ?? "none") (132 = SIGILL, a Swift trap)")
            return
        }
        XCTAssertTrue(initialize["result"]["capabilities"].exists, "\(initialize)")
        try client.notify("initialized", [String: Any]())
        // Warnings are logged for these.
        try change(client, "file:///tmp/x/ghost.py", version: 2, LSPRange(0, 0, 0, 0), "x")
        try client.writeRaw(LSPClient.frame(Data("{not json".utf8)))
        assertAlive(client, "after logging to a closed stderr")
        _ = try client.result("shutdown")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0, "exit status 128+n means the server died of signal n")
    }

    /// A client whose end of the server's stdout is gone: every write fails with EPIPE, which the
    /// server notes and then drops output; it keeps reading input and exits normally.
    func testServerSurvivesAClosedStdout() throws {
        let client = try launch(stdoutClosed: true)
        var data = LSPClient.frame(LSPClient.requestMessage(id: 1, "initialize", Self.initializeParams(capabilities: Self.capabilities())))
        data.append(LSPClient.frame(LSPClient.notificationMessage("textDocument/didOpen", Self.didOpenParams("file:///tmp/x/a.py", "python", "x = (\n"))))
        for id in 2..<20 {
            data.append(LSPClient.frame(LSPClient.requestMessage(id: id, "textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/x/a.py"]])))
        }
        data.append(LSPClient.frame(LSPClient.requestMessage(id: 20, "shutdown")))
        try client.writeRaw(data)
        usleep(300_000)
        XCTAssertTrue(client.isRunning, "the server must not die when its output goes away; stderr:\n\(client.stderr)")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0, "stderr:\n\(client.stderr)")
    }

    func testLogFileOption() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("codepal.log")
        let client = try launch(["serve", "--log-file", log.path, "--log-level", "debug"])
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        try client.notify("codepal/unknownNotification")
        _ = try client.result("shutdown")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
        let contents = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        XCTAssertTrue(contents.contains("initialized"), "log file:\n\(contents)")
    }

    func testBadServeOptionsFailFast() throws {
        let result = try run(["serve", "--log-level", "loud"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("loud"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty, "nothing but LSP on stdout: \(result.stdout)")
    }
}
