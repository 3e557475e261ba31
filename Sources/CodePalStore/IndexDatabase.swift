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
        pool = try SQLiteFile.open(path, what: "index", warn: warn, Self.open)
    }

    private static func open(_ path: String) throws -> DatabasePool {
        var configuration = GRDB.Configuration()
        // WAL with synchronous=NORMAL: a crash or kill still leaves the last committed index
        // (only a power loss can drop the latest transaction), and a commit costs no fsync.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = IndexSchema.migrator
        try pool.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw DatabaseError(message: "schema \(unknown) is newer than this CodePal")
            }
        }
        try migrator.migrate(pool)
        // A bulk run killed before its end left its name indexes out (see `withoutNameIndexes`).
        // Best effort: a process writing the file right now may hold the lock, and it puts
        // them back itself when it ends.
        if try pool.read({ db in try !IndexSchema.missingNameIndexes(db).isEmpty }) {
            try? pool.write { db in try IndexSchema.createNameIndexes(db) }
        }
        return pool
    }

    /// Runs `body` (a run that writes most of the index) with the indexes keyed by name left
    /// out, then makes them in one sorted pass. Each transaction of a full run otherwise rewrote
    /// most of their pages, since names arrive in random order: a cost per file that grew with
    /// the index. Queries meanwhile work, scanning instead. The indexes are back even when
    /// `body` throws; after a kill, the next open makes them.
    public func withoutNameIndexes<T>(_ body: () throws -> T) throws -> T {
        try pool.write { db in
            for name in IndexSchema.nameIndexes.keys.sorted() { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
        }
        let result: T
        do {
            result = try body()
        } catch {
            try? pool.write { db in try IndexSchema.createNameIndexes(db) }
            throw error
        }
        try pool.write { db in try IndexSchema.createNameIndexes(db) }
        return result
    }

    /// Content hashes of the indexed files, by path.
    public func fileHashes() throws -> [String: String] {
        try fileStates().mapValues(\.hash)
    }

    /// What the index knows of each file: content hash, and the modification time and size it
    /// had then (so an unchanged file is skipped without reading it).
    public func fileStates() throws -> [String: FileState] {
        try pool.read { db in
            var result: [String: FileState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, hash, mtime, size FROM file") {
                result[row["path"]] = FileState(hash: row["hash"], mtime: row["mtime"] ?? -1, size: row["size"] ?? -1)
            }
            return result
        }
    }

    /// Records a new modification time for files whose content did not change.
    public func touch(_ files: [(path: String, mtime: Int64, size: Int64)]) throws {
        guard !files.isEmpty else { return }
        try pool.write { db in
            for file in files {
                try db.execute(sql: "UPDATE file SET mtime = ?, size = ? WHERE path = ?", arguments: [file.mtime, file.size, file.path])
            }
        }
    }

    /// Replaces the given files' entries and removes `deleted`, in one transaction. Statements
    /// are prepared once per transaction: a full index inserts a few hundred thousand rows.
    public func update(_ files: [IndexedFile], deleting deleted: [String] = []) throws {
        try pool.write { db in
            let deleteFile = try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?")
            let insertFile = try db.cachedStatement(sql: "INSERT INTO file (path, hash, language, mtime, size) VALUES (?, ?, ?, ?, ?)")
            let insertBinding = try db.cachedStatement(sql: "INSERT INTO binding (file_id, name, target, exported) VALUES (?, ?, ?, ?)")
            let insertOccurrence = try db.cachedStatement(sql: """
                INSERT INTO occurrence (binding_id, line, start_utf8, end_utf8, start_utf16, end_utf16, start_utf32, end_utf32)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertSymbol = try db.cachedStatement(sql: """
                INSERT INTO symbol (file_id, name, name_lower, kind, container, line, column, end_line, column_utf16, column_utf8,
                                    signature, documentation, exported)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertLocal = try db.cachedStatement(sql: """
                INSERT INTO local (file_id, name, name_lower, kind, container, line, column, end_line, column_utf16, column_utf8)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for path in deleted { try deleteFile.execute(arguments: [path]) }
            for file in files {
                try deleteFile.execute(arguments: [file.path])
                try insertFile.execute(arguments: [file.path, file.hash, file.language, file.mtime, file.size])
                let id = db.lastInsertedRowID
                for binding in file.bindings {
                    try insertBinding.execute(arguments: [id, binding.name, binding.target, binding.exported])
                    let bindingId = db.lastInsertedRowID
                    for o in binding.occurrences {
                        try insertOccurrence.execute(arguments: [bindingId, o.line, o.utf8.lowerBound, o.utf8.upperBound, o.utf16.lowerBound,
                                                                 o.utf16.upperBound, o.utf32.lowerBound, o.utf32.upperBound])
                    }
                }
                for s in file.symbols {
                    try insertSymbol.execute(arguments: [id, s.name, s.name.lowercased(), s.kind, s.container, s.line, s.column, s.endLine,
                                                         s.utf16Column, s.utf8Column, s.signature, s.documentation, s.exported])
                }
                for s in file.locals {
                    try insertLocal.execute(arguments: [id, s.name, s.name.lowercased(), s.kind, s.container, s.line, s.column, s.endLine,
                                                        s.utf16Column, s.utf8Column])
                }
            }
        }
    }

    public func counts() throws -> (files: Int, symbols: Int, locals: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM symbol") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM local") ?? 0)
        }
    }

    /// Kinds stored in the `local` table rather than `symbol`: searched only when asked for.
    public static let localKinds: Set<String> = ["parameter", "local"]

    /// Fuzzy search ranked by match quality (exact > prefix > camel/snake humps > substring >
    /// letters in order), then kind (types and functions before variables), then closeness of the
    /// file to `near` (a workspace-relative path), then shorter names.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100) throws -> [SymbolMatch] {
        let lower = query.lowercased()
        let pattern = "%" + lower.map { Self.escape(String($0)) }.joined(separator: "%") + "%"
        // Parameters and locals are many and rarely what a workspace search wants: only an explicit
        // `kind` of parameter or local reaches them.
        let locals = kind.map(Self.localKinds.contains) ?? false
        let candidates: [(symbol: IndexedSymbol, file: String)] = try pool.read { db in
            var sql = locals ? """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8,
                       NULL AS signature, NULL AS documentation, 0 AS exported, f.path
                FROM local s JOIN file f ON f.id = s.file_id
                WHERE s.name_lower LIKE :fuzzy ESCAPE '\\'
                """ : """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8,
                       s.signature, s.documentation, s.exported, f.path
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
        return SymbolRanking.rank(candidates.map { SymbolMatch(symbol: $0.symbol, file: $0.file, quality: .subsequence) },
                                  query: query, near: near, limit: limit)
    }

    /// Bindings of `names` taken from any of `targets` (workspace-relative files), with their
    /// occurrences: one hop of a references search.
    public func bindings(from targets: [String], names: [String]) throws -> [(file: String, binding: IndexedBinding)] {
        guard !targets.isEmpty, !names.isEmpty else { return [] }
        return try pool.read { db in
            let targetMarks = targets.map { _ in "?" }.joined(separator: ",")
            let nameMarks = names.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT b.id, b.name, b.target, b.exported, f.path FROM binding b JOIN file f ON f.id = b.file_id
                WHERE b.target IN (\(targetMarks)) AND b.name IN (\(nameMarks)) ORDER BY f.path, b.id
                """, arguments: StatementArguments(targets + names))
            return try rows.map { row in
                let id: Int64 = row["id"]
                let occurrences = try Row.fetchAll(db, sql: """
                    SELECT line, start_utf8, end_utf8, start_utf16, end_utf16, start_utf32, end_utf32 FROM occurrence
                    WHERE binding_id = ? ORDER BY line, start_utf8
                    """, arguments: [id]).map { o in
                    StoredRange(line: o["line"], utf8: (o["start_utf8"] as Int)..<(o["end_utf8"] as Int),
                                utf16: (o["start_utf16"] as Int)..<(o["end_utf16"] as Int), utf32: (o["start_utf32"] as Int)..<(o["end_utf32"] as Int))
                }
                return (row["path"], IndexedBinding(name: row["name"], target: row["target"], exported: row["exported"], occurrences: occurrences))
            }
        }
    }

    /// The import binding of `file` (workspace-relative, holding this very content: `hash`) with
    /// an occurrence at `line` (0-based) that covers `utf8Column` (its end included, as an
    /// editor's cursor just after a name counts): the module a name there is taken from, without
    /// the file's scope graph. Nil when the index holds other content or no such occurrence.
    public func binding(inFile file: String, hash: String, line: Int, utf8Column: Int) throws -> (name: String, target: String)? {
        try pool.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ? AND hash = ?", arguments: [file, hash]) else { return nil }
            let rows = try Row.fetchAll(db, sql: """
                SELECT DISTINCT b.name, b.target FROM occurrence o JOIN binding b ON b.id = o.binding_id
                WHERE o.binding_id IN (SELECT id FROM binding WHERE file_id = ?) AND o.line = ? AND o.start_utf8 <= ? AND o.end_utf8 >= ?
                """, arguments: [id, line, utf8Column, utf8Column])
            // Two names at one place (`a.b` ending where the next begins) cannot be told apart here.
            guard rows.count == 1 else { return nil }
            return (rows[0]["name"], rows[0]["target"])
        }
    }

    /// What symbol search keeps of every symbol (or of those of `paths`), streamed into the
    /// table's builder in one read: the row id, name, kind, file, line and whether it is a
    /// top-level export. Details stay here (`symbols(ids:)`).
    func loadSymbols(inFiles paths: [String]? = nil, into builder: inout SymbolColumns.Builder) throws {
        if let paths, paths.isEmpty { return }
        let marks = paths.map { "(" + $0.map { _ in "?" }.joined(separator: ",") + ")" } ?? ""
        let arguments = StatementArguments(paths ?? [])
        try pool.read { db in
            var fileIndexes: [Int64: Int32] = [:]
            let files = try Row.fetchCursor(db, sql: "SELECT id, path FROM file" + (paths == nil ? "" : " WHERE path IN \(marks)"),
                                            arguments: arguments)
            while let row = try files.next() { fileIndexes[row[0]] = builder.file(row[1]) }
            let symbols = try Row.fetchCursor(db, sql: """
                SELECT id, name, kind, file_id, line, container IS NULL AND exported FROM symbol
                """ + (paths == nil ? "" : " WHERE file_id IN (SELECT id FROM file WHERE path IN \(marks))"), arguments: arguments)
            while let row = try symbols.next() {
                guard let file = fileIndexes[row[3]] else { continue }
                let name: String = row[1], kind: String = row[2]
                builder.add(name: builder.name(name), kind: builder.kind(kind), file: file, line: row[4], topLevelExported: row[5],
                            rowID: row[0], symbol: nil)
            }
        }
    }

    /// The symbols with these row ids, with their files; ids no longer in the index are left out.
    public func symbols(ids: [Int64]) throws -> [Int64: (symbol: IndexedSymbol, file: String)] {
        guard !ids.isEmpty else { return [:] }
        return try pool.read { db in
            var result: [Int64: (symbol: IndexedSymbol, file: String)] = [:]
            // SQLite's limit of bound parameters is far above a page of results; chunks keep it so.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT s.id, s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8,
                           s.signature, s.documentation, s.exported, f.path
                    FROM symbol s JOIN file f ON f.id = s.file_id WHERE s.id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() { result[row["id"]] = (Self.symbol(row), row["path"]) }
            }
            return result
        }
    }

    /// The lines each symbol of `file` (workspace-relative) spans, when the index holds this very
    /// content (`hash`, as `IndexPaths.hash` makes it); nil when it holds other content or none.
    /// They locate the function around a position in a file opened as it was indexed, before the
    /// editor's copy is parsed.
    public func symbolSpans(ofFile file: String, hash: String) throws -> [SymbolSpan]? {
        try pool.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ? AND hash = ?", arguments: [file, hash]) else { return nil }
            return try Row.fetchAll(db, sql: "SELECT line, end_line, kind FROM symbol WHERE file_id = ?", arguments: [id]).map { row in
                SymbolSpan(line: row["line"], endLine: row["end_line"], kind: row["kind"])
            }
        }
    }

    /// Definitions with exactly this name, optionally only in one file (workspace-relative).
    /// Definitions of `name`, those in `near`'s file and folder first (by path and line), then
    /// others in index order, at most `limit` of them: a common name (`get`, `__init__`) has
    /// thousands of definitions in a large workspace, and building every row cost more than the
    /// rest of a definition request.
    public func definitions(named name: String, inFile file: String? = nil, near: String? = nil, limit: Int? = nil) throws -> [SymbolMatch] {
        try pool.read { db in
            let columns = """
                SELECT s.name, s.kind, s.container, s.line, s.column, s.end_line, s.column_utf16, s.column_utf8,
                       s.signature, s.documentation, s.exported, f.path
                FROM symbol s JOIN file f ON f.id = s.file_id
                """
            func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [SymbolMatch] {
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SymbolMatch(symbol: Self.symbol(row), file: row["path"], quality: .exact)
                }
            }
            if let file {
                return try fetch(columns + " WHERE s.name = ? AND s.file_id IN (SELECT id FROM file WHERE path = ?) ORDER BY s.line",
                                 [name, file])
            }
            guard let near else {
                return try fetch(columns + " WHERE s.name = ? ORDER BY f.path, s.line" + (limit.map { " LIMIT \($0)" } ?? ""), [name])
            }
            let folder = (near as NSString).deletingLastPathComponent
            // The folder's files through the unique path index (a prefix GLOB); at the root, the
            // files directly in it.
            let nearby = folder.isEmpty ? "SELECT id FROM file WHERE path NOT GLOB '*/*'" : "SELECT id FROM file WHERE path GLOB ?"
            var arguments: StatementArguments = [name]
            if !folder.isEmpty { arguments += [Self.globEscaped(folder) + "/*"] }
            arguments += [near]
            var result = try fetch(columns + " WHERE s.name = ? AND s.file_id IN (\(nearby)) ORDER BY f.path <> ?, f.path, s.line"
                                   + (limit.map { " LIMIT \($0)" } ?? ""), arguments)
            if let limit, result.count >= limit { return result }
            let seen = Set(result.map { "\($0.file):\($0.symbol.line):\($0.symbol.column)" })
            let rest = try fetch(columns + " WHERE s.name = ? ORDER BY s.name, s.file_id, s.line"
                                 + (limit.map { " LIMIT \($0 + result.count)" } ?? ""), [name])
            for match in rest where !seen.contains("\(match.file):\(match.symbol.line):\(match.symbol.column)") {
                if let limit, result.count >= limit { break }
                result.append(match)
            }
            return result
        }
    }

    /// Which of `files` (workspace-relative) define `name` at their top level: one indexed
    /// lookup instead of every definition of the name in the workspace.
    public func filesDefiningAtTopLevel(_ name: String, among files: [String]) throws -> Set<String> {
        guard !files.isEmpty else { return [] }
        return try pool.read { db in
            var found: Set<String> = []
            // SQLite allows 32,766 variables per statement; a package of more files is asked in parts.
            for start in stride(from: 0, to: files.count, by: 10_000) {
                let part = Array(files[start..<min(files.count, start + 10_000)])
                let marks = part.map { _ in "?" }.joined(separator: ",")
                let paths = try String.fetchAll(db, sql: """
                    SELECT DISTINCT f.path FROM symbol s JOIN file f ON f.id = s.file_id
                    WHERE s.name = ? AND s.container IS NULL AND s.file_id IN (SELECT id FROM file WHERE path IN (\(marks)))
                    """, arguments: StatementArguments([name] + part))
                found.formUnion(paths)
            }
            return found
        }
    }

    private static func globEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "*?[".contains(character) { result += "[\(character)]" } else { result.append(character) }
        }
        return result
    }

    private static func symbol(_ row: Row) -> IndexedSymbol {
        var symbol = IndexedSymbol(name: row["name"], kind: row["kind"], container: row["container"], line: row["line"], column: row["column"],
                                   endLine: row["end_line"], utf16Column: row["column_utf16"], utf8Column: row["column_utf8"])
        symbol.signature = row["signature"]
        symbol.documentation = row["documentation"]
        symbol.exported = row["exported"] ?? false
        return symbol
    }


    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Schema versions, applied in order; each is a migration that never changes once released.
enum IndexSchema {
    /// The indexes whose keys arrive in random order during a full run, as made by the
    /// migrations (v4, v7); a bulk run makes them after its rows.
    static let nameIndexes = ["symbol_name_file": "symbol(name, file_id)", "binding_target": "binding(target, name)"]

    static func missingNameIndexes(_ db: Database) throws -> [String] {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        return nameIndexes.keys.sorted().filter { !present.contains($0) }
    }

    static func createNameIndexes(_ db: Database) throws {
        for name in try missingNameIndexes(db) { try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(name) ON \(nameIndexes[name]!)") }
    }

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
        // Imported names per file, so that finding references reads only the files that may
        // use a definition. Files are dropped to be indexed again with their imports.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE import (
                  file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  module TEXT NOT NULL
                );
                CREATE INDEX import_name ON import(name);
                CREATE INDEX import_file ON import(file_id);
                ALTER TABLE file ADD COLUMN mtime INTEGER;
                ALTER TABLE file ADD COLUMN size INTEGER;
                DELETE FROM symbol;
                DELETE FROM file;
                """)
        }
        // Import bindings resolved to workspace files, with their occurrences: references across
        // files are answered from here without parsing the importers.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE TABLE binding (
                  id INTEGER PRIMARY KEY,
                  file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  target TEXT NOT NULL,
                  exported INTEGER NOT NULL
                );
                CREATE INDEX binding_target ON binding(target, name);
                CREATE INDEX binding_file ON binding(file_id);
                CREATE TABLE occurrence (
                  binding_id INTEGER NOT NULL REFERENCES binding(id) ON DELETE CASCADE,
                  line INTEGER NOT NULL,
                  start_utf8 INTEGER NOT NULL, end_utf8 INTEGER NOT NULL,
                  start_utf16 INTEGER NOT NULL, end_utf16 INTEGER NOT NULL,
                  start_utf32 INTEGER NOT NULL, end_utf32 INTEGER NOT NULL
                );
                CREATE INDEX occurrence_binding ON occurrence(binding_id);
                DELETE FROM import;
                DELETE FROM symbol;
                DELETE FROM file;
                """)
        }
        // Signatures, documentation and export status, for hover and completion details.
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                ALTER TABLE symbol ADD COLUMN signature TEXT;
                ALTER TABLE symbol ADD COLUMN documentation TEXT;
                ALTER TABLE symbol ADD COLUMN exported INTEGER NOT NULL DEFAULT 0;
                DELETE FROM symbol;
                DELETE FROM file;
                """)
        }
        // Parameters and local variables, in a table of their own (see `IndexedFile.locals`).
        // Files are dropped so the next run indexes them again with their locals.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: """
                CREATE TABLE local (
                  file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  name_lower TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  container TEXT,
                  line INTEGER NOT NULL,
                  column INTEGER NOT NULL,
                  end_line INTEGER NOT NULL,
                  column_utf16 INTEGER NOT NULL,
                  column_utf8 INTEGER NOT NULL
                );
                CREATE INDEX local_name ON local(name_lower);
                CREATE INDEX local_file ON local(file_id);
                DELETE FROM symbol;
                DELETE FROM file;
                """)
        }
        // Definitions by name in a few files (the folder of the file asking, a package's files):
        // with the name alone indexed, a common name (`__init__`: 21,450 rows on ten copies of
        // the standard library) was read row by row to filter on the file, about 100 ms.
        migrator.registerMigration("v7") { db in
            try db.execute(sql: """
                CREATE INDEX symbol_name_file ON symbol(name, file_id);
                DROP INDEX symbol_exact_name;
                """)
        }
        // Indexes no query reads (fuzzy search is `LIKE '%a%b%'`, which scans; nothing selects
        // from `import` by name), yet every insert updated them in name order: on ten copies of
        // the standard library each transaction rewrote most of their 13,000 pages, so their
        // cost per file grew with the workspace.
        migrator.registerMigration("v8") { db in
            try db.execute(sql: """
                DROP INDEX symbol_name;
                DROP INDEX local_name;
                DROP INDEX import_name;
                """)
        }
        // The import rows answered "which files may use this name" before v4; since then the
        // `binding` rows (imports resolved to workspace files, with their occurrences) answer
        // it and nothing read `import`, while every indexed file still wrote a row per import.
        migrator.registerMigration("v9") { db in
            try db.execute(sql: "DROP TABLE import")
        }
        return migrator
    }
}
