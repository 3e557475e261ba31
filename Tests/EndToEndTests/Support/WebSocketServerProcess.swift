import Foundation
import XCTest

/// `codepal serve --websocket 127.0.0.1:0 ...` as a subprocess: waits for the
/// `codepal: listening on ws://HOST:PORT/` line on stderr and keeps the rest of stderr for
/// failure messages. `stop()` (or deinit) kills it.
final class WebSocketServerProcess {
    let process = Process()
    private let stderrPipe = Pipe()
    private let lock = NSCondition()
    private var stderrText = ""
    private var ended = false
    private(set) var port = 0
    /// The server's data folder (learning metrics), never the user's; removed on stop.
    let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-ws-\(UUID().uuidString)")

    /// `sharedDataHome`: the data folder is writable by every user, for a server started as
    /// another user than the test's.
    init(executable: URL, arguments: [String], timeout: TimeInterval = 20, sharedDataHome: Bool = false) throws {
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["CODEPAL_GRAMMARS"] = nil
        try FileManager.default.createDirectory(at: dataHome, withIntermediateDirectories: true)
        if sharedDataHome { try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dataHome.path) }
        env["XDG_DATA_HOME"] = dataHome.path
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderrPipe
        try process.run()
        let handle = stderrPipe.fileHandleForReading
        Thread.detachNewThread { [lock] in
            while true {
                let data = handle.availableData
                lock.lock()
                if data.isEmpty { self.ended = true } else { self.stderrText += String(decoding: data, as: UTF8.self) }
                lock.broadcast()
                lock.unlock()
                if data.isEmpty { return }
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while port == 0 {
            if let range = stderrText.range(of: #"listening on ws://[^ ]*:(\d+)/"#, options: .regularExpression) {
                let match = String(stderrText[range])
                port = Int(match.split(separator: ":").last!.dropLast()) ?? 0
                break
            }
            if ended || !lock.wait(until: deadline) {
                throw LaunchFailure(stderr: stderrText)
            }
        }
    }

    struct LaunchFailure: Error, CustomStringConvertible {
        let stderr: String
        var description: String { "codepal serve --websocket did not report a port; stderr:\n\(stderr)" }
    }

    var stderr: String {
        lock.lock(); defer { lock.unlock() }
        return stderrText
    }

    var isRunning: Bool { process.isRunning }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: dataHome)
    }

    deinit { stop() }
}
