import CodePalAnalysis

/// The symbols of a `SymbolTable` in result order, as integer columns beside the index of their
/// distinct names: kept apart from the table so that a table can hold a large base and a small
/// overlay of recently changed files.
///
/// A symbol costs 18 bytes here (its row in the index database, file, line, kind, whether it can
/// be imported); names cost what their distinct spellings do, so ten copies of a library take
/// little more than one. What a result shows (positions, container, signature, documentation)
/// is read from the database for the results only.
struct SymbolColumns: Sendable {
    let names: NameIndex
    /// Symbols are sorted by kind rank, name id (names are numbered in result order), file and
    /// line, so the symbols of one kind rank and name are one run: `runs[rank * names + name]` is
    /// where it starts, the next entry where it ends.
    private let runs: [Int32]
    private let fileOfSymbol: [Int32]
    private let lines: [Int32]
    private let kindOfSymbol: [UInt8]
    private let importable: [Bool]
    /// Where each symbol's details are: its row id in the index database, or, for columns built
    /// from rows in memory (tests), the row itself. One of the two is empty.
    private let rowIDs: [Int64]
    private let inline: [IndexedSymbol]
    let files: [String]
    private let fileIndexes: [String: Int32]
    let kinds: [String]
    private let kindRanks: [Int]

    static let importableKinds: Set<String> = ["class", "struct", "function", "constant", "interface", "type", "enum"]
    static let kindRankCount = 4

    var count: Int { lines.count }
    var isStored: Bool { !rowIDs.isEmpty }

    func fileIndex(_ file: String) -> Int? { fileIndexes[file].map(Int.init) }

    /// How many symbols each file has, by file index.
    func symbolCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: files.count)
        for file in fileOfSymbol { counts[Int(file)] += 1 }
        return counts
    }

    /// A symbol found by a search: its index here and its name's id.
    struct Hit {
        let index: Int32
        let name: Int32
    }

    /// The symbols whose names are `names` (ascending ids), in result order, at most `limit`;
    /// files that `hidden` marks (by file index) are left out.
    func symbols(named names: [Int32], kind: String?, importableOnly: Bool, hiding hidden: [Bool], limit: Int) -> [Hit] {
        var kindID: UInt8?
        if let kind {
            guard let id = kinds.firstIndex(of: kind) else { return [] }
            kindID = UInt8(id)
        }
        var hits: [Hit] = []
        let nameCount = self.names.count
        for rank in 0..<Self.kindRankCount {
            for name in names {
                let run = rank * nameCount + Int(name)
                for index in Int(runs[run])..<Int(runs[run + 1]) {
                    if let kindID, kindOfSymbol[index] != kindID { continue }
                    if importableOnly, !importable[index] { continue }
                    let file = Int(fileOfSymbol[index])
                    if file < hidden.count, hidden[file] { continue }
                    hits.append(Hit(index: Int32(index), name: name))
                    if hits.count == limit { return hits }
                }
            }
        }
        return hits
    }

    /// Whether `a` of these columns comes before `b` of `other` in results of one match quality:
    /// kind rank, name length, name, file, line.
    func precedes(_ a: Hit, _ other: SymbolColumns, _ b: Hit) -> Bool {
        let x = kindRanks[Int(kindOfSymbol[Int(a.index)])], y = other.kindRanks[Int(other.kindOfSymbol[Int(b.index)])]
        if x != y { return x < y }
        let first = names.name(a.name), second = other.names.name(b.name)
        if first.utf8.count != second.utf8.count { return first.utf8.count < second.utf8.count }
        if first != second { return first < second }
        return (files[Int(fileOfSymbol[Int(a.index)])], lines[Int(a.index)])
            < (other.files[Int(other.fileOfSymbol[Int(b.index)])], other.lines[Int(b.index)])
    }

    func file(_ hit: Hit) -> String { files[Int(fileOfSymbol[Int(hit.index)])] }
    func rowID(_ hit: Hit) -> Int64 { rowIDs[Int(hit.index)] }
    func inlineSymbol(_ hit: Hit) -> IndexedSymbol { inline[Int(hit.index)] }

    private init(builder b: Builder, order: [Int], nameOrder: [Int32], sortedNames: [String]) {
        names = NameIndex(names: sortedNames)
        var runs = [Int32](repeating: 0, count: Self.kindRankCount * sortedNames.count + 1)
        var fileOfSymbol: [Int32] = [], lines: [Int32] = [], kindOfSymbol: [UInt8] = [], importable: [Bool] = []
        var rowIDs: [Int64] = [], inline: [IndexedSymbol] = []
        fileOfSymbol.reserveCapacity(order.count)
        lines.reserveCapacity(order.count)
        kindOfSymbol.reserveCapacity(order.count)
        importable.reserveCapacity(order.count)
        rowIDs.reserveCapacity(b.rowIDs.isEmpty ? 0 : order.count)
        inline.reserveCapacity(b.inline.isEmpty ? 0 : order.count)
        for entry in order {
            runs[b.kindRanks[Int(b.kindOfSymbol[entry])] * sortedNames.count + Int(nameOrder[Int(b.nameOfSymbol[entry])]) + 1] += 1
            fileOfSymbol.append(b.fileOfSymbol[entry])
            lines.append(b.lines[entry])
            kindOfSymbol.append(b.kindOfSymbol[entry])
            importable.append(b.importable[entry])
            if !b.rowIDs.isEmpty { rowIDs.append(b.rowIDs[entry]) }
            if !b.inline.isEmpty { inline.append(b.inline[entry]) }
        }
        for run in runs.indices.dropFirst() { runs[run] += runs[run - 1] }
        self.runs = runs
        self.fileOfSymbol = fileOfSymbol
        self.lines = lines
        self.kindOfSymbol = kindOfSymbol
        self.importable = importable
        self.rowIDs = rowIDs
        self.inline = inline
        files = b.files
        fileIndexes = b.fileIndexes
        kinds = b.kinds
        kindRanks = b.kindRanks
    }

    /// Collects symbols in any order, from the database, from rows or from other columns.
    struct Builder {
        private(set) var names: [String] = []
        private var nameIndexes: [String: Int32] = [:]
        fileprivate var kinds: [String] = []
        fileprivate var kindRanks: [Int] = []
        private var kindIndexes: [String: UInt8] = [:]
        private var importableKind: [Bool] = []
        fileprivate var files: [String] = []
        fileprivate var fileIndexes: [String: Int32] = [:]
        fileprivate var nameOfSymbol: [Int32] = []
        fileprivate var fileOfSymbol: [Int32] = []
        fileprivate var lines: [Int32] = []
        fileprivate var kindOfSymbol: [UInt8] = []
        fileprivate var importable: [Bool] = []
        fileprivate var rowIDs: [Int64] = []
        fileprivate var inline: [IndexedSymbol] = []

        init() {}

        mutating func file(_ path: String) -> Int32 {
            if let index = fileIndexes[path] { return index }
            files.append(path)
            fileIndexes[path] = Int32(files.count - 1)
            return Int32(files.count - 1)
        }

        mutating func name(_ name: String) -> Int32 {
            if let index = nameIndexes[name] { return index }
            names.append(name)
            nameIndexes[name] = Int32(names.count - 1)
            return Int32(names.count - 1)
        }

        mutating func kind(_ kind: String) -> UInt8 {
            if let index = kindIndexes[kind] { return index }
            precondition(kinds.count < 256, "more than 256 symbol kinds")
            kinds.append(kind)
            kindRanks.append(SymbolRanking.kindRank(kind))
            importableKind.append(SymbolColumns.importableKinds.contains(kind))
            kindIndexes[kind] = UInt8(kinds.count - 1)
            return UInt8(kinds.count - 1)
        }

        /// A symbol of the index database (`rowID`) or held in memory (`symbol`), never both kinds in one table.
        /// - Parameter topLevelExported: the symbol has no container and is exported.
        mutating func add(name: Int32, kind: UInt8, file: Int32, line: Int, topLevelExported: Bool, rowID: Int64?, symbol: IndexedSymbol?) {
            precondition((rowID == nil) != (symbol == nil) && (rowID == nil ? rowIDs.isEmpty : inline.isEmpty),
                         "a table holds rows of the database or rows in memory, not both")
            nameOfSymbol.append(name)
            fileOfSymbol.append(file)
            lines.append(Int32(clamping: line))
            kindOfSymbol.append(kind)
            importable.append(topLevelExported && importableKind[Int(kind)])
            if let rowID { rowIDs.append(rowID) }
            if let symbol { inline.append(symbol) }
        }

        mutating func add(_ row: (symbol: IndexedSymbol, file: String)) {
            let s = row.symbol
            add(name: name(s.name), kind: kind(s.kind), file: file(row.file), line: s.line,
                topLevelExported: s.container == nil && s.exported, rowID: nil, symbol: s)
        }

        /// Every symbol of `columns` except those of the files in `hidden`.
        mutating func add(_ columns: SymbolColumns, hiding hidden: Set<String>) {
            // Names and files are taken when a symbol needs them, so that those left without
            // symbols are dropped.
            var nameMap = [Int32](repeating: -1, count: columns.names.count)
            var fileMap = [Int32](repeating: -1, count: columns.files.count)
            let hiddenFile = columns.files.map(hidden.contains)
            let kindMap = columns.kinds.map { kind($0) }
            let nameCount = columns.names.count
            for rank in 0..<SymbolColumns.kindRankCount {
                for name in 0..<nameCount {
                    let run = rank * nameCount + name
                    for index in Int(columns.runs[run])..<Int(columns.runs[run + 1]) {
                        let oldFile = Int(columns.fileOfSymbol[index])
                        guard !hiddenFile[oldFile] else { continue }
                        if fileMap[oldFile] < 0 { fileMap[oldFile] = file(columns.files[oldFile]) }
                        if nameMap[name] < 0 { nameMap[name] = self.name(columns.names.name(Int32(name))) }
                        nameOfSymbol.append(nameMap[name])
                        fileOfSymbol.append(fileMap[oldFile])
                        lines.append(columns.lines[index])
                        kindOfSymbol.append(kindMap[Int(columns.kindOfSymbol[index])])
                        importable.append(columns.importable[index])
                        if columns.isStored { rowIDs.append(columns.rowIDs[index]) } else { inline.append(columns.inline[index]) }
                    }
                }
            }
            precondition(rowIDs.isEmpty || inline.isEmpty, "a table holds rows of the database or rows in memory, not both")
        }

        /// Sorts the symbols into result order and indexes their names.
        func build() -> SymbolColumns {
            // Names in result order: shorter first, then by `String` order.
            let byName = names.indices.sorted { a, b in
                let x = names[a], y = names[b]
                return x.utf8.count != y.utf8.count ? x.utf8.count < y.utf8.count : x < y
            }
            var nameOrder = [Int32](repeating: 0, count: names.count)
            for (position, name) in byName.enumerated() { nameOrder[name] = Int32(position) }
            var fileOrder = [Int32](repeating: 0, count: files.count)
            for (position, file) in files.indices.sorted(by: { files[$0] < files[$1] }).enumerated() { fileOrder[file] = Int32(position) }
            // One integer key per symbol: rank, name and file, then line and arrival.
            struct Key: Comparable {
                let high: UInt64, low: UInt64
                static func < (a: Key, b: Key) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
            }
            var keys: [Key] = []
            keys.reserveCapacity(lines.count)
            for entry in lines.indices {
                keys.append(Key(high: UInt64(kindRanks[Int(kindOfSymbol[entry])]) << 62 | UInt64(nameOrder[Int(nameOfSymbol[entry])]) << 31
                                    | UInt64(fileOrder[Int(fileOfSymbol[entry])]),
                                low: UInt64(UInt32(bitPattern: lines[entry] ^ Int32.min)) << 32 | UInt64(entry)))
            }
            keys.sort()
            return SymbolColumns(builder: self, order: keys.map { Int($0.low & 0xFFFF_FFFF) }, nameOrder: nameOrder,
                                 sortedNames: byName.map { names[$0] })
        }
    }
}
