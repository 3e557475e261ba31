@testable import CodePalLSP
import CodePalSupport
import CodePalSyntax
import Foundation
import Logging
import TestSupport
import XCTest

/// Drives a server in process through a pipe, for behaviour that needs no subprocess: ordering,
/// encoding negotiation, snapshots under concurrent edits.
final class ServerInProcessTests: XCTestCase {
    var server: LanguageServer!
    var readEnd: Int32 = -1
    var decoder = FrameDecoder()
    var nextId = 1

    override func setUp() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        readEnd = fds[0]
        let log = Logger.silent
        server = LanguageServer(registry: Repository.registry, writer: MessageWriter(fd: fds[1], log: log), log: log)
        server.onExit = { _ in }
    }

    override func tearDown() {
        close(readEnd)
    }

    func send(_ message: JSON) { server.receive(message.serialized()) }

    func request(_ method: String, _ params: JSON) -> JSON {
        let id = nextId
        nextId += 1
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        while true {
            let message = readMessage()
            if message["id"]?.int == id { return message }
        }
    }

    func readMessage() -> JSON {
        while true {
            if case .message(let body)? = decoder.next() { return try! JSONParser.parse(body) }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = read(readEnd, &buffer, buffer.count)
            XCTAssertGreaterThan(n, 0)
            decoder.append(buffer[0..<max(0, n)])
        }
    }

    func initialize(encodings: [String]?, pull: Bool = true) -> JSON {
        var capabilities: [String: JSON] = ["textDocument": pull ? ["diagnostic": [:], "documentSymbol": ["hierarchicalDocumentSymbolSupport": true]] : [:]]
        if let encodings { capabilities["general"] = ["positionEncodings": .array(encodings.map { .string($0) })] }
        return request("initialize", ["capabilities": .object(capabilities)])
    }

    func testEncodingNegotiation() {
        XCTAssertEqual(initialize(encodings: ["utf-16", "utf-8"])["result"]?["capabilities"]?["positionEncoding"], "utf-8")
        setUp()
        XCTAssertEqual(initialize(encodings: ["utf-32", "utf-16"])["result"]?["capabilities"]?["positionEncoding"], "utf-32")
        setUp()
        XCTAssertEqual(initialize(encodings: nil)["result"]?["capabilities"]?["positionEncoding"], "utf-16")
    }

    /// Edits queued before a request are all applied before it reads its snapshot, and the pull
    /// result id follows the version.
    func testNotificationsApplyInOrderBeforeLaterRequests() {
        _ = initialize(encodings: ["utf-16"])
        let uri = "file:///w/a.py"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": "x = 1\n"]]])
        for version in 2...50 {
            let line = version - 2
            send(["jsonrpc": "2.0", "method": "textDocument/didChange",
                  "params": ["textDocument": ["uri": .string(uri), "version": .int(version)],
                             "contentChanges": [["range": ["start": ["line": .int(line), "character": 0], "end": ["line": .int(line), "character": 0]],
                                                 "text": .string("v\(version) = \"😀\"\n")]]]])
        }
        let response = request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        XCTAssertTrue(response["result"]?["resultId"]?.string?.hasSuffix("-50") ?? false, "open + 49 changes = revision 50")
        XCTAssertEqual(response["result"]?["items"]?.array?.count, 0)
        let symbols = request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])["result"]?.array ?? []
        XCTAssertEqual(symbols.count, 50)
        XCTAssertEqual(symbols.last?["name"], "x")
        XCTAssertEqual(symbols.last?["range"]?["start"]?["line"], 49)
        XCTAssertEqual(symbols.first?["name"], "v2")
    }

    /// Every consumer of a revision shares one analysis: pull diagnostics, code actions, hover,
    /// code lenses and the outline once each ran the engines themselves (metrics three times).
    func testOneAnalysisPerRevisionServesEveryRequest() {
        _ = initialize(encodings: ["utf-16"])
        let uri = "file:///w/shared.py"
        let text = "import yaml\n\ndef load(path):\n    if path == None:\n        return None\n    return yaml.load(open(path))\n"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": .string(text)]]])
        let document: JSON = ["uri": .string(uri)]
        let everywhere: JSON = ["start": ["line": 0, "character": 0], "end": ["line": 5, "character": 0]]
        let diagnostics = request("textDocument/diagnostic", ["textDocument": document])["result"]?["items"]?.array ?? []
        XCTAssertFalse(diagnostics.isEmpty)
        let actions = request("textDocument/codeAction", ["textDocument": document, "range": everywhere,
                                                          "context": ["diagnostics": [], "only": ["quickfix"]]])["result"]?.array ?? []
        XCTAssertFalse(actions.isEmpty)
        _ = request("textDocument/hover", ["textDocument": document, "position": ["line": 2, "character": 5]])
        XCTAssertEqual(request("textDocument/codeLens", ["textDocument": document])["result"]?.array?.count, 1)
        XCTAssertEqual(request("textDocument/documentSymbol", ["textDocument": document])["result"]?.array?.count, 1)
        // Lint's name rules, navigation and the refactorings read one scope graph.
        let definition = request("textDocument/definition", ["textDocument": document, "position": ["line": 3, "character": 8]])
        XCTAssertEqual(definition["result"]?.array?.first?["range"]?["start"]?["line"], 2)
        _ = request("textDocument/references", ["textDocument": document, "position": ["line": 2, "character": 10],
                                                "context": ["includeDeclaration": true]])
        _ = request("textDocument/codeAction", ["textDocument": document,
                                                "range": ["start": ["line": 5, "character": 21], "end": ["line": 5, "character": 31]],
                                                "context": ["diagnostics": [], "only": ["refactor.extract"]]])
        server.diagnostics.drain()
        XCTAssertEqual(server.analyses.made, 1)
        let parts = server.analyses.analysis(of: try! server.snapshot(uri), configuration: server.configuration(for: uri), rules: server.rules).computations
        XCTAssertEqual(parts["findings"], 1, "\(parts)")
        XCTAssertEqual(parts["outline"], 1, "\(parts)")
        XCTAssertLessThanOrEqual(parts["metrics"] ?? 0, 1, "\(parts)")
        XCTAssertEqual(parts["scopeGraph"], 1, "\(parts)")
        send(["jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(text + "x = 1\n")]]]])
        _ = request("textDocument/diagnostic", ["textDocument": document])
        XCTAssertEqual(server.analyses.made, 2, "a new revision gets a new analysis")
    }

    func testUnchangedPullResult() {
        _ = initialize(encodings: nil)
        let uri = "file:///w/b.js"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "javascript", "version": 7, "text": "let a = (;\n"]]])
        let first = request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        XCTAssertEqual(first["result"]?["kind"], "full")
        let resultId = first["result"]?["resultId"] ?? .null
        let again = request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": resultId])
        XCTAssertEqual(again["result"]?["kind"], "unchanged")
        let version = request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": "7"])
        XCTAssertEqual(version["result"]?["kind"], "full", "a bare version is not a result id")
    }

    /// Settings are remembered per document; a saved `.codepal.toml` must still reach documents
    /// already open (the per-URI memory is dropped with the folder cache).
    func testSavedConfigurationReachesOpenDocuments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let toml = root.appendingPathComponent(".codepal.toml")
        _ = initialize(encodings: ["utf-16"])
        let uri = URL(fileURLWithPath: root.appendingPathComponent("shared.py").path).absoluteString
        let text = "import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": .string(text)]]])
        func codes() -> [String] {
            let items = request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])["result"]?["items"]?.array ?? []
            return items.compactMap { $0["code"]?.string }
        }
        let before = codes()
        XCTAssertEqual(codes(), before, "asked again: the remembered settings")
        guard let code = before.first(where: { $0.hasPrefix("py/") }) else { return XCTFail("no lint finding: \(before)") }
        try "[lint]\nignore = [\"\(code)\"]\n".write(to: toml, atomically: true, encoding: .utf8)
        send(["jsonrpc": "2.0", "method": "textDocument/didSave",
              "params": ["textDocument": ["uri": .string(URL(fileURLWithPath: toml.path).absoluteString)]]])
        let after = codes()
        XCTAssertFalse(after.contains(code), "the saved settings apply to the open document: \(after)")
    }

    /// A pushing server's hover shows the findings of the analysis it last published, moved
    /// through the edits since, instead of linting each revision it is asked about again.
    func testHoverReadsThePublishedAnalysisInsteadOfLintingAgain() throws {
        _ = request("initialize", ["capabilities": ["general": ["positionEncodings": ["utf-16"]]],
                                   "initializationOptions": ["analysisDelayMs": 3_600_000, "diagnosticsIntervalMs": 0]])
        let uri = "file:///w/hover.py"
        let text = "import yaml\n\ndef load(path):\n    if path == None:\n        return None\n    return yaml.load(open(path))\n"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": .string(text)]]])
        // The opening analysis runs at once; wait for its findings to be published.
        while true {
            let message = readMessage()
            guard message["method"]?.string == "textDocument/publishDiagnostics" else { continue }
            if message["params"]?["diagnostics"]?.array?.contains(where: { $0["code"]?.string == "py/compare-to-none" }) ?? false { break }
        }
        func hover(_ line: Int, _ character: Int) -> String {
            request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": .int(line), "character": .int(character)]])["result"]?["contents"]?["value"]?.string ?? ""
        }
        func lints() -> Int? { server.analyses.existing(of: try! server.snapshot(uri))?.computations["findings"] }
        XCTAssertTrue(hover(3, 10).contains("`py/compare-to-none`"))
        XCTAssertEqual(lints(), 1, "the opening revision: the publisher's own analysis")
        // A line typed above: the finding moves down with its text, and nothing is linted again.
        send(["jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": ["textDocument": ["uri": .string(uri), "version": 2],
                         "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "x = 1\n"]]]])
        XCTAssertTrue(hover(4, 10).contains("`py/compare-to-none`"), "moved with its line")
        XCTAssertFalse(hover(3, 10).contains("`py/compare-to-none`"), "not where the line was")
        XCTAssertNil(lints(), "hover linted the new revision")
    }

    /// A published diagnostic that no edit since has reached is sent again as it was, without
    /// converting its range and encoding it again; one behind an edit is, at its new place.
    func testPublishedDiagnosticsBeforeEveryEditAreNotEncodedAgain() throws {
        _ = request("initialize", ["capabilities": ["general": ["positionEncodings": ["utf-16"]]],
                                   "initializationOptions": ["analysisDelayMs": 3_600_000, "diagnosticsIntervalMs": 0]])
        let uri = "file:///w/encoded.py"
        let text = "import yaml\n\ndef load(path):\n    if path == None:\n        return None\n    return yaml.load(open(path))\n"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": .string(text)]]])
        func published(_ version: Int) -> [JSON] {
            while true {
                let message = readMessage()
                guard message["method"]?.string == "textDocument/publishDiagnostics", message["params"]?["version"]?.int == version,
                      let items = message["params"]?["diagnostics"]?.array,
                      items.contains(where: { $0["code"]?.string == "py/compare-to-none" }) else { continue }
                return items
            }
        }
        func line(_ items: [JSON]) -> Int? { items.first { $0["code"]?.string == "py/compare-to-none" }?["range"]?["start"]?["line"]?.int }
        func insert(_ text: String, line: Int, version: Int) {
            send(["jsonrpc": "2.0", "method": "textDocument/didChange",
                  "params": ["textDocument": ["uri": .string(uri), "version": .int(version)],
                             "contentChanges": [["range": ["start": ["line": .int(line), "character": 0], "end": ["line": .int(line), "character": 0]],
                                                 "text": .string(text)]]]])
        }
        let opened = published(1)
        server.diagnostics.drain()
        let encodedAtOpening = server.diagnostics.encodings
        // Typed after every finding: the same JSON again, nothing encoded.
        insert("x", line: 6, version: 2)
        let typed = published(2)
        server.diagnostics.drain()
        XCTAssertEqual(typed, opened)
        XCTAssertEqual(server.diagnostics.encodings, encodedAtOpening, "findings before the edit were encoded again")
        // A line above them: each is encoded again, one line down.
        insert("\n", line: 0, version: 3)
        let moved = published(3)
        server.diagnostics.drain()
        XCTAssertEqual(line(moved), (line(opened) ?? -1) + 1)
        XCTAssertEqual(server.diagnostics.encodings, encodedAtOpening + moved.count)
    }

    /// A keystroke right after opening does not cancel the opening analysis: its findings reach
    /// the editor and hover, moved through the edit, instead of none until typing pauses.
    func testAKeystrokeRightAfterOpeningKeepsTheOpeningAnalysis() throws {
        _ = request("initialize", ["capabilities": ["general": ["positionEncodings": ["utf-16"]]],
                                   "initializationOptions": ["analysisDelayMs": 3_600_000, "diagnosticsIntervalMs": 0]])
        let uri = "file:///w/opening.py"
        let text = "import yaml\n\ndef load(path):\n    if path == None:\n        return None\n    return yaml.load(open(path))\n"
        send(["jsonrpc": "2.0", "method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": .string(uri), "languageId": "python", "version": 1, "text": .string(text)]]])
        send(["jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": ["textDocument": ["uri": .string(uri), "version": 2],
                         "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "\n"]]]])
        // A request answered: both notifications are applied.
        _ = request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
        let snapshot = try server.snapshot(uri)
        XCTAssertEqual(snapshot.version, 2)
        var findings = server.diagnostics.latestFindings(for: snapshot)
        for _ in 0..<500 where findings == nil {
            usleep(10_000)
            server.diagnostics.drain()
            findings = server.diagnostics.latestFindings(for: snapshot)
        }
        let none = try XCTUnwrap(findings?.first { $0.code == "py/compare-to-none" }, "the opening analysis never finished")
        XCTAssertEqual(snapshot.text.position(of: none.range.lowerBound, in: .utf16).line, 4, "moved one line down")
    }
}
