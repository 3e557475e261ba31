import CodePalAnalysis
import Foundation
import GRDB

/// Per-user learning events in SQLite (WAL), local only. One store may hold several users (a
/// shared classroom machine); every query is by user, and forgetting a user deletes every row
/// that names them. Several processes may share the file: opening and migrating happen under a
/// file lock (`SQLiteFile`), and writers wait for each other (busy timeout) instead of failing.
public final class LearningStore: LearningBackend, @unchecked Sendable {
    public let path: String
    public var location: String { path }
    private let pool: DatabasePool

    public init(path: String, warn: (String) -> Void = { _ in }) throws {
        self.path = path
        pool = try SQLiteFile.open(path, what: "learning store", warn: warn, Self.open)
    }

    /// `$XDG_DATA_HOME/codepal/learning.sqlite`, else `~/.local/share/codepal/learning.sqlite`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return ((base as NSString).appendingPathComponent("codepal") as NSString).appendingPathComponent("learning.sqlite")
    }

    private static func open(_ path: String) throws -> DatabasePool {
        var configuration = GRDB.Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        // Instances sharing the file take turns to write; the default (fail at once) would drop
        // a flush of learning events whenever two sessions' timers coincide.
        configuration.busyMode = .timeout(10)
        let pool = try DatabasePool(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE event (
                  id INTEGER PRIMARY KEY,
                  user TEXT NOT NULL,
                  at REAL NOT NULL,
                  kind TEXT NOT NULL,
                  rule TEXT,
                  category TEXT,
                  cwe TEXT,
                  language TEXT,
                  file_hash TEXT,
                  count INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX event_user_at ON event(user, at);
                """)
        }
        // How long a finding stayed before its resolution.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE event ADD COLUMN seconds REAL")
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: "ALTER TABLE event ADD COLUMN detail TEXT")
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

    /// Appends events in one transaction.
    public func record(_ events: [LearningEvent]) throws {
        guard !events.isEmpty else { return }
        try pool.write { db in
            for e in events {
                try db.execute(sql: """
                    INSERT INTO event (user, at, kind, rule, category, cwe, language, file_hash, count, seconds, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [e.user, e.at.timeIntervalSince1970, e.kind.rawValue, e.rule, e.category, e.cwe, e.language, e.fileHash,
                                     e.count, e.seconds, e.detail])
            }
        }
    }

    public func events(user: String, since: Date?) throws -> [LearningEvent] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT user, at, kind, rule, category, cwe, language, file_hash, count, seconds, detail FROM event
                WHERE user = ? AND at >= ? ORDER BY at, id
                """, arguments: [user, since?.timeIntervalSince1970 ?? 0]).compactMap { row in
                guard let kind = LearningEvent.Kind(rawValue: row["kind"]) else { return nil }
                return LearningEvent(user: row["user"], at: Date(timeIntervalSince1970: row["at"]), kind: kind, rule: row["rule"],
                                     category: row["category"], cwe: row["cwe"], language: row["language"], fileHash: row["file_hash"],
                                     count: row["count"], seconds: row["seconds"], detail: row["detail"])
            }
        }
    }

    public func users() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT user FROM event ORDER BY user") }
    }

    /// How often this user accepted each completion label, for ranking.
    public func acceptances(user: String) throws -> [String: Int] {
        try pool.read { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT rule, SUM(count) AS n FROM event WHERE user = ? AND kind = 'completion-accepted' AND rule IS NOT NULL GROUP BY rule
                """, arguments: [user]) {
                result[row["rule"]] = row["n"]
            }
            return result
        }
    }

    /// Deletes everything about `user`; returns how many rows went, by table.
    @discardableResult
    public func forget(user: String) throws -> [String: Int] {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM event WHERE user = ?", arguments: [user])
            return ["event": db.changesCount]
        }
    }

    /// Drops events older than `date` (the retention period).
    public func prune(before date: Date) throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM event WHERE at < ?", arguments: [date.timeIntervalSince1970]) }
    }

    /// Every row that names `user`, per table (for tests of `forget`).
    public func rowCount(user: String) throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE user = ?", arguments: [user]) ?? 0 }
    }

    public func totalEvents() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0 }
    }

    public func ping() throws {
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }
}
