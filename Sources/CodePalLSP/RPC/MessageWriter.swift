import Foundation

/// Writes framed messages to a file descriptor. Serialised by a lock because responses finish on
/// worker threads; a vanished client (EPIPE) is noted once and later writes are dropped.
public final class MessageWriter: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var broken = false
    private let log: Logger

    public init(fd: Int32, log: Logger) {
        self.fd = fd
        self.log = log
    }

    public func send(_ message: JSON) {
        let body = message.serialized()
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(contentsOf: body)
        lock.lock()
        defer { lock.unlock() }
        guard !broken else { return }
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
