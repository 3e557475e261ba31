/// Splits a byte stream into LSP base-protocol frames (`Content-Length` headers, CRLF CRLF, body).
/// Copes with partial reads, several frames per read, and garbage: a frame with a missing or bad
/// header is reported and skipped by scanning for the next `Content-Length`, so one broken
/// message never wedges the session.
public struct FrameDecoder {
    public enum Event: Equatable {
        case message([UInt8])
        /// Something unparseable was skipped; the string says what, for the log.
        case skipped(String)
    }

    public static let maximumHeaderBytes = 8 * 1024

    public let maximumBodyBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes still to throw away from a frame whose body is over the size limit.
    private var discarding = 0

    public init(maximumBodyBytes: Int = 64 * 1024 * 1024) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0, start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    public var bufferedByteCount: Int { buffer.count - start }

    /// The next frame, or nil when more input is needed.
    public mutating func next() -> Event? {
        if discarding > 0 {
            let n = min(discarding, buffer.count - start)
            start += n
            discarding -= n
            if discarding > 0 { return nil }
        }
        guard start < buffer.count else { return nil }
        guard let (headerEnd, bodyStart) = findHeaderEnd() else {
            if buffer.count - start > Self.maximumHeaderBytes {
                return resync(after: start, reason: "no header terminator within \(Self.maximumHeaderBytes) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0].trimmingSpaces.lowercased() == "content-length" {
                length = Int(parts[1].trimmingSpaces)
            }
        }
        guard let length, length >= 0 else {
            return resync(after: start, reason: "frame without a valid Content-Length header: \(header.debugDescription.prefix(120))")
        }
        if length > maximumBodyBytes {
            start = bodyStart
            discarding = length
            return .skipped("frame of \(length) bytes exceeds the \(maximumBodyBytes)-byte limit; discarded")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .message(body)
    }

    private func findHeaderEnd() -> (Int, Int)? {
        var i = start
        let end = min(buffer.count, start + Self.maximumHeaderBytes + 4)
        while i < end {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < buffer.count, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    private static let marker = Array("content-length".utf8)

    /// Drops bytes up to the next `Content-Length` after `position`.
    private mutating func resync(after position: Int, reason: String) -> Event {
        var i = position + 1
        while i + Self.marker.count <= buffer.count {
            if Self.matchesMarker(buffer, at: i) {
                start = i
                return .skipped(reason)
            }
            i += 1
        }
        // Keep a tail that could be the beginning of a marker split across reads.
        start = max(position + 1, buffer.count - Self.marker.count + 1)
        return .skipped(reason)
    }

    private static func matchesMarker(_ bytes: [UInt8], at index: Int) -> Bool {
        for (offset, byte) in marker.enumerated() where bytes[index + offset] | 0x20 != byte && byte != UInt8(ascii: "-") {
            return false
        }
        return bytes[index + 7] == UInt8(ascii: "-")
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
