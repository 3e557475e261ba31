import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of the client side of a session: a timeout, a write to a dead server, or bytes on
/// the server's stdout that are not framed JSON-RPC. Carries the server's stderr so that a
/// failing test shows what the server logged.
struct LSPClientError: Error, CustomStringConvertible {
    let message: String
    let stderr: String
    var description: String {
        let tail = stderr.count > 4000 ? "…" + String(stderr.suffix(4000)) : stderr
        return "\(message)\n--- server stderr ---\n\(tail)"
    }
}

/// Thread-safe inbox filled by the stdout reader thread.
private final class Inbox: @unchecked Sendable {
    let condition = NSCondition()
    /// Messages not yet taken by a `wait…` call, in arrival order.
    var pending: [JSONValue] = []
    /// Every message ever received, in arrival order.
    var all: [JSONValue] = []
    var violations: [String] = []
    var endOfOutput = false
    var stderr = Data()
    var stopped = false
}

/// A minimal LSP client that drives `codepal serve` over pipes: Content-Length framing with
/// JSONSerialization bodies, a reader thread that checks every byte on stdout is a well-formed
/// frame, and waits that time out (so a broken server fails a test instead of hanging it).
final class LSPClient {
    // Waits end as soon as their condition holds; the limit only bounds a failing test, and CI runs
    // on a busy 2-core machine.
    // A limit for a failing test, not a pause: CI runs on two busy cores, where a reply can take a while.
    static let defaultTimeout: TimeInterval = 180

    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    private let inbox = Inbox()
    private var nextId = 1
    private var inputClosed = false
    private let writeLock = NSLock()
    /// Reader threads still running; `terminate()` waits for them so that they never outlive the
    /// pipes they read (a closed descriptor number can be reused by the next test's pipes).
    private let readers = DispatchGroup()

    /// `stderrClosed`: the server's stderr is a pipe nobody reads, whose read end is already
    /// closed (a client that does not care about logs), so writes to it fail with EPIPE.
    /// `stdoutClosed`: likewise for stdout (a client that went away without closing our input).
    init(executable: URL, arguments: [String], environment: [String: String]? = nil, stderrClosed: Bool = false,
         stdoutClosed: Bool = false) throws {
        Self.ignoreSIGPIPE
        process.executableURL = executable
        process.arguments = arguments
        var env = environment ?? ProcessInfo.processInfo.environment
        if environment == nil { env["CODEPAL_GRAMMARS"] = nil }
        process.environment = env
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        if stderrClosed { try stderrPipe.fileHandleForReading.close() }
        if stdoutClosed { try stdoutPipe.fileHandleForReading.close() }
        try process.run()
        if !stdoutClosed { startReader(fd: stdoutPipe.fileHandleForReading.fileDescriptor, isStdout: true) }
        if !stderrClosed { startReader(fd: stderrPipe.fileHandleForReading.fileDescriptor, isStdout: false) }
    }

    /// A write to a server that has exited must fail the test, not kill the test process.
    private static let ignoreSIGPIPE: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    // MARK: Diagnostics of the session

    var stderr: String {
        inbox.condition.lock(); defer { inbox.condition.unlock() }
        return String(decoding: inbox.stderr, as: UTF8.self)
    }

    /// Anything on stdout that was not a Content-Length frame holding a JSON-RPC 2.0 object.
    var protocolViolations: [String] {
        inbox.condition.lock(); defer { inbox.condition.unlock() }
        return inbox.violations
    }

    /// Every message received so far, in order.
    var received: [JSONValue] {
        inbox.condition.lock(); defer { inbox.condition.unlock() }
        return inbox.all
    }

    func error(_ message: String) -> LSPClientError {
        LSPClientError(message: message, stderr: stderr)
    }

    // MARK: Writing

    static func frame(_ body: Data) -> Data {
        var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        data.append(body)
        return data
    }

    static func frame(_ message: [String: Any]) -> Data {
        frame(encode(message))
    }

    static func encode(_ message: [String: Any]) -> Data {
        do {
            return try JSONSerialization.data(withJSONObject: message, options: [])
        } catch {
            fatalError("test bug: message is not JSON-serializable: \(message)")
        }
    }

    static func requestMessage(id: Any, _ method: String, _ params: Any? = nil) -> [String: Any] {
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        return message
    }

    static func notificationMessage(_ method: String, _ params: Any? = nil) -> [String: Any] {
        var message: [String: Any] = ["jsonrpc": "2.0", "method": method]
        if let params { message["params"] = params }
        return message
    }

    /// Writes bytes as they are (for framing and malformed-input tests).
    func writeRaw(_ data: Data) throws {
        writeLock.lock(); defer { writeLock.unlock() }
        let fd = stdinPipe.fileHandleForWriting.fileDescriptor
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw error("cannot write to the server: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    func writeRaw(_ string: String) throws {
        try writeRaw(Data(string.utf8))
    }

    func send(_ message: [String: Any]) throws {
        try writeRaw(Self.frame(message))
    }

    func makeId() -> Int {
        defer { nextId += 1 }
        return nextId
    }

    /// Sends a request without waiting; returns its id.
    @discardableResult
    func sendRequest(_ method: String, _ params: Any? = nil) throws -> Int {
        let id = makeId()
        try send(Self.requestMessage(id: id, method, params))
        return id
    }

    /// Sends a request and returns the whole response message (`result` or `error`).
    func request(_ method: String, _ params: Any? = nil, timeout: TimeInterval = defaultTimeout) throws -> JSONValue {
        let id = try sendRequest(method, params)
        return try waitForResponse(id: id, timeout: timeout, what: method)
    }

    /// Sends a request and returns its `result`, failing when the server answered with an error.
    func result(_ method: String, _ params: Any? = nil, timeout: TimeInterval = defaultTimeout) throws -> JSONValue {
        let response = try request(method, params, timeout: timeout)
        if response["error"].exists {
            throw error("\(method) failed: \(response["error"])")
        }
        return response["result"]
    }

    func notify(_ method: String, _ params: Any? = nil) throws {
        try send(Self.notificationMessage(method, params))
    }

    /// Closes the server's stdin (end of input).
    func closeInput() {
        writeLock.lock(); defer { writeLock.unlock() }
        guard !inputClosed else { return }
        inputClosed = true
        try? stdinPipe.fileHandleForWriting.close()
    }

    // MARK: Waiting

    /// Waits for the first not-yet-taken message matching `predicate`, takes it and returns it.
    func waitForMessage(timeout: TimeInterval = defaultTimeout, what: String, where predicate: (JSONValue) -> Bool) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(timeout)
        inbox.condition.lock()
        defer { inbox.condition.unlock() }
        while true {
            if let index = inbox.pending.firstIndex(where: predicate) {
                return inbox.pending.remove(at: index)
            }
            if !inbox.violations.isEmpty {
                let violations = inbox.violations.joined(separator: "\n")
                inbox.condition.unlock(); defer { inbox.condition.lock() }
                throw error("while waiting for \(what): server stdout is not clean JSON-RPC:\n\(violations)")
            }
            if inbox.endOfOutput {
                inbox.condition.unlock(); defer { inbox.condition.lock() }
                throw error("server closed its output while waiting for \(what)")
            }
            if !inbox.condition.wait(until: deadline) {
                if let index = inbox.pending.firstIndex(where: predicate) {
                    return inbox.pending.remove(at: index)
                }
                inbox.condition.unlock(); defer { inbox.condition.lock() }
                throw error("timed out after \(timeout) s waiting for \(what)")
            }
        }
    }

    func waitForResponse(id: Any, timeout: TimeInterval = defaultTimeout, what: String? = nil) throws -> JSONValue {
        try waitForMessage(timeout: timeout, what: "the response to request \(id)\(what.map { " (\($0))" } ?? "")") {
            !$0["method"].exists && Self.sameId($0["id"], id)
        }
    }

    func waitForNotification(_ method: String, timeout: TimeInterval = defaultTimeout,
                             where predicate: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
        try waitForMessage(timeout: timeout, what: "notification \(method)") {
            $0["method"].string == method && !$0["id"].exists && predicate($0)
        }
    }

    /// The `publishDiagnostics` params for `uri` at `version` (the first such publication).
    func waitForDiagnostics(uri: String, version: Int?, timeout: TimeInterval = defaultTimeout) throws -> JSONValue {
        let message = try waitForMessage(timeout: timeout, what: "publishDiagnostics for \(uri) version \(version.map(String.init) ?? "none")") {
            $0["method"].string == "textDocument/publishDiagnostics"
                && $0["params"]["uri"].string == uri
                && $0["params"]["version"].int == version
        }
        return message["params"]
    }

    /// Messages received so far that nobody has taken yet, without taking them.
    func pendingMessages(where predicate: (JSONValue) -> Bool = { _ in true }) -> [JSONValue] {
        inbox.condition.lock(); defer { inbox.condition.unlock() }
        return inbox.pending.filter(predicate)
    }

    /// All messages (taken or not) that are responses to `id`.
    func responses(to id: Any) -> [JSONValue] {
        received.filter { !$0["method"].exists && Self.sameId($0["id"], id) }
    }

    /// Sends a request the server always answers and waits for it. Because the server handles
    /// messages in order, every notification it was going to send in reaction to earlier
    /// messages on the state queue has been handled by then.
    func roundTrip(timeout: TimeInterval = defaultTimeout) throws {
        let response = try request("codepal/roundTrip", nil, timeout: timeout)
        guard response["error"].exists || response["result"].exists else {
            throw error("malformed response: \(response)")
        }
    }

    static func sameId(_ value: JSONValue, _ id: Any) -> Bool {
        if let s = id as? String { return value.string == s }
        if let i = id as? Int { return value.int == i }
        return false
    }

    // MARK: Process

    var isRunning: Bool { process.isRunning }

    /// Waits for the server to exit; nil on timeout. A crash by signal returns 128 + signal.
    func waitForExit(timeout: TimeInterval = defaultTimeout) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline { return nil }
            usleep(5_000)
        }
        if process.terminationReason == .uncaughtSignal { return 128 + process.terminationStatus }
        return process.terminationStatus
    }

    /// Ends the server (if still running) and stops the reader threads.
    func terminate() {
        closeInput()
        // SIGTERM: the server writes its coverage profile (in `make coverage`) and leaves.
        if process.isRunning {
            process.terminate()
            if waitForExit(timeout: 2) == nil {
                kill(process.processIdentifier, SIGKILL)
                _ = waitForExit(timeout: 2)
            }
        }
        inbox.condition.lock()
        inbox.stopped = true
        inbox.condition.broadcast()
        inbox.condition.unlock()
        _ = readers.wait(timeout: .now() + 2)
    }

    deinit {
        terminate()
    }

    // MARK: Reading

    private func startReader(fd: Int32, isStdout: Bool) {
        let inbox = self.inbox
        let readers = self.readers
        readers.enter()
        let thread = Thread {
            defer { readers.leave() }
            var parser = FrameParser()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                inbox.condition.lock()
                let stopped = inbox.stopped
                inbox.condition.unlock()
                if stopped { break }
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&pfd, 1, 100)
                if ready == 0 { continue }
                if ready < 0 {
                    if errno == EINTR { continue }
                    break
                }
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n <= 0 {
                    inbox.condition.lock()
                    if isStdout {
                        inbox.endOfOutput = true
                        if parser.hasPartialInput {
                            inbox.violations.append("output ended inside a frame: \(parser.describePending())")
                        }
                    }
                    inbox.condition.broadcast()
                    inbox.condition.unlock()
                    break
                }
                let chunk = buffer[0..<n]
                inbox.condition.lock()
                if isStdout {
                    parser.append(chunk)
                    do {
                        while let message = try parser.next() {
                            inbox.pending.append(message)
                            inbox.all.append(message)
                        }
                    } catch {
                        inbox.violations.append("\(error)")
                        inbox.endOfOutput = true
                        inbox.condition.broadcast()
                        inbox.condition.unlock()
                        break
                    }
                } else {
                    inbox.stderr.append(contentsOf: chunk)
                }
                inbox.condition.broadcast()
                inbox.condition.unlock()
            }
        }
        thread.name = isStdout ? "LSPClient.stdout" : "LSPClient.stderr"
        thread.start()
    }
}

/// Strict reader of the server's output: every frame must be headers (`Name: value` lines, one of
/// them Content-Length) ended by CRLF CRLF, then exactly that many bytes of a JSON-RPC 2.0 object.
struct FrameParser {
    struct Violation: Error, CustomStringConvertible {
        let description: String
    }

    private var buffer: [UInt8] = []

    var hasPartialInput: Bool { !buffer.isEmpty }

    func describePending() -> String {
        String(decoding: buffer.prefix(200), as: UTF8.self).debugDescription
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    mutating func next() throws -> JSONValue? {
        guard !buffer.isEmpty else { return nil }
        let terminator: [UInt8] = [13, 10, 13, 10]
        guard let headerEnd = Self.find(terminator, in: buffer) else {
            if buffer.count > 8192 || !Self.couldBeHeaderPrefix(buffer) {
                throw Violation(description: "stdout bytes that are not an LSP header: \(describePending())")
            }
            return nil
        }
        let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else {
                throw Violation(description: "malformed header line \(line.debugDescription) in \(header.debugDescription)")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { throw Violation(description: "bad Content-Length \(value.debugDescription)") }
                length = n
            } else if name != "content-type" {
                throw Violation(description: "unexpected header \(line.debugDescription)")
            }
        }
        guard let length else { throw Violation(description: "frame without Content-Length: \(header.debugDescription)") }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Data(buffer[bodyStart..<bodyStart + length])
        buffer.removeFirst(bodyStart + length)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: body, options: [])
        } catch {
            throw Violation(description: "frame body is not JSON (\(error)): \(String(decoding: body.prefix(300), as: UTF8.self).debugDescription)")
        }
        guard let dictionary = object as? [String: Any] else {
            throw Violation(description: "frame body is not a JSON object: \(String(decoding: body.prefix(300), as: UTF8.self))")
        }
        let message = JSONValue(dictionary)
        guard message["jsonrpc"].string == "2.0" else {
            throw Violation(description: "message without \"jsonrpc\": \"2.0\": \(message)")
        }
        let isResponse = !message["method"].exists
        if isResponse {
            let hasResult = message["result"].exists
            let hasError = message["error"].exists
            guard message["id"].exists, hasResult != hasError else {
                throw Violation(description: "malformed response (needs id and exactly one of result/error): \(message)")
            }
            if hasError, message["error"]["code"].int == nil || message["error"]["message"].string == nil {
                throw Violation(description: "malformed error object: \(message)")
            }
        } else if message["method"].string == nil {
            throw Violation(description: "method is not a string: \(message)")
        }
        return message
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Whether a buffer without CRLF CRLF yet can still become a header (printable ASCII and CRLF).
    private static func couldBeHeaderPrefix(_ bytes: [UInt8]) -> Bool {
        let prefix = Array("Content-".utf8)
        let n = min(bytes.count, prefix.count)
        if Array(bytes[0..<n]).map({ $0 | 0x20 }) != Array(prefix[0..<n]).map({ $0 | 0x20 }) { return false }
        return bytes.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 13 || $0 == 10 }
    }
}
