import CodePalLSP
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket

public struct WebSocketServerConfiguration: Sendable {
    public struct Limits: Sendable {
        /// Largest message a client may send (after reassembling fragments); larger ones end the
        /// session with close code 1009.
        public var maxMessageBytes = 16 * 1024 * 1024
        public var maxConnections = 32
        /// Output queued for a client that does not read; past it the client is disconnected.
        public var maxQueuedOutputBytes = 64 * 1024 * 1024
        /// Input received but not yet handed to the server; past it the client is disconnected.
        public var maxQueuedInputBytes = 64 * 1024 * 1024
        /// Per connection: a request past either rate is answered with RequestFailed (-32803), a
        /// notification past it ends the session with close code 1008 (dropping an edit would
        /// leave the document out of sync; the client reconnects and re-opens).
        public var messagesPerSecond = 200
        public var bytesPerSecond = 4 * 1024 * 1024
        public init() {}
    }

    /// What a session's server is made with.
    public struct Session: Sendable {
        public let number: Int
        /// From the token file; nil without one.
        public let identity: SessionIdentity?
        /// The server's logger with the session's number in its metadata.
        public let log: Logger
    }

    public var host: String
    public var port: Int
    /// Required from every client when set; `validate()` insists on one off loopback.
    public var token: String?
    /// A platform's tokens with each one's user and role (`--users`); replaces `token`.
    public var tokens: AccessTokens?
    /// `/metrics`, `/healthz`, `/readyz`.
    public var observability: Observability?
    public var allowRemote = false
    /// Serves this folder's files (the Monaco demo page) over HTTP on the same port.
    public var editorDirectory: URL?
    public var limits = Limits()

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, `[IPv6]:PORT` or `PORT` (host 127.0.0.1).
    public static func parseAddress(_ text: String) -> (host: String, port: Int)? {
        var host = "127.0.0.1"
        var portText = Substring(text)
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else if let colon = text.lastIndex(of: ":") {
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { return nil }
        return (host, port)
    }
}

public enum WebSocketServerError: Error, CustomStringConvertible {
    case remoteNotAllowed(String)
    case cannotResolve(String, String)

    public var description: String {
        switch self {
        case .remoteNotAllowed(let why): return why
        case .cannotResolve(let host, let why): return "cannot resolve \(host): \(why)"
        }
    }
}

/// LSP over WebSocket: one `LanguageServer` per connection, sharing nothing but the process.
public final class WebSocketServer: @unchecked Sendable {
    private let configuration: WebSocketServerConfiguration
    private let log: Logger
    private let makeServer: @Sendable (MessageWriter, WebSocketServerConfiguration.Session) -> LanguageServer
    private let group: MultiThreadedEventLoopGroup
    private let fileThreads: NIOThreadPool
    private let admission: Admission
    private let sessionNumbers = NIOLockedValueBox(0)
    private var channel: Channel?

    public init(configuration: WebSocketServerConfiguration, log: Logger,
                makeServer: @escaping @Sendable (MessageWriter, WebSocketServerConfiguration.Session) -> LanguageServer) {
        self.configuration = configuration
        self.log = log
        self.makeServer = makeServer
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: min(2, System.coreCount))
        self.fileThreads = NIOThreadPool(numberOfThreads: 1)
        self.admission = Admission(token: configuration.token, tokens: configuration.tokens, maxConnections: configuration.limits.maxConnections)
    }

    /// Binds the socket and returns the address actually bound (port 0 picks a free port).
    /// Binding off loopback requires `allowRemote` and a token, checked on the resolved address.
    public func start() throws -> SocketAddress {
        let address: SocketAddress
        do {
            address = try SocketAddress.makeAddressResolvingHost(configuration.host, port: configuration.port)
        } catch {
            throw WebSocketServerError.cannotResolve(configuration.host, "\(error)")
        }
        if !Self.isLoopback(address) {
            guard configuration.allowRemote else {
                throw WebSocketServerError.remoteNotAllowed(
                    "\(configuration.host) is not a loopback address: pass --allow-remote and a --token or --token-file to accept connections from other machines")
            }
            guard configuration.token != nil || configuration.tokens != nil else {
                throw WebSocketServerError.remoteNotAllowed("--allow-remote needs --token or --token-file: other machines must prove who they are")
            }
        }
        fileThreads.start()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 64)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.tcpOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                self.configure(channel)
            }
        let channel = try bootstrap.bind(to: address).wait()
        self.channel = channel
        return channel.localAddress ?? address
    }

    /// Blocks until the server is closed.
    public func wait() throws {
        try channel?.closeFuture.wait()
    }

    public func close() {
        try? channel?.close().wait()
    }

    private func configure(_ channel: Channel) -> EventLoopFuture<Void> {
        let limits = configuration.limits
        let httpHandler = HTTPRequestHandler(root: configuration.editorDirectory, fileThreads: fileThreads,
                                             observability: configuration.observability)
        let admission = self.admission
        let log = self.log
        let handlerBox = NIOLoopBound(httpHandler, eventLoop: channel.eventLoop)
        let upgrader = NIOWebSocketServerUpgrader(
            maxFrameSize: limits.maxMessageBytes,
            automaticErrorHandling: true,
            shouldUpgrade: { channel, head in
                switch admission.admit(head) {
                case .refused(let refusal):
                    log.info("refused WebSocket from \(channel.remoteAddress.map { "\($0)" } ?? "?"): \(refusal.message)")
                    handlerBox.value.refusal = refusal
                    return channel.eventLoop.makeSucceededFuture(nil)
                case .admitted(let identity):
                    handlerBox.value.identity = identity
                    channel.closeFuture.whenComplete { _ in admission.release() }
                    return channel.eventLoop.makeSucceededFuture(HTTPHeaders())
                }
            },
            upgradePipelineHandler: { [self] channel, _ in
                self.startSession(on: channel, identity: handlerBox.value.identity)
            })
        return channel.pipeline.configureHTTPServerPipeline(
            withServerUpgrade: (upgraders: [upgrader], completionHandler: { context in
                // The page handler has no business on a WebSocket connection.
                context.pipeline.removeHandler(name: "codepal.http", promise: nil)
            })
        ).flatMap {
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(httpHandler, name: "codepal.http")
            }
        }
    }

    private func startSession(on channel: Channel, identity: SessionIdentity?) -> EventLoopFuture<Void> {
        let number = sessionNumbers.withLockedValue { $0 += 1; return $0 }
        let limits = configuration.limits
        var sessionLog = log
        sessionLog[metadataKey: "session"] = "\(number)"
        let context = WebSocketServerConfiguration.Session(number: number, identity: identity, log: sessionLog)
        let makeServer = self.makeServer
        let session = LSPSession(number: number, channel: channel, limits: limits, log: sessionLog) { writer in makeServer(writer, context) }
        ServerMetrics.shared.sessionOpened()
        log.info("session \(number) opened from \(session.peer) (\(admission.activeSessions) active)")
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandlers([
                NIOWebSocketFrameAggregator(minNonFinalFragmentSize: 0, maxAccumulatedFrameCount: 1 << 16,
                                            maxAccumulatedFrameSize: limits.maxMessageBytes),
                LSPSessionHandler(session: session, log: sessionLog),
            ])
        }
    }

    static func isLoopback(_ address: SocketAddress) -> Bool {
        switch address {
        case .v4(let v4):
            return UInt32(bigEndian: v4.address.sin_addr.s_addr) >> 24 == 127
        case .v6:
            return address.ipAddress == "::1"
        default:
            return false
        }
    }
}
