import Foundation
import XCTest

/// `check` for pull requests: only findings on lines changed since a git ref, and a markdown
/// comment for people.
final class ReviewTests: EndToEndTestCase {
    func git(_ arguments: [String], in root: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }

    /// A repository whose first commit holds findings nobody touches in the change under review.
    func repository() throws -> URL {
        let root = try temporaryDirectory()
        try git(["init", "-q", "-b", "main"], in: root)
        try write("import os\n\ndef old(x):\n    return eval(x)\n\ndef keep(a):\n    return a == None\n", to: root.appendingPathComponent("app.py"))
        try write("def untouched(v):\n    return v == None\n", to: root.appendingPathComponent("other.py"))
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "base"], in: root)
        return root
    }

    func testOnlyChangedLinesCommittedStagedUnstagedAndNewFilesAreReported() throws {
        let root = try repository()
        // Committed after the ref: a new function at the end.
        try write("import os\n\ndef old(x):\n    return eval(x)\n\ndef keep(a):\n    return a == None\n\ndef committed(b):\n    return b != None\n",
                  to: root.appendingPathComponent("app.py"))
        try git(["commit", "-q", "-am", "change"], in: root)
        // Staged, then unstaged edits of other lines, and a file git does not know yet.
        try write("import os\n\ndef old(x):\n    return eval(x)\n\ndef keep(a):\n    return a == None\n\ndef committed(b):\n    return b != None\n\ndef staged(c):\n    return c == None\n",
                  to: root.appendingPathComponent("app.py"))
        try git(["add", "app.py"], in: root)
        try write("def untouched(v):\n    if v == None:\n        return 0\n    return v == None\n", to: root.appendingPathComponent("other.py"))
        try write("def brand_new(d):\n    return d == None\n", to: root.appendingPathComponent("new.py"))
        let result = try run(["check", "--changed-since", "HEAD~1", "--select", "py/compare-to-none", "."], in: root)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(Set(result.lines.map { String($0.prefix { $0 != " " }) }),
                       ["app.py:10:12:", "app.py:13:12:", "other.py:2:8:", "new.py:2:12:"],
                       "line 7 of app.py and line 4 of other.py predate the ref: \(result.stdout)")
        // The whole file, without the option, still has them all.
        XCTAssertEqual(try run(["check", "--select", "py/compare-to-none", "."], in: root).lines.count, 6)
        // Nothing changed since HEAD in committed files: only the working tree's changes count.
        let sinceHead = try run(["check", "--changed-since", "HEAD", "--select", "py/compare-to-none", "."], in: root)
        XCTAssertFalse(sinceHead.stdout.contains("app.py:10:"), sinceHead.stdout)
        XCTAssertTrue(sinceHead.stdout.contains("app.py:13:"), sinceHead.stdout)
    }

    func testABadRefOrAFolderOutsideGitIsAUsageError() throws {
        let root = try repository()
        let bad = try run(["check", "--changed-since", "no-such-ref", "."], in: root)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("no-such-ref"), bad.stderr)
        let plain = try temporaryDirectory()
        try write("x = 1\n", to: plain.appendingPathComponent("x.py"))
        let outside = try run(["check", "--changed-since", "HEAD", "."], in: plain)
        XCTAssertEqual(outside.status, 2, outside.stdout)
    }

    func testMarkdownGroupsByFileWithLessonAndSuggestion() throws {
        let root = try temporaryDirectory()
        try write("def keep(a):\n    return a == None\n", to: root.appendingPathComponent("b.py"))
        try write("import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n", to: root.appendingPathComponent("a.py"))
        let result = try run(["check", "--format", "markdown", "a.py", "b.py"], in: root)
        XCTAssertEqual(result.status, 1, result.stderr)
        let text = result.stdout
        XCTAssertTrue(text.hasPrefix("**CodePal** found"), text)
        let a = try XCTUnwrap(text.range(of: "### `a.py`")), b = try XCTUnwrap(text.range(of: "### `b.py`"))
        XCTAssertLessThan(a.lowerBound, b.lowerBound)
        XCTAssertTrue(text.contains("**line 2** · warning · `py/compare-to-none`"), text)
        XCTAssertTrue(text.contains("```suggestion\n      return a is None\n  ```"), text)
        XCTAssertTrue(text.contains("<details><summary>Learn: "), text)
        XCTAssertTrue(text.contains("CWE-502"), text)
        let clean = try temporaryDirectory()
        try write("x = 1\n", to: clean.appendingPathComponent("x.py"))
        XCTAssertEqual(try run(["check", "--format", "markdown", "x.py"], in: clean).stdout, "**CodePal**: no findings.\n")
    }

    // MARK: Coverage

    private let calc = "def tested(a):\n    return a + 1\n\n\ndef untested(b):\n    if b:\n        return 1\n    return 2\n"

    /// The same run in the three formats: lines 2 (tested's body) ran, 6-8 (untested's) did not.
    private func reports(in root: URL) throws -> [String: URL] {
        let lcov = try write("TN:\nSF:calc.py\nDA:1,1\nDA:2,3\nDA:5,1\nDA:6,0\nDA:7,0\nDA:8,0\nend_of_record\n", to: root.appendingPathComponent("coverage/lcov.info"))
        let cobertura = try write("""
        <?xml version="1.0" ?>
        <coverage version="7.4" line-rate="0.5"><sources><source>\(root.path)</source></sources>
        <packages><package name="."><classes><class name="calc.py" filename="calc.py" line-rate="0.5"><methods/><lines>
        <line number="1" hits="1"/><line number="2" hits="3"/><line number="5" hits="1"/><line number="6" hits="0"/><line number="7" hits="0"/><line number="8" hits="0"/>
        </lines></class></classes></package></packages></coverage>
        """, to: root.appendingPathComponent("coverage.xml"))
        let json = try write(#"{"meta": {"version": "7.4"}, "files": {"calc.py": {"executed_lines": [1, 2, 5], "missing_lines": [6, 7, 8]}}}"#,
                             to: root.appendingPathComponent("coverage.json"))
        return ["lcov": lcov, "cobertura": cobertura, "coverage.py": json]
    }

    func testCoverageReportsNameTheFunctionsNoTestRunsWithTheirComplexity() throws {
        let root = try temporaryDirectory()
        try write(calc, to: root.appendingPathComponent("calc.py"))
        for (format, report) in try reports(in: root) {
            let result = try run(["check", "--coverage", report.path, "calc.py"], in: root)
            XCTAssertEqual(result.lines, ["calc.py:5:5: info [coverage/untested-function] `untested` is not run by any test (cyclomatic 2, cognitive 1)"],
                           "\(format): \(result.stdout) \(result.stderr)")
        }
        let broken = try write("not a report\n", to: root.appendingPathComponent("x.txt"))
        XCTAssertEqual(try run(["check", "--coverage", broken.path, "calc.py"], in: root).status, 2)
    }

    func testWithChangedSinceOnlyChangedFunctionsAreReported() throws {
        let root = try temporaryDirectory()
        try git(["init", "-q", "-b", "main"], in: root)
        try write(calc, to: root.appendingPathComponent("calc.py"))
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "base"], in: root)
        let lcov = try XCTUnwrap(try reports(in: root)["lcov"])
        XCTAssertEqual(try run(["check", "--changed-since", "HEAD", "--coverage", lcov.path, "calc.py"], in: root).lines, [], "nothing changed")
        try write(calc.replacingOccurrences(of: "return 2", with: "return 3"), to: root.appendingPathComponent("calc.py"))
        XCTAssertEqual(try run(["check", "--changed-since", "HEAD", "--coverage", lcov.path, "calc.py"], in: root).lines.count, 1)
    }
}
