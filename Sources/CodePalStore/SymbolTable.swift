import CodePalAnalysis
import Foundation

/// Every indexed symbol in memory, for `workspace/symbol` at typing speed: a LIKE scan of the
/// database for a two-letter query returns tens of thousands of rows to rank. Loaded after a
/// full index run; searching never touches SQLite.
///
/// Updates after a save go to a small overlay: the base keeps every symbol and hides the files
/// the overlay supersedes, so replacing one file's symbols costs in proportion to that file.
/// Reloading and re-sorting the whole table took most of a second on the Python standard
/// library, merging into it 25 ms. The overlay is folded into the base once it grows.
public struct SymbolTable: Sendable {
    private let base: SymbolColumns
    private let overlay: SymbolColumns
    /// Base files whose symbols the overlay replaces (or that are gone), by base file index.
    private let hidden: [Bool]
    private let hiddenFiles: Set<String>
    private let baseCounts: [Int]
    public let count: Int
    static let importableKinds = SymbolColumns.importableKinds
    /// Overlay size from which it is folded into the base: searching the overlay costs about as
    /// much per symbol as the base, merging it in about 25 ms per 90,000 symbols of the base.
    public static let foldAt = 4096

    public init(database: IndexDatabase) throws {
        self.init(rows: try database.allSymbols())
    }

    init(rows: [(symbol: IndexedSymbol, file: String)]) {
        self.init(base: SymbolColumns(rows: rows))
    }

    private init(base: SymbolColumns, overlay: SymbolColumns = SymbolColumns(rows: []), hiddenFiles: Set<String> = [], baseCounts: [Int]? = nil) {
        self.base = base
        self.overlay = overlay
        self.hiddenFiles = hiddenFiles
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
    public func replacing(files changed: Set<String>, with rows: [(symbol: IndexedSymbol, file: String)],
                          foldAt: Int = SymbolTable.foldAt) -> SymbolTable {
        let kept = overlay.rows().filter { !changed.contains($0.file) }
        let updated = SymbolTable(base: base, overlay: SymbolColumns(rows: kept + rows), hiddenFiles: hiddenFiles.union(changed),
                                  baseCounts: baseCounts)
        guard updated.overlay.count > foldAt else { return updated }
        return SymbolTable(base: base.replacing(files: updated.hiddenFiles, with: updated.overlay.rows()))
    }

    /// Ranked like `SymbolRanking.rank`, but by buckets of match quality: only the buckets
    /// that fill the limit are sorted, so a two-letter query over 100,000 names stays fast.
    /// - Parameter importableOnly: only top-level exported types, functions and constants.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100, importableOnly: Bool = false) -> [SymbolMatch] {
        let matcher = NameMatcher(query)
        let fromBase = base.buckets(matcher, kind: kind, importableOnly: importableOnly, hiding: hidden)
        let fromOverlay = overlay.buckets(matcher, kind: kind, importableOnly: importableOnly, hiding: [])
        var result: [SymbolMatch] = []
        for rawQuality in 0..<fromBase.count where result.count < limit {
            let quality = MatchQuality(rawValue: rawQuality)!
            let a = fromBase[rawQuality], b = fromOverlay[rawQuality]
            guard !a.isEmpty || !b.isEmpty else { continue }
            // Both lists are in result order: merged, they are the bucket of one whole table.
            var merged: [SymbolMatch] = []
            let wanted = near == nil ? limit - result.count : a.count + b.count
            var i = 0, j = 0
            while merged.count < wanted, i < a.count || j < b.count {
                if j == b.count || (i < a.count && !SymbolColumns.precedes(overlay.row(b[j]), base.row(a[i]))) {
                    merged.append(base.match(a[i], quality))
                    i += 1
                } else {
                    merged.append(overlay.match(b[j], quality))
                    j += 1
                }
            }
            result += near == nil ? merged : Array(SymbolRanking.order(merged, near: near).prefix(limit - result.count))
        }
        return result
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
