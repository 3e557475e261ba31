import CodePalAnalysis
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
                        INSERT INTO symbol (file_id, name, name_lower, kind, container, line, column, end_line, column_utf16, column_utf8)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, s.name, s.name.lowercased(), s.kind, s.container, s.line, s.column, s.endLine,
                                         s.utf16Column, s.utf8Column])
                }
            }
        }
    }

    public func counts() throws -> (files: Int, symbols: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM symbol") ?? 0)
        }
    }

    /// Fuzzy search ranked by match quality (exact > prefix > camel/snake humps > substring >
    /// letters in order), then kind (types and functions before variables), then closeness of the
    /// file to `near` (a workspace-relative path), then shorter names.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100) throws -> [SymbolMatch] {
        let lower = query.lowercased()
        let pattern = "%" + lower.map { Self.escape(String($0)) }.joined(separator: "%") + "%"
        let candidates: [(symbol: IndexedSymbol, file: String)] = try pool.read { db in
            var sql = """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8, f.path
                FROM symbol s JOIN file f ON f.id = s.file_id
                WHERE s.name_lower LIKE :fuzzy ESCAPE '\\'
                """
            var arguments: [String: (any DatabaseValueConvertible)?] = ["fuzzy": pattern]
            if let kind {
                sql += " AND s.kind = :kind"
                arguments["kind"] = kind
            }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                (Self.symbol(row), row["path"])
            }
        }
        let nearFolders = near.map { Array($0.split(separator: "/").dropLast()) }
        func distance(_ file: String) -> Int {
            guard let nearFolders else { return 0 }
            let folders = Array(file.split(separator: "/").dropLast())
            let shared = zip(nearFolders, folders).prefix { $0 == $1 }.count
            return (nearFolders.count - shared) + (folders.count - shared)
        }
        let ranked = candidates.compactMap { c -> (SymbolMatch, Int, Int)? in
            guard let quality = MatchQuality(query: query, name: c.symbol.name) else { return nil }
            return (SymbolMatch(symbol: c.symbol, file: c.file, quality: quality), Self.kindRank(c.symbol.kind), distance(c.file))
        }
        return ranked.sorted { a, b in
            if a.0.quality != b.0.quality { return a.0.quality < b.0.quality }
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.0.symbol.name.count != b.0.symbol.name.count { return a.0.symbol.name.count < b.0.symbol.name.count }
            if a.0.symbol.name != b.0.symbol.name { return a.0.symbol.name < b.0.symbol.name }
            return (a.0.file, a.0.symbol.line) < (b.0.file, b.0.symbol.line)
        }.prefix(limit).map { $0.0 }
    }

    /// Definitions with exactly this name, optionally only in one file (workspace-relative).
    public func definitions(named name: String, inFile file: String? = nil) throws -> [SymbolMatch] {
        try pool.read { db in
            var sql = """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8, f.path
                FROM symbol s JOIN file f ON f.id = s.file_id WHERE s.name = :name
                """
            var arguments: [String: (any DatabaseValueConvertible)?] = ["name": name]
            if let file {
                sql += " AND f.path = :file"
                arguments["file"] = file
            }
            sql += " ORDER BY f.path, s.line"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                SymbolMatch(symbol: Self.symbol(row), file: row["path"], quality: .exact)
            }
        }
    }

    private static func symbol(_ row: Row) -> IndexedSymbol {
        IndexedSymbol(name: row["name"], kind: row["kind"], container: row["container"], line: row["line"], column: row["column"],
                      endLine: row["end_line"], utf16Column: row["column_utf16"], utf8Column: row["column_utf8"])
    }

    /// Types first, then callables, then the rest.
    static func kindRank(_ kind: String) -> Int {
        switch kind {
        case "class", "interface", "enum", "type", "namespace", "module": return 0
        case "function", "method", "constructor": return 1
        case "constant", "enum_member": return 2
        default: return 3
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
        // Name columns in UTF-16 code units and bytes, for the editors' position encodings.
        // Older rows have none: their files are dropped so the next run indexes them again.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE symbol ADD COLUMN column_utf16 INTEGER;
                ALTER TABLE symbol ADD COLUMN column_utf8 INTEGER;
                DELETE FROM symbol;
                DELETE FROM file;
                CREATE INDEX symbol_exact_name ON symbol(name);
                """)
        }
        return migrator
    }
}
