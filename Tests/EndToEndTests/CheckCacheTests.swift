import CodePalAnalysis
import CodePalStore
import Foundation
import TestSupport
import XCTest

/// `codepal check`'s result cache through the binary: where it lives, that a re-check reads it,
/// that a changed file, rule or setting is not answered from it, and that concurrent and killed
/// runs leave it usable. Entries are planted with the cache's own API to see which answers came
/// from the cache.
final class CheckCacheTests: EndToEndTestCase {
    func grammars() throws -> URL {
        let root = try temporaryDirectory()
        try Repository.copyLanguagePack("python", to: root, rules: ["test.yml": LintTests.rules])
        return root
    }

    /// A repository (`.git`) with the file one folder down, so the default cache location is
    /// found by walking up.
    func repository() throws -> (root: URL, file: URL) {
        let root = try temporaryDirectory().resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        return (root, try write(LintTests.source, to: root.appendingPathComponent("src/app.py")))
    }

    /// Replaces the file's stored findings, under the key stored for it, with one probe finding.
    func plantProbe(_ cachePath: URL, for file: URL) throws {
        let cache = try CheckCache(path: cachePath.path)
        let stored = try XCTUnwrap(try cache.entries(for: [file.standardizedFileURL.path])[file.standardizedFileURL.path],
                                   "the check stored an entry for the file under its absolute path")
        try cache.store([(path: file.standardizedFileURL.path, key: stored.key,
                          diagnostics: [Diagnostic(range: 0..<3, severity: .warning, code: "cache/probe", category: "test", message: "from the cache")])])
    }

    func testARecheckIsAnsweredFromTheCacheUntilTheFileTheRulesOrTheSettingsChange() throws {
        let grammars = try grammars(), (root, file) = try repository()
        let check = ["check", "--grammars", grammars.path, "app.py"]
        let src = root.appendingPathComponent("src")
        let first = try run(check, in: src)
        XCTAssertEqual(first.status, 1)
        XCTAssertEqual(first.lines.count, 3, first.stdout)
        let cachePath = root.appendingPathComponent(".codepal/check-cache.sqlite")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cachePath.path), "the cache lives in the repository's .codepal/")
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent(".codepal/.gitignore"), encoding: .utf8).split(separator: "\n").last, "*")

        // Unchanged: the planted answer is what comes back.
        try plantProbe(cachePath, for: file)
        XCTAssertEqual(try run(check, in: src).lines, ["app.py:1:1: warning [cache/probe] from the cache"])
        XCTAssertEqual(try run(check + ["--no-cache"], in: src).lines, first.lines, "--no-cache neither reads nor trusts it")

        // A changed rule file is a different key.
        let rules = grammars.appendingPathComponent("python/rules/test.yml")
        try write(LintTests.rules + "\n# edited\n", to: rules)
        XCTAssertEqual(try run(check, in: src).lines, first.lines)

        // So is a changed setting of the file's configuration.
        try plantProbe(cachePath, for: file)
        try write("[lint]\nignore = [\"py/eval\"]\n", to: root.appendingPathComponent(".codepal.toml"))
        XCTAssertEqual(try run(check, in: src).lines, Array(first.lines.prefix(2)))
        // And a command-line selection.
        try plantProbe(cachePath, for: file)
        XCTAssertEqual(try run(check + ["--select", "py/compare-to-none"], in: src).lines, [first.lines[1]])

        // And changed content, even of the same length.
        try plantProbe(cachePath, for: file)
        try write(LintTests.source.replacingOccurrences(of: "show(", with: "shwo("), to: file)
        XCTAssertEqual(try run(check, in: src).lines, Array(first.lines.prefix(2)))

        // --fix on a cached file with a fixable finding still fixes it.
        XCTAssertEqual(try run(check + ["--fix"], in: src).status, 1)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("if request is None:"))
        XCTAssertEqual(try run(check, in: src).lines, [first.lines[0]])
    }

    func testCacheDirAndNoCache() throws {
        let grammars = try grammars(), (root, _) = try repository()
        let elsewhere = try temporaryDirectory().appendingPathComponent("cache")
        XCTAssertEqual(try run(["check", "--grammars", grammars.path, "--no-cache", "src"], in: root).lines.count, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".codepal").path), "--no-cache writes nothing")
        XCTAssertEqual(try run(["check", "--grammars", grammars.path, "--cache-dir", elsewhere.path, "src"], in: root).lines.count, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("check-cache.sqlite").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".codepal").path))
    }

    /// Several runs at once, and runs killed at whatever point they reached, leave a cache whose
    /// answers equal a fresh check.
    func testConcurrentAndKilledRunsLeaveAUsableCache() throws {
        let grammars = try grammars(), (root, _) = try repository()
        for index in 0..<150 {
            try write(LintTests.source.replacingOccurrences(of: "show", with: "show\(index)"), to: root.appendingPathComponent("src/m\(index).py"))
        }
        let arguments = ["check", "--grammars", grammars.path, "--format", "json", "src"]
        let fresh = try run(arguments + ["--no-cache"], in: root, timeout: 300)
        XCTAssertEqual(fresh.status, 1)

        func start() throws -> (Process, URL) {
            let out = try temporaryDirectory().appendingPathComponent("out")
            FileManager.default.createFile(atPath: out.path, contents: nil)
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = arguments
            process.currentDirectoryURL = root
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, out)
        }
        func wait(_ process: Process, seconds: TimeInterval = 300) {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { process.terminate(); XCTFail("codepal check did not finish within \(seconds) s") }
            process.waitUntilExit()
        }

        let together = try (0..<3).map { _ in try start() }
        for (process, out) in together {
            wait(process)
            XCTAssertEqual(process.terminationStatus, 1)
            XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), fresh.stdout)
        }

        // Kill runs at several points: before, during and after the cache is written.
        let cachePath = root.appendingPathComponent(".codepal/check-cache.sqlite").path
        for round in 0..<4 {
            try write("x = \(round)\n", to: root.appendingPathComponent("src/changed.py"))
            let (process, _) = try start()
            let deadline = Date().addingTimeInterval(Double(round) * 0.15)
            while process.isRunning && Date() < deadline { usleep(5_000) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try run(arguments, in: root, timeout: 300)
            XCTAssertEqual(after.status, 1)
            XCTAssertEqual(after.stdout, try run(arguments + ["--no-cache"], in: root, timeout: 300).stdout, "round \(round)")
            XCTAssertFalse(after.stderr.contains("warning"), after.stderr)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: cachePath))
    }
}
