import Foundation
import TestSupport
import XCTest

/// Platform mode of `codepal serve --websocket`: identities from a token file and what each role
/// may see, per-connection rate limits, health and metrics endpoints, `codepal/status` over
/// stdio, JSON request logs, the class report, and several processes opening one store at once.
final class PlatformTests: EndToEndTestCase {
    private var servers: [WebSocketServerProcess] = []

    static let learner = "learner-token-aaaaaaaaaaaaaaaa"
    static let otherLearner = "learner-token-bbbbbbbbbbbbbbbb"
    static let teacher = "teacher-token-cccccccccccccccc"

    static let injection = """
        from flask import request

        def show(cursor):
            user = request.args["id"]
            cursor.execute("SELECT * FROM users WHERE id = " + user)
        """

    override func tearDown() {
        let failed = (testRun?.failureCount ?? 0) + (testRun?.unexpectedExceptionCount ?? 0) > 0
        for server in servers {
            server.stop()
            if failed { print("--- stderr of codepal serve --websocket (\(name)) ---\n\(server.stderr)\n--- end ---") }
        }
        servers.removeAll()
        super.tearDown()
    }

    private func startWebSocketServer(_ extra: [String], address: String = "127.0.0.1:0") throws -> WebSocketServerProcess {
        let server = try WebSocketServerProcess(executable: Self.binary, arguments: ["serve", "--websocket", address] + extra)
        servers.append(server)
        return server
    }

    private func platform(_ extra: [String] = []) throws -> (WebSocketServerProcess, store: String) {
        let folder = try temporaryDirectory()
        let users = try write("""
            # token                           user   role
            \(Self.learner)   alice  learner
            \(Self.otherLearner)   bob    learner
            \(Self.teacher)   tess   teacher
            """, to: folder.appendingPathComponent("users"))
        let store = ProcessInfo.processInfo.environment["CODEPAL_TEST_LEARNING_BACKEND"] == "postgres"
            ? try PostgresTestDatabase.create() : folder.appendingPathComponent("learning.sqlite").path
        return (try startWebSocketServer(["--users", users.path, "--learning-db", store] + extra), store)
    }

    private func session(_ server: WebSocketServerProcess, token: String, claimedUser: String? = nil) throws -> WebSocketClient {
        let client = try WebSocketClient(port: server.port, path: "/?token=\(token)")
        var options: [String: Any] = ["diagnosticsIntervalMs": 0]
        if let claimedUser { options["codepal"] = ["user": claimedUser, "learningPath": "/tmp/elsewhere-\(UUID().uuidString).sqlite"] }
        let params = Self.initializeParams(capabilities: Self.capabilities(encodings: ["utf-16"]), initializationOptions: options)
        _ = try client.request("initialize", params)
        try client.notify("initialized", [String: Any]())
        return client
    }

    func testTokenFileDecidesTheUserAndWhatEachRoleMaySee() throws {
        let (server, _) = try platform()
        for path in ["/", "/?token=not-a-known-token-at-all"] {
            XCTAssertThrowsError(try WebSocketClient(port: server.port, path: path)) { error in
                XCTAssertEqual((error as? WebSocketClient.HandshakeRefused)?.status, 401, "\(path): \(error)")
            }
        }
        // Alice says she is bob and names another store: the token decides, the shared store stays.
        let alice = try session(server, token: Self.learner, claimedUser: "bob")
        try alice.notify("textDocument/didOpen", Self.didOpenParams("file:///class/app.py", "python", Self.injection))
        _ = try alice.waitFor("diagnostics") { $0["method"].string == "textDocument/publishDiagnostics" && ($0["params"]["diagnostics"].count ?? 0) > 0 }
        let own = try alice.request("codepal/learningReport", [String: Any](), timeout: 30)
        XCTAssertEqual(own["result"]["user"].string, "alice", "\(own)")
        let others = try alice.request("codepal/learningReport", ["user": "bob"])
        XCTAssertEqual(others["error"]["code"].int, -32803, "\(others)")
        XCTAssertTrue(others["error"]["message"].string?.contains("own") ?? false, "\(others)")
        let classAsLearner = try alice.request("codepal/classReport", [String: Any]())
        XCTAssertEqual(classAsLearner["error"]["code"].int, -32803, "\(classAsLearner)")
        XCTAssertTrue(classAsLearner["error"]["message"].string?.contains("teachers") ?? false, "\(classAsLearner)")

        let tess = try session(server, token: Self.teacher)
        let report = try tess.request("codepal/classReport", [String: Any](), timeout: 30)
        let learners = report["result"]["learners"].array?.compactMap { $0["user"].string } ?? []
        XCTAssertEqual(learners, ["alice"], "\(report)")
        let topics = report["result"]["topics"].array ?? []
        XCTAssertTrue(topics.contains { ($0["introduced"].int ?? 0) + ($0["open"].int ?? 0) > 0 }, "\(report)")
        let aliceForTeacher = try tess.request("codepal/learningReport", ["user": "alice"], timeout: 30)
        XCTAssertEqual(aliceForTeacher["result"]["user"].string, "alice", "\(aliceForTeacher)")
    }

    func testTokenFileErrorsNameTheLine() throws {
        let folder = try temporaryDirectory()
        let users = try write("\(Self.learner) alice learner\nshort-token bob learner\n", to: folder.appendingPathComponent("users"))
        let result = try run(["serve", "--websocket", "127.0.0.1:0", "--users", users.path])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("users:2"), result.stderr)
        try write("\(Self.learner) alice admin\n", to: users)
        let role = try run(["serve", "--websocket", "127.0.0.1:0", "--users", users.path])
        XCTAssertTrue(role.stderr.contains("unknown role `admin`"), role.stderr)
    }

    func testAConfigurationFileSetsTheStoreAndTheTokens() throws {
        let folder = try temporaryDirectory()
        try write("\(Self.teacher) tess teacher\n", to: folder.appendingPathComponent("users"))
        let store = folder.appendingPathComponent("class.sqlite").path
        let config = try write("[serve]\nlearning-db = \"\(store)\"\nusers = \"users\"\nlog-format = \"json\"\n",
                               to: folder.appendingPathComponent("codepal.toml"))
        let server = try startWebSocketServer(["--config", config.path])
        XCTAssertThrowsError(try WebSocketClient(port: server.port))
        let tess = try session(server, token: Self.teacher)
        try tess.notify("textDocument/didOpen", Self.didOpenParams("file:///c/app.py", "python", Self.injection))
        _ = try tess.waitFor("diagnostics") { $0["method"].string == "textDocument/publishDiagnostics" && ($0["params"]["diagnostics"].count ?? 0) > 0 }
        XCTAssertEqual(try tess.request("codepal/learningReport", [String: Any](), timeout: 30)["result"]["user"].string, "tess")
        XCTAssertTrue(FileManager.default.fileExists(atPath: store), "the file's store is used")

        try write("[serve]\nlearning-db = \"x\"\nrate-limits = 5\n", to: config)
        let wrong = try run(["serve", "--websocket", "127.0.0.1:0", "--config", config.path])
        XCTAssertEqual(wrong.status, 64, wrong.stderr)
        XCTAssertTrue(wrong.stderr.contains("codepal.toml:3: unknown setting `serve.rate-limits`"), wrong.stderr)
    }

    func testRequestsOverTheRateAreRefusedAndANotificationFloodCloses() throws {
        let (server, _) = try platform(["--rate-limit", "5"])
        let client = try session(server, token: Self.learner)
        // Two seconds' worth (10) pass at once, then requests are refused, not queued.
        var refused: JSONValue?
        for id in 100..<140 {
            try client.send(["jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol", "params": ["textDocument": ["uri": "file:///x.py"]]])
        }
        for id in 100..<140 {
            let answer = try client.waitFor("answer \(id)", timeout: 30) { $0["id"].int == id }
            if answer["error"]["code"].int == -32803 { refused = answer }
        }
        XCTAssertTrue(refused?["error"]["message"].string?.contains("rate limit") ?? false, "\(String(describing: refused))")
        // Other connections are not affected.
        let other = try session(server, token: Self.otherLearner)
        XCTAssertNotNil(try other.request("codepal/status", [String: Any]())["result"]["sessions"].int)

        let flooder = try session(server, token: Self.otherLearner)
        try flooder.notify("textDocument/didOpen", Self.didOpenParams("file:///f.py", "python", "x = 1\n"))
        for version in 2..<60 {
            try? flooder.notify("textDocument/didChange", Self.didChangeParams("file:///f.py", version: version, range: nil, text: "x = \(version)\n"))
        }
        var closeCode: Int?
        let deadline = Date().addingTimeInterval(30)
        while closeCode == nil, Date() < deadline {
            switch try flooder.receive(timeout: deadline.timeIntervalSinceNow) {
            case .close(let code, _): closeCode = code ?? -1
            case .disconnected: closeCode = -1
            case .text: continue
            }
        }
        XCTAssertEqual(closeCode, 1008)
    }

    func testHealthReadinessAndMetrics() throws {
        let (server, _) = try platform()
        XCTAssertEqual(try httpGet(port: server.port, path: "/healthz").status, 200)
        let ready = try httpGet(port: server.port, path: "/readyz")
        XCTAssertEqual(ready.status, 200, ready.body)
        let client = try session(server, token: Self.learner)
        try client.notify("textDocument/didOpen", Self.didOpenParams("file:///m.py", "python", Self.injection))
        _ = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///m.py"]])
        let metrics = try httpGet(port: server.port, path: "/metrics")
        XCTAssertEqual(metrics.status, 200)
        XCTAssertTrue(metrics.contentType?.hasPrefix("text/plain") ?? false, "\(String(describing: metrics.contentType))")
        for line in ["codepal_sessions 1", #"codepal_request_duration_seconds_count{method="textDocument/documentSymbol"} 1"#,
                     #"codepal_requests_total{method="textDocument/documentSymbol",outcome="ok"} 1"#] {
            XCTAssertTrue(metrics.body.contains(line), "no `\(line)` in\n\(metrics.body)")
        }
        XCTAssertTrue(metrics.body.contains("codepal_request_duration_seconds_bucket{method=\"textDocument/documentSymbol\",le="), metrics.body)

        // A store that cannot be opened: alive, not ready, and says why.
        let blocker = try write("not a folder\n", to: try temporaryDirectory().appendingPathComponent("file"))
        let unready = try startWebSocketServer(["--learning-db", blocker.appendingPathComponent("learning.sqlite").path])
        XCTAssertEqual(try httpGet(port: unready.port, path: "/healthz").status, 200)
        let notReady = try httpGet(port: unready.port, path: "/readyz")
        XCTAssertEqual(notReady.status, 503, notReady.body)
        XCTAssertTrue(notReady.body.contains("learning store"), notReady.body)
    }

    func testStatusOverStdioAndJSONRequestLogs() throws {
        let log = try temporaryDirectory().appendingPathComponent("server.log")
        let (client, _) = try startServer(arguments: ["serve", "--log-format", "json", "--log-file", log.path])
        try open(client, "file:///s.py", "python", "secret_marker_text = 1\n")
        _ = try documentSymbols(client, "file:///s.py")
        let status = try client.result("codepal/status", [String: Any]())
        XCTAssertEqual(status["requests"]["textDocument/documentSymbol"]["count"].int, 1, "\(status)")
        XCTAssertEqual(status["requests"]["initialize"]["count"].int, 1, "\(status)")
        XCTAssertNotNil(status["queueDepth"].int, "\(status)")
        XCTAssertNotNil(status["learningEvents"]["written"].int, "\(status)")
        let text = try String(contentsOf: log, encoding: .utf8)
        let lines = text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(lines.count, text.split(separator: "\n").count, "every line is a JSON object:\n\(text)")
        let request = lines.first { $0["method"] as? String == "textDocument/documentSymbol" }
        XCTAssertEqual(request?["outcome"] as? String, "ok", text)
        XCTAssertNotNil(request?["latency_ms"] as? Double ?? (request?["latency_ms"] as? Int).map(Double.init), text)
        XCTAssertFalse(text.contains("secret_marker_text"), "source text in the log:\n\(text)")
    }

    func testClassReportAsHTML() throws {
        let store = try temporaryDirectory().appendingPathComponent("learning.sqlite")
        let now = ISO8601DateFormatter().string(from: Date())
        for (user, rule) in [("ana", "py/sql-injection"), ("ben", "py/yaml-unsafe-load")] {
            let events = try write("""
                [{"user": "\(user)", "at": "\(now)", "kind": "introduced", "rule": "\(rule)", "category": "security", "count": 3},
                 {"user": "\(user)", "at": "\(now)", "kind": "edited", "count": 200}]
                """, to: store.deletingLastPathComponent().appendingPathComponent("\(user).json"))
            let imported = try run(["learn", "import", "--store", store.path, events.path])
            XCTAssertEqual(imported.status, 0, imported.stderr)
        }
        let html = try run(["learn", "report", "--class", "--format", "html", "--store", store.path])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.hasPrefix("<!doctype html>"), html.stdout)
        for expected in ["ana", "ben", "security", "Class report"] {
            XCTAssertTrue(html.stdout.contains(expected), "no \(expected) in\n\(html.stdout)")
        }
        let json = try run(["learn", "report", "--class", "--format", "json", "--store", store.path])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let topics = report?["topics"] as? [[String: Any]] ?? []
        XCTAssertEqual(topics.first { $0["key"] as? String == "security" }?["introduced"] as? Int, 6, json.stdout)
    }

    func testInstancesStartingTogetherMigrateTheStoreOnce() throws {
        let store = try temporaryDirectory().appendingPathComponent("shared.sqlite")
        let processes = (0..<6).map { _ -> Process in
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["learn", "export", "--user", "nobody", "--store", store.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        XCTAssertEqual(processes.map(\.terminationStatus), Array(repeating: 0, count: 6))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.deletingLastPathComponent().path).filter { $0.contains("unusable") }
        XCTAssertEqual(leftovers, [], "a store was moved aside as unusable while another process created it")
    }

    /// The Monaco client (editors/monaco/codepal-client.js, under Node with a stand-in for
    /// Monaco's API): its server goes away, the user types, a server comes back on the address,
    /// and the client reconnects with back-off and re-opens the document with the edited text.
    func testMonacoClientReconnectsAndReopensItsDocuments() throws {
        let node = try nodeWithWebSocket()
        let first = try startWebSocketServer([])
        let script = Repository.root.appendingPathComponent("Tests/EndToEndTests/Support/Scripts/monaco-reconnect.js")
        let client = Repository.root.appendingPathComponent("editors/monaco/codepal-client.js")
        let process = Process()
        process.executableURL = node
        process.arguments = ["--experimental-websocket", script.path, client.path, "ws://127.0.0.1:\(first.port)/"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let lines = LineReader(output.fileHandleForReading)
        XCTAssertNotNil(lines.wait(for: "connected", timeout: 60), lines.text)
        let port = first.port
        first.stop()
        input.fileHandleForWriting.write(Data("edit\n".utf8))
        XCTAssertNotNil(lines.wait(for: "edited", timeout: 30), lines.text)
        _ = try startWebSocketServer([], address: "127.0.0.1:\(port)")
        let recovered = lines.wait(for: "recovered", timeout: 60)
        XCTAssertNotNil(recovered, lines.text + String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self))
        XCTAssertTrue(recovered?.contains("py/yaml-unsafe-load") ?? false, lines.text)
    }

    private func nodeWithWebSocket() throws -> URL {
        for path in ["/usr/bin/node", "/usr/local/bin/node"] where FileManager.default.isExecutableFile(atPath: path) {
            let probe = try run(["--experimental-websocket", "-e", "process.exit(typeof WebSocket === 'function' ? 0 : 1)"],
                                executable: URL(fileURLWithPath: path))
            if probe.status == 0 { return URL(fileURLWithPath: path) }
        }
        throw XCTSkip("no Node.js with WebSocket (Debian's nodejs 20 or later) to run the Monaco client")
    }
}

/// Lines a child process writes, read on a thread, waited for with a deadline.
private final class LineReader: @unchecked Sendable {
    private let condition = NSCondition()
    private var buffer = ""
    private var ended = false

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let data = handle.availableData
                condition.lock()
                if data.isEmpty { ended = true } else { buffer += String(decoding: data, as: UTF8.self) }
                condition.broadcast()
                condition.unlock()
                if data.isEmpty { return }
            }
        }
    }

    var text: String {
        condition.lock()
        defer { condition.unlock() }
        return buffer
    }

    /// The first line that starts with `prefix`, or nil once the output ends or time is up.
    func wait(for prefix: String, timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let line = buffer.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) { return String(line) }
            if ended || !condition.wait(until: deadline) { return nil }
        }
    }
}
