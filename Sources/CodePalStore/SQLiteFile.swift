import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Opening a store file that may be corrupt or from a newer CodePal: the unusable file (with its
/// WAL and shared-memory files) is moved aside, never deleted, and a new one is started.
///
/// Several processes opening one file at once (instances of a platform starting together) take
/// turns through an advisory lock on a file beside it: without it, one process's switch to WAL
/// or its migration could fail with SQLITE_BUSY while another did the same, and the file the
/// other had just created would be moved aside as unusable.
enum SQLiteFile {
    static func open(_ path: String, what: String, warn: (String) -> Void, _ open: (String) throws -> DatabasePool) throws -> DatabasePool {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = Glibc.open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if lock >= 0 {
            while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
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
