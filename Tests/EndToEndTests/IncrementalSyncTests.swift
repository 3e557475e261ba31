import Foundation
import XCTest

/// Long seeded sequences of incremental edits (multi-byte characters, CRLF, lone CR, ranges
/// spanning lines, positions in every encoding). After every few edits the edited document must
/// give the same diagnostics and symbols as a fresh document opened with the text the client
/// believes it has, which checks both the server's text model and its incremental reparse.
final class IncrementalSyncTests: EndToEndTestCase {
    /// A document as the client sees it, with LSP line splitting (`\n`, `\r\n`, lone `\r`).
    struct Model {
        var scalars: [Unicode.Scalar]

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        var text: String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            return String(s)
        }

        /// Scalar offsets of each line's start and content end.
        var lines: [(start: Int, end: Int)] {
            var result: [(Int, Int)] = []
            var start = 0
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                if c == "\n" {
                    result.append((start, i)); start = i + 1
                } else if c == "\r" {
                    result.append((start, i))
                    if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            result.append((start, scalars.count))
            return result
        }

        static func units(_ scalar: Unicode.Scalar, _ encoding: String) -> Int {
            switch encoding {
            case "utf-8": return String(scalar).utf8.count
            case "utf-16": return scalar.value > 0xFFFF ? 2 : 1
            default: return 1
            }
        }

        /// The LSP position of a scalar offset that lies on a line (not inside a CRLF).
        func position(line: Int, scalarColumn: Int, _ encoding: String) -> Pos {
            let start = lines[line].start
            let character = scalars[start..<start + scalarColumn].reduce(0) { $0 + Self.units($1, encoding) }
            return Pos(line, character)
        }

        mutating func replace(from: (line: Int, column: Int), to: (line: Int, column: Int), with text: String) {
            let lines = self.lines
            let a = lines[from.line].start + from.column
            let b = lines[to.line].start + to.column
            scalars.replaceSubrange(a..<b, with: Array(text.unicodeScalars))
        }
    }

    /// Deterministic generator (SplitMix64) so that a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    private func pull(_ client: LSPClient, _ uri: String) throws -> [String] {
        let report = try client.result("textDocument/diagnostic", ["textDocument": ["uri": uri]])
        return (report["items"].array ?? []).map { "\($0.range.map(String.init(describing:)) ?? "?") \($0["message"].string ?? "?")" }
    }

    private func outline(_ client: LSPClient, _ uri: String) throws -> [String] {
        func walk(_ list: JSONValue, _ depth: Int) -> [String] {
            (list.array ?? []).flatMap { item -> [String] in
                let line = "\(depth) \(item["name"].string ?? "?") \(item["kind"].int ?? -1) \(item.range.map(String.init(describing:)) ?? "?") \(LSPRange(item["selectionRange"]).map(String.init(describing:)) ?? "?")"
                return [line] + walk(item["children"], depth + 1)
            }
        }
        return walk(try documentSymbols(client, uri), 0)
    }

    private func run(language: String, ext: String, initial: String, inserts: [String], encoding: String, seed: UInt64,
                     steps: Int = 400, checkEvery: Int = 10) throws {
        let client = try server(encodings: [encoding], pullDiagnostics: true)
        let uri = "file:///tmp/x/edited.\(ext)"
        var model = Model(initial)
        var random = Random(state: seed)
        try open(client, uri, language, initial)
        var log: [String] = []
        for step in 1...steps {
            let lines = model.lines
            let startLine = random.below(lines.count)
            let startColumn = random.below(lines[startLine].end - lines[startLine].start + 1)
            var endLine = startLine
            var endColumn = startColumn
            switch random.below(4) {
            case 0: // pure insertion
                break
            case 1, 2: // short deletion or replacement on the line
                endColumn = min(lines[startLine].end - lines[startLine].start, startColumn + random.below(4))
            default: // across lines
                endLine = min(lines.count - 1, startLine + random.below(3))
                let length = lines[endLine].end - lines[endLine].start
                endColumn = endLine == startLine ? max(startColumn, min(length, startColumn + random.below(4))) : random.below(length + 1)
            }
            let text = random.below(3) == 0 ? "" : random.pick(inserts)
            let range = LSPRange(model.position(line: startLine, scalarColumn: startColumn, encoding),
                                 model.position(line: endLine, scalarColumn: endColumn, encoding))
            log.append("v\(step + 1): \(range) <- \(text.debugDescription)")
            model.replace(from: (startLine, startColumn), to: (endLine, endColumn), with: text)
            try change(client, uri, version: step + 1, range, text)
            if step % checkEvery == 0 || step == steps {
                let fresh = "file:///tmp/x/fresh-\(step).\(ext)"
                try open(client, fresh, language, model.text)
                let edited = try pull(client, uri)
                let expected = try pull(client, fresh)
                let context = "seed \(seed), \(encoding), after step \(step); text now \(model.text.debugDescription)\nlast edits:\n\(log.suffix(checkEvery).joined(separator: "\n"))"
                XCTAssertEqual(edited, expected, "diagnostics of the edited document differ from a fresh parse; \(context)")
                XCTAssertEqual(try outline(client, uri), try outline(client, fresh), "symbols differ; \(context)")
                try close(client, fresh)
                if edited != expected { return }
            }
        }
    }

    private let pythonInitial = "# café ☕\r\nclass Cart:\r\n    def add(self, item):\r\n        self.items = [item, \"😀\"]\r\n\r\ndef total(xs):\n    return sum(xs)\rprint(total([1, 2]))\n"
    private let pythonInserts = ["x", "😀", "é", "(", ")", "[", "]", ",", " ", "\n", "\r\n", "\r", "    ", ":", "\"", "def g():\n    pass\n", "ab😀cd", "𝒳", "class K:\r\n    y = 1\r\n", "# 😀😀\n"]
    private let jsInitial = "// naïve 😀\r\nclass A {\r\n  m() { return \"😀\"; }\r\n}\nfunction g(a, b) {\n  return (a + b);\n}\rconst h = () => 1;\n"
    private let jsInserts = ["x", "😀", "é", "(", ")", "{", "}", ";", " ", "\n", "\r\n", "\r", "  ", "\"", "`", "function f() {}\n", "ab😀cd", "𝒳", "class B { n() {} }\r\n", "/* 😀 */"]

    func testPythonEditsUTF16() throws {
        try run(language: "python", ext: "py", initial: pythonInitial, inserts: pythonInserts, encoding: "utf-16", seed: 1)
    }

    func testPythonEditsUTF8() throws {
        try run(language: "python", ext: "py", initial: pythonInitial, inserts: pythonInserts, encoding: "utf-8", seed: 2)
    }

    func testPythonEditsUTF32() throws {
        try run(language: "python", ext: "py", initial: pythonInitial, inserts: pythonInserts, encoding: "utf-32", seed: 3)
    }

    func testJavaScriptEditsUTF16() throws {
        try run(language: "javascript", ext: "js", initial: jsInitial, inserts: jsInserts, encoding: "utf-16", seed: 4)
    }

    func testJavaScriptEditsUTF8() throws {
        try run(language: "javascript", ext: "js", initial: jsInitial, inserts: jsInserts, encoding: "utf-8", seed: 5)
    }

    func testTypeScriptEditsUTF16() throws {
        let initial = "interface I { x: number }\r\ntype T = \"😀\";\nenum E { A, B }\rfunction f(a: T): E { return E.A; }\n"
        try run(language: "typescript", ext: "ts", initial: initial, inserts: jsInserts + [": number", "<T>", "interface J {}\n"], encoding: "utf-16", seed: 6)
    }
}
