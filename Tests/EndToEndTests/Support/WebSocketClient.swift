import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small blocking WebSocket client (RFC 6455) over a loopback TCP socket, enough to drive
/// `codepal serve --websocket` as a browser would: the upgrade handshake, masked text frames out,
/// unfragmented frames in, close frames. Every read has a deadline, so a wedged server fails the
/// test instead of hanging it.
final class WebSocketClient {
    enum Message {
        case text(String)
        case close(code: Int?, reason: String)
        /// The connection ended without a close frame.
        case disconnected
    }

    struct HandshakeRefused: Error, CustomStringConvertible {
        let status: Int
        let body: String
        var description: String { "handshake refused with HTTP \(status): \(body)" }
    }

    struct Timeout: Error, CustomStringConvertible {
        let what: String
        var description: String { "timed out waiting for \(what)" }
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var nextId = 1
    /// Notifications and responses read while waiting for something else.
    private(set) var received: [JSONValue] = []

    /// Connects and upgrades; throws `HandshakeRefused` when the server answers anything but 101.
    init(port: Int, path: String = "/", headers: [String: String] = [:], timeout: TimeInterval = 60) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard status == 0 else {
            close(fd)
            throw POSIXError(.init(rawValue: errno) ?? .ECONNREFUSED)
        }
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: \(Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString())\r\n"
        request += "Sec-WebSocket-Version: 13\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        try writeAll(Array(request.utf8))
        let deadline = Date().addingTimeInterval(timeout)
        while find([13, 10, 13, 10]) == nil {
            guard try fill(until: deadline) else { throw HandshakeRefused(status: 0, body: "connection closed during handshake") }
        }
        let end = find([13, 10, 13, 10])!
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 4)
        let statusCode = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        guard statusCode == 101 else {
            // Read what is left of the body for the error message.
            while (try? fill(until: Date().addingTimeInterval(0.5))) == true {}
            let body = String(decoding: buffer, as: UTF8.self)
            close(fd)
            throw HandshakeRefused(status: statusCode, body: body)
        }
    }

    deinit { close(fd) }

    private func sendBytes(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(fd, bytes, count, 0)
        #endif
    }

    // MARK: Frames

    func sendText(_ text: String) throws {
        try sendFrame(opcode: 0x1, payload: Array(text.utf8))
    }

    func sendClose(code: UInt16 = 1000) throws {
        try sendFrame(opcode: 0x8, payload: [UInt8(code >> 8), UInt8(code & 0xff)])
    }

    func sendFrame(opcode: UInt8, payload: [UInt8], fin: Bool = true) throws {
        var frame: [UInt8] = [(fin ? 0x80 : 0) | opcode]
        let count = payload.count
        if count < 126 {
            frame.append(0x80 | UInt8(count))
        } else if count <= 0xffff {
            frame.append(0x80 | 126)
            frame += [UInt8(count >> 8), UInt8(count & 0xff)]
        } else {
            frame.append(0x80 | 127)
            for shift in stride(from: 56, through: 0, by: -8) { frame.append(UInt8((UInt64(count) >> UInt64(shift)) & 0xff)) }
        }
        let mask = (0..<4).map { _ in UInt8.random(in: 0...255) }
        frame += mask
        frame.reserveCapacity(frame.count + count)
        for (i, byte) in payload.enumerated() { frame.append(byte ^ mask[i & 3]) }
        try writeAll(frame)
    }

    /// The next message (server frames are never fragmented by codepal).
    func receive(timeout: TimeInterval = 10) throws -> Message {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let message = try parseFrame() { return message }
            switch read(until: deadline) {
            case .data: continue
            case .timeout: throw Timeout(what: "a WebSocket message")
            case .endOfStream: return .disconnected
            }
        }
    }

    private func parseFrame() throws -> Message? {
        guard buffer.count >= 2 else { return nil }
        let opcode = buffer[0] & 0x0f
        var length = Int(buffer[1] & 0x7f)
        var offset = 2
        if length == 126 {
            guard buffer.count >= 4 else { return nil }
            length = Int(buffer[2]) << 8 | Int(buffer[3])
            offset = 4
        } else if length == 127 {
            guard buffer.count >= 10 else { return nil }
            length = (2..<10).reduce(0) { $0 << 8 | Int(buffer[$1]) }
            offset = 10
        }
        guard buffer.count >= offset + length else { return nil }
        let payload = Array(buffer[offset..<offset + length])
        buffer.removeFirst(offset + length)
        switch opcode {
        case 0x1, 0x2:
            return .text(String(decoding: payload, as: UTF8.self))
        case 0x8:
            let code = payload.count >= 2 ? Int(payload[0]) << 8 | Int(payload[1]) : nil
            return .close(code: code, reason: String(decoding: payload.dropFirst(2), as: UTF8.self))
        default:
            return try parseFrame()
        }
    }

    // MARK: LSP over the socket

    func send(_ message: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: message)
        try sendText(String(decoding: data, as: UTF8.self))
    }

    func notify(_ method: String, _ params: Any) throws {
        try send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and returns its response, keeping what else arrives in `received`.
    func request(_ method: String, _ params: Any, timeout: TimeInterval = 10) throws -> JSONValue {
        let id = nextId
        nextId += 1
        try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return try waitFor("response to \(method)", timeout: timeout) { $0["id"].int == id && $0["method"].string == nil }
    }

    /// The first message (already received or arriving before the deadline) that matches.
    func waitFor(_ what: String, timeout: TimeInterval = 10, where predicate: (JSONValue) -> Bool) throws -> JSONValue {
        if let index = received.firstIndex(where: predicate) { return received.remove(at: index) }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            switch try receive(timeout: deadline.timeIntervalSinceNow) {
            case .text(let text):
                let message = JSONValue(try JSONSerialization.jsonObject(with: Data(text.utf8)))
                if predicate(message) { return message }
                received.append(message)
            case .close(let code, let reason):
                throw Timeout(what: "\(what): the server closed the connection (\(code.map(String.init) ?? "no code") \(reason))")
            case .disconnected:
                throw Timeout(what: "\(what): the connection ended")
            }
        }
        throw Timeout(what: what)
    }

    // MARK: Socket

    private func writeAll(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { sendBytes(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(.init(rawValue: errno) ?? .EPIPE)
            }
            written += n
        }
    }

    private enum Fill { case data, timeout, endOfStream }

    /// Reads what is available before the deadline.
    private func read(until deadline: Date) -> Fill {
        let remaining = max(0, deadline.timeIntervalSinceNow)
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(remaining * 1000))
        guard ready > 0 else { return .timeout }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return .endOfStream }
        buffer += chunk[0..<n]
        return .data
    }

    /// True when bytes arrived before the deadline.
    private func fill(until deadline: Date) throws -> Bool {
        read(until: deadline) == .data
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where Array(buffer[i..<i + needle.count]) == needle { return i }
        return nil
    }
}
