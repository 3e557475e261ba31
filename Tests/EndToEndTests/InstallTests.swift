import Foundation
import TestSupport
import XCTest

/// `make install`'s layout, made by the script it runs: the binary finds its language packs under
/// `share/codepal/grammars` next to `bin/`, with everything the packs list. An install that left
/// out `rules/` once checked a SQL injection and reported nothing with status 0.
final class InstallTests: EndToEndTestCase {
    private let injection = "import sqlite3\n\ndef find(name):\n    db = sqlite3.connect('x.db')\n    return db.execute(\"SELECT * FROM t WHERE n = '\" + input() + \"'\")\n"

    /// A prefix with `bin/codepal` (a copy of the binary under test) and the installed packs.
    private func install() throws -> (binary: URL, grammars: URL) {
        let prefix = try temporaryDirectory()
        let grammars = prefix.appendingPathComponent("share/codepal/grammars")
        let script = Process()
        script.executableURL = Repository.root.appendingPathComponent("scripts/install-grammars")
        script.arguments = [grammars.path]
        script.standardError = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()
        XCTAssertEqual(script.terminationStatus, 0, "scripts/install-grammars")
        let binary = prefix.appendingPathComponent("bin/codepal")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.binary, to: binary)
        return (binary, grammars)
    }

    func testInstalledBinaryFindsTheRulesOfItsPacks() throws {
        let (binary, _) = try install()
        let work = try temporaryDirectory()
        let file = try write(injection, to: work.appendingPathComponent("find.py"))
        let result = try run(["check", "--format", "json", file.path], in: work, executable: binary)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("py/sql-injection"), result.stdout)
        let lessons = try run(["rules", "list"], in: work, executable: binary)
        XCTAssertEqual(lessons.status, 0, lessons.stderr)
        XCTAssertTrue(lessons.stdout.contains("py/sql-injection"), lessons.stdout)
    }

    func testAMissingListedFileStopsTheRunWithItsPath() throws {
        let (binary, grammars) = try install()
        let rules = grammars.appendingPathComponent("python/rules/injection.yml")
        try FileManager.default.removeItem(at: rules)
        let work = try temporaryDirectory()
        let file = try write(injection, to: work.appendingPathComponent("find.py"))
        let result = try run(["check", file.path], in: work, executable: binary)
        XCTAssertEqual(result.status, 2, "a check without its rules must not pass: \(result.stdout)")
        XCTAssertTrue(result.stderr.contains(rules.path) && result.stderr.contains("missing"), result.stderr)
    }

    func testAnUnlistedFileIsAnErrorNotIgnored() throws {
        let (binary, grammars) = try install()
        let extra = try write("rules: []\n", to: grammars.appendingPathComponent("javascript/rules/extra.yml"))
        let work = try temporaryDirectory()
        let file = try write("var a = 1;\n", to: work.appendingPathComponent("a.js"))
        let result = try run(["check", file.path], in: work, executable: binary)
        XCTAssertEqual(result.status, 2, result.stdout)
        XCTAssertTrue(result.stderr.contains(extra.path) && result.stderr.contains("not listed"), result.stderr)
    }
}
