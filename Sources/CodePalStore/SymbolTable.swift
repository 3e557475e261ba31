import CodePalAnalysis
import Foundation

/// Every indexed symbol in memory, for `workspace/symbol` at typing speed: a LIKE scan of the
/// database for a two-letter query returns tens of thousands of rows to rank. Loaded after a
/// full index run and patched file by file after updates (`replacing`); searching never touches
/// SQLite. Files deleted during a session keep their (empty) slot in `files`.
public struct SymbolTable: Sendable {
    private let symbols: [IndexedSymbol]
    private let files: [String]
    private let fileOfSymbol: [Int32]
    private let prepared: [NameMatcher.Prepared]
    /// Every name lowercased, end to end, and where each starts (one more entry than names): the
    /// first test of a search reads these bytes without touching a Swift object per name.
    private let lowered: [UInt8]
    private let nameStarts: [Int32]
    /// Top-level exported types, functions and constants: what completion offers to import.
    private let importable: [Int]
    static let importableKinds: Set<String> = ["class", "function", "constant", "interface", "type", "enum"]

    public init(database: IndexDatabase) throws {
        self.init(rows: try database.allSymbols())
    }

    init(rows: [(symbol: IndexedSymbol, file: String)]) {
        self = SymbolTable(symbols: [], files: [], fileOfSymbol: [], prepared: [], lowered: [], nameStarts: [0], importable: [])
            .replacing(files: [], with: rows)
    }

    private init(symbols: [IndexedSymbol], files: [String], fileOfSymbol: [Int32], prepared: [NameMatcher.Prepared],
                 lowered: [UInt8], nameStarts: [Int32], importable: [Int]) {
        self.symbols = symbols
        self.files = files
        self.fileOfSymbol = fileOfSymbol
        self.prepared = prepared
        self.lowered = lowered
        self.nameStarts = nameStarts
        self.importable = importable
    }

    /// Kept in result order within a match quality (kind, name length, name, file, line), so
    /// a search appends to quality buckets in order and never sorts.
    private static func precedes(_ a: (symbol: IndexedSymbol, file: String), _ b: (symbol: IndexedSymbol, file: String)) -> Bool {
        let x = a.symbol, y = b.symbol
        let kx = SymbolRanking.kindRank(x.kind), ky = SymbolRanking.kindRank(y.kind)
        if kx != ky { return kx < ky }
        if x.name.utf8.count != y.name.utf8.count { return x.name.utf8.count < y.name.utf8.count }
        if x.name != y.name { return x.name < y.name }
        return (a.file, x.line) < (b.file, y.line)
    }

    /// The table with the symbols of `files` replaced by `rows` (files gone from the index have
    /// none). Re-sorting and re-preparing the whole table after saving one file took most of a
    /// second on the Python standard library; this sorts only the new rows and inserts them into
    /// the kept order.
    public func replacing(files changed: Set<String>, with rows: [(symbol: IndexedSymbol, file: String)]) -> SymbolTable {
        var files = self.files
        var fileIndex: [String: Int32] = [:]
        for (index, file) in files.enumerated() { fileIndex[file] = Int32(index) }
        var dropped = [Bool](repeating: false, count: files.count)
        for file in changed { if let index = fileIndex[file] { dropped[Int(index)] = true } }
        let added = rows.sorted(by: Self.precedes)
        for row in added where fileIndex[row.file] == nil {
            fileIndex[row.file] = Int32(files.count)
            files.append(row.file)
        }
        var wasImportable = [Bool](repeating: false, count: symbols.count)
        for index in importable { wasImportable[index] = true }

        var table = (symbols: [IndexedSymbol](), fileOfSymbol: [Int32](), prepared: [NameMatcher.Prepared](),
                     lowered: [UInt8](), nameStarts: [Int32(0)], importable: [Int]())
        let capacity = symbols.count + added.count
        table.symbols.reserveCapacity(capacity)
        table.fileOfSymbol.reserveCapacity(capacity)
        table.prepared.reserveCapacity(capacity)
        table.nameStarts.reserveCapacity(capacity + 1)
        table.lowered.reserveCapacity(lowered.count)
        func add(_ row: (symbol: IndexedSymbol, file: String)) {
            if row.symbol.container == nil, row.symbol.exported, Self.importableKinds.contains(row.symbol.kind) {
                table.importable.append(table.symbols.count)
            }
            table.symbols.append(row.symbol)
            table.fileOfSymbol.append(fileIndex[row.file]!)
            table.prepared.append(NameMatcher.Prepared(row.symbol.name))
            table.lowered += NameMatcher.lowercased(row.symbol.name)
            table.nameStarts.append(Int32(table.lowered.count))
        }
        // Where each new row goes, by binary search: comparing in a linear merge copied every kept symbol.
        let positions = added.map { row in
            var low = 0, high = symbols.count
            while low < high {
                let mid = (low + high) / 2
                if Self.precedes(row, (symbols[mid], self.files[Int(fileOfSymbol[mid])])) { high = mid } else { low = mid + 1 }
            }
            return low
        }
        var next = 0
        for index in symbols.indices {
            while next < added.count, positions[next] == index {
                add(added[next])
                next += 1
            }
            guard !dropped[Int(fileOfSymbol[index])] else { continue }
            if wasImportable[index] { table.importable.append(table.symbols.count) }
            table.symbols.append(symbols[index])
            table.fileOfSymbol.append(fileOfSymbol[index])
            table.prepared.append(prepared[index])
            table.lowered += lowered[Int(nameStarts[index])..<Int(nameStarts[index + 1])]
            table.nameStarts.append(Int32(table.lowered.count))
        }
        for row in added[next...] { add(row) }
        return SymbolTable(symbols: table.symbols, files: files, fileOfSymbol: table.fileOfSymbol, prepared: table.prepared,
                           lowered: table.lowered, nameStarts: table.nameStarts, importable: table.importable)
    }

    public var count: Int { symbols.count }

    /// Ranked like `SymbolRanking.rank`, but by buckets of match quality: only the buckets
    /// that fill the limit are sorted, so a two-letter query over 100,000 names stays fast.
    /// - Parameter importableOnly: only top-level exported types, functions and constants.
    public func search(_ query: String, kind: String? = nil, near: String? = nil, limit: Int = 100, importableOnly: Bool = false) -> [SymbolMatch] {
        let matcher = NameMatcher(query)
        var buckets = Array(repeating: [Int](), count: 5)
        lowered.withUnsafeBufferPointer { names in
            nameStarts.withUnsafeBufferPointer { starts in
                func consider(_ index: Int) {
                    let name = UnsafeBufferPointer(rebasing: names[Int(starts[index])..<Int(starts[index + 1])])
                    guard matcher.isSubsequence(of: name), kind == nil || symbols[index].kind == kind,
                          let quality = matcher.quality(prepared[index]) else { return }
                    buckets[quality.rawValue].append(index)
                }
                if importableOnly {
                    for index in importable { consider(index) }
                } else {
                    for index in symbols.indices { consider(index) }
                }
            }
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
