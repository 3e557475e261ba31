import ArgumentParser
import CodePalLSP
import CodePalStore
import CodePalSupport
import CodePalSyntax
import CodePalWebSocket
import Foundation
import Logging

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the language server over standard input and output, or over WebSocket.",
        discussion: """
            stdio (the default): stdout carries only LSP messages; logs go to stderr or --log-file.

            --websocket HOST:PORT: one session per connection, each JSON-RPC message in one WebSocket \
            message (as monaco-languageclient sends them). Port 0 picks a free port; the address is \
            printed on stderr as `codepal: listening on ws://HOST:PORT/`. Off loopback, --allow-remote \
            and a token are required; clients send it as `?token=...` or `Authorization: Bearer ...`. \
            --editor DIR serves DIR (e.g. editors/monaco after scripts/setup-monaco) over HTTP on the \
            same port.
            """)

    @OptionGroup var grammar: GrammarOptions

    @Flag(help: "Record no learning metrics, whatever the client's initializationOptions say.")
    var noMetrics = false

    @Flag(help: "Use standard input/output (the default).")
    var stdio = false

    @Option(help: ArgumentHelp("Serve LSP over WebSocket on this address (HOST:PORT, [IPv6]:PORT or PORT; host defaults to 127.0.0.1).",
                               valueName: "host:port"))
    var websocket: String?

    @Flag(help: "Allow binding --websocket to an address other machines can reach (needs a token).")
    var allowRemote = false

    @Option(help: ArgumentHelp("Token WebSocket clients must present.", valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp("Read the WebSocket token from this file (safer than the command line).", valueName: "path"))
    var tokenFile: String?

    @Option(help: ArgumentHelp("A platform's token file: one `TOKEN USER ROLE` per line (role learner or teacher); a session's user comes from its token.",
                               valueName: "path"))
    var users: String?

    @Option(help: ArgumentHelp("The learning store every session shares: a SQLite path or postgres://USER@HOST:PORT/DB (clients' learningPath is then ignored).",
                               valueName: "spec"))
    var learningDb: String?

    @Option(help: ArgumentHelp("Per WebSocket connection: most messages per second (requests past it are refused, notifications past it close the session).",
                               valueName: "n"))
    var rateLimit: Int?

    @Option(help: ArgumentHelp("Per WebSocket connection: most bytes per second.", valueName: "bytes"))
    var rateLimitBytes: Int?

    @Option(help: ArgumentHelp("text, or json (one object per line, with one line per request: session, method, latency, outcome).",
                               valueName: "format"))
    var logFormat: String?

    @Option(help: ArgumentHelp("Settings under [serve] in this TOML file (learning-db, users, rate-limit, rate-limit-bytes, log-format); flags win.",
                               valueName: "path"))
    var config: String?

    /// The command line over the --config file.
    private var settings: ServeConfigFile {
        get throws {
            var merged = try config.map(ServeConfigFile.load) ?? ServeConfigFile()
            merged.learningDb = learningDb ?? merged.learningDb
            merged.users = users ?? merged.users
            merged.rateLimit = rateLimit ?? merged.rateLimit
            merged.rateLimitBytes = rateLimitBytes ?? merged.rateLimitBytes
            merged.logFormat = logFormat ?? merged.logFormat
            return merged
        }
    }

    @Option(help: ArgumentHelp("Serve this folder over HTTP next to the WebSocket endpoint.", valueName: "dir"))
    var editor: String?

    @Option(help: ArgumentHelp("Largest WebSocket message accepted, in bytes.", valueName: "bytes"))
    var maxMessageBytes: Int = WebSocketServerConfiguration.Limits().maxMessageBytes

    @Option(help: ArgumentHelp("Most concurrent WebSocket sessions.", valueName: "n"))
    var maxConnections: Int = WebSocketServerConfiguration.Limits().maxConnections

    @Option(help: ArgumentHelp("Append logs to this file instead of stderr.", valueName: "path"))
    var logFile: String?

    @Option(help: ArgumentHelp("error, warning, info, debug or trace.", valueName: "level"))
    var logLevel: String = "info"

    func validate() throws {
        if websocket == nil {
            for (set, flag) in [(allowRemote, "--allow-remote"), (token != nil, "--token"), (tokenFile != nil, "--token-file"), (editor != nil, "--editor"),
                                (users != nil, "--users")] where set {
                throw ValidationError("\(flag) only applies with --websocket")
            }
        } else if stdio {
            throw ValidationError("choose one of --stdio and --websocket")
        }
        if [token != nil, tokenFile != nil, users != nil].filter({ $0 }).count > 1 { throw ValidationError("choose one of --token, --token-file and --users") }
        let settings = try self.settings
        if let rate = settings.rateLimit, rate < 1 { throw ValidationError("--rate-limit must be at least 1") }
        if let bytes = settings.rateLimitBytes, bytes < 1024 { throw ValidationError("--rate-limit-bytes must be at least 1024") }
        if let format = settings.logFormat, LogLineHandler.Format(rawValue: format) == nil {
            throw ValidationError("--log-format takes text or json, not `\(format)`")
        }
        if websocket == nil, settings.users != nil { throw ValidationError("--users only applies with --websocket") }
        if maxMessageBytes < 1024 { throw ValidationError("--max-message-bytes must be at least 1024") }
        if maxConnections < 1 { throw ValidationError("--max-connections must be at least 1") }
    }

    func run() throws {
        let settings = try self.settings
        guard let level = Logger.level(named: logLevel) else {
            throw ValidationError("unknown log level `\(logLevel)`; use critical, error, warning, notice, info, debug or trace")
        }
        let log: Logger
        do {
            log = try Logger.codepal(level: level, file: logFile, format: LogLineHandler.Format(rawValue: settings.logFormat ?? "text") ?? .text)
        } catch {
            throw ValidationError("cannot open log file \(logFile ?? ""): \(error.localizedDescription)")
        }
        // A client that disappears must surface as a write error, not kill the process.
        signal(SIGPIPE, SIG_IGN)
        var registry: LanguageRegistry?
        var problem: String?
        do {
            registry = try LanguageRegistry.locate(explicit: grammar.grammars)
            log.info("grammars from \(registry!.directory.path)")
            for problem in registry!.manifestErrors { log.warning("\(problem) (that language is left out)") }
        } catch {
            problem = "\(error)"
            log.error("\(problem!)")
        }
        var serverOptions = ServerOptions()
        var batcher: BatchingLearningStore?
        serverOptions.learningMetrics = !noMetrics
        serverOptions.requestLog = settings.logFormat == "json"
        if let spec = settings.learningDb ?? ProcessInfo.processInfo.environment["CODEPAL_LEARNING_DB"].flatMap({ $0.isEmpty ? nil : $0 }), !noMetrics {
            let shown = LearningStores.redacted(spec)
            let shared = BatchingLearningStore(LazyLearningStore(location: shown) {
                try LearningStores.open(spec, warn: { log.warning("\($0)") })
            }, interval: 0.25)
            shared.onWrite = { written, dropped in ServerMetrics.shared.learningEvents(written: written, dropped: dropped) }
            serverOptions.learningStore = shared
            // Shared by many sessions and instances: written soon, so that an instance that dies
            // loses at most this much.
            serverOptions.learningFlushInterval = 0.25
            batcher = shared
            log.info("learning store shared by every session: \(shown)")
        }
        // Buffered learning events are written before the process goes (a platform stops
        // instances with SIGTERM).
        ProcessExit.onTerminationSignal(before: { [batcher] in
            LanguageServer.flushLearning()
            batcher?.flush()
            let totals = ServerMetrics.shared.learningTotals
            log.info("stopping on SIGTERM: learning events written \(totals.written), dropped \(totals.dropped)")
        })
        if let websocket {
            try serveWebSocket(websocket, settings: settings, registry: registry, problem: problem, log: log, options: serverOptions)
        }
        let server = LanguageServer(registry: registry, registryProblem: problem,
                                    writer: MessageWriter(fd: 1, log: log), log: log, options: serverOptions)
        let status = StdioTransport.run(server: server, log: log)
        throw ExitCode(status)
    }

    private func serveWebSocket(_ address: String, settings: ServeConfigFile, registry: LanguageRegistry?, problem: String?, log: Logger,
                                options serverOptions: ServerOptions) throws -> Never {
        guard let (host, port) = WebSocketServerConfiguration.parseAddress(address) else {
            throw ValidationError("--websocket takes HOST:PORT, [IPv6]:PORT or PORT, not `\(address)`")
        }
        var configuration = WebSocketServerConfiguration(host: host, port: port)
        configuration.allowRemote = allowRemote
        configuration.token = try readToken()
        if let users = settings.users {
            do {
                configuration.tokens = try AccessTokens(parsing: try String(contentsOfFile: users, encoding: .utf8), file: users)
            } catch let problem as AccessTokens.Problem {
                throw ValidationError("--users: \(problem)")
            } catch {
                throw ValidationError("cannot read --users \(users): \(error.localizedDescription)")
            }
        }
        configuration.limits.messagesPerSecond = settings.rateLimit ?? configuration.limits.messagesPerSecond
        configuration.limits.bytesPerSecond = settings.rateLimitBytes ?? configuration.limits.bytesPerSecond
        let store = serverOptions.learningStore
        configuration.observability = Observability(readiness: {
            guard let store else { return nil }
            do { try store.ping(); return nil } catch { return "learning store \(store.location) unreachable: \(error)" }
        })
        configuration.limits.maxMessageBytes = maxMessageBytes
        configuration.limits.maxConnections = maxConnections
        if let editor {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: editor, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--editor: no folder at \(editor)")
            }
            configuration.editorDirectory = URL(fileURLWithPath: editor).standardizedFileURL
        }
        let server = WebSocketServer(configuration: configuration, log: log) { writer, session in
            var options = serverOptions
            options.identity = session.identity
            return LanguageServer(registry: registry, registryProblem: problem, writer: writer, log: session.log, options: options)
        }
        let bound: String
        do {
            let local = try server.start()
            let shown = local.ipAddress.map { $0.contains(":") ? "[\($0)]" : $0 } ?? host
            bound = "\(shown):\(local.port ?? port)"
        } catch let error as WebSocketServerError {
            throw ValidationError("\(error)")
        } catch {
            throw ValidationError("cannot listen on \(address): \(error)")
        }
        // On stderr whatever --log-file says: scripts and tests read the chosen port from here.
        var line = "codepal: listening on ws://\(bound)/"
        if configuration.editorDirectory != nil { line += " (page: http://\(bound)/)" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
        try server.wait()
        throw ExitCode.success
    }

    private func readToken() throws -> String? {
        var value = token
        if let tokenFile {
            do {
                value = try String(contentsOfFile: tokenFile, encoding: .utf8)
            } catch {
                throw ValidationError("cannot read --token-file \(tokenFile): \(error.localizedDescription)")
            }
        }
        guard let raw = value else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 16 else {
            throw ValidationError("the token must have at least 16 characters (e.g. `openssl rand -hex 16`)")
        }
        guard trimmed.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw ValidationError("the token must be printable ASCII without spaces")
        }
        return trimmed
    }
}
