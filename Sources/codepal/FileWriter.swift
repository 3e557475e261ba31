import Foundation

/// Writes fixed files atomically (a temporary file in the same folder, then rename), and only
/// when the file still has the content that was analysed, so a concurrent edit is never lost.
enum FileWriter {
    struct Conflict: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) changed while it was being checked; not fixed (run again)" }
    }

    static func replace(_ path: String, expecting original: [UInt8], with content: [UInt8]) throws {
        guard let current = FileManager.default.contents(atPath: path), [UInt8](current) == original else { throw Conflict(path: path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).codepal-\(getpid())")
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        try Data(content).write(to: temporary)
        if let permissions = attributes?[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandSupport.Failure(message: "\(path): cannot replace file: \(reason)")
        }
    }
}
