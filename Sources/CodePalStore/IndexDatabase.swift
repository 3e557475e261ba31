import Foundation
import GRDB

/// The workspace index in SQLite (WAL, so the editor and the command line can use it at once).
/// Every write is one transaction, so a crash leaves the previous consistent index. A file that
/// is corrupt or has an unknown (newer) schema is set aside and rebuilt, with a warning.
public final class IndexDatabase: @unchecked Sendable {
    public let path: String
    private let pool: DatabasePool

    public init(path: String, warn: (String) -> Void = { _ in }) throws {
        self.path = path
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            pool = try Self.open(path)
        } catch {
            warn("index \(path) could not be used (\(error)); rebuilding it")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            pool = try Self.open(path)
        }
    }

    private static func open(_ path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path)
        let migrator = IndexSchema.migrator
        try pool.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw DatabaseError(message: "schema \(unknown) is newer than this CodePal")
            }
        }
        try migrator.migrate(pool)
        return pool
    }

    /// Content hashes of the indexed files, by path.
    public func fileHashes() throws -> [String: String] {
        try pool.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, hash FROM file") { result[row["path"]] = row["hash"] }
            return result
        }
    }

    /// Replaces the given files' entries and removes `deleted`, in one transaction.
    public func update(_ files: [IndexedFile], deleting deleted: [String] = []) throws {
        try pool.write { db in
            for path in deleted { try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path]) }
            for file in files {
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [file.path])
                try db.execute(sql: "INSERT INTO file (path, hash, language) VALUES (?, ?, ?)", arguments: [file.path, file.hash, file.language])
                let id = db.lastInsertedRowID
                for s in file.symbols {
                    try db.execute(sql: """
                        INSERT INTO symbol (file_id, name, name_lower, kind, container, line, column, end_line)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, s.name, s.name.lowercased(), s.kind, s.container, s.line, s.column, s.endLine])
                }
            }
        }
    }

    public func counts() throws -> (files: Int, symbols: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM symbol") ?? 0)
        }
    }

    /// Fuzzy search: exact names first, then prefixes, then names containing the query, then
    /// names containing its letters in order; shorter names first within a rank.
    public func search(_ query: String, kind: String? = nil, limit: Int = 100) throws -> [SymbolMatch] {
        let lower = query.lowercased()
        let pattern = "%" + lower.map { String($0) == "%" || String($0) == "_" ? "\\\($0)" : String($0) }.joined(separator: "%") + "%"
        return try pool.read { db in
            var sql = """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, f.path,
                  CASE WHEN s.name_lower = :q THEN 0 WHEN s.name_lower LIKE :prefix ESCAPE '\\' THEN 1
                       WHEN s.name_lower LIKE :substring ESCAPE '\\' THEN 2 ELSE 3 END AS rank
                FROM symbol s JOIN file f ON f.id = s.file_id
                WHERE s.name_lower LIKE :fuzzy ESCAPE '\\'
                """
            var arguments: [String: (any DatabaseValueConvertible)?] = [
                "q": lower, "prefix": Self.escape(lower) + "%", "substring": "%" + Self.escape(lower) + "%", "fuzzy": pattern, "limit": limit,
            ]
            if let kind {
                sql += " AND s.kind = :kind"
                arguments["kind"] = kind
            }
            sql += " ORDER BY rank, length(s.name), s.name, f.path, s.line LIMIT :limit"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                SymbolMatch(symbol: IndexedSymbol(name: row["name"], kind: row["kind"], container: row["container"], line: row["line"],
                                                  column: row["column"], endLine: row["end_line"]), file: row["path"])
            }
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Schema versions, applied in order; each is a migration that never changes once released.
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE file (
                  id INTEGER PRIMARY KEY,
                  path TEXT NOT NULL UNIQUE,
                  hash TEXT NOT NULL,
                  language TEXT NOT NULL
                );
                CREATE TABLE symbol (
                  id INTEGER PRIMARY KEY,
                  file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  name_lower TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  container TEXT,
                  line INTEGER NOT NULL,
                  column INTEGER NOT NULL,
                  end_line INTEGER NOT NULL
                );
                CREATE INDEX symbol_name ON symbol(name_lower);
                CREATE INDEX symbol_file ON symbol(file_id);
                """)
        }
        return migrator
    }
}
