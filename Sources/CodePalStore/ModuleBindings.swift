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
        let conventions = tree.language.manifest.conventions
        let reExportSignature = conventions?.exports == .signaturePattern ? conventions?.exportedSignatures : nil
        var result: [IndexedBinding] = []
        for (index, definition) in graph.definitions.enumerated() {
            guard let info = definition.importInfo, let name = info.isDefault ? "default" : info.importedName,
                  let module = resolver.resolve(info.module, from: path, imports: imports) else { continue }
            // Module-level Python imports can be imported from this module in turn, and so can
            // those whose statement has the language's export signature (Rust's `pub use`).
            let exported = graph.scopes[definition.scope].parent == nil
                && (imports.style == .dotted || reExportSignature.map { signature in
                    let statement = String(decoding: text.bytes[definition.range.clamped(to: 0..<text.count)], as: UTF8.self)
                    return statement.range(of: signature, options: .regularExpression) != nil
                } ?? false)
            result.append(IndexedBinding(name: name, target: WorkspacePaths.relative(module, to: root), exported: exported,
                                         occurrences: graph.occurrences(of: index).map { StoredRange($0, in: text) }))
        }
        // `cart.New` where `cart` is an imported workspace package: a binding of `New` from the
        // package's folder, with every such occurrence.
        var moduleOf: [Int: String?] = [:]
        var memberUses: [String: (name: String, target: String, occurrences: [StoredRange])] = [:]
        var order: [String] = []
        for member in graph.members {
            guard let object = member.object, let info = graph.definitions[object].importInfo else { continue }
            if moduleOf[object] == nil {
                moduleOf[object] = Self.importedModule(info, from: path, resolver: resolver, imports: imports).map { WorkspacePaths.relative($0, to: root) }
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

    /// The workspace file of a module an import binds: `import "shop/cart"`, `mod cart;`, or a
    /// name that is itself a module of a `module-path` language (`use shop::price;`).
    public static func importedModule(_ info: ScopeGraph.ImportInfo, from path: String, resolver: ModuleResolver, imports: LanguageManifest.Imports) -> String? {
        guard let name = info.importedName else { return resolver.resolve(info.module, from: path, imports: imports) }
        guard imports.style == .modulePath, let separator = imports.separator,
              let full = resolver.resolve(info.module + separator + name, from: path, imports: imports),
              full != resolver.resolve(info.module, from: path, imports: imports) else { return nil }
        return full
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
