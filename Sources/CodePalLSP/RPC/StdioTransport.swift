import Foundation
import Logging

/// Feeds a server from a file descriptor until end of input.
public enum StdioTransport {
    /// Reads `fd` until EOF, handing each frame to `server`. Returns the exit status for a client
    /// that closed the stream without `exit`.
    public static func run(server: LanguageServer, fd: Int32 = 0, log: Logger) -> Int32 {
        var decoder = FrameDecoder()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                log.error("read error on input: \(String(cString: strerror(errno)))")
                break
            }
            if n == 0 { break }
            decoder.append(chunk[0..<n])
            while let event = decoder.next() {
                switch event {
                case .message(let body): server.receive(body)
                case .skipped(let reason): log.warning("input: \(reason)")
                }
            }
        }
        if decoder.bufferedByteCount > 0 { log.warning("input ended inside a message (\(decoder.bufferedByteCount) bytes dropped)") }
        server.drain()
        return server.exitStatusAtEndOfInput
    }
}
