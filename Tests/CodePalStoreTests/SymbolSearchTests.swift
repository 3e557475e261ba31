@testable import CodePalStore
import XCTest

/// Search through the name index must answer exactly as ranking every symbol does, and a table
/// read from the database exactly as one held in memory.
final class SymbolSearchTests: XCTestCase {
    typealias Rows = [(symbol: IndexedSymbol, file: String)]

    let words = ["get", "set", "user", "User", "load", "parse", "HTTP", "client", "Cart", "add", "item", "value", "_private", "ab", "x", "é"]
    let kinds = ["class", "function", "method", "constant", "variable", "field", "interface", "module"]

    func rows(_ random: inout SymbolTableTests.Generator, files: Int, symbols: ClosedRange<Int>) -> [String: Rows] {
        var byFile: [String: Rows] = [:]
        for index in 0..<files {
            let file = "\(["a", "b", "a/c"][index % 3])/f\(index).py"
            // Lines are unique within a file, so that no two results tie, and out of order.
            let count = Int.random(in: symbols, using: &random)
            let lines = Array(1..<(count + 1)).shuffled(using: &random)
            byFile[file] = lines.map { line in
                let name = (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }
                    .joined(separator: Bool.random(using: &random) ? "_" : "")
                var symbol = IndexedSymbol(name: name, kind: kinds.randomElement(using: &random)!, container: Bool.random(using: &random) ? nil : "Owner",
                                           line: line, column: line + 1, endLine: line + 2,
                                           utf16Column: line + 1, utf8Column: line + 1)
                symbol.exported = Bool.random(using: &random)
                symbol.signature = "def \(name)()"
                symbol.documentation = Bool.random(using: &random) ? nil : "About \(name)."
                return (symbol, file)
            }
        }
        return byFile
    }

    static let queries = ["", "g", "u", "us", "gu", "gus", "Cart", "ca", "hc", "httpc", "par", "ab", "x", "xx", "é", "ge_", "ia", "gpv", "tv", "xyz"]

    /// Every field a result carries, so that details read from the database are checked too.
    func describe(_ matches: [SymbolMatch]) -> [String] {
        matches.map { m in
            let s = m.symbol
            return "\(m.file):\(s.line):\(s.column):\(s.name):\(s.kind):\(s.container ?? "-"):\(s.exported):\(s.signature ?? "-"):\(s.documentation ?? "-"):\(m.quality)"
        }
    }

    func testSearchAgreesWithRankingEverySymbol() {
        var random = SymbolTableTests.Generator(state: 3)
        let all = rows(&random, files: 40, symbols: 0...60).values.flatMap { $0 }
        let table = SymbolTable(rows: all)
        XCTAssertEqual(table.count, all.count)
        for query in Self.queries {
            for limit in [1, 7, 100, 10_000] {
                for (kind, importable) in [(nil, false), ("function", false), ("class", false), ("nothing", false), (nil, true)] as [(String?, Bool)] {
                    let candidates = all.filter { row in
                        (kind == nil || row.symbol.kind == kind)
                            && (!importable || (row.symbol.container == nil && row.symbol.exported && SymbolTable.importableKinds.contains(row.symbol.kind)))
                    }.map { SymbolMatch(symbol: $0.symbol, file: $0.file, quality: .subsequence) }
                    let expected = SymbolRanking.rank(candidates, query: query, near: nil, limit: limit)
                    XCTAssertEqual(describe(table.search(query, kind: kind, limit: limit, importableOnly: importable)), describe(expected),
                                   "\(query) limit \(limit) kind \(kind ?? "any") importable \(importable)")
                }
            }
            XCTAssertEqual(describe(table.search(query, near: "a/c/x.py", limit: 50)),
                           describe(SymbolRanking.rank(all.map { SymbolMatch(symbol: $0.symbol, file: $0.file, quality: .subsequence) },
                                                       query: query, near: "a/c/x.py", limit: 50)), "\(query) near")
        }
    }

    func testTableFromTheDatabaseAnswersLikeOneInMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-symbol-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase(path: folder.appendingPathComponent("index.sqlite").path)
        func indexed(_ file: String, _ rows: Rows) -> IndexedFile {
            IndexedFile(path: file, hash: "h", language: "python", symbols: rows.map(\.symbol))
        }
        var random = SymbolTableTests.Generator(state: 5)
        var byFile = rows(&random, files: 24, symbols: 0...40)
        try database.update(byFile.map { indexed($0.key, $0.value) })
        var table = try SymbolTable(database: database)
        func check(_ round: Int) throws {
            let memory = SymbolTable(rows: byFile.values.flatMap { $0 })
            let fresh = try SymbolTable(database: database)
            XCTAssertEqual(table.count, memory.count, "round \(round)")
            for query in Self.queries {
                let expected = describe(memory.search(query, limit: 80))
                XCTAssertEqual(describe(table.search(query, limit: 80)), expected, "round \(round): \(query)")
                XCTAssertEqual(describe(fresh.search(query, limit: 80)), expected, "round \(round): \(query), read again")
                XCTAssertEqual(describe(table.search(query, limit: 30, importableOnly: true)), describe(memory.search(query, limit: 30, importableOnly: true)),
                               "round \(round): \(query), importable")
            }
        }
        try check(0)
        // Files changed, added and removed, the table following from the database; folded now and then.
        for round in 1...12 {
            var changed: Set<String> = []
            var written: [IndexedFile] = [], deleted: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let file = "b/f\(Int.random(in: 0..<30, using: &random)).py"
                changed.insert(file)
            }
            for file in changed.sorted() {
                if round % 4 == 3 {
                    byFile[file] = nil
                    deleted.append(file)
                } else {
                    let replacement = rows(&random, files: 1, symbols: 0...30).values.first!.map { ($0.symbol, file) }
                    byFile[file] = replacement
                    written.append(indexed(file, replacement))
                }
            }
            try database.update(written, deleting: deleted)
            table = try table.replacing(files: changed, from: database, foldAt: round % 3 == 0 ? 0 : 200)
            try check(round)
        }
    }

    /// A row that changed in the database after the table was built is left out, not shown wrong.
    func testRowsChangedSinceTheTableWasBuiltAreLeftOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-symbol-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase(path: folder.appendingPathComponent("index.sqlite").path)
        let symbol = IndexedSymbol(name: "load_user", kind: "function", container: nil, line: 1, column: 1, endLine: 2)
        try database.update([IndexedFile(path: "a.py", hash: "1", language: "python", symbols: [symbol])])
        let table = try SymbolTable(database: database)
        XCTAssertEqual(table.search("load").map(\.symbol.name), ["load_user"])
        // The file re-indexed: its row is deleted and the new one may reuse the id.
        let renamed = IndexedSymbol(name: "load_account", kind: "function", container: nil, line: 1, column: 1, endLine: 2)
        try database.update([IndexedFile(path: "a.py", hash: "2", language: "python", symbols: [renamed])])
        XCTAssertEqual(table.search("load").map(\.symbol.name), [])
        XCTAssertEqual(try table.replacing(files: ["a.py"], from: database).search("load").map(\.symbol.name), ["load_account"])
    }
}
