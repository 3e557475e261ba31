import CodePalAnalysis
import Foundation

/// The symbols of a `SymbolTable` in result order, as columns: kept apart from the table so
/// that a table can hold a large base and a small overlay of recently changed files.
struct SymbolColumns: Sendable {
    private let symbols: [IndexedSymbol]
    private let files: [String]
    private let fileIndexes: [String: Int32]
    private let fileOfSymbol: [Int32]
    private let prepared: [NameMatcher.Prepared]
    /// Every name lowercased, end to end, and where each starts (one more entry than names): the
    /// first test of a search reads these bytes without touching a Swift object per name.
    private let lowered: [UInt8]
    private let nameStarts: [Int32]
    /// Top-level exported types, functions and constants: what completion offers to import.
    private let importable: [Int]
    static let importableKinds: Set<String> = ["class", "struct", "function", "constant", "interface", "type", "enum"]

    init(rows: [(symbol: IndexedSymbol, file: String)]) {
        self = SymbolColumns(symbols: [], files: [], fileOfSymbol: [], prepared: [], lowered: [], nameStarts: [0], importable: [])
            .replacing(files: [], with: rows)
    }

    private init(symbols: [IndexedSymbol], files: [String], fileOfSymbol: [Int32], prepared: [NameMatcher.Prepared],
                 lowered: [UInt8], nameStarts: [Int32], importable: [Int]) {
        self.symbols = symbols
        self.files = files
        fileIndexes = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, Int32($0)) })
        self.fileOfSymbol = fileOfSymbol
        self.prepared = prepared
        self.lowered = lowered
        self.nameStarts = nameStarts
        self.importable = importable
    }

    /// Kept in result order within a match quality (kind, name length, name, file, line), so
    /// a search appends to quality buckets in order and never sorts.
    static func precedes(_ a: (symbol: IndexedSymbol, file: String), _ b: (symbol: IndexedSymbol, file: String)) -> Bool {
        let x = a.symbol, y = b.symbol
        let kx = SymbolRanking.kindRank(x.kind), ky = SymbolRanking.kindRank(y.kind)
        if kx != ky { return kx < ky }
        if x.name.utf8.count != y.name.utf8.count { return x.name.utf8.count < y.name.utf8.count }
        if x.name != y.name { return x.name < y.name }
        return (a.file, x.line) < (b.file, y.line)
    }

    /// These columns with the symbols of `files` replaced by `rows`: sorts only the new rows and
    /// inserts them into the kept order, copying the rest (25 ms for 90,000 symbols).
    func replacing(files changed: Set<String>, with rows: [(symbol: IndexedSymbol, file: String)]) -> SymbolColumns {
        var files = self.files
        var fileIndex = fileIndexes
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
        return SymbolColumns(symbols: table.symbols, files: files, fileOfSymbol: table.fileOfSymbol, prepared: table.prepared,
                           lowered: table.lowered, nameStarts: table.nameStarts, importable: table.importable)
    }

    public var count: Int { symbols.count }

    func row(_ index: Int) -> (symbol: IndexedSymbol, file: String) { (symbols[index], files[Int(fileOfSymbol[index])]) }

    func match(_ index: Int, _ quality: MatchQuality) -> SymbolMatch {
        SymbolMatch(symbol: symbols[index], file: files[Int(fileOfSymbol[index])], quality: quality)
    }

    /// Every row, in order, except those of files `hidden` marks (by file index).
    func rows(hiding hidden: [Bool] = []) -> [(symbol: IndexedSymbol, file: String)] {
        symbols.indices.compactMap { index in
            let file = Int(fileOfSymbol[index])
            return file < hidden.count && hidden[file] ? nil : row(index)
        }
    }

    func fileIndex(_ file: String) -> Int? { fileIndexes[file].map(Int.init) }

    /// How many symbols each file has, by file index.
    func symbolCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: files.count)
        for file in fileOfSymbol { counts[Int(file)] += 1 }
        return counts
    }

    /// The matching symbols by match quality, each list in result order; files `hidden` marks
    /// (by file index) are left out.
    func buckets(_ matcher: NameMatcher, kind: String?, importableOnly: Bool, hiding hidden: [Bool]) -> [[Int]] {
        var buckets = Array(repeating: [Int](), count: 5)
        lowered.withUnsafeBufferPointer { names in
            nameStarts.withUnsafeBufferPointer { starts in
                func consider(_ index: Int) {
                    let name = UnsafeBufferPointer(rebasing: names[Int(starts[index])..<Int(starts[index + 1])])
                    guard matcher.isSubsequence(of: name), kind == nil || symbols[index].kind == kind else { return }
                    let file = Int(fileOfSymbol[index])
                    guard file >= hidden.count || !hidden[file], let quality = matcher.quality(prepared[index]) else { return }
                    buckets[quality.rawValue].append(index)
                }
                if importableOnly {
                    for index in importable { consider(index) }
                } else {
                    for index in symbols.indices { consider(index) }
                }
            }
        }
        return buckets
    }
}

