import CodePalAnalysis
import Foundation

/// Every indexed symbol in memory, for `workspace/symbol` at typing speed: a LIKE scan of the
/// database for a two-letter query returns tens of thousands of rows to rank. Loaded after
/// indexing and reloaded after updates; searching never touches SQLite.
public struct SymbolTable: Sendable {
    private let symbols: [IndexedSymbol]
    private let files: [String]
    private let fileOfSymbol: [Int32]
    private let prepared: [NameMatcher.Prepared]
    /// Top-level exported types, functions and constants: what completion offers to import.
    private let importable: [Int]
    static let importableKinds: Set<String> = ["class", "function", "constant", "interface", "type", "enum"]

    public init(database: IndexDatabase) throws {
        let rows = try database.allSymbols()
        var files: [String] = []
        var fileIndex: [String: Int32] = [:]
        var fileOfSymbol: [Int32] = []
        fileOfSymbol.reserveCapacity(rows.count)
        for row in rows {
            if fileIndex[row.file] == nil {
                fileIndex[row.file] = Int32(files.count)
                files.append(row.file)
            }
            fileOfSymbol.append(fileIndex[row.file]!)
        }
        // Kept in result order within a match quality (kind, name length, name, file, line), so
        // a search appends to quality buckets in order and never sorts.
        let order = rows.indices.sorted { a, b in
            let x = rows[a].symbol, y = rows[b].symbol
            let kx = SymbolRanking.kindRank(x.kind), ky = SymbolRanking.kindRank(y.kind)
            if kx != ky { return kx < ky }
            if x.name.utf8.count != y.name.utf8.count { return x.name.utf8.count < y.name.utf8.count }
            if x.name != y.name { return x.name < y.name }
            return (rows[a].file, x.line) < (rows[b].file, y.line)
        }
        symbols = order.map { rows[$0].symbol }
        self.files = files
        self.fileOfSymbol = order.map { fileOfSymbol[$0] }
        prepared = symbols.map { NameMatcher.Prepared($0.name) }
        let sorted = symbols
        importable = sorted.indices.filter { index in
            sorted[index].container == nil && sorted[index].exported && Self.importableKinds.contains(sorted[index].kind)
        }
    }

    public var count: Int { symbols.count }

    /// Ranked like `SymbolRanking.rank`, but by buckets of match quality: only the buckets
    /// that fill the limit are sorted, so a two-letter query over 100,000 names stays fast.
    /// - Parameter importableOnly: only top-level exported types, functions and constants.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100, importableOnly: Bool = false) -> [SymbolMatch] {
        let matcher = NameMatcher(query)
        var buckets = Array(repeating: [Int](), count: 5)
        for index in (importableOnly ? importable : Array(symbols.indices)) where kind == nil || symbols[index].kind == kind {
            if let quality = matcher.quality(prepared[index]) { buckets[quality.rawValue].append(index) }
        }
        var result: [SymbolMatch] = []
        for (rawQuality, bucket) in buckets.enumerated() where result.count < limit && !bucket.isEmpty {
            let quality = MatchQuality(rawValue: rawQuality)!
            if near == nil {
                // Already in result order (see init).
                result += bucket.prefix(limit - result.count).map { SymbolMatch(symbol: symbols[$0], file: files[Int(fileOfSymbol[$0])], quality: quality) }
            } else {
                let matches = bucket.map { SymbolMatch(symbol: symbols[$0], file: files[Int(fileOfSymbol[$0])], quality: quality) }
                result += SymbolRanking.order(matches, near: near).prefix(limit - result.count)
            }
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
        case "class", "interface", "enum", "type", "namespace", "module": return 0
        case "function", "method", "constructor": return 1
        case "constant", "enum_member": return 2
        default: return 3
        }
    }
}
