import Foundation
import TestSupport
import XCTest

/// Lint through the binary, with a grammar folder of our own so that these tests pin the faces
/// (formats, fixes, suppressions, settings, code actions) independently of the shipped rule packs.
final class LintTests: EndToEndTestCase {
    static let rules = """
    rules:
      - id: py/sql-injection
        languages: [python]
        severity: error
        category: security
        cwe: [89]
        owasp: ["A03:2021"]
        message: "SQL built from untrusted data reaches `{{method}}`"
        query: |
          (call function: (attribute attribute: (identifier) @method)
                arguments: (argument_list . (_) @sink)
                (#any-of? @method "execute"))
        report: sink
        tainted: [sink]
        explanation: Keep the query constant and pass values as parameters.
        examples:
          invalid: ["def f(c, request):\\n    c.execute(«request.args['q']»)\\n", "def f(c):\\n    c.execute(«input()»)\\n"]
          valid: ["def f(c):\\n    c.execute('SELECT 1')\\n", "def f(c, request):\\n    c.execute('?', (request.args['q'],))\\n"]
      - id: py/compare-to-none
        languages: [python]
        severity: warning
        category: correctness
        message: "compare with `None` using `{{fixed}}`"
        query: |
          ((comparison_operator operators: "==" @op (none)) @comparison (#set! fixed "is"))
          ((comparison_operator operators: "!=" @op (none)) @comparison (#set! fixed "is not"))
        report: comparison
        fix: {title: "Use is", replace: op, with: "{{fixed}}", safety: safe}
        explanation: Use `is None`.
        examples:
          invalid: ["«a == None»", "«a != None»"]
          valid: ["a is None", "a == 1"]
      - id: py/eval
        languages: [python]
        severity: info
        category: security
        cwe: [95]
        message: "eval of `{{arg}}`"
        query: |
          (call function: (identifier) @f arguments: (argument_list (_) @arg) (#eq? @f "eval")) @call
        fix: {title: "Use ast.literal_eval", replace: f, with: "ast.literal_eval", safety: unsafe}
        explanation: eval runs code.
        examples:
          invalid: ["«eval(x)»", "y = «eval(s)»"]
          valid: ["ast.literal_eval(x)", "evaluate(x)"]
    """

    static let source = """
    def show(cursor, request):
        cursor.execute("SELECT * FROM t WHERE id = " + request.args["id"])
        if request == None:
            return eval(request)
        other = request != None  # codepal: ignore[py/compare-to-none]

    import ast
    """

    /// A grammar folder with the real Python grammar and queries but only the rules above.
    func grammars() throws -> URL {
        let root = try temporaryDirectory()
        try Repository.copyLanguagePack("python", to: root, rules: ["test.yml": Self.rules])
        return root
    }

    func project(_ source: String = source) throws -> (root: URL, file: URL) {
        let root = try temporaryDirectory()
        let file = try write(source, to: root.appendingPathComponent("app.py"))
        return (root, file)
    }

    func testTextOutputSuppressionAndExitStatus() throws {
        let grammars = try grammars(), (root, _) = try project()
        let result = try run(["check", "--grammars", grammars.path, "app.py"], in: root)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.lines, [
            "app.py:2:20: error [py/sql-injection] SQL built from untrusted data reaches `execute`",
            "app.py:3:8: warning [py/compare-to-none] compare with `None` using `is`",
            "app.py:4:16: info [py/eval] eval of `request`",
        ])
        XCTAssertTrue(result.stderr.contains("checked 1 file: 3 findings (1 fixable with --fix)"), result.stderr)
        XCTAssertEqual(try run(["check", "--grammars", grammars.path, "--severity", "error", "--ignore", "security", "app.py"], in: root).status, 0)
        let selected = try run(["check", "--grammars", grammars.path, "--select", "py/eval", "app.py"], in: root)
        XCTAssertEqual(selected.lines.count, 1)
    }

    func testJSONSARIFAndGitHubFormats() throws {
        let grammars = try grammars(), (root, _) = try project()
        let json = try run(["check", "--grammars", grammars.path, "--format", "json", "app.py"], in: root)
        let findings = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.count, 3)
        let sql = findings[0]
        XCTAssertEqual(sql["rule"] as? String, "py/sql-injection")
        XCTAssertEqual(sql["cwe"] as? [String], ["CWE-89"])
        XCTAssertEqual(sql["category"] as? String, "security")
        for key in ["file", "line", "column", "endLine", "endColumn", "severity", "message", "fix"] { XCTAssertNotNil(sql[key], key) }
        let fix = try XCTUnwrap(findings[1]["fix"] as? [String: Any])
        XCTAssertEqual(fix["safety"] as? String, "safe")

        let sarif = try run(["check", "--grammars", grammars.path, "--format", "sarif", "app.py"], in: root)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run0 = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run0["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 4, "the suppressed finding is reported as suppressed")
        XCTAssertEqual(results.filter { $0["suppressions"] != nil }.count, 1)
        let rules = try XCTUnwrap(((run0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let sqlRule = try XCTUnwrap(rules.first { $0["id"] as? String == "py/sql-injection" })
        XCTAssertTrue(((sqlRule["properties"] as? [String: Any])?["tags"] as? [String])?.contains("external/cwe/cwe-89") ?? false)
        XCTAssertNotNil((sqlRule["help"] as? [String: Any])?["text"])
        XCTAssertNotNil(results.first { $0["ruleId"] as? String == "py/compare-to-none" && $0["suppressions"] == nil }?["fixes"])

        let github = try run(["check", "--grammars", grammars.path, "--format", "github", "app.py"], in: root)
        XCTAssertEqual(github.lines.first, "::error file=app.py,line=2,col=20,endLine=2,endColumn=70,title=codepal py/sql-injection::SQL built from untrusted data reaches `execute`")
        XCTAssertTrue(github.lines.contains { $0.hasPrefix("::notice file=app.py,line=4") })
    }

    /// Output is written as files are checked, a chunk at a time: across chunk boundaries the
    /// JSON and SARIF documents stay one document and every finding is there once, in order.
    func testOutputOfATreeLargerThanAChunkIsWholeAndInOrder() throws {
        let grammars = try grammars(), root = try temporaryDirectory()
        let count = 1_100
        for index in 0..<count {
            try write("x\(index) = 1\nif x\(index) == None:\n    pass\n", to: root.appendingPathComponent(String(format: "m%04d.py", index)))
        }
        let json = try run(["check", "--grammars", grammars.path, "--no-cache", "--format", "json", "."], in: root, timeout: 300)
        let findings = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["file"] as? String }, (0..<count).map { String(format: "m%04d.py", $0) })
        XCTAssertEqual(Set(findings.map { $0["rule"] as? String }), ["py/compare-to-none"])

        let sarif = try run(["check", "--grammars", grammars.path, "--no-cache", "--format", "sarif", "."], in: root, timeout: 300)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run0 = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual((run0["results"] as? [[String: Any]])?.count, count)
        let rules = try XCTUnwrap(((run0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, ["py/compare-to-none"])
        XCTAssertEqual(Set((run0["results"] as? [[String: Any]] ?? []).map { $0["ruleIndex"] as? Int }), [0])

        let text = try run(["check", "--grammars", grammars.path, "--no-cache", "."], in: root, timeout: 300)
        XCTAssertEqual(text.lines.count, count)
        XCTAssertTrue(text.stderr.contains("checked \(count) files: \(count) findings (\(count) fixable with --fix)"), text.stderr)
    }

    func testFixDiffAndUnsafeFixes() throws {
        let grammars = try grammars(), (root, file) = try project()
        let diff = try run(["check", "--grammars", grammars.path, "--diff", "app.py"], in: root)
        XCTAssertEqual(diff.status, 0)
        XCTAssertTrue(diff.stdout.contains("-    if request == None:\n+    if request is None:\n"), diff.stdout)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), Self.source, "--diff writes nothing")

        let fixed = try run(["check", "--grammars", grammars.path, "--fix", "app.py"], in: root)
        XCTAssertEqual(fixed.status, 1, "the SQL injection has no automatic fix")
        let after = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(after.contains("if request is None:") && after.contains("eval(request)") && after.contains("other = request != None"), after)

        _ = try run(["check", "--grammars", grammars.path, "--fix", "--unsafe-fixes", "app.py"], in: root)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("return ast.literal_eval(request)"))
    }

    /// Two safe fixes that overlap: `check --fix` and the editor's fix-all once kept opposite ones
    /// (CI ended with `print(y)`, the editor with `print(x)`). Both now keep the leftmost.
    func testFixAllInTheEditorAndFixOnTheCommandLineMakeTheSameEdit() throws {
        let overlapping = """
        rules:
          - id: py/replace-call
            languages: [python]
            severity: warning
            category: style
            message: "call `run`"
            query: |
              (call function: (identifier) @f arguments: (argument_list (identifier) @arg) (#eq? @f "eval")) @call
            report: call
            fix: {title: "Call print", replace: call, with: "print({{arg}})", safety: safe}
            explanation: run instead.
            examples:
              invalid: ["«eval(x)»", "a = «eval(b)»"]
              valid: ["print(x)", "eval(1)"]
          - id: py/rename-argument
            languages: [python]
            severity: warning
            category: style
            message: "rename the argument"
            query: |
              (call function: (identifier) @f arguments: (argument_list (identifier) @arg) (#eq? @f "eval"))
            report: arg
            fix: {title: "Use y", replace: arg, with: "y", safety: safe}
            explanation: y instead.
            examples:
              invalid: ["eval(«x»)", "a = eval(«b»)"]
              valid: ["print(x)", "eval(1)"]
        """
        let grammars = try temporaryDirectory()
        try Repository.copyLanguagePack("python", to: grammars, rules: ["overlap.yml": overlapping])
        let source = "value = eval(x)\ny = 2\n"
        let (root, file) = try project(source)
        let cli = try run(["check", "--grammars", grammars.path, "--fix", "app.py"], in: root)
        XCTAssertEqual(cli.status, 0, cli.stderr)
        let fixedByCLI = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(fixedByCLI, "value = print(x)\ny = 2\n")

        let client = try launch(["serve", "--grammars", grammars.path])
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        try client.notify("initialized", [String: Any]())
        let uri = root.appendingPathComponent("other.py").absoluteString
        try open(client, uri, "python", source)
        let actions = try client.result("textDocument/codeAction", ["textDocument": ["uri": uri], "range": LSPRange(0, 0, 0, 0).json,
                                                                    "context": ["diagnostics": [], "only": ["source.fixAll"]]])
        let edits = try XCTUnwrap(actions[0]["edit"]["changes"][uri].array)
        var fixedInEditor = source
        for edit in edits.reversed() {
            let range = try XCTUnwrap(LSPRange(edit["range"]))
            let start = fixedInEditor.index(fixedInEditor.startIndex, offsetBy: range.start.character)
            let end = fixedInEditor.index(fixedInEditor.startIndex, offsetBy: range.end.character)
            XCTAssertEqual(range.start.line, 0)
            fixedInEditor.replaceSubrange(start..<end, with: edit["newText"].string!)
        }
        XCTAssertEqual(fixedInEditor, fixedByCLI)
    }

    func testStdinWithFixPrintsTheFixedText() throws {
        let grammars = try grammars()
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["check", "--grammars", grammars.path, "--stdin-filename", "x.py", "--fix"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("if a == None:\n    pass\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "if a is None:\n    pass\n")
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// `js/console-log` is opt-in: a library module that logs is clean by default, and the rule
    /// fires once `--extend-select` or the settings' `extend-select` names it.
    func testOptInRuleRunsOnlyWhenNamed() throws {
        let root = try temporaryDirectory()
        try write("""
        export function total(items) {
          const sum = items.reduce((a, b) => a + b, 0);
          console.log("total", sum);
          return sum;
        }

        """, to: root.appendingPathComponent("cart.js"))
        let plain = try run(["check", "cart.js"], in: root)
        XCTAssertFalse(plain.stdout.contains("js/console-log"), plain.stdout)
        let named = try run(["check", "--extend-select", "js/console-log", "cart.js"], in: root)
        XCTAssertTrue(named.stdout.contains("cart.js:3:3:") && named.stdout.contains("js/console-log"), named.stdout)
        let prefix = try run(["check", "--select", "js/", "cart.js"], in: root)
        XCTAssertFalse(prefix.stdout.contains("js/console-log"), prefix.stdout)
        try write("[lint]\nextend-select = [\"js/console-log\"]\n", to: root.appendingPathComponent(".codepal.toml"))
        let configured = try run(["check", "cart.js"], in: root)
        XCTAssertTrue(configured.stdout.contains("js/console-log"), configured.stdout)
        let listed = try run(["rules", "list"], in: root)
        XCTAssertTrue(listed.stdout.split(separator: "\n").contains { $0.hasPrefix("js/console-log\t") && $0.hasSuffix("opt-in") }, listed.stdout)
    }

    func testGitignoreAndExcludeSettings() throws {
        let grammars = try grammars(), (root, _) = try project()
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        _ = try write("x = eval(y)\n", to: root.appendingPathComponent("generated/out.py"))
        _ = try write("x = eval(y)\n", to: root.appendingPathComponent("tests/test_a.py"))
        _ = try write("generated/\n", to: root.appendingPathComponent(".gitignore"))
        _ = try write("[lint]\nexclude = [\"tests/**\"]\n[lint.severity]\n\"py/eval\" = \"error\"\n", to: root.appendingPathComponent(".codepal.toml"))
        let result = try run(["check", "--grammars", grammars.path, "--select", "py/eval", "."], in: root)
        XCTAssertEqual(result.lines, ["app.py:4:16: error [py/eval] eval of `request`"])
        let everything = try run(["check", "--grammars", grammars.path, "--select", "py/eval", "--no-ignore", "."], in: root)
        XCTAssertTrue(everything.lines.contains { $0.hasPrefix("generated/out.py") })
        XCTAssertFalse(everything.lines.contains { $0.hasPrefix("tests/") }, "exclude applies with --no-ignore too")
    }

    func testServerDiagnosticsQuickFixesHoverAndSuppression() throws {
        let grammars = try grammars(), (_, file) = try project()
        let uri = file.absoluteString
        let client = try launch(["serve", "--grammars", grammars.path])
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities(),
            initializationOptions: ["diagnosticsIntervalMs": 0, "analysisDelayMs": 0]))
        try client.notify("initialized", [String: Any]())
        try open(client, uri, "python", Self.source)
        let published = try client.waitForMessage(what: "lint diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && ($0["params"]["diagnostics"].count ?? 0) == 3
        }["params"]["diagnostics"]
        let codes = published.array?.compactMap { $0["code"].string } ?? []
        XCTAssertEqual(Set(codes), ["py/sql-injection", "py/compare-to-none", "py/eval"])
        let sql = try XCTUnwrap(published.array?.first { $0["code"].string == "py/sql-injection" })
        XCTAssertTrue(sql["codeDescription"]["href"].string?.hasSuffix("rules/test.yml") ?? false)

        let none = try XCTUnwrap(published.array?.first { $0["code"].string == "py/compare-to-none" })
        let actions = try client.result("textDocument/codeAction", ["textDocument": ["uri": uri], "range": LSPRange(2, 8, 2, 8).json,
                                                                    "context": ["diagnostics": [none.raw as Any]]])
        let titles = actions.array?.compactMap { $0["title"].string } ?? []
        XCTAssertTrue(titles.contains("Use is"), "\(titles)")
        XCTAssertTrue(titles.contains("Suppress py/compare-to-none on this line"), "\(titles)")
        XCTAssertTrue(titles.contains("Fix all safe CodePal findings"), "\(titles)")
        let quickFix = try XCTUnwrap(actions.array?.first { $0["title"].string == "Use is" })
        XCTAssertEqual(quickFix["isPreferred"].bool, true)
        let edits = quickFix["edit"]["changes"][uri]
        XCTAssertEqual(LSPRange(edits[0]["range"]), LSPRange(2, 15, 2, 17))
        XCTAssertEqual(edits[0]["newText"].string, "is")
        let suppress = try XCTUnwrap(actions.array?.first { $0["title"].string?.hasPrefix("Suppress") ?? false })
        XCTAssertEqual(suppress["edit"]["changes"][uri][0]["newText"].string, "  # codepal: ignore[py/compare-to-none]")

        let fixAll = try client.result("textDocument/codeAction", ["textDocument": ["uri": uri], "range": LSPRange(0, 0, 0, 0).json,
                                                                   "context": ["diagnostics": [], "only": ["source.fixAll"]]])
        XCTAssertEqual(fixAll.array?.count, 1)
        XCTAssertEqual(fixAll[0]["kind"].string, "source.fixAll.codepal")

        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 1, "character": 30]])
        let text = hover["contents"]["value"].string ?? ""
        XCTAssertTrue(text.contains("`py/sql-injection`") && text.contains("Keep the query constant") && text.contains("CWE-89"), text)
    }

    func testFileWideAndUnusedSuppressions() throws {
        let grammars = try grammars()
        let (root, _) = try project("# codepal: ignore-file[py/eval]\nx = eval(y)\nz = 1  # codepal: ignore[py/compare-to-none]\nif a == None:  # codepal: ignore\n    pass\n")
        let result = try run(["check", "--grammars", grammars.path, "--report-unused-suppressions", "app.py"], in: root)
        XCTAssertEqual(result.lines, ["app.py:3:10: info [codepal/unused-suppression] this `codepal: ignore` comment suppresses nothing; remove it"])
        XCTAssertEqual(try run(["check", "--grammars", grammars.path, "app.py"], in: root).status, 0)
    }

    /// ESLint's line comments, with the shipped JavaScript rules: bare they silence their line, with
    /// rule names only the rules that list them, and `-- reasons` or `/* */` do not get in the way.
    func testESLintDisableComments() throws {
        let root = try temporaryDirectory()
        try write("""
        function f(a) {
          if (a == 1) {} // eslint-disable-line eqeqeq
          if (a == 2) {} // eslint-disable-line no-console
          // eslint-disable-next-line eqeqeq, no-var -- legacy API
          var b = a == 3;
          debugger; // eslint-disable-line
          debugger; /* eslint-disable-line no-debugger */
          console.log(b); // eslint-disable-line no-console -- CLI output
          if (a == 4) {} // eslint-disable-next-line eqeqeq
          return b;
        }
        module.exports = f;

        """, to: root.appendingPathComponent("app.js"))
        let result = try run(["check", "--report-unused-suppressions", "app.js"], in: root)
        XCTAssertEqual(result.lines.filter { $0.hasPrefix("app.js") }.map { $0.components(separatedBy: " [").last ?? "" }.map { String($0.prefix { $0 != "]" }) },
                       ["js/loose-equality", "js/loose-equality"], result.stdout)
        XCTAssertTrue(result.stdout.contains("app.js:3:7:") && result.stdout.contains("app.js:9:7:"), result.stdout)

        // Block regions: `/* eslint-disable [rules] */` until `/* eslint-enable [rules] */`.
        try write("""
        /* eslint-disable no-console */
        function g(a) {
          console.log(a);
          /* eslint-disable eqeqeq -- legacy comparisons */
          if (a == 2) {}
          /* eslint-enable eqeqeq */
          if (a == 3) {}
          /* eslint-disable */
          debugger;
          /* eslint-enable */
          debugger;
          return a;
        }
        module.exports = g;

        """, to: root.appendingPathComponent("regions.js"))
        let regions = try run(["check", "regions.js"], in: root)
        XCTAssertEqual(regions.lines.filter { $0.hasPrefix("regions.js") }.map { String($0.prefix { $0 != " " }) },
                       ["regions.js:7:7:", "regions.js:11:3:"], regions.stdout)
    }

    /// flake8/ruff `# noqa` and bandit `# nosec` comments apply by the codes a rule lists, and
    /// only those: a code for another check leaves the finding reported.
    func testOtherToolsSuppressionComments() throws {
        let grammars = try grammars()
        let rules = grammars.appendingPathComponent("python/rules/test.yml")
        var text = try String(contentsOf: rules, encoding: .utf8)
        text = text.replacingOccurrences(of: "    category: security\n    cwe: [89]", with: "    category: security\n    noqa: [S608]\n    cwe: [89]")
        text = text.replacingOccurrences(of: "    category: correctness\n", with: "    category: correctness\n    noqa: [E711]\n")
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let (root, _) = try project("""
        def f(c, request):
            c.execute(request.args["a"])  # noqa: E501
            c.execute(request.args["b"])  # noqa: S608
            c.execute(request.args["c"])  # nosec B608
            c.execute(request.args["d"])  # nosec
            c.execute(request.args["e"])  # NOQA
            c.execute(request.args["f"])  # nosec B602
            return request == None  # noqa:E711\r
        x = eval(y)  # nosec
        z = y == None  # nosec
        w = eval(y)  # noqa: E711

        """)
        let result = try run(["check", "--grammars", grammars.path, "--report-unused-suppressions", "app.py"], in: root)
        XCTAssertEqual(result.lines.filter { $0.hasPrefix("app.py") }, [
            "app.py:2:15: error [py/sql-injection] SQL built from untrusted data reaches `execute`",
            "app.py:7:15: error [py/sql-injection] SQL built from untrusted data reaches `execute`",
            "app.py:10:5: warning [py/compare-to-none] compare with `None` using `is`",
            "app.py:11:5: info [py/eval] eval of `y`",
        ])
        // Any case, also when no other line of the file spells it the usual way.
        try "def g(c, request):\n    c.execute(request.args[\"a\"])  # NoQA\n".write(to: root.appendingPathComponent("mixed.py"), atomically: true, encoding: .utf8)
        let mixed = try run(["check", "--grammars", grammars.path, "mixed.py"], in: root)
        XCTAssertEqual(mixed.lines.filter { $0.hasPrefix("mixed.py") }, [])
        // ruff's file-wide form: with codes, only the rules listing them; bare (or flake8's), all.
        try "# ruff: noqa: E711\nz = y == None\nw = eval(y)\n".write(to: root.appendingPathComponent("codes.py"), atomically: true, encoding: .utf8)
        try "# flake8: noqa\nz = y == None\nw = eval(y)\n".write(to: root.appendingPathComponent("bare.py"), atomically: true, encoding: .utf8)
        let fileWide = try run(["check", "--grammars", grammars.path, "codes.py", "bare.py"], in: root)
        XCTAssertEqual(fileWide.lines.filter { $0.hasPrefix("codes.py") || $0.hasPrefix("bare.py") },
                       ["codes.py:3:5: info [py/eval] eval of `y`"], fileWide.stdout)
    }
}
