import CLibPQ
import CodePalAnalysis
import Foundation

/// The learning store in PostgreSQL, for platforms whose instances share one database
/// (`--learning-db postgres://USER@HOST:PORT/DB`). Through Debian's libpq, not postgres-nio: the
/// same queries and privacy guarantees as the SQLite store, for a fraction of the build (see the
/// README, "Platform mode").
///
/// One connection per process, used under a lock: writes are batched per flush and reads are
/// reports, so a pool would buy nothing here. A broken connection is reset on the next call.
/// The schema carries the SQLite store's migration names and applies them once, under
/// `pg_advisory_lock`, however many instances start together.
public final class PostgresLearningStore: LearningBackend, @unchecked Sendable {
    public let location: String
    private let url: String
    private let lock = NSLock()
    private var connection: OpaquePointer?

    /// Same identifiers as `LearningStore`'s GRDB migrations; PostgreSQL's column types.
    static let migrations: [(String, String)] = [
        ("v1", """
            CREATE TABLE event (
              id BIGSERIAL PRIMARY KEY,
              "user" TEXT NOT NULL,
              at DOUBLE PRECISION NOT NULL,
              kind TEXT NOT NULL,
              rule TEXT,
              category TEXT,
              cwe TEXT,
              language TEXT,
              file_hash TEXT,
              count INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX event_user_at ON event("user", at);
            """),
        ("v2", "ALTER TABLE event ADD COLUMN seconds DOUBLE PRECISION"),
        ("v3", "ALTER TABLE event ADD COLUMN detail TEXT"),
    ]

    /// An arbitrary constant that names CodePal's migration lock among the database's advisory locks.
    private static let migrationLock = "724201601"

    public init(url: String) throws {
        // libpq waits for a connection as long as the network does by default; a store that
        // does not answer within seconds must not hold a flush (or a SIGTERM) for minutes.
        self.url = url.contains("connect_timeout=") ? url : url + (url.contains("?") ? "&" : "?") + "connect_timeout=5"
        self.location = LearningStores.redacted(url)
        try locked {}
    }

    deinit { if let connection { PQfinish(connection) } }

    // MARK: LearningBackend

    public func record(_ events: [LearningEvent]) throws {
        guard !events.isEmpty else { return }
        try locked {
            try run("BEGIN")
            do {
                // 11 parameters a row; PostgreSQL allows 65,535 a statement.
                var start = 0
                while start < events.count {
                    let chunk = events[start..<min(events.count, start + 2000)]
                    var values: [String] = []
                    var parameters: [String?] = []
                    for e in chunk {
                        let base = parameters.count
                        values.append("(" + (1...11).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
                        parameters += [e.user, String(e.at.timeIntervalSince1970), e.kind.rawValue, e.rule, e.category, e.cwe, e.language,
                                       e.fileHash, String(e.count), e.seconds.map { String($0) }, e.detail]
                    }
                    try run("""
                        INSERT INTO event ("user", at, kind, rule, category, cwe, language, file_hash, count, seconds, detail)
                        VALUES \(values.joined(separator: ", "))
                        """, parameters)
                    start += chunk.count
                }
                try run("COMMIT")
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    public func events(user: String, since: Date?) throws -> [LearningEvent] {
        try locked {
            try run("""
                SELECT "user", at, kind, rule, category, cwe, language, file_hash, count, seconds, detail FROM event
                WHERE "user" = $1 AND at >= $2 ORDER BY at, id
                """, [user, String(since?.timeIntervalSince1970 ?? 0)]).compactMap { row in
                guard let kind = row[2].flatMap(LearningEvent.Kind.init(rawValue:)) else { return nil }
                return LearningEvent(user: row[0] ?? user, at: Date(timeIntervalSince1970: row[1].flatMap(Double.init) ?? 0), kind: kind,
                                     rule: row[3], category: row[4], cwe: row[5], language: row[6], fileHash: row[7],
                                     count: row[8].flatMap { Int($0) } ?? 1, seconds: row[9].flatMap(Double.init), detail: row[10])
            }
        }
    }

    public func users() throws -> [String] {
        try locked { try run(#"SELECT DISTINCT "user" FROM event ORDER BY "user""#).compactMap { $0[0] } }
    }

    public func acceptances(user: String) throws -> [String: Int] {
        try locked {
            var result: [String: Int] = [:]
            for row in try run("""
                SELECT rule, SUM(count) FROM event WHERE "user" = $1 AND kind = 'completion-accepted' AND rule IS NOT NULL GROUP BY rule
                """, [user]) {
                if let rule = row[0], let n = row[1].flatMap({ Int($0) }) { result[rule] = n }
            }
            return result
        }
    }

    @discardableResult
    public func forget(user: String) throws -> [String: Int] {
        try locked {
            let rows = try run(#"WITH gone AS (DELETE FROM event WHERE "user" = $1 RETURNING 1) SELECT count(*) FROM gone"#, [user])
            return ["event": rows.first?[0].flatMap { Int($0) } ?? 0]
        }
    }

    public func prune(before date: Date) throws {
        try locked { _ = try run("DELETE FROM event WHERE at < $1", [String(date.timeIntervalSince1970)]) }
    }

    public func rowCount(user: String) throws -> Int {
        try locked { try run(#"SELECT count(*) FROM event WHERE "user" = $1"#, [user]).first?[0].flatMap { Int($0) } ?? 0 }
    }

    public func totalEvents() throws -> Int {
        try locked { try run("SELECT count(*) FROM event").first?[0].flatMap { Int($0) } ?? 0 }
    }

    public func ping() throws {
        try locked { _ = try run("SELECT 1") }
    }

    public func appliedMigrations() throws -> [String] {
        try locked { try run("SELECT identifier FROM codepal_migrations ORDER BY applied_order").compactMap { $0[0] } }
    }

    // MARK: Connection

    /// Runs `body` alone on a live connection (reconnecting first if the last one broke).
    private func locked<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = try connected()
        return try body()
    }

    /// The open connection, made (and migrated) when there is none or the last one broke.
    private func connected() throws -> OpaquePointer {
        if let connection, PQstatus(connection) == CONNECTION_OK { return connection }
        if let connection {
            PQfinish(connection)
            self.connection = nil
        }
        guard let made = PQconnectdb(url) else { throw LearningStoreError("\(location): cannot allocate a PostgreSQL connection") }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = Self.message(made)
            PQfinish(made)
            throw LearningStoreError("\(location): \(message)")
        }
        connection = made
        do {
            try migrate()
        } catch {
            PQfinish(made)
            connection = nil
            throw error
        }
        return made
    }

    /// Applies the migrations this database lacks, one transaction each, while holding the
    /// advisory lock: an instance that waited finds them applied and does nothing.
    private func migrate() throws {
        _ = try run("SET client_min_messages TO warning")
        _ = try run("SELECT pg_advisory_lock(\(Self.migrationLock))")
        defer { _ = try? run("SELECT pg_advisory_unlock(\(Self.migrationLock))") }
        _ = try run("""
            CREATE TABLE IF NOT EXISTS codepal_migrations (
              identifier TEXT PRIMARY KEY,
              applied_order SERIAL,
              applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """)
        let applied = Set(try run("SELECT identifier FROM codepal_migrations").compactMap { $0[0] })
        let known = Set(Self.migrations.map(\.0))
        if let unknown = applied.subtracting(known).sorted().first {
            throw LearningStoreError("\(location): schema \(unknown) is newer than this CodePal")
        }
        for (identifier, sql) in Self.migrations where !applied.contains(identifier) {
            _ = try run("BEGIN")
            do {
                _ = try run(sql)
                _ = try run("INSERT INTO codepal_migrations (identifier) VALUES ($1)", [identifier])
                _ = try run("COMMIT")
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs one statement (several, without parameters) and returns its rows as text.
    @discardableResult
    private func run(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        guard let connection else { throw LearningStoreError("\(location): not connected") }
        let result: OpaquePointer?
        if parameters.isEmpty {
            result = PQexec(connection, sql)
        } else {
            var copies = parameters.map { $0.map { strdup($0) } ?? nil }
            defer { for pointer in copies { free(pointer) } }
            result = copies.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { values in
                    PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
                }
            }
        }
        guard let result else { throw LearningStoreError("\(location): \(Self.message(connection))") }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return []
        case PGRES_TUPLES_OK:
            let rows = PQntuples(result), columns = PQnfields(result)
            return (0..<rows).map { row in
                (0..<columns).map { column in
                    PQgetisnull(result, row, column) != 0 ? nil : String(cString: PQgetvalue(result, row, column))
                }
            }
        default:
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            throw LearningStoreError("\(location): \(message.isEmpty ? Self.message(connection) : message)")
        }
    }

    private static func message(_ connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
