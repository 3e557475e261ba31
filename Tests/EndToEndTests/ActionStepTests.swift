import Foundation
import TestSupport
import XCTest
import Yams

/// `action.yml` as GitHub runs it: the review step's script, read from the file itself, run by
/// bash with the options and variables a runner gives a composite step, on a scratch repository
/// holding a pull request's commit. Nothing here can reach GitHub (the upload step is theirs);
/// what is ours — the script, its exit codes, the SARIF file and the annotations — is checked.
extension ReviewTests {
    private struct ReviewStep {
        let script: String
        let env: [String: String]
        let defaults: [String: String]
    }

    private func reviewStep() throws -> ReviewStep {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("action.yml"), encoding: .utf8)
        let action = try XCTUnwrap(try Yams.load(yaml: text) as? [String: Any])
        let runs = try XCTUnwrap(action["runs"] as? [String: Any])
        XCTAssertEqual(runs["using"] as? String, "composite")
        let steps = try XCTUnwrap(runs["steps"] as? [[String: Any]])
        let check: [String: Any] = try XCTUnwrap(steps.first(where: { ($0["id"] as? String) == "check" }), "a step with id `check`")
        XCTAssertEqual(check["shell"] as? String, "bash")
        let inputs = try XCTUnwrap(action["inputs"] as? [String: [String: Any]])
        var defaults: [String: String] = [:]
        for (name, input) in inputs { defaults[name] = input["default"] as? String }
        // The step's own outputs feed the action's `sarif` output.
        let outputs = try XCTUnwrap(action["outputs"] as? [String: [String: Any]])
        let sarifOutput = outputs["sarif"]?["value"] as? String
        XCTAssertEqual(sarifOutput, "${{ steps.check.outputs.sarif }}")
        return ReviewStep(script: try XCTUnwrap(check["run"] as? String),
                          env: try XCTUnwrap(check["env"] as? [String: String]),
                          defaults: defaults)
    }

    private struct StepRun {
        let status: Int32
        let annotations: [String]
        let outputs: [String: String]
        let sarif: [String: Any]?
    }

    /// Runs the step as a runner does (`bash --noprofile --norc -eo pipefail FILE`) with
    /// `codepal` on PATH, after replacing the one expression the script holds.
    private func runReviewStep(in repository: URL, failOnFindings: String) throws -> StepRun {
        let step = try reviewStep()
        let script = step.script.replacingOccurrences(of: "${{ inputs.fail-on-findings }}", with: failOnFindings)
        XCTAssertFalse(script.contains("${{"), "an expression this test does not evaluate: \(script)")
        // Outside a pull request the step's BASE expression falls back to HEAD~1; PATHS is the input.
        XCTAssertTrue(step.env["BASE"]?.contains("'HEAD~1'") ?? false, "\(step.env)")
        XCTAssertEqual(step.env["PATHS"], "${{ inputs.paths }}")
        let runner = try temporaryDirectory()
        let scriptFile = try write(script, to: runner.appendingPathComponent("step.sh"))
        let outputFile = try write("", to: runner.appendingPathComponent("github_output"))
        var env = ProcessInfo.processInfo.environment
        env["CODEPAL_GRAMMARS"] = nil
        env["XDG_DATA_HOME"] = try temporaryDirectory().path
        env["PATH"] = Self.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["BASE"] = "HEAD~1"
        env["PATHS"] = step.defaults["paths"] ?? "."
        env["RUNNER_TEMP"] = runner.path
        env["GITHUB_OUTPUT"] = outputFile.path
        let result = try run(["--noprofile", "--norc", "-eo", "pipefail", scriptFile.path], in: repository, environment: env,
                             executable: URL(fileURLWithPath: "/bin/bash"))
        var outputs: [String: String] = [:]
        for line in try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { outputs[parts[0]] = parts[1] }
        }
        let sarif = outputs["sarif"].flatMap { FileManager.default.contents(atPath: $0) }
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        return StepRun(status: result.status, annotations: result.lines.filter { $0.hasPrefix("::") }, outputs: outputs, sarif: sarif)
    }

    /// `(uri, startLine)` of every SARIF result.
    private func locations(_ sarif: [String: Any]?) throws -> [String] {
        let runs = try XCTUnwrap(sarif?["runs"] as? [[String: Any]])
        let results = try XCTUnwrap(runs.first?["results"] as? [[String: Any]])
        return results.compactMap { result in
            guard let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any],
                  let uri = (location["artifactLocation"] as? [String: Any])?["uri"] as? String,
                  let line = (location["region"] as? [String: Any])?["startLine"] as? Int else { return nil }
            return "\(uri):\(line)"
        }
    }

    /// The pull request's commit adds a comparison to None (line 10 of app.py); the `eval` and the
    /// other comparison on lines 4 and 7 were there before it.
    private func pullRequest() throws -> URL {
        let root = try repository()
        try write("import os\n\ndef old(x):\n    return eval(x)\n\ndef keep(a):\n    return a == None\n\ndef added(b):\n    return b != None\n",
                  to: root.appendingPathComponent("app.py"))
        try git(["commit", "-q", "-am", "pull request"], in: root)
        return root
    }

    func testActionReviewStepReportsOnlyThePullRequestsLinesAndPassesByDefault() throws {
        let root = try pullRequest()
        let step = try runReviewStep(in: root, failOnFindings: try XCTUnwrap(try reviewStep().defaults["fail-on-findings"]))
        XCTAssertEqual(step.status, 0, "fail-on-findings defaults to false")
        let sarifPath = try XCTUnwrap(step.outputs["sarif"], "the step writes its `sarif` output")
        XCTAssertTrue(sarifPath.hasSuffix("/codepal.sarif"), sarifPath)
        XCTAssertEqual(step.sarif?["version"] as? String, "2.1.0")
        XCTAssertEqual(try locations(step.sarif), ["app.py:10"])
        XCTAssertEqual(step.annotations.count, 1, "\(step.annotations)")
        XCTAssertTrue(step.annotations.first?.hasPrefix("::warning file=app.py,line=10,") ?? false, "\(step.annotations)")
    }

    func testActionReviewStepFailsOnFindingsOnlyWhenAskedAndOnlyForChangedLines() throws {
        let root = try pullRequest()
        XCTAssertEqual(try runReviewStep(in: root, failOnFindings: "true").status, 1)
        // A pull request that touches no finding passes even when asked to fail, though the file has two.
        try write("print('docs')\n", to: root.appendingPathComponent("notes.py"))
        try git(["add", "notes.py"], in: root)
        try git(["commit", "-q", "-m", "clean pull request"], in: root)
        let clean = try runReviewStep(in: root, failOnFindings: "true")
        XCTAssertEqual(clean.status, 0, "\(clean.annotations)")
        XCTAssertEqual(try locations(clean.sarif), [])
        XCTAssertEqual(clean.annotations, [])
    }
}
