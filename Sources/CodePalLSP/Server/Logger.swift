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

    /// `text`: `[time] level message key=value`; `json`: one JSON object per line (`time`,
    /// `level`, `message` and the metadata), for log pipelines.
    public enum Format: String, Sendable {
        case text, json
    }

    private let sink: Sink
    private let format: Format
    public var logLevel: Logging.Logger.Level
    public var metadata: Logging.Logger.Metadata = [:]

    public subscript(metadataKey key: String) -> Logging.Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// - Parameter file: appended to; nil for stderr.
    public init(level: Logging.Logger.Level, file: String? = nil, format: Format = .text) throws {
        logLevel = level
        self.format = format
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
        if format == .json {
            var object: [String: JSON] = ["time": .string(Self.isoTimestamp()), "level": .string(event.level.rawValue),
                                          "message": .string("\(event.message)")]
            for (key, value) in fields { object[key] = Self.json(value) }
            sink.write(String(decoding: JSON.object(object).serialized(), as: UTF8.self) + "\n")
            return
        }
        let suffix = fields.isEmpty ? "" : " " + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        sink.write("[\(Self.timestamp())] \(event.level) \(event.message)\(suffix)\n")
    }

    private static func json(_ value: Logging.Logger.Metadata.Value) -> JSON {
        switch value {
        case .string(let s):
            // Numbers (a session number, a latency) stay numbers for log queries.
            if let i = Int(s) { return .int(i) }
            if s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let d = Double(s), d.isFinite { return .double(d) }
            return .string(s)
        case .stringConvertible(let c): return .string(c.description)
        case .array(let items): return .array(items.map(json))
        case .dictionary(let d): return .object(d.mapValues(json))
        }
    }

    private static func isoTimestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var tm = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &tm)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                      tm.tm_hour, tm.tm_min, tm.tm_sec, Int(now.tv_nsec / 1_000_000))
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
    public static func codepal(level: Level, file: String? = nil, format: LogLineHandler.Format = .text) throws -> Logging.Logger {
        let handler = try LogLineHandler(level: level, file: file, format: format)
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
