import CodePalStore
import CodePalSupport
import CodePalSyntax
import CodePalWorkspace
import Dispatch
import Foundation
import Logging

/// The workspace index behind an editor session: built in the background after `initialized`,
/// then kept current from saves and file-watcher events. Requests read the database at any time
/// (WAL): before the first run finishes they see what an earlier session or `codepal index` left.
final class WorkspaceIndexService: @unchecked Sendable {
    let root: String
    let database: IndexDatabase
    private let indexer: WorkspaceIndexer
    /// Serial: a file update never races the full run that would overwrite it.
    private let queue = DispatchQueue(label: "codepal.index", qos: .utility)
    private let lock = NSLock()
    private var cancelled = false
    private var table: SymbolTable?
    /// The editor's open documents (absolute paths): the full run indexes them first.
    private var openPaths: Set<String> = []

    init(root: String, databasePath: String, registry: LanguageRegistry, log: Logger) throws {
        self.root = root
        database = try IndexDatabase(path: databasePath, warn: { log.warning("\($0)") })
        // One core for the index: the other stays free for the keystrokes of the session.
        indexer = WorkspaceIndexer(registry: registry, database: database, root: root,
                                   jobs: max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
    }

    var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    func cancel() {
        lock.lock(); cancelled = true; lock.unlock()
    }

    func documentOpened(_ path: String) {
        lock.lock(); openPaths.insert(path); lock.unlock()
    }

    func documentClosed(_ path: String) {
        lock.lock(); openPaths.remove(path); lock.unlock()
    }

    private var openDocuments: Set<String> {
        lock.lock(); defer { lock.unlock() }
        return openPaths
    }

    func indexAll(progress: @escaping @Sendable (Int, Int) -> Void, done: @escaping @Sendable (Result<WorkspaceIndexer.Summary, Error>) -> Void) {
        queue.async { [self] in
            let result = Result {
                try indexer.run(progress: progress, isCancelled: { [weak self] in self?.isCancelled ?? true },
                                first: { [weak self] in self?.openDocuments ?? [] })
            }
            reloadTable()
            done(result)
        }
    }

    /// The in-memory symbol table, once loaded.
    var symbolTable: SymbolTable? {
        lock.lock(); defer { lock.unlock() }
        return table
    }

    /// Symbol search: from memory once the table is loaded, else from the database.
    func search(_ query: String, limit: Int) throws -> [SymbolMatch] {
        lock.lock()
        let table = self.table
        lock.unlock()
        if let table { return table.search(query, limit: limit) }
        return try database.search(query, limit: limit)
    }

    /// Replaces the symbols of the updated files only: reloading the whole table after a save
    /// took most of a second on a large workspace.
    private func updateTable(paths: [String]) {
        lock.lock()
        let current = table
        lock.unlock()
        guard let current, let updated = try? current.replacing(files: Set(paths.map(relativePath)), from: database) else { return reloadTable() }
        lock.lock(); table = updated; lock.unlock()
        // The overlay was folded into a new base: the old base and the build's scratch are free.
        if !updated.hasOverlay { ProcessMemory.returnFreePages() }
    }

    private func reloadTable() {
        guard let loaded = try? SymbolTable(database: database) else { return }
        lock.lock(); table = loaded; lock.unlock()
        ProcessMemory.returnFreePages()
    }

    /// Re-indexes files inside the workspace (others are ignored); a file that is gone is removed.
    func update(paths: [String], log: Logger) {
        let inside = paths.filter { IgnoreRules.relative($0, to: root) != nil }
        guard !inside.isEmpty else { return }
        queue.async { [self] in
            guard !isCancelled else { return }
            do { try indexer.update(paths: inside) } catch { log.warning("index update failed: \(error)") }
            updateTable(paths: inside)
        }
    }

    /// Waits for queued index work (tests and shutdown).
    func drain() { queue.sync {} }

    func relativePath(_ path: String) -> String { WorkspacePaths.relative(path, to: root) }

    func absolutePath(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : (root as NSString).appendingPathComponent(relative)
    }
}
