@testable import CodePalStore
import XCTest

/// The table kept current file by file must answer exactly as one built from scratch.
final class SymbolTableTests: XCTestCase {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    let words = ["get", "set", "user", "User", "load", "parse", "HTTP", "client", "Cart", "add", "item", "value", "_private", "ab"]
    let kinds = ["class", "function", "method", "constant", "variable", "field", "interface"]

    func rows(for file: String, count: Int, _ random: inout Generator) -> [(symbol: IndexedSymbol, file: String)] {
        (0..<count).map { line in
            let name = (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? "_" : "")
            var symbol = IndexedSymbol(name: name, kind: kinds.randomElement(using: &random)!, container: Bool.random(using: &random) ? nil : "Owner",
                                       line: line + 1, column: 0, endLine: line + 1, utf16Column: 0, utf8Column: 0)
            symbol.exported = Bool.random(using: &random)
            return (symbol, file)
        }
    }

    func answers(_ table: SymbolTable) -> [String] {
        var out: [String] = []
        for query in ["", "g", "us", "gu", "Cart", "hc", "par", "ab", "xyz"] {
            let choices: [(kind: String?, importable: Bool)] = [(nil, false), ("function", false), (nil, true)]
            for options in choices {
                out.append("\(query) \(options): " + table.search(query, kind: options.kind, limit: 60, importableOnly: options.importable)
                    .map { "\($0.file):\($0.symbol.line):\($0.symbol.name):\($0.quality)" }.joined(separator: " "))
            }
            out.append("\(query) near: " + table.search(query, near: "b/x.py", limit: 30).map { "\($0.file):\($0.symbol.line)" }.joined(separator: " "))
        }
        return out
    }

    func testReplacingFilesAnswersLikeARebuild() {
        // Overlay only; folded into the base after every change; folded now and then.
        for foldAt in [Int.max, 0, 60] { check(foldAt: foldAt) }
    }

    func check(foldAt: Int) {
        var random = Generator(state: 42)
        var byFile: [String: [(symbol: IndexedSymbol, file: String)]] = [:]
        for index in 0..<30 {
            let file = "\(index % 3 == 0 ? "a" : "b")/f\(index).py"
            byFile[file] = rows(for: file, count: Int.random(in: 0...40, using: &random), &random)
        }
        var table = SymbolTable(rows: byFile.values.flatMap { $0 })
        for round in 0..<40 {
            // Change, add or remove a few files at a time.
            var changed: Set<String> = []
            var added: [(symbol: IndexedSymbol, file: String)] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let file = "\(Bool.random(using: &random) ? "a" : "b")/f\(Int.random(in: 0..<36, using: &random)).py"
                changed.insert(file)
                if round % 5 == 4 {
                    byFile[file] = nil
                } else {
                    byFile[file] = rows(for: file, count: Int.random(in: 0...25, using: &random), &random)
                }
            }
            for file in changed { added += byFile[file] ?? [] }
            table = table.replacing(files: changed, with: added, foldAt: foldAt)
            let rebuilt = SymbolTable(rows: byFile.values.flatMap { $0 })
            XCTAssertEqual(table.count, rebuilt.count, "round \(round), folding at \(foldAt)")
            XCTAssertEqual(answers(table), answers(rebuilt), "round \(round), folding at \(foldAt)")
        }
    }
}
