import Foundation
import TestSupport
import XCTest

/// The `codepal` command line: --version, check, parse, and broken grammar installations.
final class CLITests: EndToEndTestCase {
    private let findingPattern = try! NSRegularExpression(pattern: #"^(.+):(\d+):(\d+): error \[syntax\] (.+)$"#)

    private struct Finding: Equatable {
        let path: String
        let line: Int
        let column: Int
        let message: String
    }

    private func findings(_ stdout: String, file: StaticString = #filePath, line: UInt = #line) -> [Finding] {
        stdout.split(separator: "\n").compactMap { raw in
            let text = String(raw)
            guard let match = findingPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
                XCTFail("not a finding line: \(text.debugDescription)", file: file, line: line)
                return nil
            }
            func group(_ i: Int) -> String { String(text[Range(match.range(at: i), in: text)!]) }
            return Finding(path: group(1), line: Int(group(2))!, column: Int(group(3))!, message: group(4))
        }
    }

    func testVersion() throws {
        let result = try run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(version.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression), "version: \(result.stdout.debugDescription)")
    }

    func testHelp() throws {
        let top = try run(["--help"])
        XCTAssertEqual(top.status, 0)
        for command in ["serve", "check", "parse"] {
            XCTAssertTrue(top.stdout.contains(command), top.stdout)
        }
        let check = try run(["check", "--help"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.lowercased().contains("usage"), check.stdout)
        XCTAssertTrue(check.stdout.contains("--grammars"), check.stdout)
    }

    func testUnknownSubcommandOrOptionIsAUsageError() throws {
        let result = try run(["frobnicate"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertFalse(result.stderr.isEmpty)
        let option = try run(["check", "--no-such-option"])
        XCTAssertNotEqual(option.status, 0)
        XCTAssertNotEqual(option.status, 1, "1 means findings, not a usage error")
    }

    func testCheckReportsOnlyBrokenFiles() throws {
        let dir = try temporaryDirectory()
        try write("def f(a):\n    return a + 1\n", to: dir.appendingPathComponent("valid.py"))
        try write("function g() {\n  return (1 + 2;\n}\n", to: dir.appendingPathComponent("broken.js"))
        try write("let ok: number = 1;\n", to: dir.appendingPathComponent("sub/ok.ts"))
        try write("not code (((", to: dir.appendingPathComponent("README.txt"))
        let result = try run(["check", dir.path])
        XCTAssertEqual(result.status, 1, "findings exit 1; stderr: \(result.stderr)")
        let found = findings(result.stdout)
        XCTAssertEqual(found.count, 1, result.stdout)
        XCTAssertEqual(found.first?.path, dir.appendingPathComponent("broken.js").path)
        XCTAssertEqual(found.first?.line, 2)
        XCTAssertEqual(found.first?.column, 16)
        XCTAssertFalse(result.stdout.contains("valid.py"))
        XCTAssertFalse(result.stdout.contains("README"))
    }

    func testCheckAllValidExitsZero() throws {
        let dir = try temporaryDirectory()
        try write("x = 1\n", to: dir.appendingPathComponent("a.py"))
        try write("export const y = 2;\n", to: dir.appendingPathComponent("b.js"))
        try write("interface I { x: number }\n", to: dir.appendingPathComponent("c.ts"))
        let result = try run(["check", dir.path])
        XCTAssertEqual(result.status, 0, "stdout: \(result.stdout) stderr: \(result.stderr)")
        XCTAssertEqual(result.stdout, "")
    }

    func testCheckDefaultsToTheCurrentDirectoryWithRelativePaths() throws {
        let dir = try temporaryDirectory()
        try write("x = [1 2]\n", to: dir.appendingPathComponent("pkg/mod.py"))
        let result = try run(["check"], in: dir)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(findings(result.stdout), [Finding(path: "pkg/mod.py", line: 1, column: 8, message: findings(result.stdout).first?.message ?? "")])
    }

    func testCheckColumnsCountCharacters() throws {
        let dir = try temporaryDirectory()
        try write("s = \"😀😀é\"; y = [1 2]\r\nz = 1\r\n", to: dir.appendingPathComponent("emoji.py"))
        let result = try run(["check", dir.appendingPathComponent("emoji.py").path])
        XCTAssertEqual(result.status, 1, result.stderr)
        let found = findings(result.stdout)
        XCTAssertEqual(found.count, 1, result.stdout)
        XCTAssertEqual(found.first?.line, 1)
        XCTAssertEqual(found.first?.column, 19, "1-based column in characters: \(result.stdout)")
    }

    func testCheckSkipsDependencyAndHiddenFolders() throws {
        let dir = try temporaryDirectory()
        try write("x = 1\n", to: dir.appendingPathComponent("main.py"))
        for folder in ["node_modules/lib", ".git", "__pycache__", ".venv", "build"] {
            try write("broken (((\n", to: dir.appendingPathComponent("\(folder)/bad.js"))
        }
        let result = try run(["check", dir.path])
        XCTAssertEqual(result.status, 0, "stdout: \(result.stdout)")
        XCTAssertEqual(result.stdout, "")
    }

    /// A symlink that points back up the tree (`sub/up -> ..`) must not make the walker visit
    /// the same files again and again: each file is checked and reported once.
    func testCheckDoesNotFollowSymlinkLoops() throws {
        let dir = try temporaryDirectory()
        try write("x = [1 2]\n", to: dir.appendingPathComponent("a.py"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let result = try run(["check", dir.path], timeout: 20)
        XCTAssertEqual(result.status, 1, result.stderr)
        let found = findings(result.stdout)
        XCTAssertEqual(found.count, 1, "a.py reported \(found.count) times through the loop:\n\(found.prefix(3).map(\.path).joined(separator: "\n"))")
    }

    func testCheckMissingPathExitsTwo() throws {
        let missing = "/nonexistent/codepal-e2e/\(UUID().uuidString).py"
        let result = try run(["check", missing])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(missing), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testCheckMissingPathAlongsideFindingsStillReportsThem() throws {
        let dir = try temporaryDirectory()
        try write("x = [1 2]\n", to: dir.appendingPathComponent("a.py"))
        let result = try run(["check", dir.appendingPathComponent("missing.py").path, dir.path])
        XCTAssertEqual(result.status, 2, "an I/O error outranks findings")
        XCTAssertEqual(findings(result.stdout).count, 1, result.stdout)
    }

    func testCheckSkipsBinaryAndInvalidUTF8Files() throws {
        let dir = try temporaryDirectory()
        try write(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0x00]), to: dir.appendingPathComponent("binary.py"))
        try write(Data("s = '".utf8) + Data([0xC3, 0x28, 0xFF, 0xFE]) + Data("'\n".utf8), to: dir.appendingPathComponent("latin.py"))
        try write("x = [1 2]\n", to: dir.appendingPathComponent("z_broken.py"))
        try write("y = 1\n", to: dir.appendingPathComponent("a_valid.py"))
        let result = try run(["check", dir.path])
        XCTAssertEqual(result.status, 1, "the run continues past skipped files and reports the broken one; stderr: \(result.stderr)")
        let found = findings(result.stdout)
        XCTAssertEqual(found.map(\.path), [dir.appendingPathComponent("z_broken.py").path])
        let stderrLines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertTrue(stderrLines.contains { $0.contains("binary.py") && $0.contains("skipped") }, result.stderr)
        XCTAssertTrue(stderrLines.contains { $0.contains("latin.py") && $0.contains("skipped") }, result.stderr)
        XCTAssertFalse(result.stdout.contains("binary.py") || result.stdout.contains("latin.py"))

        // Only skipped and valid files: no findings, exit 0.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("z_broken.py"))
        let clean = try run(["check", dir.path])
        XCTAssertEqual(clean.status, 0, clean.stderr)
    }

    func testCheckExplicitFileWithUnknownExtension() throws {
        let dir = try temporaryDirectory()
        let notes = try write("whatever ((( \n", to: dir.appendingPathComponent("notes.txt"))
        let result = try run(["check", notes.path])
        XCTAssertEqual(result.status, 0, "stdout: \(result.stdout) stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("notes.txt"), "an explicitly named file no grammar claims is reported as skipped: \(result.stderr)")
    }

    func testCheckManyFilesInParallelKeepsOrder() throws {
        let dir = try temporaryDirectory()
        for i in 0..<60 {
            try write("x\(i) = [1 2]\n", to: dir.appendingPathComponent(String(format: "f%03d.py", i)))
        }
        let result = try run(["check", "--jobs", "8", dir.path])
        XCTAssertEqual(result.status, 1)
        let found = findings(result.stdout)
        XCTAssertEqual(found.count, 60)
        XCTAssertEqual(found.map(\.path), found.map(\.path).sorted())
        XCTAssertTrue(found.allSatisfy { $0.line == 1 })
    }

    func testParseSexp() throws {
        let dir = try temporaryDirectory()
        let file = try write("def f():\n    return 1\n", to: dir.appendingPathComponent("file.py"))
        let result = try run(["parse", file.path, "--sexp"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("(module"), result.stdout)
        XCTAssertTrue(result.stdout.contains("function_definition"), result.stdout)
    }

    func testParseOutline() throws {
        let dir = try temporaryDirectory()
        let file = try write("function g() {}\n", to: dir.appendingPathComponent("file.js"))
        let result = try run(["parse", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("program [1:1-2:1]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("name: identifier [1:10-1:11]"), result.stdout)
    }

    func testParseWithLanguageOverrideAndErrors() throws {
        let dir = try temporaryDirectory()
        let file = try write("let x = 1;\n", to: dir.appendingPathComponent("script"))
        let unknown = try run(["parse", file.path])
        XCTAssertNotEqual(unknown.status, 0, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("--language"), unknown.stderr)
        let forced = try run(["parse", file.path, "--language", "javascript", "--sexp"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.hasPrefix("(program"), forced.stdout)
        let missing = try run(["parse", dir.appendingPathComponent("nope.py").path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("nope.py"), missing.stderr)
    }

    /// `CommandSupport` documents "Exit status 2 means usage, configuration or I/O" and `check`
    /// follows it (`--grammars /nonexistent`, a missing path, a corrupt grammar all exit 2), but
    /// `parse` throws the same errors into ArgumentParser, which exits 1 for any thrown error.
    func testParseConfigurationAndIOErrorsExitTwoLikeCheck() throws {
        let dir = try temporaryDirectory()
        let python = try write("x = 1\n", to: dir.appendingPathComponent("x.py"))
        let cases: [(String, [String])] = [
            ("missing file", ["parse", dir.appendingPathComponent("nope.py").path]),
            ("no grammar claims the file", ["parse", try write("x\n", to: dir.appendingPathComponent("script")).path]),
            ("unknown --language", ["parse", python.path, "--language", "cobol"]),
            ("missing grammar directory", ["parse", "--grammars", "/nonexistent/grammars", python.path]),
            ("corrupt grammar", ["parse", "--grammars", try corruptGrammarDirectory().path, python.path]),
        ]
        for (what, arguments) in cases {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "parse with \(what) should exit 2 like check; stderr: \(result.stderr)")
        }
    }

    /// `--language cobol` names a language no manifest declares; the message should say so and
    /// list the known ones, not claim that a COBOL grammar "is not built" and send the user to
    /// `make grammars`, which cannot help.
    func testParseUnknownLanguageIsReportedAsUnknown() throws {
        let dir = try temporaryDirectory()
        let file = try write("x = 1\n", to: dir.appendingPathComponent("x.py"))
        let result = try run(["parse", file.path, "--language", "cobol"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("cobol"), result.stderr)
        XCTAssertFalse(result.stderr.contains("make grammars"), "rebuilding grammars cannot add an unknown language: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("python") && result.stderr.contains("javascript"), "should list the known languages: \(result.stderr)")
    }

    func testParseDeeplyNestedInput() throws {
        let dir = try temporaryDirectory()
        let file = try write("x = " + String(repeating: "[", count: 5_000) + "\n", to: dir.appendingPathComponent("deep.py"))
        let result = try run(["parse", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let check = try run(["check", file.path])
        XCTAssertEqual(check.status, 1, check.stderr)
    }

    // MARK: Grammar directories

    func testMissingGrammarDirectoryExitsTwo() throws {
        let dir = try temporaryDirectory()
        let file = try write("x = 1\n", to: dir.appendingPathComponent("x.py"))
        let result = try run(["check", "--grammars", "/nonexistent/grammars", file.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("grammar"), result.stderr)
        XCTAssertTrue(result.stderr.contains("/nonexistent/grammars"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testGrammarsFromTheEnvironment() throws {
        let dir = try temporaryDirectory()
        let file = try write("x = [1 2]\n", to: dir.appendingPathComponent("x.py"))
        var environment = ProcessInfo.processInfo.environment
        environment["CODEPAL_GRAMMARS"] = Repository.grammars.path
        let result = try run(["check", file.path], environment: environment)
        XCTAssertEqual(result.status, 1, result.stderr)
        environment["CODEPAL_GRAMMARS"] = "/nonexistent/from-env"
        let bad = try run(["check", "--grammars", Repository.grammars.path, file.path], environment: environment)
        XCTAssertEqual(bad.status, 1, "--grammars wins over CODEPAL_GRAMMARS: \(bad.stderr)")
    }

    /// A grammar directory whose Python grammar.so is garbage; JavaScript is intact.
    private func corruptGrammarDirectory() throws -> URL {
        let grammars = try temporaryDirectory().appendingPathComponent("grammars")
        let python = grammars.appendingPathComponent("python")
        try FileManager.default.createDirectory(at: python, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/language.json"),
                                         to: python.appendingPathComponent("language.json"))
        try write(Data("this is not a shared library\n".utf8) + Data((0..<4096).map { UInt8($0 % 251) }),
                  to: python.appendingPathComponent("grammar.so"))
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("lessons.json"), to: grammars.appendingPathComponent("lessons.json"))
        let javascript = grammars.appendingPathComponent("javascript")
        try FileManager.default.createDirectory(at: javascript, withIntermediateDirectories: true)
        for file in ["language.json", "grammar.so"] + Repository.registry.manifest(named: "javascript")!.files {
            let target = javascript.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("javascript/\(file)"), to: target)
        }
        return grammars
    }

    /// A copy of the grammar folder whose Python taint query does not compile.
    private func brokenQueryGrammarDirectory(appending broken: String = "\n(call function: (no_such_node))\n") throws -> URL {
        let grammars = try temporaryDirectory().appendingPathComponent("grammars")
        try FileManager.default.createDirectory(at: grammars, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: Repository.grammars.path) where entry != "python" {
            try FileManager.default.createSymbolicLink(at: grammars.appendingPathComponent(entry), withDestinationURL: Repository.grammars.appendingPathComponent(entry))
        }
        let python = grammars.appendingPathComponent("python")
        try FileManager.default.createDirectory(at: python, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: Repository.grammars.appendingPathComponent("python").path) where entry != "queries" {
            try FileManager.default.createSymbolicLink(at: python.appendingPathComponent(entry),
                                                       withDestinationURL: Repository.grammars.appendingPathComponent("python/\(entry)"))
        }
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/queries"), to: python.appendingPathComponent("queries"))
        let taint = python.appendingPathComponent("queries/taint.scm")
        try write(try String(contentsOf: taint, encoding: .utf8) + broken, to: taint)
        return grammars
    }

    /// Analyses swallow errors per file, so a query that does not compile once made `check`
    /// report a clean file with status 0. Now it is an error that names the query.
    func testBrokenQueryIsAnErrorNotACleanResult() throws {
        let grammars = try brokenQueryGrammarDirectory()
        let dir = try temporaryDirectory()
        let file = try write("import os\nos.system(input())\n", to: dir.appendingPathComponent("file.py"))
        let result = try run(["check", "--grammars", grammars.path, file.path])
        XCTAssertEqual(result.status, 2, "stdout: \(result.stdout) stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("cannot analyse Python") && result.stderr.contains("taint.scm") && result.stderr.contains("no_such_node"),
                      result.stderr)
        let javascript = try write("var x = 1;\n", to: dir.appendingPathComponent("file.js"))
        XCTAssertEqual(try run(["check", "--grammars", grammars.path, javascript.path]).status, 1, "other languages still work")
        let rulesTest = try run(["rules", "test", "--grammars", grammars.path])
        XCTAssertNotEqual(rulesTest.status, 0)
        XCTAssertTrue(rulesTest.stdout.contains("no_such_node") || rulesTest.stderr.contains("no_such_node"), rulesTest.stdout + rulesTest.stderr)
    }

    /// A rule file the language's language.json does not list made `rules test` skip the whole
    /// language, its count simply dropping; `rules list` and `check` report it. Now it fails too.
    func testRulesTestFailsOnARuleFileTheLanguageDoesNotList() throws {
        let grammars = try temporaryDirectory().appendingPathComponent("grammars")
        try FileManager.default.createDirectory(at: grammars, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: Repository.grammars.path) where entry != "python" {
            try FileManager.default.createSymbolicLink(at: grammars.appendingPathComponent(entry), withDestinationURL: Repository.grammars.appendingPathComponent(entry))
        }
        let python = grammars.appendingPathComponent("python")
        try FileManager.default.createDirectory(at: python, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: Repository.grammars.appendingPathComponent("python").path) where entry != "rules" {
            try FileManager.default.createSymbolicLink(at: python.appendingPathComponent(entry),
                                                       withDestinationURL: Repository.grammars.appendingPathComponent("python/\(entry)"))
        }
        try FileManager.default.copyItem(at: Repository.grammars.appendingPathComponent("python/rules"), to: python.appendingPathComponent("rules"))
        try write("rules: []\n", to: python.appendingPathComponent("rules/unlisted.yml"))
        let rulesTest = try run(["rules", "test", "--grammars", grammars.path])
        XCTAssertEqual(rulesTest.status, 1, rulesTest.stdout + rulesTest.stderr)
        XCTAssertTrue(rulesTest.stdout.contains("FAIL python") && rulesTest.stdout.contains("unlisted.yml"), rulesTest.stdout)
    }

    /// A predicate left outside its pattern's parentheses once compiled to a pattern of no steps,
    /// and the walk looped on it forever.
    func testPredicateOutsideItsPatternIsAnErrorNotAHang() throws {
        let grammars = try brokenQueryGrammarDirectory(appending: "\n((call function: (identifier) @f) @c)\n(#eq? @f \"x\")\n")
        let dir = try temporaryDirectory()
        let file = try write("import os\nos.system(input())\n", to: dir.appendingPathComponent("file.py"))
        let result = try run(["check", "--grammars", grammars.path, file.path])
        XCTAssertEqual(result.status, 2, "stdout: \(result.stdout) stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("taint.scm") && result.stderr.contains("(#eq?"), result.stderr)
    }

    func testCorruptGrammarInCheck() throws {
        let grammars = try corruptGrammarDirectory()
        let dir = try temporaryDirectory()
        let file = try write("x = 1\n", to: dir.appendingPathComponent("file.py"))
        let result = try run(["check", "--grammars", grammars.path, file.path])
        XCTAssertEqual(result.status, 2, "stdout: \(result.stdout) stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("Python"), result.stderr)
        XCTAssertTrue(result.stderr.contains("make grammars"), result.stderr)
        XCTAssertEqual(result.stdout, "")

        // The intact grammar keeps working next to the broken one.
        let js = try write("let a = f(1;\n", to: dir.appendingPathComponent("file.js"))
        let mixed = try run(["check", "--grammars", grammars.path, file.path, js.path])
        XCTAssertEqual(mixed.status, 2, mixed.stderr)
        XCTAssertEqual(findings(mixed.stdout).map(\.path), [js.path], mixed.stdout)
    }

    func testCorruptGrammarInParse() throws {
        let grammars = try corruptGrammarDirectory()
        let dir = try temporaryDirectory()
        let file = try write("x = 1\n", to: dir.appendingPathComponent("file.py"))
        let result = try run(["parse", "--grammars", grammars.path, file.path])
        XCTAssertNotEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Python") && result.stderr.contains("make grammars"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testCorruptGrammarInServe() throws {
        let grammars = try corruptGrammarDirectory()
        let client = try launch(["serve", "--grammars", grammars.path])
        let initialize = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        XCTAssertEqual(initialize["serverInfo"]["name"].string, "codepal")
        try client.notify("initialized", [String: Any]())
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "def f():\n    pass\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(symbols.count, 0, "no grammar, no symbols: \(symbols)")
        let message = try client.waitForNotification("window/showMessage")
        let text = message["params"]["message"].string ?? ""
        XCTAssertTrue(text.contains("Python"), "\(message)")
        XCTAssertTrue(text.contains("make grammars"), "\(message)")
        XCTAssertNotNil(message["params"]["type"].int)
        // Reported once, not on every document.
        try open(client, "file:///tmp/x/b.py", "python", "x = 1\n")
        try client.roundTrip()
        usleep(100_000)
        XCTAssertEqual(client.received.filter { $0["method"].string == "window/showMessage" }.count, 1)
        // JavaScript still works.
        try open(client, "file:///tmp/x/c.js", "javascript", "function g() {}\n")
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/c.js")[0]["name"].string, "g")
        _ = try client.result("shutdown")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testBrokenQueryInServeIsReportedOnceAndSyntaxStillWorks() throws {
        let grammars = try brokenQueryGrammarDirectory()
        let client = try launch(["serve", "--grammars", grammars.path])
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        try client.notify("initialized", [String: Any]())
        try open(client, "file:///tmp/x/a.py", "python", "def f(:\n    pass\n")
        let message = try client.waitForNotification("window/showMessage")
        let text = message["params"]["message"].string ?? ""
        XCTAssertTrue(text.contains("cannot analyse Python") && text.contains("taint.scm"), "\(message)")
        let params = try client.waitForDiagnostics(uri: "file:///tmp/x/a.py", version: 1)
        XCTAssertTrue(params["diagnostics"].array?.contains { $0["code"].string == "syntax" } ?? false, "syntax errors still reported: \(params)")
        try open(client, "file:///tmp/x/b.py", "python", "x = 1\n")
        try client.roundTrip()
        usleep(100_000)
        XCTAssertEqual(client.received.filter { $0["method"].string == "window/showMessage" }.count, 1, "reported once")
        _ = try client.result("shutdown")
        try client.notify("exit")
        XCTAssertEqual(client.waitForExit(), 0)
    }

    func testMissingGrammarDirectoryInServe() throws {
        let client = try launch(["serve", "--grammars", "/nonexistent/grammars"])
        let initialize = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        XCTAssertEqual(initialize["capabilities"]["documentSymbolProvider"].bool, true)
        let message = try client.waitForNotification("window/showMessage")
        XCTAssertTrue(message["params"]["message"].string?.contains("grammar") ?? false, "\(message)")
        try client.notify("initialized", [String: Any]())
        try open(client, "file:///tmp/x/a.py", "python", "x = (\n")
        let params = try client.waitForDiagnostics(uri: "file:///tmp/x/a.py", version: 1)
        XCTAssertEqual(params["diagnostics"].count, 0, "nothing to analyse with: \(params)")
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/a.py").count, 0)
    }
}
