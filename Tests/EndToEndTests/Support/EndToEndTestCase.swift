import Foundation
import TestSupport
import XCTest

/// Shared set-up for the end-to-end suite: finds the binary under test, starts and always kills
/// servers, runs CLI commands, and makes temporary folders that are removed after each test.
class EndToEndTestCase: XCTestCase {
    private var clients: [LSPClient] = []
    private var temporaryDirectories: [URL] = []

    /// `CODEPAL_BIN` (set by `make test`), else the debug build of this checkout.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CODEPAL_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return Repository.root.appendingPathComponent(".build/debug/codepal")
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let path = Self.binary.path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            XCTFail("no codepal binary at \(path): run `swift build --build-tests` (or `make test-e2e`) first")
            throw XCTSkip("binary missing")
        }
    }

    override func tearDown() {
        let failed = (testRun?.failureCount ?? 0) + (testRun?.unexpectedExceptionCount ?? 0) > 0
        for client in clients {
            client.terminate()
            let violations = client.protocolViolations
            XCTAssertTrue(violations.isEmpty, "server stdout carried something other than JSON-RPC frames:\n\(violations.joined(separator: "\n"))")
            if failed || !violations.isEmpty {
                print("--- stderr of codepal (\(name)) ---\n\(client.stderr)\n--- end of stderr ---")
            }
        }
        clients.removeAll()
        for directory in temporaryDirectories {
            try? FileManager.default.removeItem(at: directory)
        }
        temporaryDirectories.removeAll()
        super.tearDown()
    }

    // MARK: Servers

    /// Starts `codepal serve` (or other arguments) without initializing it.
    func launch(_ arguments: [String] = ["serve"], environment: [String: String]? = nil, stderrClosed: Bool = false,
                stdoutClosed: Bool = false) throws -> LSPClient {
        // Learning metrics go to a temporary data folder, never the user's.
        var env = environment ?? ProcessInfo.processInfo.environment
        if env["XDG_DATA_HOME"] == nil || environment == nil { env["XDG_DATA_HOME"] = try temporaryDirectory().path }
        let client = try LSPClient(executable: Self.binary, arguments: arguments, environment: env,
                                   stderrClosed: stderrClosed, stdoutClosed: stdoutClosed)
        clients.append(client)
        return client
    }

    /// Client capabilities as a test wants them.
    static func capabilities(encodings: [String]? = nil, pullDiagnostics: Bool = false,
                             hierarchicalSymbols: Bool = true) -> [String: Any] {
        var capabilities: [String: Any] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        var textDocument: [String: Any] = [
            "synchronization": ["dynamicRegistration": false],
            "publishDiagnostics": ["versionSupport": true],
        ]
        if hierarchicalSymbols {
            textDocument["documentSymbol"] = ["hierarchicalDocumentSymbolSupport": true]
        }
        if pullDiagnostics { textDocument["diagnostic"] = [String: Any]() }
        capabilities["textDocument"] = textDocument
        return capabilities
    }

    static func initializeParams(capabilities: [String: Any], initializationOptions: [String: Any]? = nil) -> [String: Any] {
        var params: [String: Any] = [
            "processId": Int(ProcessInfo.processInfo.processIdentifier),
            "rootUri": NSNull(),
            "capabilities": capabilities,
            "clientInfo": ["name": "codepal-e2e"],
        ]
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        return params
    }

    /// Starts a server and completes `initialize`/`initialized`; returns it with the initialize result.
    func startServer(encodings: [String]? = nil, pullDiagnostics: Bool = false, hierarchicalSymbols: Bool = true,
                     diagnosticsIntervalMs: Int? = 0, arguments: [String] = ["serve"],
                     environment: [String: String]? = nil) throws -> (LSPClient, JSONValue) {
        let client = try launch(arguments, environment: environment)
        let capabilities = Self.capabilities(encodings: encodings, pullDiagnostics: pullDiagnostics, hierarchicalSymbols: hierarchicalSymbols)
        let options = diagnosticsIntervalMs.map { ["diagnosticsIntervalMs": $0] as [String: Any] }
        let result = try client.result("initialize", Self.initializeParams(capabilities: capabilities, initializationOptions: options))
        try client.notify("initialized", [String: Any]())
        return (client, result)
    }

    /// A started server, for tests that do not need the initialize result.
    func server(encodings: [String]? = nil, pullDiagnostics: Bool = false, hierarchicalSymbols: Bool = true,
                diagnosticsIntervalMs: Int? = 0) throws -> LSPClient {
        try startServer(encodings: encodings, pullDiagnostics: pullDiagnostics, hierarchicalSymbols: hierarchicalSymbols,
                        diagnosticsIntervalMs: diagnosticsIntervalMs).0
    }

    // MARK: Documents

    static func didOpenParams(_ uri: String, _ languageId: String, _ text: String, version: Int = 1) -> [String: Any] {
        ["textDocument": ["uri": uri, "languageId": languageId, "version": version, "text": text]]
    }

    static func didChangeParams(_ uri: String, version: Int, range: LSPRange?, text: String) -> [String: Any] {
        var change: [String: Any] = ["text": text]
        if let range { change["range"] = range.json }
        return ["textDocument": ["uri": uri, "version": version], "contentChanges": [change]]
    }

    func open(_ client: LSPClient, _ uri: String, _ languageId: String, _ text: String, version: Int = 1) throws {
        try client.notify("textDocument/didOpen", Self.didOpenParams(uri, languageId, text, version: version))
    }

    func change(_ client: LSPClient, _ uri: String, version: Int, _ range: LSPRange?, _ text: String) throws {
        try client.notify("textDocument/didChange", Self.didChangeParams(uri, version: version, range: range, text: text))
    }

    func close(_ client: LSPClient, _ uri: String) throws {
        try client.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
    }

    func documentSymbols(_ client: LSPClient, _ uri: String) throws -> JSONValue {
        try client.result("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
    }

    /// Asserts the server still answers requests (i.e. did not crash or wedge).
    func assertAlive(_ client: LSPClient, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        do {
            let response = try client.request("codepal/ping", nil, timeout: 10)
            XCTAssertEqual(response["error"]["code"].int, -32601, "unexpected answer to an unknown method \(message): \(response)", file: file, line: line)
        } catch {
            XCTFail("server no longer answers \(message): \(error)", file: file, line: line)
        }
    }

    // MARK: Files and the CLI

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("codepal-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        temporaryDirectories.append(url)
        return url
    }

    @discardableResult
    func write(_ contents: String, to url: URL) throws -> URL {
        try write(Data(contents.utf8), to: url)
    }

    @discardableResult
    func write(_ data: Data, to url: URL) throws -> URL {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    struct CommandResult {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// Runs the binary to completion (killing it after `timeout`) and returns its status and output.
    /// `stderrClosed`: stderr is a pipe whose read end is closed, so writes to it fail with EPIPE
    /// (as with `codepal check … 2>&1 | head` once `head` has exited).
    func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil, stderrClosed: Bool = false,
             timeout: TimeInterval = 300, executable: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable ?? Self.binary
        process.arguments = arguments
        var env = environment ?? ProcessInfo.processInfo.environment
        if environment == nil {
            env["CODEPAL_GRAMMARS"] = nil
            // `codepal learn` without --store would use the user's data folder.
            env["XDG_DATA_HOME"] = try temporaryDirectory().path
        }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let outFile = try temporaryDirectory().appendingPathComponent("out")
        let errFile = outFile.deletingLastPathComponent().appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let out = try FileHandle(forWritingTo: outFile)
        let err = try FileHandle(forWritingTo: errFile)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        if stderrClosed {
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            process.standardError = pipe
        } else {
            process.standardError = err
        }
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                XCTFail("codepal \(arguments.joined(separator: " ")) did not finish within \(timeout) s", file: file, line: line)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        let stdout = String(decoding: (try? Data(contentsOf: outFile)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self)
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return CommandResult(status: status, stdout: stdout, stderr: stderr)
    }
}

extension JSONValue {
    /// The `range` of a diagnostic or symbol.
    var range: LSPRange? { LSPRange(self["range"]) }
}
