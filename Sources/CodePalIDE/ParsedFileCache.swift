import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Scope graphs kept between requests: an open document's graph while its tree is the same
/// object (every edit makes a new tree), a file on disk's while its modification time and size
/// hold. Bounded; the oldest entries go first. Shared by the navigators of one server session.
public final class ParsedFileCache: @unchecked Sendable {
    private struct Entry {
        let key: String
        let file: WorkspaceNavigator.ParsedFile
        var used: UInt64
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private let capacity: Int

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    public func file(_ path: String, key: String, make: () -> WorkspaceNavigator.ParsedFile?) -> WorkspaceNavigator.ParsedFile? {
        lock.lock()
        clock += 1
        if var entry = entries[path], entry.key == key {
            entry.used = clock
            entries[path] = entry
            lock.unlock()
            return entry.file
        }
        lock.unlock()
        guard let made = make() else { return nil }
        lock.lock()
        entries[path] = Entry(key: key, file: made, used: clock)
        if entries.count > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
        lock.unlock()
        return made
    }
}
