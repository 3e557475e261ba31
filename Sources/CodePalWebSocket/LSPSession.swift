import CodePalLSP
import CodePalSupport
import Dispatch
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOWebSocket

/// One LSP session on one WebSocket: each text (or binary) message is one JSON-RPC message, as
/// vscode-ws-jsonrpc and monaco-languageclient send them, with no `Content-Length` header.
///
/// The event loop only moves bytes. Messages go to the session's `inbound` queue, which creates
/// the `LanguageServer` (loading rules takes a while) and feeds it in order; replies are written
/// from whatever thread finishes them. A client that stops reading is disconnected once its
/// unsent output passes `maxQueuedOutputBytes`, so it costs memory up to that cap and never time
/// on the event loop that other sessions share.
final class LSPSession: @unchecked Sendable {
    typealias ServerFactory = @Sendable (MessageWriter) -> LanguageServer

    let number: Int
    let peer: String
    private let channel: Channel
    private let log: Logger
    private let limits: WebSocketServerConfiguration.Limits
    private let inbound: DispatchQueue
    private let queuedOutput = NIOLockedValueBox(0)
    private let queuedInput = NIOLockedValueBox(0)
    /// Owned by `inbound`.
    private var server: LanguageServer?
    /// Used on the channel's event loop only.
    private var rate: RateLimiter
    private var closing = false

    init(number: Int, channel: Channel, limits: WebSocketServerConfiguration.Limits, log: Logger, makeServer: @escaping ServerFactory) {
        self.number = number
        self.peer = channel.remoteAddress.map { "\($0)" } ?? "?"
        self.channel = channel
        self.limits = limits
        self.log = log
        self.inbound = DispatchQueue(label: "codepal.ws.session-\(number)")
        self.rate = RateLimiter(messagesPerSecond: limits.messagesPerSecond, bytesPerSecond: limits.bytesPerSecond,
                                largestMessage: limits.maxMessageBytes)
        inbound.async {
            let writer = MessageWriter(log: log) { [weak self] body in self?.send(body) ?? false }
            let server = makeServer(writer)
            // `exit` ends this session, not the process that serves the others.
            server.onExit = { [weak self] status in self?.close(code: .normalClosure, reason: "exit (\(status))") }
            self.server = server
        }
    }

    // MARK: Input (event loop)

    func receive(_ body: [UInt8]) {
        guard !closing else { return }
        if !rate.admit(bytes: body.count) {
            refuseOverRate(body)
            return
        }
        let backlog = queuedInput.withLockedValue { $0 += body.count; return $0 }
        if backlog > limits.maxQueuedInputBytes {
            log.warning("session \(number): \(backlog) bytes of input not yet handled; disconnecting")
            close(code: .policyViolation, reason: "input backlog over \(limits.maxQueuedInputBytes) bytes")
            return
        }
        inbound.async {
            self.server?.receive(body)
            self.queuedInput.withLockedValue { $0 -= body.count }
        }
    }

    /// A message past the connection's rates: a request is answered with an error at once (the
    /// server never sees it); a notification ends the session, since dropping an edit would leave
    /// the server's copy of the document wrong; a response to the server's own request passes.
    private func refuseOverRate(_ body: [UInt8]) {
        let message = try? JSONParser.parse(body)
        let limit = "\(limits.messagesPerSecond) messages or \(limits.bytesPerSecond) bytes per second"
        ServerMetrics.shared.error("rate-limited")
        if let message, message["method"]?.string != nil, let id = message["id"], id.int != nil || id.string != nil {
            let error: JSON = ["jsonrpc": "2.0", "id": id,
                               "error": ["code": -32803, "message": .string("rate limit: this connection sent more than \(limit); request not handled, try again shortly")]]
            _ = send(error.serialized())
        } else if let message, message["method"]?.string == nil {
            receiveAdmitted(body)
        } else {
            log.warning("session \(number): notifications over \(limit); closing")
            closing = true
            close(code: .policyViolation, reason: "rate limit: notifications over \(limit)")
        }
    }

    private func receiveAdmitted(_ body: [UInt8]) {
        inbound.async {
            self.server?.receive(body)
        }
    }

    // MARK: Output (any thread)

    private func send(_ body: [UInt8]) -> Bool {
        guard channel.isActive else { return false }
        let queued = queuedOutput.withLockedValue { $0 += body.count; return $0 }
        if queued > limits.maxQueuedOutputBytes {
            log.warning("session \(number) (\(peer)) is not reading: \(queued) bytes queued; disconnecting")
            channel.close(promise: nil)
            return false
        }
        let frame = WebSocketFrame(fin: true, opcode: .text, data: channel.allocator.buffer(bytes: body))
        let count = body.count
        channel.writeAndFlush(frame).whenComplete { [queuedOutput] _ in
            queuedOutput.withLockedValue { $0 -= count }
        }
        return true
    }

    /// Sends a close frame, then closes the connection.
    func close(code: WebSocketErrorCode, reason: String) {
        var data = channel.allocator.buffer(capacity: 2 + reason.utf8.count)
        data.write(webSocketErrorCode: code)
        data.writeString(String(reason.prefix(120)))
        let frame = WebSocketFrame(fin: true, opcode: .connectionClose, data: data)
        let channel = self.channel
        channel.writeAndFlush(frame).whenComplete { _ in channel.close(promise: nil) }
    }

    // MARK: End

    /// The connection is gone: let queued work finish (its output is dropped), then free the state.
    /// The server is kept a while longer because delayed diagnostics work still refers to it.
    func retire() {
        ServerMetrics.shared.sessionClosed()
        inbound.async {
            guard let server = self.server else { return }
            self.server = nil
            server.drain()
            DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + Self.retirementGrace) {
                server.drain()
                withExtendedLifetime(server) {}
            }
        }
    }

    /// Longer than any publication throttle or analysis delay a client sets in practice.
    static let retirementGrace: Double = 60
}

/// Moves WebSocket frames between the channel and an `LSPSession`.
final class LSPSessionHandler: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    private let session: LSPSession
    private let log: Logger

    init(session: LSPSession, log: Logger) {
        self.session = session
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text, .binary:
            var payload = frame.unmaskedData
            session.receive(payload.readBytes(length: payload.readableBytes) ?? [])
        case .ping:
            let pong = WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)
            context.writeAndFlush(wrapOutboundOut(pong), promise: nil)
        case .connectionClose:
            // Echo the close (RFC 6455 §5.5.1), then end the connection.
            var data = frame.unmaskedData
            let code = data.readWebSocketErrorCode() ?? .normalClosure
            var reply = context.channel.allocator.buffer(capacity: 2)
            reply.write(webSocketErrorCode: code)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: reply)))
                .whenComplete { _ in channel.close(promise: nil) }
        default:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        log.info("session \(session.number) (\(session.peer)) closed")
        session.retire()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if let error = error as? NIOWebSocketFrameAggregator.Error {
            log.warning("session \(session.number): refused message: \(error)")
            session.close(code: error == .accumulatedFrameSizeIsTooLarge ? .messageTooLarge : .protocolError, reason: "\(error)")
        } else if error is NIOWebSocketError {
            // WebSocketProtocolErrorHandler already answered with the matching close code.
            log.warning("session \(session.number): \(error)")
        } else {
            log.warning("session \(session.number): \(error); closing")
            context.close(promise: nil)
        }
    }
}
