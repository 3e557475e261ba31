import CodePalSupport
import Foundation
import Logging

/// Where the server's swift-log lines go: stderr or a file, never stdout (which carries only
/// protocol messages). Plain write(2): FileHandle traps on a closed or broken stderr, and a log
/// line is never worth the session.
public struct LogLineHandler: LogHandler {
    private final class Sink: @unchecked Sendable {
        let fd: Int32
        let lock = NSLock()
        init(fd: Int32) { self.fd = fd }

        func write(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            writeAll(fd, Array(line.utf8))
        }
    }

    private let sink: Sink
    public var logLevel: Logging.Logger.Level
    public var metadata: Logging.Logger.Metadata = [:]

    public subscript(metadataKey key: String) -> Logging.Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// - Parameter file: appended to; nil for stderr.
    public init(level: Logging.Logger.Level, file: String? = nil) throws {
        logLevel = level
        if let file {
            let fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file]) }
            sink = Sink(fd: fd)
        } else {
            sink = Sink(fd: 2)
        }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        let suffix = fields.isEmpty ? "" : " " + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("[\(Self.timestamp())] \(event.level) \(event.message)\(suffix)\n")
    }

    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var tm = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &tm)
        return String(format: "%02d:%02d:%02d.%03d", tm.tm_hour, tm.tm_min, tm.tm_sec, Int(now.tv_nsec / 1_000_000))
    }
}

extension Logging.Logger {
    /// A logger whose lines go through `LogLineHandler`.
    public static func codepal(level: Level, file: String? = nil) throws -> Logging.Logger {
        let handler = try LogLineHandler(level: level, file: file)
        return Logging.Logger(label: "codepal") { _ in handler }
    }

    /// Logs nothing (tests, and servers whose output nobody reads).
    public static let silent = Logging.Logger(label: "codepal.silent") { _ in SwiftLogNoOpLogHandler() }

    /// `--log-level` names: swift-log's, and `warn` for `warning`.
    public static func level(named name: String) -> Level? {
        let lowered = name.lowercased()
        return lowered == "warn" ? .warning : Level(rawValue: lowered)
    }
}
