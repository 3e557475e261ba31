import CodePalAnalysis
import CodePalSyntax

/// Parameters and local variables of a file, as index rows: the names a function binds, each
/// once per scope (its first binding), with the qualified name of the function that holds it
/// (`Cart.add` for a parameter of method `add`). Module- and class-level names are symbols
/// already and are not repeated here.
enum LocalDefinitions {
    static let kinds: Set<String> = ["parameter", "variable", "constant"]

    static func rows(graph: ScopeGraph, outline: [DocumentSymbol], text: SourceText) -> [IndexedSymbol] {
        var seen: Set<String> = []
        var rows: [IndexedSymbol] = []
        for definition in graph.definitions where kinds.contains(definition.kind) {
            let scope = graph.scopes[definition.scope]
            guard scope.kind != "module", scope.kind != "class",
                  seen.insert("\(definition.scope)\u{0}\(definition.name)").inserted else { continue }
            let start = text.position(of: definition.nameRange.lowerBound, in: .utf32)
            let start16 = text.position(of: definition.nameRange.lowerBound, in: .utf16)
            let lineStart = text.lines.lineStarts[start.line]
            let end = text.position(of: max(definition.range.lowerBound, definition.range.upperBound - 1), in: .utf32)
            rows.append(IndexedSymbol(name: definition.name, kind: definition.kind == "parameter" ? "parameter" : "local",
                                      container: container(of: definition.nameRange.lowerBound, in: outline),
                                      line: start.line + 1, column: start.character + 1, endLine: max(end.line, start.line) + 1,
                                      utf16Column: start16.character + 1,
                                      utf8Column: definition.nameRange.lowerBound - lineStart + 1))
        }
        return rows
    }

    /// The qualified name of the innermost function or method around `offset`, nil outside any.
    static func container(of offset: Int, in outline: [DocumentSymbol]) -> String? {
        var symbols = outline
        var path: [String] = []
        var best: String?
        while let next = symbols.first(where: { $0.range.contains(offset) }) {
            path.append(next.name)
            if [.function, .method, .constructor].contains(next.kind) { best = path.joined(separator: ".") }
            symbols = next.children
        }
        return best
    }
}
