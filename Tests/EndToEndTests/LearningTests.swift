import Foundation
import TestSupport
import XCTest

/// Learning metrics end to end: a scripted session over LSP (a user who fixes the same mistake
/// only with the quick fix), the report in the editor and on the command line, several users in
/// one store, export, forget and import.
///
/// The suite runs against the SQLite store, and against PostgreSQL when
/// `CODEPAL_TEST_LEARNING_BACKEND=postgres` (`make test` does both, through `scripts/with-postgres`).
final class LearningTests: EndToEndTestCase {
    /// The store's spec: a SQLite path, or a fresh PostgreSQL database's URL.
    var store: String!

    /// A new, empty store for one test.
    func newStore(_ name: String = "learning.sqlite") throws -> String {
        guard ProcessInfo.processInfo.environment["CODEPAL_TEST_LEARNING_BACKEND"] == "postgres" else {
            return try temporaryDirectory().appendingPathComponent(name).path
        }
        return try PostgresTestDatabase.create()
    }

    func start(user: String) throws -> LSPClient {
        let client = try launch()
        var capabilities = Self.capabilities()
        capabilities["textDocument"] = ["publishDiagnostics": ["versionSupport": true]]
        let options: [String: Any] = ["diagnosticsIntervalMs": 0, "analysisDelayMs": 200,
                                      "codepal": ["user": user, "learningPath": store!]]
        _ = try client.result("initialize", Self.initializeParams(capabilities: capabilities, initializationOptions: options))
        try client.notify("initialized", [String: Any]())
        return client
    }

    func waitForFindings(_ client: LSPClient, _ uri: String, version: Int, _ predicate: @escaping ([String]) -> Bool) throws {
        _ = try client.waitForMessage(what: "diagnostics v\(version)") { message in
            guard message["method"].string == "textDocument/publishDiagnostics", message["params"]["uri"].string == uri,
                  message["params"]["version"].int == version else { return false }
            return predicate(message["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? [])
        }
    }

    /// Writes `== None` three times; each time fixes it as the user chooses.
    func session(_ client: LSPClient, byQuickFix: Bool) throws {
        let uri = "file:///tmp/learning/grades.py"
        let clean = "def grade(value):\n    return value\n"
        let wrong = "def grade(value):\n    if value == None:\n        return 0\n    return value\n"
        let right = wrong.replacingOccurrences(of: "==", with: "is")
        try open(client, uri, "python", clean)
        try waitForFindings(client, uri, version: 1) { !$0.contains("py/compare-to-none") }
        var version = 1
        for _ in 0..<3 {
            version += 1
            try change(client, uri, version: version, nil, wrong)
            try waitForFindings(client, uri, version: version) { $0.contains("py/compare-to-none") }
            version += 1
            if byQuickFix {
                let actions = try XCTUnwrap(client.result("textDocument/codeAction", ["textDocument": ["uri": uri], "range": LSPRange(1, 13, 1, 15).json,
                                                                                      "context": ["diagnostics": [], "only": ["quickfix"]]]).array)
                let fix = try XCTUnwrap(actions.first { $0["title"].string?.hasPrefix("Use `is`") ?? false })
                // As a client does: apply the edit, then run the action's command.
                try change(client, uri, version: version, nil, right)
                _ = try client.result("workspace/executeCommand", ["command": fix["command"]["command"].string!, "arguments": fix["command"]["arguments"].raw!])
            } else {
                try change(client, uri, version: version, nil, right)
            }
            try waitForFindings(client, uri, version: version) { !$0.contains("py/compare-to-none") }
            version += 1
            try change(client, uri, version: version, nil, clean)
            try waitForFindings(client, uri, version: version) { _ in true }
        }
    }

    func testQuickFixOnlyUserGetsAGapAndTheStoreKeepsUsersApart() throws {
        store = try newStore()
        let alice = try start(user: "alice")
        try session(alice, byQuickFix: true)
        let report = try alice.result("codepal/learningReport", [String: Any]())
        let rule = try XCTUnwrap(report["rules"].array?.first { $0["key"].string == "py/compare-to-none" }, "\(report)")
        XCTAssertEqual(rule["introduced"].int, 3)
        XCTAssertEqual(rule["fixedByQuickFix"].int, 3)
        XCTAssertEqual(rule["fixedByHand"].int, 0)
        XCTAssertEqual(report["gaps"][0]["kind"].string, "quick-fix-only")
        XCTAssertEqual(report["path"][0]["topic"].string, "Comparing values", "the lesson (Grammars/lessons.json) the rule belongs to")
        XCTAssertEqual(report["path"][0]["rules"].array?.compactMap(\.string), ["py/compare-to-none"])
        XCTAssertGreaterThan(report["completionsOffered"].int ?? -1, -1)
        XCTAssertGreaterThan(report["editedLines"].int ?? 0, 0)
        // Once per session, a nudge.
        let nudge = try alice.waitForNotification("window/showMessage") { $0["params"]["message"].string?.contains("keeps coming back") ?? false }
        XCTAssertTrue(nudge["params"]["message"].string!.contains("py/compare-to-none"))
        let markdown = try alice.result("workspace/executeCommand", ["command": "codepal.showLearningReport", "arguments": [Any]()]).string ?? ""
        XCTAssertTrue(markdown.contains("## What to learn next") && markdown.contains("py/compare-to-none"), markdown)
        _ = try alice.result("shutdown")

        // Bob fixes by hand: no quick-fix gap; the same store keeps both apart.
        let bob = try start(user: "bob")
        try session(bob, byQuickFix: false)
        // A deeply nested rewrite: waiting for its complexity warning makes sure the analysis of
        // that very version ran (fast edits are analysed only once typing pauses).
        let nested = "def grade(value):\n" + (1...5).map { String(repeating: "    ", count: $0) + "if value > \($0):\n" }.joined()
            + String(repeating: "    ", count: 6) + "return value\n    return 0\n"
        try change(bob, "file:///tmp/learning/grades.py", version: 100, nil, nested)
        try waitForFindings(bob, "file:///tmp/learning/grades.py", version: 100) { $0.contains("complexity/nesting") }
        _ = try bob.result("shutdown")
        let bobReport = try cliReport("bob")
        let bobRule = try XCTUnwrap((bobReport["rules"] as? [[String: Any]])?.first { $0["key"] as? String == "py/compare-to-none" })
        XCTAssertEqual(bobRule["fixedByHand"] as? Int, 3)
        XCTAssertNotNil(bobRule["medianMinutesToFix"] as? Double, "fixes of this session's findings are timed")
        XCTAssertNotNil((bobReport["weeks"] as? [[String: Any]])?.first?["averageCognitive"] as? Double, "changed functions are measured: \(bobReport["weeks"] ?? "")")
        XCTAssertEqual(bobRule["fixedByQuickFix"] as? Int, 0)
        XCTAssertFalse(((bobReport["gaps"] as? [[String: Any]]) ?? []).contains { $0["kind"] as? String == "quick-fix-only" })

        // Export, forget (no rows left for alice, bob untouched), import.
        let exported = try run(["learn", "export", "--user", "alice", "--store", store!])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let events = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        XCTAssertFalse(events.isEmpty)
        XCTAssertFalse(exported.stdout.contains("value == None"), "no source text is stored")
        let saved = try write(exported.stdout, to: try temporaryDirectory().appendingPathComponent("alice.json"))
        let forgot = try run(["learn", "forget", "--user", "alice", "--store", store!])
        XCTAssertTrue(forgot.stderr.contains("forgot alice: \(events.count) rows from event"), forgot.stderr)
        XCTAssertEqual(try run(["learn", "export", "--user", "alice", "--store", store!]).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
        XCTAssertFalse(try run(["learn", "export", "--user", "bob", "--store", store!]).stdout.contains("[\n\n]"), "bob keeps his data")
        let imported = try run(["learn", "import", saved.path, "--user", "alice", "--store", store!])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual((try cliReport("alice")["gaps"] as? [[String: Any]])?.first?["kind"] as? String, "quick-fix-only")
        // The HTML report is one self-contained page.
        let html = try run(["learn", "report", "--user", "alice", "--store", store!, "--format", "html"])
        XCTAssertTrue(html.stdout.hasPrefix("<!doctype html>") && html.stdout.contains("<svg") && !html.stdout.contains("http"), html.stdout)
    }

    func testMetricsCanBeTurnedOff() throws {
        store = try newStore("off.sqlite")
        let client = try launch()
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities(),
                                                                  initializationOptions: ["codepal": ["metrics": false, "learningPath": store!]]))
        try client.notify("initialized", [String: Any]())
        XCTAssertEqual(try client.request("codepal/learningReport", [String: Any]())["error"]["code"].int, -32803)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store!), "nothing is written")

        // `codepal serve --no-metrics` wins over a client that asks for metrics.
        let flagged = try launch(["serve", "--no-metrics"])
        _ = try flagged.result("initialize", Self.initializeParams(capabilities: Self.capabilities(),
                                                                   initializationOptions: ["codepal": ["metrics": true, "learningPath": store!]]))
        XCTAssertEqual(try flagged.request("codepal/learningReport", [String: Any]())["error"]["code"].int, -32803)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store!))
    }

    /// The report's entry for a rule (or category), once `done` holds for it; asks again until
    /// then (events reach the store when the recorder flushes), failing after `timeout`.
    func topic(_ client: LSPClient, _ section: String, _ key: String, timeout: TimeInterval = 30,
               until done: (JSONValue) -> Bool) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let report = try client.result("codepal/learningReport", [String: Any](), timeout: 30)
            let entry = report[section].array?.first { $0["key"].string == key }
            if let entry, done(entry) { return entry }
            if Date() > deadline {
                XCTFail("\(section) \(key) in the report: \(entry.map { "\($0)" } ?? "missing") after \(timeout) s; report: \(report)")
                return entry ?? report
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    /// Findings in a file when it is opened are the learner's current state: the rule shows in the
    /// profile as open, without counting as introduced, and opening the file again (in this
    /// session or the next) does not count them twice.
    func testFindingsPresentWhenAFileIsOpenedAreOpenNotIntroduced() throws {
        store = try newStore()
        let uri = "file:///tmp/learning/users.py"
        let text = "from flask import request\n\n\ndef find_user(cursor):\n    name = request.args[\"name\"]\n"
            + "    cursor.execute(\"SELECT * FROM users WHERE name = '\" + name + \"'\")\n"
        let client = try start(user: "olga")
        try open(client, uri, "python", text)
        try waitForFindings(client, uri, version: 1) { $0.contains("py/sql-injection") }
        let rule = try topic(client, "rules", "py/sql-injection") { $0["open"].int == 1 }
        XCTAssertEqual(rule["introduced"].int, 0, "present at open is not an introduction: \(rule)")
        XCTAssertEqual(rule["open"].int, 1)
        let category = try topic(client, "categories", "security") { $0["open"].int == 1 }
        XCTAssertEqual(category["introduced"].int, 0)
        // Closed and opened again: still one open finding, not two.
        try close(client, uri)
        try open(client, uri, "python", text)
        try waitForFindings(client, uri, version: 1) { $0.contains("py/sql-injection") }
        _ = try client.result("codepal/learningReport", [String: Any]())
        XCTAssertEqual(try topic(client, "rules", "py/sql-injection") { _ in true }["open"].int, 1)
        _ = try client.result("shutdown")

        // The next session opens the file after it was fixed outside the editor: nothing is open.
        let next = try start(user: "olga")
        let fixed = text.replacingOccurrences(of: "\"SELECT * FROM users WHERE name = '\" + name + \"'\"", with: "\"SELECT * FROM users WHERE name = ?\", (name,)")
        try open(next, uri, "python", fixed)
        try waitForFindings(next, uri, version: 1) { !$0.contains("py/sql-injection") }
        let after = try topic(next, "rules", "py/sql-injection") { $0["open"].int == 0 }
        XCTAssertEqual(after["open"].int, 0, "the file's state at its latest opening wins")
        XCTAssertEqual(after["introduced"].int, 0)
    }

    /// `yaml.load` fixed and written again three times by whole-file edits sent back to back (a
    /// script, undo and redo): the editor's debounced analysis sees only the last one, yet each of
    /// the three introductions and three fixes counts.
    func testEveryReintroductionAndFixCounts() throws {
        store = try newStore()
        let uri = "file:///tmp/learning/config.py"
        let safe = "import yaml\n\n\ndef settings(stream):\n    return yaml.safe_load(stream)\n"
        let unsafe = safe.replacingOccurrences(of: "safe_load", with: "load")
        let client = try start(user: "yuri")
        try open(client, uri, "python", safe)
        try waitForFindings(client, uri, version: 1) { !$0.contains("py/yaml-unsafe-load") }
        for (index, text) in Array(repeating: [unsafe, safe], count: 3).joined().enumerated() {
            try change(client, uri, version: index + 2, nil, text)
        }
        try waitForFindings(client, uri, version: 7) { !$0.contains("py/yaml-unsafe-load") }
        let rule = try topic(client, "rules", "py/yaml-unsafe-load") { $0["introduced"].int == 3 && $0["fixedByHand"].int == 3 }
        XCTAssertEqual(rule["introduced"].int, 3, "\(rule)")
        XCTAssertEqual(rule["fixedByHand"].int, 3, "\(rule)")
        XCTAssertEqual(rule["open"].int, 0, "\(rule)")
    }

    /// Seven whole-file edits 1.2 s apart, as a scripted session sent them, on a server whose
    /// analysis does not get to run between them (as on a loaded machine; here a 2 s analysis
    /// delay): every introduction and every fix is recorded.
    func testWholeFileEditsSecondsApartEachCount() throws {
        store = try newStore()
        let uri = "file:///tmp/learning/shop.py"
        let header = "import hashlib\nimport subprocess\nfrom flask import request\n"
        let injectable = "\n\ndef find_user(cursor):\n    name = request.args[\"name\"]\n    cursor.execute(\"SELECT * FROM users WHERE name = '\" + name + \"'\")\n"
        let parameterised = "\n\ndef find_user(cursor):\n    name = request.args[\"name\"]\n    cursor.execute(\"SELECT * FROM users WHERE name = ?\", (name,))\n"
        let md5 = "\n\ndef fingerprint(data):\n    return hashlib.md5(data).hexdigest()\n"
        let sha = "\n\ndef fingerprint(data):\n    return hashlib.sha256(data).hexdigest()\n"
        let shell = "\n\ndef archive():\n    folder = request.args[\"folder\"]\n    subprocess.call(\"tar czf out.tgz \" + folder, shell=True)\n"
        let nested = "\n\ndef grade(value):\n" + (1...5).map { String(repeating: "    ", count: $0) + "if value > \($0):\n" }.joined()
            + String(repeating: "    ", count: 6) + "return value\n    return 0\n"
        let order = "\n\ndef find_order(cursor):\n    number = request.args[\"order\"]\n    cursor.execute(f\"SELECT * FROM orders WHERE id = {number}\")\n"
        let steps = [header + injectable, header + parameterised, header + parameterised + md5, header + parameterised + sha,
                     header + parameterised + sha + shell, header + parameterised + sha + shell + nested,
                     header + parameterised + sha + shell + nested + order]
        let client = try launch()
        var capabilities = Self.capabilities()
        capabilities["textDocument"] = ["publishDiagnostics": ["versionSupport": true]]
        _ = try client.result("initialize", Self.initializeParams(capabilities: capabilities, initializationOptions: [
            "diagnosticsIntervalMs": 0, "analysisDelayMs": 2000, "codepal": ["user": "sam", "learningPath": store!]]))
        try client.notify("initialized", [String: Any]())
        try open(client, uri, "python", header)
        try waitForFindings(client, uri, version: 1) { _ in true }
        for (index, text) in steps.enumerated() {
            let sent = Date()
            try change(client, uri, version: index + 2, nil, text)
            // The server has the edit (its syntax diagnostics come at once; the analysis later).
            try waitForFindings(client, uri, version: index + 2) { _ in true }
            Thread.sleep(until: sent.addingTimeInterval(1.2))
        }
        let sql = try topic(client, "rules", "py/sql-injection") { $0["introduced"].int == 2 && $0["fixedByHand"].int == 1 }
        XCTAssertEqual(sql["introduced"].int, 2, "\(sql)")
        XCTAssertEqual(sql["fixedByHand"].int, 1, "\(sql)")
        XCTAssertEqual(sql["open"].int, 1, "\(sql)")
        let hash = try topic(client, "rules", "py/weak-hash") { $0["fixedByHand"].int == 1 }
        XCTAssertEqual(hash["introduced"].int, 1, "\(hash)")
        XCTAssertEqual(hash["open"].int, 0, "\(hash)")
        XCTAssertEqual(try topic(client, "rules", "py/command-injection") { $0["introduced"].int == 1 }["open"].int, 1)
        XCTAssertEqual(try topic(client, "rules", "complexity/nesting") { $0["introduced"].int == 1 }["open"].int, 1)
    }

    /// With one week of data the HTML trend chart draws that week: a dot for the total and one
    /// per category (a polyline of one point draws nothing).
    func testTheTrendChartDrawsASingleWeek() throws {
        store = try newStore()
        let now = ISO8601DateFormatter().string(from: Date())
        let events: [[String: Any]] = [["user": "ida", "at": now, "kind": "edited", "count": 250],
                                       ["user": "ida", "at": now, "kind": "introduced", "rule": "py/sql-injection", "category": "security", "count": 1]]
        let file = try write(try JSONSerialization.data(withJSONObject: events), to: try temporaryDirectory().appendingPathComponent("ida.json"))
        XCTAssertEqual(try run(["learn", "import", file.path, "--store", store!]).status, 0)
        let html = try run(["learn", "report", "--user", "ida", "--store", store!, "--format", "html"]).stdout
        let section = try XCTUnwrap(html.range(of: "by week and category</h2>"), html)
        let chart = html[section.upperBound...].components(separatedBy: "</svg>")[0]
        let dots = chart.components(separatedBy: "<circle").dropFirst()
        XCTAssertEqual(dots.count, 2, "the total and security: \(chart)")
        XCTAssertTrue(dots.allSatisfy { $0.contains("cx=\"380.0\"") }, "in the middle of the chart: \(chart)")
        XCTAssertTrue(dots.contains { $0.contains("cy=\"30.0\"") }, "4 per 1,000 lines is the top of the scale: \(chart)")
    }

    func cliReport(_ user: String) throws -> [String: Any] {
        let result = try run(["learn", "report", "--user", user, "--store", store!, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func testAnUnreadableStoreIsMovedAsideNotDeleted() throws {
        let folder = try temporaryDirectory()
        if ProcessInfo.processInfo.environment["CODEPAL_TEST_LEARNING_BACKEND"] == "postgres" {
            throw XCTSkip("a SQLite file's own failure mode")
        }
        store = folder.appendingPathComponent("learning.sqlite").path
        _ = try write("not a database, but someone's data", to: URL(fileURLWithPath: store))
        let result = try run(["learn", "report", "--user", "alice", "--store", store!])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("moved it to"), result.stderr)
        let aside = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.contains(".unusable-") })
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(aside), encoding: .utf8), "not a database, but someone's data")
    }
}
