import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Scope graphs kept between requests: an open document's graph while its tree is the same
/// object (every edit makes a new tree), a file on disk's while its modification time and size
/// hold. Bounded; the oldest entries go first. Shared by the navigators of one server session,
/// and filled ahead of them for a document just opened (`LanguageServer.prepareNavigation`).
public final class ParsedFileCache: @unchecked Sendable {
    private struct Entry {
        let key: String
        let file: WorkspaceNavigator.ParsedFile
        var used: UInt64
    }

    private let condition = NSCondition()
    private var entries: [String: Entry] = [:]
    /// The key each path's graph is being made for: a request that wants the same one waits for
    /// it (a graph started when the document opened) instead of making it a second time.
    private var building: [String: String] = [:]
    private var clock: UInt64 = 0
    private let capacity: Int

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    /// Whether a graph of `path` is kept (any revision): for tests of what a request parses.
    func holds(_ path: String) -> Bool {
        condition.lock(); defer { condition.unlock() }
        return entries[path] != nil
    }

    public func file(_ path: String, key: String, make: () -> WorkspaceNavigator.ParsedFile?) -> WorkspaceNavigator.ParsedFile? {
        condition.lock()
        clock += 1
        while true {
            if var entry = entries[path], entry.key == key {
                entry.used = clock
                entries[path] = entry
                condition.unlock()
                return entry.file
            }
            guard building[path] == key else { break }
            condition.wait()
        }
        building[path] = key
        condition.unlock()
        let made = make()
        condition.lock()
        defer { condition.unlock() }
        if building[path] == key { building[path] = nil }
        condition.broadcast()
        guard let made else { return nil }
        entries[path] = Entry(key: key, file: made, used: clock)
        if entries.count > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
        return made
    }
}
