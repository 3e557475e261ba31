import Foundation

/// Writes log lines to stderr or a file, never stdout (which carries only protocol messages).
public final class Logger: @unchecked Sendable {
    public enum Level: Int, Comparable, Sendable, CaseIterable {
        case error, warning, info, debug, trace
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        public init?(name: String) {
            guard let level = Level.allCases.first(where: { "\($0)" == name.lowercased() || (name.lowercased() == "warn" && $0 == .warning) }) else { return nil }
            self = level
        }
    }

    public let level: Level
    private let handle: FileHandle
    private let lock = NSLock()

    public init(level: Level, file: String? = nil) throws {
        self.level = level
        if let file {
            if !FileManager.default.fileExists(atPath: file) {
                FileManager.default.createFile(atPath: file, contents: nil)
            }
            guard let handle = FileHandle(forWritingAtPath: file) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file])
            }
            handle.seekToEndOfFile()
            self.handle = handle
        } else {
            self.handle = FileHandle.standardError
        }
    }

    public static let silent: Logger = try! Logger(level: .error)

    public func log(_ level: Level, _ message: @autoclosure () -> String) {
        guard level <= self.level else { return }
        let line = "[\(Self.timestamp())] \(level) \(message())\n"
        lock.lock()
        handle.write(Data(line.utf8))
        lock.unlock()
    }

    public func error(_ m: @autoclosure () -> String) { log(.error, m()) }
    public func warning(_ m: @autoclosure () -> String) { log(.warning, m()) }
    public func info(_ m: @autoclosure () -> String) { log(.info, m()) }
    public func debug(_ m: @autoclosure () -> String) { log(.debug, m()) }

    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var tm = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &tm)
        return String(format: "%02d:%02d:%02d.%03d", tm.tm_hour, tm.tm_min, tm.tm_sec, Int(now.tv_nsec / 1_000_000))
    }
}
