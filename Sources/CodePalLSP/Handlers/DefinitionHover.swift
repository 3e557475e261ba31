import CodePalAnalysis
import CodePalIDE
import CodePalSyntax
import Foundation

/// Hover on a name: what it refers to, as declared (signature), its documentation, and where it
/// lives (container and file). Definitions come from the navigator, so imported names describe
/// the definition in the other file.
enum DefinitionHover {
    struct Result {
        let markdown: String
        /// The hovered name in the current file.
        let range: Range<Int>
    }

    static func describe(_ navigator: WorkspaceNavigator, path: String, offset: Int) -> Result? {
        guard let here = navigator.file(path) else { return nil }
        let hovered: Range<Int>
        if let local = here.graph.definition(at: offset) {
            hovered = hoveredRange(here.graph, local: local, offset: offset)
        } else if let member = here.graph.member(at: offset) {
            // `pkg.Name` of an imported package, or a name another file of the package defines.
            hovered = here.graph.members[member].range
        } else if let reference = here.graph.reference(at: offset) {
            hovered = here.graph.references[reference].range
        } else if here.tree.language.manifest.conventions?.unboundNamesAreGlobals == true, let word = navigator.wordRange(path: path, offset: offset) {
            // A method called on an object (`cart.add`): described by name from the index.
            hovered = word
        } else {
            return nil
        }
        let byName = here.tree.language.manifest.conventions?.unboundNamesAreGlobals ?? false
        let targets = navigator.definition(path: path, offset: offset, byNameFromIndex: byName)
        guard let target = targets.first, let file = navigator.file(target.path) else { return nil }
        let fence = file.tree.language.manifest.language == "tsx" ? "typescript" : file.tree.language.manifest.language
        let location = "\(displayPath(target.path, navigator)):\(file.text.position(of: target.range.lowerBound, in: .utf32).line + 1)"
        let symbols = file.outline
        if let (symbol, containers) = find(target.range, in: symbols, containers: []) {
            var lines = ["```\(fence)", symbol.signature ?? symbol.name, "```"]
            if let documentation = symbol.documentation {
                lines += ["", documentation]
            } else if let (documentation, declaration) = documentation(of: symbol.name, amongst: targets.dropFirst(), navigator) {
                // A C function documented where it is declared (the header), not where it is defined.
                lines += ["", documentation, "", "*documented in \(displayPath(declaration, navigator))*"]
            }
            let container = containers.isEmpty ? "" : " in `\(containers.joined(separator: "."))`"
            lines += ["", "*\(symbol.kind.rawValue)\(container)\(symbol.exported ? ", exported" : "") — \(location)*"]
            return Result(markdown: lines.joined(separator: "\n"), range: hovered)
        }
        // A local: parameter, variable, loop target, import without a workspace definition.
        guard let definition = file.graph.definitions.first(where: { $0.nameRange == target.range }) else { return nil }
        let statement = firstLine(file.text, definition.range)
        var lines = ["```\(fence)", "(\(definition.kind)) \(definition.name)", "```"]
        if let info = definition.importInfo {
            lines += ["", "from `\(info.module)`"]
        } else if !statement.isEmpty, statement != definition.name {
            lines += ["", "`\(statement)`"]
        }
        lines += ["", "*\(location)*"]
        return Result(markdown: lines.joined(separator: "\n"), range: hovered)
    }

    /// The documentation of another definition of the same name (a declaration in a header).
    private static func documentation(of name: String, amongst targets: ArraySlice<SourceLocation>,
                                      _ navigator: WorkspaceNavigator) -> (String, String)? {
        for other in targets {
            guard let file = navigator.file(other.path), let (symbol, _) = find(other.range, in: file.outline, containers: []),
                  symbol.name == name, let documentation = symbol.documentation else { continue }
            return (documentation, other.path)
        }
        return nil
    }

    private static func hoveredRange(_ graph: ScopeGraph, local: Int, offset: Int) -> Range<Int> {
        graph.occurrences(of: local).first { $0.contains(offset) || $0.upperBound == offset } ?? graph.definitions[local].nameRange
    }

    private static func find(_ range: Range<Int>, in symbols: [DocumentSymbol], containers: [String]) -> (DocumentSymbol, [String])? {
        for symbol in symbols {
            if symbol.selectionRange == range { return (symbol, containers) }
            // Members listed under a type may lie outside its range (Go's methods).
            if let found = find(range, in: symbol.children, containers: containers + [symbol.name]) {
                return found
            }
        }
        return nil
    }

    private static func firstLine(_ text: SourceText, _ range: Range<Int>) -> String {
        let bytes = text.bytes[range.clamped(to: 0..<text.count)]
        let line = bytes.prefix { $0 != 0x0A }
        let value = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return value.count > 120 ? String(value.prefix(119)) + "…" : value
    }

    private static func displayPath(_ path: String, _ navigator: WorkspaceNavigator) -> String {
        navigator.relativePath(path)
    }
}
