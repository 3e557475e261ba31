import CodePalSupport
import Foundation
import Logging

/// Sends messages to the client through one output: framed with `Content-Length` to a file
/// descriptor (stdio), or whole bodies to a sink (a WebSocket carries one message per frame).
/// Serialised by a lock because responses finish on worker threads; a vanished client (EPIPE, or
/// a sink that reports the peer gone) is noted once and later writes are dropped.
public final class MessageWriter: @unchecked Sendable {
    /// Takes one serialized message body; returns false once the peer is gone for good.
    public typealias Sink = (_ body: [UInt8]) -> Bool

    private enum Output {
        case framed(fd: Int32)
        case sink(Sink)
    }

    private let output: Output
    private let lock = NSLock()
    private var broken = false
    private let log: Logger

    public init(fd: Int32, log: Logger) {
        self.output = .framed(fd: fd)
        self.log = log
    }

    /// Hands each message body, unframed, to `sink` (in order, never concurrently).
    public init(log: Logger, sink: @escaping Sink) {
        self.output = .sink(sink)
        self.log = log
    }

    public func send(_ message: JSON) {
        let body = message.serialized()
        lock.lock()
        defer { lock.unlock() }
        guard !broken else { return }
        switch output {
        case .framed(let fd):
            var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
            frame.append(contentsOf: body)
            writeFrame(frame, to: fd)
        case .sink(let sink):
            if !sink(body) {
                broken = true
                log.info("client gone; dropping further output")
            }
        }
    }

    private func writeFrame(_ frame: [UInt8], to fd: Int32) {
        var written = 0
        while written < frame.count {
            let n = frame.withUnsafeBytes { write(fd, $0.baseAddress! + written, frame.count - written) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                broken = true
                log.error("cannot write to client: \(String(cString: strerror(errno))); dropping further output")
                return
            }
            written += n
        }
    }
}
