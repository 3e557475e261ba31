import Foundation
import TestSupport
import XCTest

/// Neovim's built-in LSP client (Debian's 0.7) with the shipped `editors/neovim` setup, headless:
/// it opens a Python file of a fixture workspace, waits for CodePal's diagnostics and asks for
/// symbols, hovers and code actions (plus completion and definition when the server offers them)
/// through `client.request_sync`. `Support/Scripts/neovim-e2e.lua` writes what it got as JSON.
final class NeovimTests: EndToEndTestCase {
    static let app = """
        from flask import request


        def lookup_user(cursor):
            user = request.args["id"]
            cursor.execute("SELECT * FROM users WHERE id = " + user)


        def main(db):
            lookup_user(db)
            look

        """

    func testNeovimClientGetsDiagnosticsSymbolsHoverAndActions() throws {
        guard let nvim = MonacoTests.which("nvim") else {
            throw XCTSkip("Neovim test skipped: no nvim on PATH (Debian's neovim: scripts/install-deps --editors; `make test` installs it)")
        }
        let workspace = try temporaryDirectory()
        try write("[lint]\nselect = [\"security\"]\n", to: workspace.appendingPathComponent(".codepal.toml"))
        let file = try write(Self.app, to: workspace.appendingPathComponent("src/app.py"))
        let state = workspace.appendingPathComponent(".nvim-state")
        let output = workspace.appendingPathComponent("nvim-result.json")
        let script = Repository.root.appendingPathComponent("Tests/EndToEndTests/Support/Scripts/neovim-e2e.lua")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: nvim)
        process.arguments = ["--headless", "--clean", "-c", "luafile \(script.path)"]
        var environment = ProcessInfo.processInfo.environment
        environment["CODEPAL_GRAMMARS"] = nil
        environment["CODEPAL_BIN"] = Self.binary.path
        environment["CODEPAL_NVIM_PLUGIN"] = Repository.root.appendingPathComponent("editors/neovim").path
        environment["CODEPAL_NVIM_FILE"] = file.path
        environment["CODEPAL_NVIM_OUT"] = output.path
        // Neovim's logs and shada stay in the temporary folder.
        for variable in ["XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"] { environment[variable] = state.path }
        process.environment = environment
        process.currentDirectoryURL = workspace
        process.standardInput = FileHandle.nullDevice
        let log = workspace.appendingPathComponent("nvim-output.txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            XCTFail("nvim did not finish within 90 s")
        }
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: output) else {
            let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            return XCTFail("nvim wrote no result (status \(process.terminationStatus)):\n\(printed)")
        }
        let result = JSONValue(try JSONSerialization.jsonObject(with: data))
        XCTAssertFalse(result["error"].exists, "the Lua script failed: \(result["error"])")
        XCTAssertEqual(result["filetype"].string, "python")
        XCTAssertEqual(result["client_name"].string, "codepal")
        XCTAssertEqual(result["root_dir"].string.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path },
                       workspace.resolvingSymlinksInPath().path, "the root is the folder with .codepal.toml")

        XCTAssertEqual(result["diagnostics_arrived"].bool, true, "diagnostics: \(result["diagnostics"])")
        let sql = result["diagnostics"].array?.first { $0["code"].string == "py/sql-injection" }
        XCTAssertEqual(sql?["lnum"].int, 5)
        XCTAssertEqual(sql?["col"].int, 19)
        XCTAssertEqual(sql?["source"].string, "codepal")

        XCTAssertEqual(result["document_symbol"]["result"].array?.compactMap { $0["name"].string }, ["lookup_user", "main"])
        XCTAssertTrue(result["hover_finding"]["result"]["contents"]["value"].string?.contains("CWE-89") ?? false,
                      "hover on the finding: \(result["hover_finding"])")
        XCTAssertTrue(result["hover_function"]["result"]["contents"]["value"].string?.contains("cognitive") ?? false,
                      "hover on the function name: \(result["hover_function"])")
        let titles = result["code_action"]["result"].array?.compactMap { $0["title"].string } ?? []
        XCTAssertTrue(titles.contains("Suppress py/sql-injection on this line"), "code actions: \(titles)")

        let capabilities = result["capabilities"].array?.compactMap(\.string) ?? []
        if capabilities.contains("completionProvider") {
            let completion = result["completion"]["result"]
            let items = (completion["items"].array ?? completion.array ?? []).compactMap { $0["label"].string }
            XCTAssertTrue(items.contains("lookup_user"), "completion after `look`: \(result["completion"])")
        }
        if capabilities.contains("definitionProvider") {
            let definition = result["definition"]["result"]
            let target = definition.array?.first ?? definition
            let range = target["targetSelectionRange"].exists ? target["targetSelectionRange"] : target["range"]
            XCTAssertEqual(range["start"]["line"].int, 3, "definition of lookup_user: \(result["definition"])")
        }
        print("Neovim \(result["nvim"].string ?? "?"): diagnostics after opening the file in \(Int((result["diagnostics_ms"].raw as? NSNumber)?.doubleValue ?? -1)) ms; server offers \(capabilities.joined(separator: ", "))")
    }
}
