import CodePalAnalysis
import CodePalSyntax

/// Parameters and local variables of a file, as index rows: the names a function binds, each
/// once per scope (its first binding), with the qualified name of the function that holds it
/// (`Cart.add` for a parameter of method `add`). Module- and class-level names are symbols
/// already and are not repeated here.
enum LocalDefinitions {
    static let kinds: Set<String> = ["parameter", "variable", "constant", "result"]

    static func rows(graph: ScopeGraph, outline: [DocumentSymbol], text: SourceText) -> [IndexedSymbol] {
        var seen: Set<String> = []
        var rows: [IndexedSymbol] = []
        var containers = Containers(outline)
        let order = graph.definitions.indices.sorted { graph.definitions[$0].nameRange.lowerBound < graph.definitions[$1].nameRange.lowerBound }
        for index in order {
            let definition = graph.definitions[index]
            guard kinds.contains(definition.kind) else { continue }
            let scope = graph.scopes[definition.scope]
            guard scope.kind != "module", scope.kind != "class",
                  seen.insert("\(definition.scope)\u{0}\(definition.name)").inserted else { continue }
            let start = text.position(of: definition.nameRange.lowerBound, in: .utf32)
            let start16 = text.position(of: definition.nameRange.lowerBound, in: .utf16)
            let lineStart = text.lines.lineStarts[start.line]
            let end = text.position(of: max(definition.range.lowerBound, definition.range.upperBound - 1), in: .utf32)
            rows.append(IndexedSymbol(name: definition.name, kind: definition.kind == "parameter" ? "parameter" : "local",
                                      container: containers.innermost(at: definition.nameRange.lowerBound),
                                      line: start.line + 1, column: start.character + 1, endLine: max(end.line, start.line) + 1,
                                      utf16Column: start16.character + 1,
                                      utf8Column: definition.nameRange.lowerBound - lineStart + 1))
        }
        return rows
    }

    /// The functions and methods of an outline with their qualified names, in document order,
    /// answering "which one holds this offset" for ascending offsets in one sweep (nested code
    /// thousands of levels deep stays linear).
    struct Containers {
        private var functions: [(range: Range<Int>, name: String)] = []
        private var next = 0
        private var open: [(range: Range<Int>, name: String)] = []

        init(_ outline: [DocumentSymbol]) {
            var pending: [(symbol: DocumentSymbol, qualified: String)] = outline.reversed().map { ($0, $0.name) }
            while let (symbol, qualified) = pending.popLast() {
                if [.function, .method, .constructor].contains(symbol.kind) { functions.append((symbol.range, qualified)) }
                pending += symbol.children.reversed().map { ($0, qualified + "." + $0.name) }
            }
            functions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }

        /// Offsets must come in ascending order.
        mutating func innermost(at offset: Int) -> String? {
            while next < functions.count, functions[next].range.lowerBound <= offset {
                while let last = open.last, !last.range.contains(functions[next].range.lowerBound) { open.removeLast() }
                open.append(functions[next])
                next += 1
            }
            while let last = open.last, !last.range.contains(offset) { open.removeLast() }
            return open.last?.name
        }
    }
}
