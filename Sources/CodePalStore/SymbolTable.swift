import CodePalAnalysis
import Foundation

/// Every indexed symbol in memory, for `workspace/symbol` at typing speed: a LIKE scan of the
/// database for a two-letter query returns tens of thousands of rows to rank. Loaded after
/// indexing and reloaded after updates; searching never touches SQLite.
public struct SymbolTable: Sendable {
    private let symbols: [IndexedSymbol]
    private let files: [String]
    private let fileOfSymbol: [Int32]
    /// Lower-cased name bytes, for the subsequence prefilter.
    private let lowered: [[UInt8]]

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
        symbols = rows.map(\.symbol)
        self.files = files
        self.fileOfSymbol = fileOfSymbol
        lowered = symbols.map { Array($0.name.lowercased().utf8) }
    }

    public var count: Int { symbols.count }

    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100) -> [SymbolMatch] {
        let needle = Array(query.lowercased().utf8)
        var candidates: [SymbolMatch] = []
        for index in symbols.indices where kind == nil || symbols[index].kind == kind {
            guard Self.isSubsequence(needle, of: lowered[index]) else { continue }
            candidates.append(SymbolMatch(symbol: symbols[index], file: files[Int(fileOfSymbol[index])], quality: .subsequence))
        }
        return SymbolRanking.rank(candidates, query: query, near: near, limit: limit)
    }

    private static func isSubsequence(_ needle: [UInt8], of haystack: [UInt8]) -> Bool {
        var i = 0
        for byte in haystack where i < needle.count && byte == needle[i] { i += 1 }
        return i == needle.count
    }
}

/// The order of symbol search results, shared by the index database and the in-memory table:
/// match quality (exact > prefix > camel/snake humps > substring > letters in order), then kind
/// (types, callables, constants, the rest), then closeness of the file to `near` (a
/// workspace-relative path), then shorter names.
public enum SymbolRanking {
    public static func rank(_ candidates: [SymbolMatch], query: String, near: String?, limit: Int) -> [SymbolMatch] {
        let nearFolders = near.map { Array($0.split(separator: "/").dropLast()) }
        func distance(_ file: String) -> Int {
            guard let nearFolders else { return 0 }
            let folders = Array(file.split(separator: "/").dropLast())
            let shared = zip(nearFolders, folders).prefix { $0 == $1 }.count
            return (nearFolders.count - shared) + (folders.count - shared)
        }
        let ranked = candidates.compactMap { c -> (SymbolMatch, Int, Int)? in
            guard let quality = MatchQuality(query: query, name: c.symbol.name) else { return nil }
            return (SymbolMatch(symbol: c.symbol, file: c.file, quality: quality), kindRank(c.symbol.kind), distance(c.file))
        }
        return ranked.sorted { a, b in
            if a.0.quality != b.0.quality { return a.0.quality < b.0.quality }
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.0.symbol.name.utf8.count != b.0.symbol.name.utf8.count { return a.0.symbol.name.utf8.count < b.0.symbol.name.utf8.count }
            if a.0.symbol.name != b.0.symbol.name { return a.0.symbol.name < b.0.symbol.name }
            return (a.0.file, a.0.symbol.line) < (b.0.file, b.0.symbol.line)
        }.prefix(limit).map { $0.0 }
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
