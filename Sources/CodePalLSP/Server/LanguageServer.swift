import CodePalAnalysis
import CodePalIDE
import CodePalSupport
import CodePalSyntax
import CodePalWorkspace
import Dispatch
import Foundation
import Logging

/// One LSP session. Messages arrive on the reader thread through `receive(_:)`.
///
/// Ordering: everything but `$/cancelRequest` goes through `stateQueue`, a serial queue, so
/// notifications apply strictly in arrival order. A request's handler runs there only long enough
/// to take an immutable snapshot; its work then runs on `workQueue`, concurrently with later
/// edits, and is answered exactly once (result, error or cancellation).
public final class LanguageServer: @unchecked Sendable {
    enum Phase { case uninitialized, running, shuttingDown }

    let registry: LanguageRegistry?
    let registryProblem: String?
    /// Lint rules; nil (with the reason shown once) when a rule file is broken.
    let rules: RuleCatalog?
    let rulesProblem: String?
    let writer: MessageWriter
    let log: Logger
    var options: ServerOptions
    let stateQueue = DispatchQueue(label: "codepal.state")
    let workQueue = DispatchQueue(label: "codepal.work", qos: .userInitiated, attributes: .concurrent)
    /// Called with the process exit status when the client sends `exit`.
    /// `_exit`, not `exit`: every message is already written (unbuffered write(2)), and atexit
    /// handlers could wait on worker threads still analysing a large file.
    public var onExit: (Int32) -> Void = { ProcessExit.now($0) }

    // State owned by `stateQueue`.
    var phase = Phase.uninitialized
    var encoding = PositionEncoding.utf16
    var documents: [String: Document] = [:]
    var client = ClientCapabilities(json: nil)
    var reportedGrammarProblems: Set<String> = []
    /// Content revision per open document, for pull-diagnostics result ids. Versions alone are not
    /// enough: a reopened document starts again at the client's version, with other text.
    var revisions: [String: Int] = [:]
    private var lastRevision = 0
    /// Makes result ids unique across server sessions, so that an id from a previous run never
    /// matches by accident.
    let sessionTag = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    func bumpRevision(_ uri: String) {
        lastRevision += 1
        revisions[uri] = lastRevision
    }
    lazy var diagnostics = DiagnosticsPublisher(server: self)
    /// One analysis per open document revision, shared by every consumer.
    let analyses = DocumentAnalyses()
    lazy var configurations: ConfigurationCache = {
        let cache = ConfigurationCache()
        cache.onWarning = { [weak self] in self?.showMessage(2, "CodePal: \($0)") }
        return cache
    }()
    /// The settings found for each document URI, until `configurationChanged`: the cache above is
    /// keyed by folder, and working out a file's folder (URL parsing and standardising) cost about
    /// 7 % of a keystroke's instructions (`scripts/keystroke-cost --callgrind`), asked two to four
    /// times per keystroke.
    let configurationsByURI = ConfigurationsByURI()

    private let pendingLock = NSLock()
    private var pending: [JSON: CancellationToken] = [:]
    /// Our requests to the client awaiting an answer, by id.
    private var outgoing: [JSON: @Sendable (Result<JSON, ResponseError>) -> Void] = [:]
    private var lastOutgoingId = 0

    // Workspace index (owned by `stateQueue`, set on `initialized`).
    var workspaceRootPath: String?
    var indexingEnabled = true
    var indexPath: String?
    var workspaceIndex: WorkspaceIndexService?
    /// Scope graphs of files between navigation requests.
    let parsedFiles = ParsedFileCache()
    /// Learning events of this session's user (nil when metrics are off or the store failed).
    var learning: LearningRecorder?
    var nudges = true
    var nudged = false

    public init(registry: LanguageRegistry?, registryProblem: String? = nil, writer: MessageWriter, log: Logger, options: ServerOptions = ServerOptions()) {
        self.registry = registry
        self.registryProblem = registryProblem
        var rules: RuleCatalog?
        var rulesProblem: String?
        if let registry {
            do { rules = try Self.sharedRules(registry) } catch { rulesProblem = "lint rules disabled: \(error)" }
        }
        self.rules = rules
        self.rulesProblem = rulesProblem
        self.writer = writer
        self.log = log
        self.options = options
    }

    /// One rule catalog per grammar folder for the whole process: every session of a WebSocket
    /// server shares the rules and the queries compiled from them (the catalog is thread-safe, as
    /// `check --jobs` uses it). Loading them took about half a second of CPU per session, which
    /// 100 sessions reconnecting at once after an instance died paid together.
    private static let rulesLock = NSLock()
    nonisolated(unsafe) private static var rulesByFolder: [String: RuleCatalog] = [:]

    static func sharedRules(_ registry: LanguageRegistry) throws -> RuleCatalog {
        rulesLock.lock()
        defer { rulesLock.unlock() }
        if let rules = rulesByFolder[registry.directory.path] { return rules }
        let rules = try RuleCatalog(registry: registry)
        rulesByFolder[registry.directory.path] = rules
        return rules
    }

    // MARK: Input

    public func receive(_ body: [UInt8]) {
        let message: JSON
        do {
            message = try JSONParser.parse(body)
        } catch {
            // JSON-RPC 2.0 answers a body that is not JSON with a Parse error whose id is null (it
            // could not be read); an id found in the broken text is echoed instead, so that a
            // client waiting on that request gets its answer.
            writer.send(Self.errorResponse(id: Self.salvageId(body) ?? .null, .parseError("Parse error: \(error)")))
            log.warning("unparseable message (\(body.count) bytes) answered with a parse error: \(error)")
            return
        }
        guard case .object = message else {
            // LSP sends no batches; any other value is not a Request object.
            writer.send(Self.errorResponse(id: .null, .invalidRequest(
                message.array != nil ? "Invalid Request: batches are not supported" : "Invalid Request: the message is not a JSON object")))
            log.warning("message that is not a JSON object answered with an invalid-request error")
            return
        }
        // A number, a string or null (JSON-RPC 2.0 allows a null id, discouraged): a request; no
        // `id` member: a notification. (Spelled out: a bare `nil` here would be `JSON.null`,
        // which is ExpressibleByNilLiteral.)
        let id: JSON?
        switch message["id"] {
        case nil: id = nil
        case let value? where value.int != nil || value.string != nil || value.isNull: id = value
        case _?:
            // An id that is neither (true, {}, 1.5) makes neither a request nor a notification.
            if message["result"] == nil, message["error"] == nil {
                writer.send(Self.errorResponse(id: .null, .invalidRequest("Invalid Request: `id` must be a number, a string or null")))
            } else {
                log.warning("dropped a response whose id is neither a number nor a string")
            }
            return
        }
        guard let method = message["method"]?.string else {
            if let id, message["result"] != nil || message["error"] != nil {
                pendingLock.lock()
                let callback = outgoing.removeValue(forKey: id)
                pendingLock.unlock()
                if let callback {
                    let error = message["error"].map { ResponseError(code: $0["code"]?.int ?? -32603, message: $0["message"]?.string ?? "") }
                    callback(error.map { .failure($0) } ?? .success(message["result"] ?? .null))
                } else {
                    log.debug("response from client to \(id.text) ignored")
                }
            } else if message["result"] != nil || message["error"] != nil {
                // A response is never answered, even one we cannot match (JSON-RPC 2.0, section 5).
                log.warning("dropped a response without a usable id")
            } else {
                let reason = message["method"] == nil ? "Invalid Request: the message has no `method`" : "Invalid Request: `method` must be a string"
                writer.send(Self.errorResponse(id: id ?? .null, .invalidRequest(reason)))
                log.warning("\(reason)")
            }
            return
        }
        let params = message["params"]
        if let id {
            let token = CancellationToken()
            register(id, token)
            let arrived = DispatchTime.now()
            ServerMetrics.shared.queueChanged(by: 1)
            stateQueue.async {
                ServerMetrics.shared.queueChanged(by: -1)
                self.handleRequest(id: id, method: method, params: params, token: token, arrived: arrived)
            }
        } else if method == "$/cancelRequest" {
            cancel(params?["id"])
        } else {
            ServerMetrics.shared.queueChanged(by: 1)
            stateQueue.async {
                ServerMetrics.shared.queueChanged(by: -1)
                self.handleNotification(method: method, params: params)
            }
        }
    }

    /// Waits until every queued message has been handled (used at end of input and by tests).
    public func drain() {
        stateQueue.sync {}
        diagnostics.drain()
        workQueue.sync(flags: .barrier) {}
    }

    /// The exit status for a client that closed its end without `exit`: 0 only after `shutdown`.
    public var exitStatusAtEndOfInput: Int32 {
        stateQueue.sync { phase == .shuttingDown ? 0 : 1 }
    }

    // MARK: Requests

    private func handleRequest(id: JSON, method: String, params: JSON?, token: CancellationToken, arrived: DispatchTime) {
        if token.isCancelled {
            finished(method, arrived, "cancelled")
            return
        }
        let work: RequestWork
        do {
            switch phase {
            case .uninitialized where method != "initialize":
                throw ResponseError.serverNotInitialized
            case .shuttingDown:
                throw ResponseError.invalidRequest("server is shutting down; only `exit` is accepted")
            default:
                break
            }
            guard let handler = Self.requests[method] else { throw ResponseError.methodNotFound(method) }
            work = try handler(self, params ?? .null)
        } catch {
            answer(id, token, .failure(error), method: method, arrived: arrived)
            return
        }
        workQueue.async {
            let result = Result { try work(token) }
            self.answer(id, token, result, method: method, arrived: arrived)
        }
    }

    private func answer(_ id: JSON, _ token: CancellationToken, _ result: Result<JSON, Error>, method: String, arrived: DispatchTime) {
        unregister(id)
        guard token.claimAnswer() else {
            finished(method, arrived, "cancelled")
            return
        }
        if case .failure = result { finished(method, arrived, "error") } else { finished(method, arrived, "ok") }
        switch result {
        case .success(let value):
            writer.send(["jsonrpc": "2.0", "id": id, "result": value])
        case .failure(let error as ResponseError):
            writer.send(Self.errorResponse(id: id, error))
        case .failure(let error):
            log.error("request \(id.text) failed: \(error)")
            writer.send(Self.errorResponse(id: id, .internalError("\(error)")))
        }
    }

    /// Metrics and, with `options.requestLog`, one log line per request: its method, latency and
    /// outcome, never its parameters (they hold the user's code).
    private func finished(_ method: String, _ arrived: DispatchTime, _ outcome: String) {
        // Methods outside the table are counted under one name, so a client cannot grow the
        // metrics without bound by inventing methods.
        let name = Self.requests[method] != nil ? method : "unknown"
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - arrived.uptimeNanoseconds) / 1e9
        ServerMetrics.shared.requestFinished(method: name, seconds: seconds, outcome: outcome)
        if outcome == "error" { ServerMetrics.shared.error("request") }
        if options.requestLog {
            log.info("request", metadata: ["method": .string(name), "latency_ms": .string(String(format: "%.2f", seconds * 1000)),
                                           "outcome": .string(outcome)])
        }
    }

    private func register(_ id: JSON, _ token: CancellationToken) {
        pendingLock.lock(); defer { pendingLock.unlock() }
        pending[id] = token
    }

    private func unregister(_ id: JSON) {
        pendingLock.lock(); defer { pendingLock.unlock() }
        pending[id] = nil
    }

    private func cancel(_ id: JSON?) {
        guard let id else { return }
        pendingLock.lock()
        let token = pending.removeValue(forKey: id)
        pendingLock.unlock()
        if let token, token.cancel() {
            writer.send(Self.errorResponse(id: id, .requestCancelled))
        }
    }

    // MARK: Notifications

    private func handleNotification(method: String, params: JSON?) {
        if method == "exit" {
            let status: Int32 = phase == .shuttingDown ? 0 : 1
            onExit(status)
            return
        }
        guard phase == .running else {
            log.warning("notification \(method) ignored: \(phase == .uninitialized ? "not initialized" : "shutting down")")
            return
        }
        guard let handler = Self.notifications[method] else {
            log.debug("notification \(method) ignored")
            return
        }
        do {
            try handler(self, params ?? .null)
        } catch {
            log.warning("\(method): \(error)")
        }
    }

    // MARK: Outgoing

    /// Sends a request to the client; `onResponse` runs on the reader thread when it answers.
    func request(_ method: String, _ params: JSON, onResponse: @escaping @Sendable (Result<JSON, ResponseError>) -> Void) {
        pendingLock.lock()
        lastOutgoingId += 1
        let id = JSON.string("codepal-\(lastOutgoingId)")
        outgoing[id] = onResponse
        pendingLock.unlock()
        writer.send(["jsonrpc": "2.0", "id": id, "method": .string(method), "params": params])
    }

    func notify(_ method: String, _ params: JSON) {
        writer.send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    func showMessage(_ type: Int, _ message: String) {
        notify("window/showMessage", ["type": .int(type), "message": .string(message)])
    }

    static func errorResponse(id: JSON, _ error: ResponseError) -> JSON {
        ["jsonrpc": "2.0", "id": id, "error": error.json]
    }

    /// Finds `"id": <number or string>` in a message that is not valid JSON, so that its sender
    /// still gets its ParseError instead of waiting forever.
    static func salvageId(_ body: [UInt8]) -> JSON? {
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        guard let key = text.range(of: "\"id\"") else { return nil }
        var rest = text[key.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if rest.first == "\"" {
            // Find the closing quote, skipping escaped characters, and let the JSON parser decode it.
            var end = rest.index(after: rest.startIndex)
            var escaped = false
            while end < rest.endIndex {
                let c = rest[end]
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { break }
                end = rest.index(after: end)
            }
            guard end < rest.endIndex else { return nil }
            return (try? JSONParser.parse(String(rest[rest.startIndex...end]))).flatMap { $0.string != nil ? $0 : nil }
        }
        let digits = rest.prefix { $0.isNumber || $0 == "-" }
        return Int(digits).map { .int($0) }
    }
}

/// What a request handler hands to the work queue: it runs off the state queue and may only use
/// what it captured (snapshots), never the server's mutable state.
typealias RequestWork = @Sendable (CancellationToken) throws -> JSON
typealias RequestHandler = (LanguageServer, JSON) throws -> RequestWork
typealias NotificationHandler = (LanguageServer, JSON) throws -> Void

/// Settings per document URI, read from the state queue and from request workers.
final class ConfigurationsByURI: @unchecked Sendable {
    private let lock = NSLock()
    private var byURI: [String: Configuration] = [:]

    subscript(uri: String) -> Configuration? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return byURI[uri]
        }
        set {
            lock.lock()
            byURI[uri] = newValue
            lock.unlock()
        }
    }

    func removeAll() {
        lock.lock()
        byURI.removeAll()
        lock.unlock()
    }
}
