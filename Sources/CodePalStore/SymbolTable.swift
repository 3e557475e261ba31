import CodePalAnalysis
import Foundation

/// Every indexed symbol, searchable at typing speed: a LIKE scan of the database for a two-letter
/// query returns tens of thousands of rows to rank. Loaded after a full index run.
///
/// A search reads the names of each match quality from the name index (`NameIndex`: a prefix
/// range, n-gram postings, word starts) best quality first, takes their symbols in result order
/// from the columns, and stops once the limit is reached; so its cost follows the matches it
/// returns, not the size of the workspace. Only the results' details are then read from the
/// index database, by row id.
///
/// Updates after a save go to a small overlay: the base keeps every symbol and hides the files
/// the overlay supersedes, so replacing one file's symbols costs in proportion to that file.
/// The overlay is folded into the base once it grows.
public struct SymbolTable: Sendable {
    private let base: SymbolColumns
    private let overlay: SymbolColumns
    /// Base files whose symbols the overlay replaces (or that are gone), by base file index.
    private let hidden: [Bool]
    private let hiddenFiles: Set<String>
    private let baseCounts: [Int]
    /// Where the details of stored symbols are read; nil for tables built from rows in memory.
    private let database: IndexDatabase?
    public let count: Int
    /// Whether recent updates sit in the overlay; false after a fold or a full load.
    public var hasOverlay: Bool { overlay.count > 0 || !hiddenFiles.isEmpty }
    static let importableKinds = SymbolColumns.importableKinds
    /// Overlay size from which it is folded into the base: searching the overlay costs about as
    /// much per match as the base, folding rebuilds the base's columns.
    public static let foldAt = 4096

    /// The symbols of the index, as columns of integers and the distinct names.
    public init(database: IndexDatabase) throws {
        var builder = SymbolColumns.Builder()
        try database.loadSymbols(into: &builder)
        self.init(base: builder.build(), database: database)
    }

    /// A table held in memory, details included (tests).
    init(rows: [(symbol: IndexedSymbol, file: String)]) {
        var builder = SymbolColumns.Builder()
        for row in rows { builder.add(row) }
        self.init(base: builder.build(), database: nil)
    }

    private init(base: SymbolColumns, overlay: SymbolColumns = SymbolColumns.Builder().build(), hiddenFiles: Set<String> = [],
                 baseCounts: [Int]? = nil, database: IndexDatabase?) {
        self.base = base
        self.overlay = overlay
        self.hiddenFiles = hiddenFiles
        self.database = database
        var hidden: [Bool] = []
        let counts = baseCounts ?? base.symbolCounts()
        var hiddenCount = 0
        if !hiddenFiles.isEmpty {
            hidden = [Bool](repeating: false, count: counts.count)
            for file in hiddenFiles {
                if let index = base.fileIndex(file) { hidden[index] = true; hiddenCount += counts[index] }
            }
        }
        self.hidden = hidden
        self.baseCounts = counts
        count = base.count - hiddenCount + overlay.count
    }

    /// The table with the symbols of `files` replaced by `rows` (files gone from the index have none).
    /// - Parameter foldAt: overlay size from which the overlay is merged into the base.
    func replacing(files changed: Set<String>, with rows: [(symbol: IndexedSymbol, file: String)], foldAt: Int = SymbolTable.foldAt) -> SymbolTable {
        replacing(files: changed, foldAt: foldAt) { builder in
            for row in rows { builder.add(row) }
        }
    }

    /// The table with the symbols of `files` read again from the database (files gone from the index have none).
    public func replacing(files changed: Set<String>, from database: IndexDatabase, foldAt: Int = SymbolTable.foldAt) throws -> SymbolTable {
        try replacing(files: changed, foldAt: foldAt) { builder in
            try database.loadSymbols(inFiles: changed.sorted(), into: &builder)
        }
    }

    private func replacing(files changed: Set<String>, foldAt: Int, adding: (inout SymbolColumns.Builder) throws -> Void) rethrows -> SymbolTable {
        var builder = SymbolColumns.Builder()
        builder.add(overlay, hiding: changed)
        try adding(&builder)
        let updated = builder.build()
        let hiddenFiles = self.hiddenFiles.union(changed)
        guard updated.count > foldAt else {
            return SymbolTable(base: base, overlay: updated, hiddenFiles: hiddenFiles, baseCounts: baseCounts, database: database)
        }
        var all = SymbolColumns.Builder()
        all.add(base, hiding: hiddenFiles)
        all.add(updated, hiding: [])
        return SymbolTable(base: all.build(), database: database)
    }

    /// Ranked like `SymbolRanking.rank`: match quality by match quality, each from the name
    /// index, until the limit is reached. Details are read from the database for the results
    /// only; a symbol whose row changed since the table was built (a file re-indexed meanwhile)
    /// is left out, as are stored results when the database cannot be read.
    /// - Parameter importableOnly: only top-level exported types, functions and constants.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100, importableOnly: Bool = false) -> [SymbolMatch] {
        let matcher = NameMatcher(query)
        var result: [SymbolMatch] = []
        var rawQuality = 0
        while let quality = MatchQuality(rawValue: rawQuality), result.count < limit {
            rawQuality += 1
            // With `near`, the whole bucket is ordered by distance before it is cut.
            let wanted = near == nil ? limit - result.count : Int.max
            let a = base.symbols(named: base.names.names(matching: matcher, quality: quality), kind: kind,
                                 importableOnly: importableOnly, hiding: hidden, limit: wanted)
            let b = overlay.symbols(named: overlay.names.names(matching: matcher, quality: quality), kind: kind,
                                    importableOnly: importableOnly, hiding: [], limit: wanted)
            guard !a.isEmpty || !b.isEmpty else { continue }
            // Both lists are in result order: merged, they are the bucket of one whole table.
            var merged: [(fromOverlay: Bool, hit: SymbolColumns.Hit)] = []
            var i = 0, j = 0
            while merged.count < wanted, i < a.count || j < b.count {
                if j == b.count || (i < a.count && !overlay.precedes(b[j], base, a[i])) {
                    merged.append((false, a[i]))
                    i += 1
                } else {
                    merged.append((true, b[j]))
                    j += 1
                }
            }
            let matches = details(merged, quality)
            result += near == nil ? matches : Array(SymbolRanking.order(matches, near: near).prefix(limit - result.count))
        }
        return result
    }

    private func details(_ hits: [(fromOverlay: Bool, hit: SymbolColumns.Hit)], _ quality: MatchQuality) -> [SymbolMatch] {
        var stored: [Int64: (symbol: IndexedSymbol, file: String)] = [:]
        if let database, base.isStored || overlay.isStored {
            let ids = hits.map { ($0.fromOverlay ? overlay : base).rowID($0.hit) }
            stored = (try? database.symbols(ids: ids)) ?? [:]
        }
        return hits.compactMap { fromOverlay, hit in
            let columns = fromOverlay ? overlay : base
            guard columns.isStored else { return SymbolMatch(symbol: columns.inlineSymbol(hit), file: columns.file(hit), quality: quality) }
            let file = columns.file(hit)
            guard let row = stored[columns.rowID(hit)], row.file == file, row.symbol.name == columns.names.name(hit.name) else { return nil }
            return SymbolMatch(symbol: row.symbol, file: file, quality: quality)
        }
    }
}

/// The order of symbol search results, shared by the index database and the in-memory table:
/// match quality (exact > prefix > camel/snake humps > substring > letters in order), then kind
/// (types, callables, constants, the rest), then closeness of the file to `near` (a
/// workspace-relative path), then shorter names.
public enum SymbolRanking {
    public static func rank(_ candidates: [SymbolMatch], query: String, near: String?, limit: Int) -> [SymbolMatch] {
        let matched = candidates.compactMap { c -> SymbolMatch? in
            MatchQuality(query: query, name: c.symbol.name).map { SymbolMatch(symbol: c.symbol, file: c.file, quality: $0) }
        }
        return Array(order(matched, near: near).prefix(limit))
    }

    /// Sorts matches whose quality is known: quality, kind, distance to `near`, length, name.
    public static func order(_ matches: [SymbolMatch], near: String?) -> [SymbolMatch] {
        let nearFolders = near.map { Array($0.split(separator: "/").dropLast()) }
        func distance(_ file: String) -> Int {
            guard let nearFolders else { return 0 }
            let folders = Array(file.split(separator: "/").dropLast())
            let shared = zip(nearFolders, folders).prefix { $0 == $1 }.count
            return (nearFolders.count - shared) + (folders.count - shared)
        }
        let ranked = matches.map { ($0, kindRank($0.symbol.kind), nearFolders == nil ? 0 : distance($0.file)) }
        return ranked.sorted { a, b in
            if a.0.quality != b.0.quality { return a.0.quality < b.0.quality }
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.0.symbol.name.utf8.count != b.0.symbol.name.utf8.count { return a.0.symbol.name.utf8.count < b.0.symbol.name.utf8.count }
            if a.0.symbol.name != b.0.symbol.name { return a.0.symbol.name < b.0.symbol.name }
            return (a.0.file, a.0.symbol.line) < (b.0.file, b.0.symbol.line)
        }.map { $0.0 }
    }

    /// Types first, then callables, then constants, then the rest.
    static func kindRank(_ kind: String) -> Int {
        switch kind {
        case "class", "struct", "interface", "enum", "type", "namespace", "module": return 0
        case "function", "method", "constructor": return 1
        case "constant", "enum_member": return 2
        default: return 3
        }
    }
}
