import Foundation
import GRDB

/// Opening a store file that may be corrupt or from a newer CodePal: the unusable file (with its
/// WAL and shared-memory files) is moved aside, never deleted, and a new one is started.
enum SQLiteFile {
    static func open(_ path: String, what: String, warn: (String) -> Void, _ open: (String) throws -> DatabasePool) throws -> DatabasePool {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            return try open(path)
        } catch {
            let aside = path + ".unusable-" + String(Int(Date().timeIntervalSince1970))
            warn("\(what) \(path) could not be used (\(error)); moved it to \(aside) and started a new one")
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            return try open(path)
        }
    }
}
