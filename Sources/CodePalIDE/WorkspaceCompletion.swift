import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Completion candidates at a position of a file: names in scope, members after `.` (of the
/// current instance, of imported workspace modules, of locals whose class is evident from their
/// assignment or annotation), builtins, keywords, snippets, and workspace symbols not yet
/// imported (with the import to add). Ranked by `CompletionRanking`.
public struct WorkspaceCompletion {
    public struct Result {
        public let context: CompletionContext
        public let items: [CompletionRanking.Ranked]
        public let truncated: Bool
    }

    let navigator: WorkspaceNavigator
    let symbols: SymbolTable?
    let root: String?

    public init(navigator: WorkspaceNavigator, symbols: SymbolTable?, root: String?) {
        self.navigator = navigator
        self.symbols = symbols
        self.root = root.map { ($0 as NSString).standardizingPath }
    }

    public func complete(path: String, offset: Int, limit: Int = 100,
                         acceptance: (CompletionCandidate) -> Int = { _ in 0 }) -> Result? {
        guard let file = navigator.file(path) else { return nil }
        let data = CompletionData.of(file.tree.language)
        // In an import's module name or path: modules and folders, not names.
        if let paths = ModulePathCompletion.complete(file, offset: offset, root: root, data: data) {
            let candidates = paths.items.map { item -> CompletionCandidate in
                var candidate = CompletionCandidate(label: item.label, kind: .module, source: .scope)
                candidate.detail = item.isFolder ? "folder" : "module"
                return candidate
            }
            let ranked = CompletionRanking.rank(candidates, prefix: paths.prefix, cursor: offset, limit: limit)
            let context = CompletionContext(prefixRange: paths.range, prefix: paths.prefix, receiver: nil, receiverOffset: nil, suppressed: false)
            return Result(context: context, items: ranked.items, truncated: ranked.truncated)
        }
        let context = CompletionContext.at(offset, tree: file.tree, text: file.text, data: data)
        guard !context.suppressed else { return Result(context: context, items: [], truncated: false) }
        var candidates: [CompletionCandidate] = []
        if let receiver = context.receiver {
            candidates = members(of: receiver, at: context.receiverOffset, in: file, data: data)
        } else {
            candidates = scopeNames(file, offset: context.prefixRange.lowerBound, excluding: context.prefixRange)
            candidates += data.builtins.map { CompletionCandidate(label: $0, kind: .function, source: .builtin) }
            candidates += data.keywords.map { CompletionCandidate(label: $0, kind: .keyword, source: .keyword) }
            if !context.prefix.isEmpty {
                candidates += data.snippets.map { snippet in
                    var candidate = CompletionCandidate(label: snippet.label, kind: .snippet, source: .snippet)
                    candidate.detail = snippet.detail
                    candidate.snippet = snippet.body
                    return candidate
                }
            }
            if context.prefix.utf8.count >= 2 {
                let visible = Set(candidates.map(\.label))
                candidates += workspaceSymbols(matching: context.prefix, for: file, data: data).filter { !visible.contains($0.label) }
            }
        }
        let ranked = CompletionRanking.rank(candidates, prefix: context.prefix, cursor: offset, limit: limit, acceptance: acceptance)
        return Result(context: context, items: ranked.items, truncated: ranked.truncated)
    }

    // MARK: Names in scope

    private func scopeNames(_ file: WorkspaceNavigator.ParsedFile, offset: Int, excluding typed: Range<Int>) -> [CompletionCandidate] {
        let graph = file.graph
        var chain: [Int] = []
        var innermost = 0
        for (index, scope) in graph.scopes.enumerated() where scope.range.lowerBound <= offset && offset <= scope.range.upperBound { innermost = index }
        var current: Int? = innermost
        while let scope = current { chain.append(scope); current = graph.scopes[scope].parent }
        let outline = outlineIndex(file)
        return graph.visibleNames(at: offset).compactMap { index -> CompletionCandidate? in
            let definition = graph.definitions[index]
            guard definition.nameRange != typed, !definition.name.isEmpty else { return nil }
            var candidate = CompletionCandidate(label: definition.name, kind: Self.kind(definition.kind), source: .scope)
            candidate.scopeDistance = chain.firstIndex(of: definition.scope) ?? chain.count
            candidate.definitionOffset = definition.nameRange.lowerBound
            candidate.origin = file.path
            if let symbol = outline[definition.nameRange.lowerBound] {
                candidate.kind = Self.kind(symbol.kind)
                candidate.detail = symbol.signature
                candidate.documentation = symbol.documentation
            } else if let info = definition.importInfo {
                // An imported name describes itself by its definition in the workspace.
                if let target = navigator.definition(path: file.path, offset: definition.nameRange.lowerBound).first,
                   target.path != file.path, let symbol = outlineSymbol(at: target.range, in: target.path) {
                    candidate.kind = Self.kind(symbol.kind)
                    candidate.detail = symbol.signature
                    candidate.documentation = symbol.documentation
                    candidate.origin = target.path
                } else {
                    candidate.detail = "from \(info.module)"
                }
            }
            return candidate
        }
    }

    // MARK: Members

    private func members(of receiver: String, at offset: Int?, in file: WorkspaceNavigator.ParsedFile, data: CompletionData) -> [CompletionCandidate] {
        guard let offset, !receiver.isEmpty, !receiver.contains(".") else { return [] }
        if data.selfNames.contains(receiver) {
            guard let owner = enclosingClass(at: offset, in: file) else { return [] }
            return classMembers(owner.symbol, in: owner.path)
        }
        // A name: an imported module, a class, or a local whose class is evident.
        guard let local = file.graph.definition(at: offset) else { return [] }
        let definition = file.graph.definitions[local]
        if let target = navigator.definition(path: file.path, offset: offset).first {
            if target.range.isEmpty, let module = navigator.file(target.path) {
                // A package is every file of its folder, and others see only its exported names.
                guard let imports = module.tree.language.manifest.imports, imports.modulesAreFolders, let root else {
                    return module.outline.map { member($0, in: target.path) }
                }
                let files = [target.path] + ModuleResolver(root: root).packageSiblings(of: target.path, imports: imports)
                return files.compactMap { navigator.file($0) }.flatMap { file in
                    file.outline.filter(\.exported).map { member($0, in: file.path) }
                }
            }
            // `Cart::new`, `Status::Active`: a type's members, an enum's variants.
            if let found = outlineSymbol(at: target.range, in: target.path), found.kind.isTypeContainer || found.kind == .enum {
                return classMembers(found, in: target.path)
            }
        }
        // `struct item *p`, `Cart cart;`: the type the declaration writes before the name.
        if let declared = declaredType(of: definition, in: file, data: data),
           let target = navigator.definition(path: file.path, offset: declared).first,
           let found = outlineSymbol(at: target.range, in: target.path), found.kind.isTypeContainer {
            return classMembers(found, in: target.path)
        }
        // `cart = Cart(...)`, `const c = new Client()`, `cart: Cart`: the class named there.
        guard let className = evidentClass(of: definition, in: file) else {
            // `x = make()` where `make` is annotated to return a workspace class.
            guard let callee = assignedCall(of: definition, in: file), let (found, path) = returnedClass(calleeAt: callee.lowerBound, in: file) else { return [] }
            return classMembers(found, in: path)
        }
        // A class reopened in several files (Ruby) has the members of every definition.
        var result: [CompletionCandidate] = []
        for target in navigator.definition(path: file.path, offset: className.lowerBound) {
            guard let found = outlineSymbol(at: target.range, in: target.path), found.kind.isTypeContainer || found.kind == .enum else { continue }
            result += classMembers(found, in: target.path).filter { candidate in !result.contains { $0.label == candidate.label } }
        }
        guard result.isEmpty else { return result }
        // A standard type (`Vec::new()`, `String::from(...)`): the methods completion.json lists for it.
        let name = String(decoding: file.text.bytes[className], as: UTF8.self)
        return (data.typeMembers[name] ?? []).map { method in
            var candidate = CompletionCandidate(label: method, kind: .method, source: .member)
            candidate.detail = name
            return candidate
        }
    }

    /// Where the type's name starts in the declaration of `definition`, for languages that write
    /// the type first (`completion.json` `declaredTypes`): `item` in `struct item *p`.
    func declaredType(of definition: ScopeGraph.Definition, in file: WorkspaceNavigator.ParsedFile, data: CompletionData) -> Int? {
        guard let declared = data.declaredTypes, var node = file.tree.root.namedDescendant(covering: definition.nameRange) else { return nil }
        for _ in 0..<6 {
            guard let parent = node.parent else { return nil }
            node = parent
            if declared.kinds.contains(node.kind) { break }
        }
        guard declared.kinds.contains(node.kind), var type = node.child(field: declared.field) else { return nil }
        // `struct item`, `ns::Cart`, `Box<T>`: the type's own name.
        while let name = type.child(field: "name") { type = name }
        return type.startByte
    }

    /// The class name in `name = Class(...)`, `name = new Class(...)` or `name: Class`.
    func evidentClass(of definition: ScopeGraph.Definition, in file: WorkspaceNavigator.ParsedFile) -> Range<Int>? {
        let bytes = file.text.bytes
        var i = definition.nameRange.upperBound
        let end = min(bytes.count, max(definition.range.upperBound, i + 200))
        func skipSpaces() { while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        skipSpaces()
        guard i < end, bytes[i] == UInt8(ascii: "=") || bytes[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        // Go's `c := &Cart{}`.
        if i < end, bytes[i] == UInt8(ascii: "=") { i += 1 }
        skipSpaces()
        if i < end, bytes[i] == UInt8(ascii: "&") { i += 1 }
        if bytes[i..<min(end, i + 4)].elementsEqual("new ".utf8) { i += 4; skipSpaces() }
        // `Shop::Cart.new`, `ns::Cart()`, `shop::Cart::new()`: the class is the last capitalised
        // part of a `::` path (classes are capitalised by convention; Rust's associated
        // function after it is not).
        var found: Range<Int>?
        while true {
            let start = i
            while i < end, CompletionContext.isIdentifier(bytes[i]) { i += 1 }
            if i > start, bytes[start] >= 0x41, bytes[start] <= 0x5A { found = start..<i }
            guard i > start, i + 2 < end, bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: ":"),
                  CompletionContext.isIdentifier(bytes[i + 2]) else { break }
            i += 2
        }
        return found
    }

    /// The name called in `x = name(...)`, whatever its case.
    private func assignedCall(of definition: ScopeGraph.Definition, in file: WorkspaceNavigator.ParsedFile) -> Range<Int>? {
        let bytes = file.text.bytes
        var i = definition.nameRange.upperBound
        let end = min(bytes.count, max(definition.range.upperBound, i + 200))
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < end, bytes[i] == 0x20 { i += 1 }
        let start = i
        while i < end, CompletionContext.isIdentifier(bytes[i]) || bytes[i] == UInt8(ascii: ".") { i += 1 }
        guard i > start, i < end, bytes[i] == UInt8(ascii: "(") else { return nil }
        return start..<i
    }

    /// The workspace class a function's signature says it returns (`-> Cart`, `): Cart`).
    private func returnedClass(calleeAt offset: Int, in file: WorkspaceNavigator.ParsedFile) -> (DocumentSymbol, String)? {
        guard let target = navigator.definition(path: file.path, offset: offset).first,
              let function = outlineSymbol(at: target.range, in: target.path), [.function, .method].contains(function.kind),
              let signature = function.signature, let defining = navigator.file(target.path) else { return nil }
        let annotation = signature.range(of: "->").map { signature[$0.upperBound...] }
            ?? signature.range(of: "):", options: .backwards).map { signature[$0.upperBound...] }
        guard let name = annotation?.drop(while: { $0 == " " }).prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }),
              let first = name.first, first.isUppercase else { return nil }
        // The annotation's own position in the defining file, to resolve it there.
        let needle = Array(name.utf8)
        let bytes = defining.text.bytes
        var i = function.selectionRange.upperBound
        let end = min(bytes.count, function.range.upperBound)
        while i + needle.count <= end {
            if bytes[i..<i + needle.count].elementsEqual(needle), !CompletionContext.isIdentifier(bytes[i - 1]),
               i + needle.count >= bytes.count || !CompletionContext.isIdentifier(bytes[i + needle.count]) {
                guard let classTarget = navigator.definition(path: target.path, offset: i).first,
                      let symbol = outlineSymbol(at: classTarget.range, in: classTarget.path), symbol.kind.isTypeContainer else { return nil }
                return (symbol, classTarget.path)
            }
            i += 1
        }
        return nil
    }

    func enclosingClass(at offset: Int, in file: WorkspaceNavigator.ParsedFile) -> (symbol: DocumentSymbol, path: String)? {
        var best: DocumentSymbol?
        var level = file.outline
        while let next = level.first(where: { $0.range.contains(offset) }) {
            if next.kind == .class { best = next }
            level = next.children
        }
        return best.map { ($0, file.path) }
    }

    /// Fields and methods of a class, then of its workspace base classes (nearest first).
    private func classMembers(_ symbol: DocumentSymbol, in path: String, depth: Int = 0) -> [CompletionCandidate] {
        var result = symbol.children.filter { $0.kind != .class }.map { member($0, in: path) }
        guard depth < 3, let file = navigator.file(path), let signature = symbol.signature else { return result }
        for (part, partPath) in otherParts(of: symbol, in: file) {
            result += part.children.filter { child in child.kind != .class && !result.contains { $0.label == child.name } }.map { member($0, in: partPath) }
        }
        result += assignedFields(of: symbol, in: file).filter { name in !result.contains { $0.label == name } }.map { name in
            var candidate = CompletionCandidate(label: name, kind: .field, source: .member)
            candidate.origin = path
            return candidate
        }
        // Base classes: the names in the class header after its own name.
        let header = file.text.bytes[symbol.selectionRange.upperBound..<min(file.text.count, symbol.range.lowerBound + signature.utf8.count + 40)]
        var i = header.startIndex
        while i < header.endIndex {
            guard CompletionContext.isIdentifier(header[i]), header[i] >= 0x41, header[i] <= 0x5A else { i += 1; continue }
            let start = i
            while i < header.endIndex, CompletionContext.isIdentifier(header[i]) { i += 1 }
            if let target = navigator.definition(path: path, offset: start).first,
               let base = outlineSymbol(at: target.range, in: target.path), base.kind == .class, base.selectionRange != symbol.selectionRange {
                result += classMembers(base, in: target.path, depth: depth + 1).map { var c = $0; c.scopeDistance = depth + 1; return c }
            }
        }
        return result
    }

    /// The other parts of a type declared in parts: `partial class Cart` in two files of one
    /// namespace (C#), or a class reopened with the same containers (Ruby's `module Shop; class
    /// Cart` in two files); found through the index by name.
    func otherParts(of symbol: DocumentSymbol, in file: WorkspaceNavigator.ParsedFile) -> [(symbol: DocumentSymbol, path: String)] {
        let data = CompletionData.of(file.tree.language)
        func isPart(_ symbol: DocumentSymbol) -> Bool {
            if data.typesReopen { return true }
            let words = (symbol.signature ?? "").split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
            return words.contains { data.partialTypeModifiers.contains(String($0)) }
        }
        guard symbol.kind.isTypeContainer, data.typesReopen || !data.partialTypeModifiers.isEmpty, isPart(symbol),
              let containers = Self.containers(of: symbol, in: file.outline) else { return [] }
        let directive = file.tree.language.manifest.imports?.moduleDirective
        let namespace = directive.map { NamespaceScope.declared(in: file.text.string, directive: $0) }
        var parts: [(DocumentSymbol, String)] = []
        for location in navigator.indexedDefinitions(named: symbol.name, near: file.path)
        where !(location.path == file.path && location.range == symbol.selectionRange) {
            guard let other = navigator.file(location.path), let part = other.flatOutline.first(where: { $0.selectionRange == location.range }),
                  part.kind == symbol.kind, isPart(part), Self.containers(of: part, in: other.outline) == containers,
                  directive.map({ NamespaceScope.declared(in: other.text.string, directive: $0) }) == namespace else { continue }
            parts.append((part, location.path))
        }
        return parts
    }

    /// The names of the symbols around `symbol` in an outline, outermost first.
    static func containers(of symbol: DocumentSymbol, in outline: [DocumentSymbol], path: [String] = []) -> [String]? {
        for candidate in outline {
            if candidate.selectionRange == symbol.selectionRange { return path }
            if let found = containers(of: symbol, in: candidate.children, path: path + [candidate.name]) { return found }
        }
        return nil
    }

    /// Attributes assigned through `self`/`this` anywhere in the class (the outline lists only
    /// those of the constructor).
    private func assignedFields(of symbol: DocumentSymbol, in file: WorkspaceNavigator.ParsedFile) -> [String] {
        let data = RefactorData.of(file.tree.language)
        let selfNames = CompletionData.of(file.tree.language).selfNames
        guard let access = data.attributeAccess, let classNode = file.tree.root.namedDescendant(covering: symbol.range) else { return [] }
        var names: [String] = []
        classNode.walk { node in
            guard node.kind == access.kind, let object = node.child(field: access.object), let name = node.child(field: access.name),
                  selfNames.contains(object.text(in: file.text.bytes)), let parent = node.parent,
                  parent.child(field: "left")?.byteRange == node.byteRange else { return true }
            let text = name.text(in: file.text.bytes)
            if !names.contains(text) { names.append(text) }
            return true
        }
        return names
    }

    private func member(_ symbol: DocumentSymbol, in path: String) -> CompletionCandidate {
        var candidate = CompletionCandidate(label: symbol.name, kind: Self.kind(symbol.kind), source: .member)
        candidate.detail = symbol.signature
        candidate.documentation = symbol.documentation
        candidate.origin = path
        return candidate
    }

    // MARK: Workspace symbols to import

    private func workspaceSymbols(matching prefix: String, for file: WorkspaceNavigator.ParsedFile, data: CompletionData) -> [CompletionCandidate] {
        guard let symbols, let root, let template = data.importTemplate,
              let style = file.tree.language.manifest.imports?.style else { return [] }
        let here = WorkspacePaths.relative(file.path, to: root)
        let insertAt = importOffset(file, data: data)
        // A namespace's types sit in its block, so their container is the namespace; one the
        // file already sees needs no import.
        let seen = style == .namespace ? NamespaceScope.visible(from: file.text.string, directive: file.tree.language.manifest.imports?.moduleDirective ?? "namespace",
                                                                keyword: file.tree.language.manifest.imports?.keyword ?? "using") : []
        return symbols.search(prefix, limit: 40, importableOnly: true).compactMap { match -> CompletionCandidate? in
            let symbol = match.symbol
            guard match.quality <= .humps, symbol.container == nil || style == .namespace, match.file != here, symbol.exported,
                  ["class", "struct", "function", "constant", "interface", "type", "enum"].contains(symbol.kind),
                  let module = style == .packageFolder || style == .namespace ? declaredPackage(match.file, importer: file.path, root: root)
                    : Self.moduleName(match.file, from: here, style: style), !seen.contains(module) else { return nil }
            var candidate = CompletionCandidate(label: symbol.name, kind: Self.kind(SymbolKind(rawValue: symbol.kind) ?? .variable), source: .workspace)
            candidate.detail = (symbol.signature.map { $0 + " — " } ?? "") + "import from \(module)"
            candidate.documentation = symbol.documentation
            candidate.importEdit = .init(offset: insertAt, text: template.replacingOccurrences(of: "{module}", with: module)
                .replacingOccurrences(of: "{name}", with: symbol.name))
            candidate.origin = (root as NSString).appendingPathComponent(match.file)
            return candidate
        }
    }

    /// The package a file declares (`package com.example.shop;`) when it is not the importer's
    /// own (whose names need no import).
    private func declaredPackage(_ target: String, importer: String, root: String) -> String? {
        guard let imports = navigator.file(importer)?.tree.language.manifest.imports, let directive = imports.moduleDirective else { return nil }
        let resolver = ModuleResolver(root: root)
        guard let package = resolver.declaredModule(ofFile: (root as NSString).appendingPathComponent(target), directive: directive) else { return nil }
        return package == resolver.declaredModule(ofFile: importer, directive: directive) ? nil : package
    }

    /// After the last top-level import, else after a module docstring or leading comments.
    private func importOffset(_ file: WorkspaceNavigator.ParsedFile, data: CompletionData) -> Int {
        var offset = 0
        for statement in file.tree.root.namedChildren {
            if data.importKinds.contains(statement.kind) { offset = statement.endByte; continue }
            if offset == 0, statement.isComment || (statement.kind == "expression_statement" && statement.namedChild(0)?.kind == "string") { continue }
            break
        }
        guard offset > 0 else { return 0 }
        // The start of the next line.
        let bytes = file.text.bytes
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        return min(bytes.count, i + 1)
    }

    /// `shop/util/format.py` as `shop.util.format`; `src/models/index.ts` from `src/app.ts` as `./models`.
    static func moduleName(_ target: String, from importer: String, style: LanguageManifest.Imports.Style) -> String? {
        var stem = (target as NSString).deletingPathExtension
        switch style {
        case .dotted:
            if stem.hasSuffix("/__init__") { stem = String(stem.dropLast("/__init__".count)) }
            guard !stem.contains(".") else { return nil }
            return stem.replacingOccurrences(of: "/", with: ".")
        case .path:
            if stem.hasSuffix("/index") { stem = String(stem.dropLast("/index".count)) }
            let from = (importer as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
            let to = stem.split(separator: "/").map(String.init)
            let shared = zip(from, to).prefix { $0 == $1 }.count
            let ups = Array(repeating: "..", count: from.count - shared)
            let path = (ups + to[shared...]).joined(separator: "/")
            return ups.isEmpty ? "./" + path : path
        case .packageFolder:
            // The package is what the file declares, not its path (`declaredPackage`).
            return nil
        case .modulePath:
            // The path is the module's place in its crate, not its file's path: not offered yet.
            return nil
        case .include, .loadPath:
            // Including a header (requiring a file) for one name brings in all of it: not offered.
            return nil
        case .namespace:
            // The namespace is what the file declares, not its path (`declaredPackage`).
            return nil
        case .moduleFolder:
            // A package is imported as a whole and used qualified; adding its import for one
            // name would also need the qualifier: not offered.
            return nil
        }
    }

    // MARK: Outline helpers

    /// Every outline symbol by where its name starts, the last in depth-first order winning, as
    /// `flatOutline` lists them; walked in place rather than flattened into copies first (a
    /// fifth of a completion's names in scope).
    private func outlineIndex(_ file: WorkspaceNavigator.ParsedFile) -> [Int: DocumentSymbol] {
        var result: [Int: DocumentSymbol] = [:]
        func add(_ symbols: [DocumentSymbol]) {
            for symbol in symbols {
                result[symbol.selectionRange.lowerBound] = symbol
                add(symbol.children)
            }
        }
        add(file.outline)
        return result
    }

    func outlineSymbol(at range: Range<Int>, in path: String) -> DocumentSymbol? {
        guard let file = navigator.file(path) else { return nil }
        return file.flatOutline
            .first { $0.selectionRange == range }
    }

    static func kind(_ kind: SymbolKind) -> CompletionCandidate.Kind {
        switch kind {
        case .module, .namespace: return .module
        case .class: return .class
        case .struct: return .struct
        case .interface: return .interface
        case .enum: return .enum
        case .type: return .type
        case .function: return .function
        case .method: return .method
        case .constructor: return .constructor
        case .field: return .field
        case .property: return .property
        case .variable: return .variable
        case .constant: return .constant
        case .enumMember: return .enumMember
        }
    }

    /// Scope-graph definition kinds (`locals.scm` captures) as item kinds.
    static func kind(_ kind: String) -> CompletionCandidate.Kind {
        switch kind {
        case "function": return .function
        case "method": return .method
        case "class": return .class
        case "struct": return .struct
        case "interface": return .interface
        case "enum": return .enum
        case "type", "type_parameter": return .type
        case "parameter": return .parameter
        case "import", "namespace", "module": return .module
        case "constant": return .constant
        default: return .variable
        }
    }
}
