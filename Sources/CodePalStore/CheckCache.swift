import CodePalAnalysis
import Foundation
import GRDB

/// `codepal check`'s results per file, as ruff keeps them: an entry holds one file's findings
/// and the key they were computed under (content hash, rules, settings, binary), so a file whose
/// key is unchanged is not parsed again. SQLite in WAL mode makes concurrent runs safe and a
/// killed run harmless (each write is one transaction); an unusable file is set aside.
public final class CheckCache: @unchecked Sendable {
    public let path: String
    private let pool: DatabasePool

    public init(path: String, warn: (String) -> Void = { _ in }) throws {
        self.path = path
        pool = try SQLiteFile.open(path, what: "check cache", warn: warn, Self.open)
    }

    private static func open(_ path: String) throws -> DatabasePool {
        var configuration = GRDB.Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        // Another run may be writing: wait for it rather than fail.
        configuration.busyMode = .timeout(60)
        let pool = try DatabasePool(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE result (
                  path TEXT PRIMARY KEY,
                  key TEXT NOT NULL,
                  findings BLOB NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        try pool.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            if let unknown = applied.first(where: { !Set(migrator.migrations).contains($0) }) {
                throw DatabaseError(message: "schema \(unknown) is newer than this CodePal")
            }
        }
        try migrator.migrate(pool)
        return pool
    }

    /// One file's entry: the key it was computed under and its findings, decoded on use (most
    /// runs read many entries and use them all, but a changed file's entry is never decoded).
    public struct Stored: Sendable {
        public let key: String
        let findings: [UInt8]
        /// Nil when the entry cannot be read (written by another format): a miss.
        public var diagnostics: [Diagnostic]? { DiagnosticCoding.decode(findings) }
    }

    /// The stored entries of these files (absolute paths), in one read.
    public func entries(for paths: [String]) throws -> [String: Stored] {
        guard !paths.isEmpty else { return [:] }
        return try pool.read { db in
            var found: [String: Stored] = [:]
            let statement = try db.cachedStatement(sql: "SELECT key, findings FROM result WHERE path = ?")
            for path in paths {
                guard let row = try Row.fetchOne(statement, arguments: [path]), let data = row["findings"] as Data? else { continue }
                found[path] = Stored(key: row["key"], findings: [UInt8](data))
            }
            return found
        }
    }

    /// Stores (replacing) the entries, in transactions of a bounded size so that a long run's
    /// work is kept if it is killed later and other runs are not locked out for long.
    public func store(_ entries: [(path: String, key: String, diagnostics: [Diagnostic])]) throws {
        var start = 0
        while start < entries.count {
            let end = min(start + 500, entries.count)
            try pool.write { db in
                let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO result (path, key, findings) VALUES (?, ?, ?)")
                for entry in entries[start..<end] {
                    try statement.execute(arguments: [entry.path, entry.key, Data(DiagnosticCoding.encode(entry.diagnostics))])
                }
            }
            start = end
        }
    }

    public func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM result") ?? 0 }
    }
}
