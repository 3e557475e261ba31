import CodePalLSP
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Answers the HTTP requests that did not become WebSocket sessions: a refused upgrade gets its
/// reason (401, 403, 503), and with `--editor DIR` a GET serves the demo page's files from DIR.
final class HTTPRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Set by the upgrader when it refused this connection's upgrade request.
    var refusal: Admission.Refusal?
    /// Set by the upgrader when it admitted a session that a token file identified.
    var identity: SessionIdentity?
    private let root: URL?
    private let fileThreads: NIOThreadPool
    private let observability: Observability?
    private var request: HTTPRequestHead?

    init(root: URL?, fileThreads: NIOThreadPool, observability: Observability? = nil) {
        self.root = root
        self.fileThreads = fileThreads
        self.observability = observability
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let head = request else { return }
            request = nil
            respond(context: context, to: head)
        }
    }

    private func respond(context: ChannelHandlerContext, to head: HTTPRequestHead) {
        if let refusal {
            sendText(context: context, head: head, status: refusal.status, refusal.message)
            return
        }
        if head.headers.first(name: "upgrade")?.lowercased() == "websocket" {
            sendText(context: context, head: head, status: .badRequest, "codepal: malformed WebSocket upgrade request")
            return
        }
        if let observability, head.method == .GET || head.method == .HEAD {
            let path = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            switch path {
            case "/healthz":
                sendText(context: context, head: head, status: .ok, "ok")
                return
            case "/readyz":
                if let why = observability.notReady() {
                    sendText(context: context, head: head, status: .serviceUnavailable, "not ready: \(why)")
                } else {
                    sendText(context: context, head: head, status: .ok, "ready")
                }
                return
            case "/metrics":
                sendBytes(context: context, head: head, observability.metricsText(), contentType: "text/plain; version=0.0.4; charset=utf-8")
                return
            default:
                break
            }
        }
        guard let root else {
            sendText(context: context, head: head, status: .notFound,
                     "codepal: this is a WebSocket LSP endpoint; start the server with --editor DIR to serve a page")
            return
        }
        guard head.method == .GET || head.method == .HEAD else {
            sendText(context: context, head: head, status: .methodNotAllowed, "codepal: only GET and HEAD")
            return
        }
        guard let file = StaticFiles.resolve(head.uri, in: root) else {
            sendText(context: context, head: head, status: .notFound, "codepal: not found: \(head.uri)")
            return
        }
        sendFile(context: context, head: head, file: file)
    }

    private func sendFile(context: ChannelHandlerContext, head: HTTPRequestHead, file: URL) {
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        // Read on the file thread: a page's largest file (Monaco's editor.main.js) is a few MB.
        fileThreads.runIfActive(eventLoop: context.eventLoop) { () -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: file.path) else { throw CocoaError(.fileReadNoSuchFile) }
            return [UInt8](data)
        }.whenComplete { result in
            let (handler, context) = loopBound.value
            switch result {
            case .failure:
                handler.sendText(context: context, head: head, status: .notFound, "codepal: not found: \(head.uri)")
            case .success(let bytes):
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: StaticFiles.contentType(file.pathExtension))
                headers.add(name: "Content-Length", value: "\(bytes.count)")
                headers.add(name: "Cache-Control", value: "no-cache")
                headers.add(name: "X-Content-Type-Options", value: "nosniff")
                context.write(handler.wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
                if head.method != .HEAD {
                    context.write(handler.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))), promise: nil)
                }
                let keepAlive = head.isKeepAlive
                let channel = context.channel
                context.writeAndFlush(handler.wrapOutboundOut(.end(nil))).whenComplete { _ in
                    if !keepAlive { channel.close(promise: nil) }
                }
            }
        }
    }

    private func sendBytes(context: ChannelHandlerContext, head: HTTPRequestHead, _ bytes: [UInt8], contentType: String) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: contentType)
        headers.add(name: "Content-Length", value: "\(bytes.count)")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
        if head.method != .HEAD { context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))), promise: nil) }
        let keepAlive = head.isKeepAlive
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }

    private func sendText(context: ChannelHandlerContext, head: HTTPRequestHead, status: HTTPResponseStatus, _ text: String) {
        let body = context.channel.allocator.buffer(string: text + "\n")
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: "\(body.readableBytes)")
        // A refused upgrade leaves the connection in an undefined state for the client: close it.
        let keepAlive = head.isKeepAlive && (status == .notFound || status == .ok || status == .serviceUnavailable && refusal == nil)
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        if head.method != .HEAD { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }
}

/// Maps request paths to files under the page's folder, never outside it.
enum StaticFiles {
    static func resolve(_ uri: String, in root: URL) -> URL? {
        let rawPath = String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        guard let path = rawPath.removingPercentEncoding, path.hasPrefix("/"), !path.contains("\0") else { return nil }
        let components = path.split(separator: "/")
        guard !components.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        var url = root
        for component in components { url.appendPathComponent(String(component)) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        // Symbolic links may point anywhere: serve a file only if its real path is under the root.
        let real = url.resolvingSymlinksInPath().path
        let realRoot = root.resolvingSymlinksInPath().path
        guard real.hasPrefix(realRoot + "/"), FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory),
              !isDirectory.boolValue else { return nil }
        return URL(fileURLWithPath: real)
    }

    static func contentType(_ pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "md", "txt": return "text/plain; charset=utf-8"
        case "html": return "text/html; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "json", "map": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ttf": return "font/ttf"
        case "woff2": return "font/woff2"
        case "wasm": return "application/wasm"
        default: return "application/octet-stream"
        }
    }
}
