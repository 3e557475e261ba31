import Foundation
import XCTest

/// Complexity metrics through the binary: `codepal metrics`, `codepal check` with thresholds from
/// `.codepal.toml`, and in the server as diagnostics, code lenses, hovers and a command.
final class ComplexityTests: EndToEndTestCase {
    /// `tangled`: cognitive 7 (for +1, if +2 nested once, `and` +1, while +3 nested twice), cyclomatic 5.
    static let source = """
    def tangled(items, limit):
        total = 0
        for item in items:
            if item and limit:
                while limit:
                    limit -= 1
        return total


    def simple(x):
        return x + 1

    """

    func workspace(limit: Int) throws -> URL {
        let root = try temporaryDirectory()
        _ = try write("[complexity]\ncognitive = \(limit)\n", to: root.appendingPathComponent(".codepal.toml"))
        _ = try write(Self.source, to: root.appendingPathComponent("a.py"))
        return root
    }

    func startServer(analysisDelayMs: Int) throws -> LSPClient {
        let client = try launch()
        let capabilities = Self.capabilities()
        _ = try client.result("initialize", Self.initializeParams(capabilities: capabilities,
            initializationOptions: ["diagnosticsIntervalMs": 0, "analysisDelayMs": analysisDelayMs]))
        try client.notify("initialized", [String: Any]())
        return client
    }

    func complexityDiagnostics(_ params: JSONValue) -> [JSONValue] {
        params["diagnostics"].array?.filter { $0["code"].string?.hasPrefix("complexity/") ?? false } ?? []
    }

    /// Waits for a publication for `version` that satisfies `predicate` (analysis results may
    /// arrive in a second publication for the same version).
    func waitForDiagnostics(_ client: LSPClient, _ uri: String, version: Int, where predicate: @escaping (JSONValue) -> Bool) throws -> JSONValue {
        try client.waitForMessage(what: "publishDiagnostics \(uri) v\(version) matching") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri
                && $0["params"]["version"].int == version && predicate($0["params"])
        }["params"]
    }

    func testServerWarnsAboveTheConfiguredLimitAndKeepsTheWarningInPlaceWhileTyping() throws {
        let root = try workspace(limit: 5)
        let uri = root.appendingPathComponent("a.py").absoluteString
        let client = try startServer(analysisDelayMs: 60_000)
        try open(client, uri, "python", Self.source)
        let first = try waitForDiagnostics(client, uri, version: 1) { !self.complexityDiagnostics($0).isEmpty }
        let warning = try XCTUnwrap(complexityDiagnostics(first).first)
        XCTAssertEqual(warning["code"].string, "complexity/cognitive")
        XCTAssertEqual(warning["severity"].int, 2)
        XCTAssertEqual(LSPRange(warning["range"]), LSPRange(0, 4, 0, 11), "the function name")
        XCTAssertTrue(warning["message"].string?.contains("cognitive complexity 7 (limit 5)") ?? false, "\(warning)")

        // Two lines inserted above: the next (syntax-speed) publication moves the warning with the
        // text even though the analysis has not run again (its delay is a minute).
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 0), "import os\nimport sys\n")
        let moved = try waitForDiagnostics(client, uri, version: 2) { _ in true }
        XCTAssertEqual(complexityDiagnostics(moved).compactMap { LSPRange($0["range"]) }, [LSPRange(2, 4, 2, 11)])
    }

    func testConfigurationChangeIsPickedUpOnSave() throws {
        let root = try workspace(limit: 5)
        let uri = root.appendingPathComponent("a.py").absoluteString
        let client = try startServer(analysisDelayMs: 0)
        try open(client, uri, "python", Self.source)
        _ = try waitForDiagnostics(client, uri, version: 1) { !self.complexityDiagnostics($0).isEmpty }
        let config = root.appendingPathComponent(".codepal.toml")
        _ = try write("[complexity]\ncognitive = 50\n", to: config)
        try client.notify("textDocument/didSave", ["textDocument": ["uri": config.absoluteString]])
        _ = try waitForDiagnostics(client, uri, version: 1) { self.complexityDiagnostics($0).isEmpty }
    }

    func testCodeLensHoverAndCommand() throws {
        let root = try workspace(limit: 5)
        let uri = root.appendingPathComponent("a.py").absoluteString
        let client = try startServer(analysisDelayMs: 0)
        try open(client, uri, "python", Self.source)
        let lenses = try client.result("textDocument/codeLens", ["textDocument": ["uri": uri]])
        let titles = lenses.array?.compactMap { $0["command"]["title"].string } ?? []
        XCTAssertEqual(titles, ["complexity 5 · cognitive 7", "complexity 1 · cognitive 0"])
        XCTAssertEqual(LSPRange(lenses[0]["range"]), LSPRange(0, 4, 0, 11))

        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 6]])
        let markdown = hover["contents"]["value"].string ?? ""
        XCTAssertTrue(markdown.contains("**`tangled`**"), markdown)
        XCTAssertTrue(markdown.contains("| cognitive complexity | 7 | 5 ⚠ |"), markdown)
        XCTAssertTrue(markdown.contains("line 5: `loop` nested 2 deep (+3)"), markdown)
        let nothing = try client.result("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 1, "character": 1]])
        XCTAssertTrue(nothing.isNull, "indentation: \(nothing)")
        let local = try client.result("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 1, "character": 4]])
        XCTAssertTrue(local["contents"]["value"].string?.contains("(variable) total") ?? false, "\(local)")

        let command = lenses[0]["command"]
        _ = try client.result("workspace/executeCommand", ["command": command["command"].string ?? "", "arguments": command["arguments"].array?.compactMap(\.string) ?? []])
        let message = try client.waitForNotification("window/showMessage")
        XCTAssertTrue(message["params"]["message"].string?.hasPrefix("tangled: cognitive 7/5") ?? false, "\(message)")
    }

    func testCheckReportsComplexityUnderTheConfiguredLimit() throws {
        let root = try workspace(limit: 5)
        let result = try run(["check", root.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.lines, ["\(root.path)/a.py:1:5: warning [complexity/cognitive] `tangled` has cognitive complexity 7 (limit 5), most from the loop on line 5 (+3); flatten nested branches with early returns or extract helpers"])
        _ = try write("[complexity]\ncognitive = 50\n", to: root.appendingPathComponent(".codepal.toml"))
        XCTAssertEqual(try run(["check", root.path]).status, 0)
    }

    func testBrokenConfigurationIsAUsageError() throws {
        let root = try workspace(limit: 5)
        _ = try write("[complexity]\ncognitive = \"high\"\n", to: root.appendingPathComponent(".codepal.toml"))
        let result = try run(["check", root.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(".codepal.toml:2: `complexity.cognitive` must be a non-negative integer"), result.stderr)
    }

    func testMetricsJSONTableAndCSV() throws {
        let root = try workspace(limit: 5)
        let json = try run(["metrics", root.path, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let records = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.map { $0["name"] as? String }, ["tangled", "simple"], "sorted by cognitive complexity")
        let tangled = records[0]
        for key in ["file", "name", "line", "endLine", "cyclomatic", "cognitive", "nesting", "nloc", "parameters", "returns", "halstead_volume", "maintainability"] {
            XCTAssertNotNil(tangled[key], key)
        }
        XCTAssertEqual(tangled["line"] as? Int, 1)
        XCTAssertEqual(tangled["endLine"] as? Int, 7)
        XCTAssertEqual(tangled["cyclomatic"] as? Int, 5)
        XCTAssertEqual(tangled["nesting"] as? Int, 3)
        XCTAssertEqual(tangled["parameters"] as? Int, 2)

        let table = try run(["metrics", root.path, "--top", "1"])
        XCTAssertEqual(table.lines.count, 2)
        XCTAssertTrue(table.lines[0].hasPrefix("cognitive  cyclomatic"), table.stdout)
        XCTAssertTrue(table.lines[1].contains("tangled") && table.lines[1].hasSuffix("a.py:1"), table.stdout)

        let csv = try run(["metrics", root.path, "--format", "csv", "--sort", "name"])
        XCTAssertTrue(csv.lines[0].hasPrefix("file,name,"), csv.stdout)
        XCTAssertEqual(csv.lines.dropFirst().map { $0.split(separator: ",")[1] }, ["simple", "tangled"])
    }

    func testClassAndFileLevels() throws {
        let root = try temporaryDirectory()
        _ = try write("class A:\n    def m(self, x):\n        if x:\n            return 1\n    def n(self):\n        return 2\n\ndef f():\n    pass\n",
                      to: root.appendingPathComponent("m.py"))
        let classes = try run(["metrics", root.path, "--level", "class", "--format", "json"])
        let classRecords = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(classes.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(classRecords.count, 1)
        XCTAssertEqual(classRecords.first?["name"] as? String, "A")
        XCTAssertEqual(classRecords.first?["functions"] as? Int, 2)
        XCTAssertEqual(classRecords.first?["cyclomatic"] as? Int, 3)
        let files = try run(["metrics", root.path, "--level", "file", "--format", "json"])
        let fileRecords = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(files.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(fileRecords.first?["functions"] as? Int, 3)
        XCTAssertEqual(fileRecords.first?["nloc"] as? Int, 8)
        XCTAssertEqual(fileRecords.first?["cyclomatic"] as? Int, 4)
    }
}
