import CodePalAnalysis
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// What a file takes from other workspace files by import, and passes on by re-export: the
/// links that references across files follow. Computed at index time and, for open documents,
/// at request time from the same scope graph.
public enum ModuleBindings {
    /// The bindings of a file whose import module resolves to a workspace file.
    public static func bindings(path: String, root: String, tree: SyntaxTree, text: SourceText, graph: ScopeGraph) -> [IndexedBinding] {
        guard let imports = tree.language.manifest.imports else { return [] }
        let resolver = ModuleResolver(root: root)
        var result: [IndexedBinding] = []
        for (index, definition) in graph.definitions.enumerated() {
            guard let info = definition.importInfo, let name = info.isDefault ? "default" : info.importedName,
                  let module = resolver.resolve(info.module, from: path, imports: imports) else { continue }
            // Module-level Python imports can be imported from this module in turn.
            let exported = imports.style == .dotted && graph.scopes[definition.scope].parent == nil
            result.append(IndexedBinding(name: name, target: WorkspacePaths.relative(module, to: root), exported: exported,
                                         occurrences: graph.occurrences(of: index).map { StoredRange($0, in: text) }))
        }
        // `cart.New` where `cart` is an imported workspace package: a binding of `New` from the
        // package's folder, with every such occurrence.
        var moduleOf: [Int: String?] = [:]
        var memberUses: [String: (name: String, target: String, occurrences: [StoredRange])] = [:]
        var order: [String] = []
        for member in graph.members {
            guard let object = member.object, let info = graph.definitions[object].importInfo, info.importedName == nil else { continue }
            if moduleOf[object] == nil {
                moduleOf[object] = resolver.resolve(info.module, from: path, imports: imports).map { WorkspacePaths.relative($0, to: root) }
            }
            guard let target = moduleOf[object] ?? nil else { continue }
            let key = target + "\u{0}" + member.name
            if memberUses[key] == nil { order.append(key); memberUses[key] = (member.name, target, []) }
            memberUses[key]?.occurrences.append(StoredRange(member.range, in: text))
        }
        for key in order {
            let use = memberUses[key]!
            result.append(IndexedBinding(name: use.name, target: use.target, exported: false, occurrences: use.occurrences))
        }
        if imports.style == .path {
            for (module, name) in reExports(tree: tree, text: text) {
                guard let target = resolver.resolve(module, from: path, imports: imports) else { continue }
                result.append(IndexedBinding(name: name ?? "*", target: WorkspacePaths.relative(target, to: root), exported: true, occurrences: []))
            }
        }
        return result
    }

    /// `export { a, b as c } from './m'` and `export * from './m'` at the top of an ECMAScript
    /// module: (module, exported name or nil for `*`). They bind nothing locally, so the scope
    /// graph has no definition for them.
    public static func reExports(tree: SyntaxTree, text: SourceText) -> [(module: String, name: String?)] {
        var result: [(String, String?)] = []
        for statement in tree.root.namedChildren where statement.kind == "export_statement" {
            guard let source = statement.child(field: "source") else { continue }
            let module = unquoted(source.text(in: text.bytes))
            var named = false
            for clause in statement.namedChildren where clause.kind == "export_clause" {
                named = true
                for specifier in clause.namedChildren where specifier.kind == "export_specifier" {
                    if let exported = specifier.child(field: "alias") ?? specifier.child(field: "name") {
                        result.append((module, exported.text(in: text.bytes)))
                    }
                }
            }
            if !named { result.append((module, nil)) }
        }
        return result
    }

    /// The name tokens of `export { name } from ...` and `export { name as other } from ...`.
    public static func reExportSpecifiers(of name: String, tree: SyntaxTree, text: SourceText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for statement in tree.root.namedChildren where statement.kind == "export_statement" && statement.child(field: "source") != nil {
            for clause in statement.namedChildren where clause.kind == "export_clause" {
                for specifier in clause.namedChildren where specifier.kind == "export_specifier" {
                    if let token = specifier.child(field: "name"), token.text(in: text.bytes) == name { result.append(token.byteRange) }
                }
            }
        }
        return result
    }

    static func unquoted(_ literal: String) -> String {
        var s = Substring(literal)
        if let first = s.first, first == "\"" || first == "'" || first == "`" { s = s.dropFirst() }
        if let last = s.last, last == "\"" || last == "'" || last == "`" { s = s.dropLast() }
        return String(s)
    }
}
