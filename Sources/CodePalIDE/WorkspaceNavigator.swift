import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// A place in a file: absolute path and byte range, or, for answers from the index, the range
/// in every position encoding (the file is not read).
public struct SourceLocation: Sendable, Hashable {
    public let path: String
    public let range: Range<Int>
    public let stored: StoredRange?

    public init(path: String, range: Range<Int>) {
        self.path = path
        self.range = range
        stored = nil
    }

    public init(path: String, stored: StoredRange) {
        self.path = path
        range = 0..<0
        self.stored = stored
    }
}

/// Go to definition, references and highlights across the files of a workspace, from the
/// scope graphs of the files involved (parsed on demand, open documents taking precedence over
/// disk) and the index (for the list of files and names the graphs cannot bind).
/// One instance answers one request: its cache of parsed files never outlives their snapshot.
public final class WorkspaceNavigator: @unchecked Sendable {
    public struct ParsedFile {
        public let path: String
        public let text: SourceText
        public let tree: SyntaxTree
        public let graph: ScopeGraph
        private let outlineBox = OutlineBox()

        public init(path: String, text: SourceText, tree: SyntaxTree, graph: ScopeGraph) {
            self.path = path
            self.text = text
            self.tree = tree
            self.graph = graph
        }

        /// The outline, made once per parsed file (completion and hover ask for it on every
        /// request, and parsed files are shared between requests).
        public var outline: [DocumentSymbol] { outlineBox.get(tree, text) }

        /// Every outline symbol, depth first.
        public var flatOutline: [DocumentSymbol] { outline.flatMap(\.flattened) }
    }

    private final class OutlineBox: @unchecked Sendable {
        private let lock = NSLock()
        private var symbols: [DocumentSymbol]?

        func get(_ tree: SyntaxTree, _ text: SourceText) -> [DocumentSymbol] {
            lock.lock(); defer { lock.unlock() }
            if let symbols { return symbols }
            let made = (try? SymbolExtractor.documentSymbols(tree: tree, text: text)) ?? []
            symbols = made
            return made
        }
    }

    /// A definition in a parsed file.
    struct Target: Hashable {
        let path: String
        let definition: Int
    }

    /// An editor's open document: its text, and its tree, which may still be being parsed (the
    /// document was just opened: see `PendingTree`).
    public struct OpenDocument: @unchecked Sendable {
        public let text: SourceText
        private let snapshot: DocumentSnapshot

        public init(_ snapshot: DocumentSnapshot) {
            text = snapshot.text
            self.snapshot = snapshot
        }

        public init(text: SourceText, tree: SyntaxTree) {
            self.init(DocumentSnapshot(uri: "", version: 0, text: text, tree: tree, language: tree.language))
        }

        /// The tree, waiting for the opening parse when it still runs.
        public var tree: SyntaxTree? { snapshot.tree }
        public var language: Language? { snapshot.language }
        /// False while the opening parse runs.
        public var isParsed: Bool { snapshot.isTreeReady }
    }

    let root: String?
    let registry: LanguageRegistry
    let database: IndexDatabase?
    let open: [String: OpenDocument]
    private var cache: [String: ParsedFile?] = [:]
    private var texts: [String: SourceText] = [:]
    private static let maximumImportHops = 8

    /// - Parameter open: snapshots of the editor's open documents by absolute path.
    private let shared: ParsedFileCache?

    /// Content revision of each open document, the key of its graph between requests (each
    /// request's snapshot is a new tree object, so tree identity would never match).
    private let openRevisions: [String: Int]

    /// An open document's graph as its revision keeps it (the server's per-revision analysis,
    /// which lint shares).
    public struct OpenGraph: Sendable {
        /// True once the graph is made (false while it is being made).
        public let isMade: @Sendable () -> Bool
        /// The graph, waiting for it if it is being made; nil when the revision has none.
        public let graph: @Sendable () -> ScopeGraph?

        public init(isMade: @escaping @Sendable () -> Bool, graph: @escaping @Sendable () -> ScopeGraph?) {
            self.isMade = isMade
            self.graph = graph
        }
    }

    private let openGraphs: [String: OpenGraph]

    /// - Parameters:
    ///   - shared: graphs kept between requests (see `ParsedFileCache`).
    ///   - openRevisions: a number that changes whenever an open document's text does.
    ///   - openGraphs: each open document's graph, when its revision has one (see above).
    public init(root: String?, registry: LanguageRegistry, database: IndexDatabase?, open: [String: OpenDocument] = [:],
                openRevisions: [String: Int] = [:], openGraphs: [String: OpenGraph] = [:], shared: ParsedFileCache? = nil) {
        self.root = root.map { ($0 as NSString).standardizingPath }
        self.registry = registry
        self.database = database
        self.open = open
        self.openRevisions = openRevisions
        self.openGraphs = openGraphs
        self.shared = shared
    }

    public func file(_ path: String) -> ParsedFile? {
        if let cached = cache[path] { return cached }
        var parsed: ParsedFile?
        if let document = open[path], let tree = document.tree {
            let text = document.text
            let given = openGraphs[path]?.graph
            let make = {
                (given?() ?? (try? ScopeResolver.resolve(tree: tree, text: text))).map { ParsedFile(path: path, text: text, tree: tree, graph: $0) }
            }
            if let shared, let revision = openRevisions[path] {
                parsed = shared.file(path, key: "open:\(revision)", make: make)
            } else {
                parsed = make()
            }
        } else if let language = try? registry.language(forPath: path) {
            let make = { () -> ParsedFile? in
                guard case .text(let bytes) = SourceFile.read(path) else { return nil }
                let text = SourceText(bytes: bytes)
                let tree = Parser(language: language).parse(bytes)
                return (try? ScopeResolver.resolve(tree: tree, text: text)).map { ParsedFile(path: path, text: text, tree: tree, graph: $0) }
            }
            if let shared, let stamp = SourceFile.stamp(path) {
                parsed = shared.file(path, key: "disk:\(stamp.mtime):\(stamp.size)", make: make)
            } else {
                parsed = make()
            }
        }
        cache[path] = parsed
        return parsed
    }

    /// The path relative to the workspace root, for display.
    public func relativePath(_ path: String) -> String {
        guard let root else { return (path as NSString).lastPathComponent }
        return WorkspacePaths.relative(path, to: root)
    }

    /// A file's text without parsing it (open documents first), to convert positions.
    public func text(_ path: String) -> SourceText? {
        if let parsed = cache[path] ?? nil { return parsed.text }
        if let document = open[path] { return document.text }
        if let cached = texts[path] { return cached }
        guard case .text(let bytes) = SourceFile.read(path) else { return nil }
        let text = SourceText(bytes: bytes)
        texts[path] = text
        return text
    }

    // MARK: Requests

    /// Where the name at `offset` is defined: through imports to the defining file when it is in
    /// the workspace; names the file cannot bind (globals, attributes) by name from the index.
    public func definition(path: String, offset: Int) -> [SourceLocation] {
        definition(path: path, offset: offset, byNameFromIndex: true)
    }

    /// - Parameter byNameFromIndex: for names neither the file nor its imports bind, look the
    ///   name up in the index (a guess by name); without it such names have no definition.
    public func definition(path: String, offset: Int, byNameFromIndex: Bool) -> [SourceLocation] {
        definition(path: path, offset: offset, byNameFromIndex: byNameFromIndex, storedColumns: false)
    }

    /// Go to definition as an editor asks it: `definition(path:offset:)`, except that definitions
    /// found by name in the index, in files that are not open, come with the line and columns the
    /// index stores (`SourceLocation.stored`, the same place) instead of a byte range: locating
    /// them read and line-indexed up to 20 files (a member such as `self.assertEqual`, defined in
    /// many copies of a library), most of the first request after didOpen.
    public func definitionWithStoredColumns(path: String, offset: Int) -> [SourceLocation] {
        definition(path: path, offset: offset, byNameFromIndex: true, storedColumns: true)
    }

    private func definition(path: String, offset: Int, byNameFromIndex: Bool, storedColumns: Bool) -> [SourceLocation] {
        switch pieceAnswer(path: path, offset: offset) {
        case .local(let local)?: return [SourceLocation(path: path, range: local.definition)]
        case .memberByName?:
            guard byNameFromIndex, let text = open[path]?.text else { return [] }
            return indexedDefinitions(named: String(decoding: text.bytes[wordRange(at: offset, in: text)], as: UTF8.self), near: path,
                                      storedColumns: storedColumns)
        case .text?: return []
        case nil:
            if storedColumns, let found = indexedImportDefinition(path: path, offset: offset) { return [found] }
        }
        guard let file = file(path) else { return [] }
        if let local = file.graph.definition(at: offset) {
            let target = origin(of: Target(path: path, definition: local), hops: 0)
            return [location(target)].compactMap { $0 }
        }
        if let target = memberDefinition(in: file, at: offset) ?? packageDefinition(in: file, at: offset) ?? namespaceDefinition(in: file, at: offset) {
            return [location(target)].compactMap { $0 }
        }
        // A word of a comment or a string has no definition, graph or not (see `TextAtCursor`).
        if file.graph.reference(at: offset) == nil, file.graph.member(at: offset) == nil,
           TextAtCursor.isText(tree: file.tree, text: file.text, offset: offset) {
            return []
        }
        return byNameFromIndex ? indexedDefinitions(named: word(at: offset, in: file), near: path, storedColumns: storedColumns) : []
    }

    /// The answer from the piece of an open document around `offset`, while the document's whole
    /// graph is still being made (the first request after opening a large file); nil when the
    /// graph is made or the piece cannot tell. While the document's opening parse still runs,
    /// the piece is parsed from the text where the index locates it (`IndexedPieceDefinition`).
    func pieceAnswer(path: String, offset: Int) -> EnclosingScopeDefinition.PieceAnswer? {
        guard cache[path] == nil, let document = open[path], let graph = openGraphs[path], !graph.isMade() else { return nil }
        if !document.isParsed, let language = document.language, let spans = indexedSpans(path: path, text: document.text),
           let answer = IndexedPieceDefinition.answer(language: language, text: document.text, spans: spans, offset: offset) {
            return answer
        }
        guard let tree = document.tree else { return nil }
        return EnclosingScopeDefinition.pieceAnswer(tree: tree, text: document.text, offset: offset)
    }

    /// A name this open document takes from another workspace file (`from .cart import Cart`
    /// and its uses, `cart.Cart` of `import cart`), answered from the index while the document's
    /// graph is still being made: the index holds the document's import bindings with every
    /// occurrence (made from the same graph, for this very content), and the defining file's
    /// top-level symbols with their columns. Neither file is parsed. Nil, and the graph answers,
    /// when the index holds other content, the name is no binding's, the defining file is open
    /// (its text may differ from the index's) or defines the name at the top by no symbol of its
    /// own (it imports it in turn, or binds it in a way the outline does not list).
    func indexedImportDefinition(path: String, offset: Int) -> SourceLocation? {
        guard cache[path] == nil, let document = open[path], let graph = openGraphs[path], !graph.isMade(),
              let database, let root, offset >= 0, offset <= document.text.count else { return nil }
        let text = document.text
        let line = text.lines.line(containing: offset)
        guard let binding = try? database.binding(inFile: WorkspacePaths.relative(path, to: root), hash: IndexPaths.hash(text.bytes),
                                                  line: line, utf8Column: offset - text.lines.lineStarts[line]) else { return nil }
        let target = (root as NSString).appendingPathComponent(binding.target)
        guard open[target] == nil, binding.name != "default", binding.name != "*",
              let symbol = try? database.definitions(named: binding.name, inFile: binding.target).first(where: { $0.symbol.container == nil })?.symbol
        else { return nil }
        return SourceLocation(path: target, stored: StoredRange(nameOf: symbol))
    }

    /// The index's symbol lines for `path` when it holds exactly this text.
    private func indexedSpans(path: String, text: SourceText) -> [SymbolSpan]? {
        guard let database, let root else { return nil }
        return try? database.symbolSpans(ofFile: WorkspacePaths.relative(path, to: root), hash: IndexPaths.hash(text.bytes))
    }

    /// The binding the name at `offset` refers to in this file (the import statement for an
    /// imported name); the same as the definition for local names.
    public func declaration(path: String, offset: Int) -> [SourceLocation] {
        guard let file = file(path) else { return [] }
        guard let local = file.graph.definition(at: offset) else { return definition(path: path, offset: offset) }
        return [SourceLocation(path: path, range: file.graph.definitions[local].nameRange)]
    }

    /// Every occurrence of what the name at `offset` refers to: in its defining file, and in
    /// every workspace file that imports it (through the names those files bind it to).
    public func references(path: String, offset: Int, includeDeclaration: Bool) -> [SourceLocation] {
        switch pieceAnswer(path: path, offset: offset) {
        case .local(let local)?:
            return local.occurrences.filter { includeDeclaration || $0 != local.definition }.map { SourceLocation(path: path, range: $0) }
        case .memberByName?, .text?:
            // A member is bound to no definition: only a language whose unbound names are globals
            // looks it up by name across the workspace, from the whole graph (a word of a comment
            // too: references of a Ruby method are found by name).
            if open[path]?.language?.manifest.conventions?.unboundNamesAreGlobals != true { return [] }
        case nil: break
        }
        guard let file = file(path) else { return [] }
        guard let local = file.graph.definition(at: offset) else {
            // A use of a name of a namespace the file sees: the references of its definition.
            if let found = namespaceDefinition(in: file, at: offset), let other = self.file(found.path) {
                return references(path: found.path, offset: other.graph.definitions[found.definition].nameRange.lowerBound, includeDeclaration: includeDeclaration)
            }
            // A method, class or constant of a language whose unbound names are globals (Ruby, C).
            guard file.tree.language.manifest.conventions?.unboundNamesAreGlobals == true else { return [] }
            return globalReferences(named: word(at: offset, in: file), from: path, includeDeclaration: includeDeclaration)
        }
        var target = origin(of: Target(path: path, definition: local), hops: 0)
        // An imported module (`import os`, `import * as fs`) is not a definition: its references
        // are those of the local binding.
        if target.definition < 0 { target = Target(path: path, definition: local) }
        guard let defining = self.file(target.path), defining.graph.definitions.indices.contains(target.definition) else { return [] }
        let name = defining.graph.definitions[target.definition].name
        var result: [SourceLocation] = []
        var seen: Set<SourceLocation> = []
        func add(_ location: SourceLocation) { if seen.insert(location).inserted { result.append(location) } }
        let declaration = defining.graph.definitions[target.definition].nameRange
        for range in defining.graph.occurrences(of: target.definition) where includeDeclaration || range != declaration {
            add(SourceLocation(path: target.path, range: range))
        }
        // Only module-level names can be imported elsewhere.
        guard isModuleLevel(defining, target.definition) else { return result }
        // A function of a language whose unbound names are globals (PHP's functions, C's) is
        // called by name from files that include or autoload its file: the uses those files bind
        // to nothing. (A call bound to a `use function` import counts through the import below.)
        if defining.tree.language.manifest.conventions?.unboundNamesAreGlobals == true,
           defining.graph.definitions[target.definition].kind == "function" {
            for location in globalReferences(named: name, from: target.path, includeDeclaration: false) where location.path != target.path {
                add(location)
            }
        }
        let isDefault = defaultExport(in: defining, defining.graph.definitions.indices.filter { isModuleLevel(defining, $0) }) == target.definition
        let names = isDefault ? [name, "default"] : [name]
        // Open documents answer from their current text; the index from what was last saved.
        // (Only those that mention the name: parsing every open document per request does not scale.)
        let needle = Array(name.utf8)
        let linked = linkedBindings(of: target.path, names: names)
        let candidates = open.keys.sorted().filter { candidate in
            guard candidate != target.path, let text = open[candidate]?.text else { return false }
            return Self.contains(text.bytes, needle) || (isDefault && Self.contains(text.bytes, Array("import".utf8)))
        }
        // An import of another name (`from shop import total`) reaches the definition only through a
        // file that imports it by its own name under another (`from .cart import Cart as total`, or
        // `export default` of an import): a file the index lists among those taking the name from
        // its module (directly or passed on), or an open document importing the name. With neither,
        // only imports of the name itself are followed; following every import of every open
        // document that mentions the name parsed each module they import, for nothing.
        let namesOnly = database != nil && root != nil && linked.isEmpty && !candidates.contains { candidate in
            guard let other = self.file(candidate) else { return false }
            return other.graph.definitions.indices.contains { index in
                guard let info = other.graph.definitions[index].importInfo, let imported = info.importedName, names.contains(imported) else { return false }
                // Only a module-level import can be imported in turn, and with no file on disk
                // taking the name from its module, only one from that module or from another
                // open document (`from importlib import util` does not pass on a `util` defined
                // elsewhere).
                return isModuleLevel(other, index) && mayReach(info, from: candidate, target.path)
            }
        }
        for candidate in candidates {
            for location in liveImports(of: target, in: candidate, importedNames: namesOnly ? names : nil) { add(location) }
        }
        // `module::Name` in open documents, where `module` is an import of the defining file.
        for candidate in open.keys.sorted() where candidate != target.path {
            guard let text = open[candidate]?.text, Self.contains(text.bytes, needle) else { continue }
            for location in liveMembers(named: name, of: target.path, in: candidate) { add(location) }
        }
        for location in indexedImports(linked) where open[location.path] == nil { add(location) }
        if let imports = try? registry.language(forPath: target.path)?.manifest.imports, imports.style == .namespace {
            for location in namespaceReferences(named: name, definedIn: target.path, imports: imports) { add(location) }
        }
        if let imports = try? registry.language(forPath: target.path)?.manifest.imports, imports.modulesAreFolders, let root {
            // A package's name is used unqualified in its other files, and as `pkg.Name` by importers.
            let resolver = ModuleResolver(root: root)
            let siblings = resolver.packageSiblings(of: target.path, imports: imports)
            for sibling in siblings {
                guard let text = text(sibling), Self.contains(text.bytes, needle), let other = self.file(sibling) else { continue }
                for reference in other.graph.references where reference.definition == nil && reference.name == name {
                    add(SourceLocation(path: sibling, range: reference.range))
                }
            }
            let folder = (target.path as NSString).deletingLastPathComponent
            for candidate in open.keys.sorted() where candidate != target.path && !siblings.contains(candidate) {
                guard let text = open[candidate]?.text, Self.contains(text.bytes, needle) else { continue }
                for location in liveMembers(named: name, of: folder, in: candidate) { add(location) }
            }
            for location in indexedImports(of: folder, names: [name]) where open[location.path] == nil { add(location) }
        }
        return result
    }

    /// `pkg.Name` in `path` where `pkg` is an import of the folder module `module`.
    private func liveMembers(named name: String, of module: String, in path: String) -> [SourceLocation] {
        guard let other = file(path), let imports = other.tree.language.manifest.imports, let root else { return [] }
        let resolver = ModuleResolver(root: root)
        var resolved: [Int: Bool] = [:]
        var result: [SourceLocation] = []
        for member in other.graph.members where member.name == name {
            guard let object = member.object, let info = other.graph.definitions[object].importInfo else { continue }
            if resolved[object] == nil { resolved[object] = ModuleBindings.importedModule(info, from: path, resolver: resolver, imports: imports) == module }
            if resolved[object] == true { result.append(SourceLocation(path: path, range: member.range)) }
        }
        return result
    }

    /// `pkg.Name` where `pkg` names an imported workspace module: the module-level definition
    /// of `Name` in one of the module's files.
    private func memberDefinition(in file: ParsedFile, at offset: Int) -> Target? {
        guard let index = file.graph.member(at: offset), let object = file.graph.members[index].object,
              let info = file.graph.definitions[object].importInfo,
              let imports = file.tree.language.manifest.imports, let root else { return nil }
        let resolver = ModuleResolver(root: root)
        guard let module = ModuleBindings.importedModule(info, from: file.path, resolver: resolver, imports: imports) else { return nil }
        let name = file.graph.members[index].name
        var files = resolver.files(ofModule: module, imports: imports)
        if files.count > 1, let database, let relative = try? database.filesDefiningAtTopLevel(name, among: files.map { WorkspacePaths.relative($0, to: root) }) {
            let defining = Set(relative.map { (root as NSString).appendingPathComponent($0) })
            let likely = files.filter { defining.contains($0) || open[$0] != nil }
            files = likely + files.filter { !likely.contains($0) }
        }
        for path in files {
            if let found = moduleLevelDefinition(named: name, in: path) { return origin(of: found, hops: 0) }
        }
        return nil
    }

    /// A name this file leaves unbound, defined at the top of another file of its package (a
    /// folder module).
    private func packageDefinition(in file: ParsedFile, at offset: Int) -> Target? {
        guard let index = file.graph.reference(at: offset), file.graph.references[index].definition == nil,
              let imports = file.tree.language.manifest.imports, imports.modulesAreFolders, let root else { return nil }
        let name = file.graph.references[index].name
        var siblings = ModuleResolver(root: root).packageSiblings(of: file.path, imports: imports)
        // The index says which files define the name at the top (a package of hundreds of files
        // mentions `len` in each); open documents may define it before they are saved.
        if let database, let relative = try? database.filesDefiningAtTopLevel(name, among: siblings.map { WorkspacePaths.relative($0, to: root) }) {
            let defining = Set(relative.map { (root as NSString).appendingPathComponent($0) })
            siblings = siblings.filter { defining.contains($0) || open[$0] != nil }
        }
        let needle = Array(name.utf8)
        for sibling in siblings {
            guard let text = text(sibling), Self.contains(text.bytes, needle) else { continue }
            if let found = moduleLevelDefinition(named: name, in: sibling) { return found }
        }
        return nil
    }

    /// A name this file leaves unbound, defined at the top of a file of a namespace the file
    /// sees (the `namespace` import style): its own, an enclosing one, or one it imports with
    /// `using`. The index says which files define the name; open documents may define it before
    /// they are saved. Nil when no such file does, and the by-name guess answers instead.
    private func namespaceDefinition(in file: ParsedFile, at offset: Int) -> Target? {
        guard let index = file.graph.reference(at: offset), file.graph.references[index].definition == nil,
              let imports = file.tree.language.manifest.imports, imports.style == .namespace else { return nil }
        let name = file.graph.references[index].name
        let directive = imports.moduleDirective ?? "namespace"
        let visible = NamespaceScope.visible(from: file.text.string, directive: directive, keyword: imports.keyword ?? "using")
        var candidates = open.keys.sorted().filter { $0 != file.path }
        if let database, let root, let matches = try? database.definitions(named: name, near: WorkspacePaths.relative(file.path, to: root), limit: 50) {
            candidates += matches.map { (root as NSString).appendingPathComponent($0.file) }
        }
        var seen: Set<String> = [file.path]
        let needle = Array(name.utf8)
        // A type's file is named for it by convention (`Cart.cs`), before the other parts of a
        // partial class (`Cart.Discounts.cs`).
        let named = candidates.filter { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension == name }
        for path in named + candidates where seen.insert(path).inserted {
            guard let text = text(path), Self.contains(text.bytes, needle),
                  visible.contains(NamespaceScope.declared(in: text.string, directive: directive) ?? "") else { continue }
            if let found = moduleLevelDefinition(named: name, in: path) { return found }
        }
        return nil
    }

    /// Uses of a top-level name in the other files that see its file's namespace (the
    /// `namespace` import style): the indexed and open files of the language that mention the
    /// name, where a reference no scope of theirs binds is taken as a use.
    private func namespaceReferences(named name: String, definedIn path: String, imports: LanguageManifest.Imports) -> [SourceLocation] {
        guard let defining = text(path) else { return [] }
        let directive = imports.moduleDirective ?? "namespace", keyword = imports.keyword ?? "using"
        let namespace = NamespaceScope.declared(in: defining.string, directive: directive) ?? ""
        var candidates = Set(open.keys)
        if let database, let root, let files = try? database.fileHashes() {
            candidates.formUnion(files.keys.map { (root as NSString).appendingPathComponent($0) })
        }
        let needle = Array(name.utf8)
        var result: [SourceLocation] = []
        for candidate in candidates.sorted() where candidate != path && imports.extensions.contains((candidate as NSString).pathExtension) {
            guard let text = text(candidate), Self.contains(text.bytes, needle),
                  NamespaceScope.visible(from: text.string, directive: directive, keyword: keyword).contains(namespace),
                  let other = file(candidate) else { continue }
            for reference in other.graph.references where reference.definition == nil && reference.name == name {
                result.append(SourceLocation(path: candidate, range: reference.range))
            }
            // The other parts of a partial type: the name defined at the top of another file of
            // the same namespace (a rename must change every part).
            guard (NamespaceScope.declared(in: text.string, directive: directive) ?? "") == namespace else { continue }
            for (index, definition) in other.graph.definitions.enumerated()
            where definition.name == name && definition.importInfo == nil && isModuleLevel(other, index) {
                result.append(SourceLocation(path: candidate, range: definition.nameRange))
            }
        }
        return result
    }

    private func moduleLevelDefinition(named name: String, in path: String) -> Target? {
        guard let other = file(path) else { return nil }
        let index = other.graph.definitions.indices.first {
            isModuleLevel(other, $0) && other.graph.definitions[$0].name == name && other.graph.definitions[$0].importInfo == nil
        }
        return index.map { Target(path: path, definition: $0) }
    }

    /// Whether the module `info` names, as `follow` resolves it, is `path` or an open document
    /// (which may pass names on that the index does not know of yet); true when it cannot tell.
    private func mayReach(_ info: ScopeGraph.ImportInfo, from importer: String, _ path: String) -> Bool {
        guard let imports = try? registry.language(forPath: importer)?.manifest.imports, let root else { return true }
        let resolver = ModuleResolver(root: root)
        guard let module = resolver.resolve(info.module, from: importer, imports: imports) else { return false }
        return resolver.files(ofModule: module, imports: imports).contains { $0 == path || open[$0] != nil }
    }

    /// Occurrences of names an open document imports that lead to `target`.
    /// - Parameter importedNames: when given, only imports of these names are followed.
    private func liveImports(of target: Target, in path: String, importedNames: [String]? = nil) -> [SourceLocation] {
        guard let other = file(path) else { return [] }
        var result: [SourceLocation] = []
        // An import of a module itself (`import os`, `import * as ns`) leads to the module or stays
        // in this file, never to a definition elsewhere: not followed.
        for (index, definition) in other.graph.definitions.enumerated() {
            guard let imported = definition.importInfo?.importedName, importedNames?.contains(imported) ?? true,
                  origin(of: Target(path: path, definition: index), hops: 0) == target else { continue }
            result += other.graph.occurrences(of: index).map { SourceLocation(path: path, range: $0) }
        }
        return result
    }

    /// Files that pass `name` on from `path` with `export { name } from` (directly or through
    /// other re-exporters): a rename must change their specifiers too.
    public func reExporters(of path: String, name: String) -> [String] {
        guard let root else { return [] }
        return linkedBindings(of: path, names: [name])
            .filter { $0.binding.exported && $0.binding.occurrences.isEmpty && $0.binding.name == name }
            .map { (root as NSString).appendingPathComponent($0.file) }
    }

    /// Occurrences stored in the index of bindings that take one of `names` from `path`.
    private func indexedImports(of path: String, names: [String]) -> [SourceLocation] {
        indexedImports(linkedBindings(of: path, names: names))
    }

    private func indexedImports(_ rows: [(file: String, binding: IndexedBinding)]) -> [SourceLocation] {
        guard let root else { return [] }
        // `export *` passes on every name but binds none.
        return rows.filter { $0.binding.name != "*" }.flatMap { row in
            row.binding.occurrences.map { SourceLocation(path: (root as NSString).appendingPathComponent(row.file), stored: $0) }
        }
    }

    /// The index's bindings that take one of `names` (or `*`) from `path`, following those that
    /// pass the name on (Python module-level imports, `export ... from`) hop by hop.
    private func linkedBindings(of path: String, names: [String]) -> [(file: String, binding: IndexedBinding)] {
        guard let database, let root else { return [] }
        var result: [(file: String, binding: IndexedBinding)] = []
        var seen: Set<String> = [WorkspacePaths.relative(path, to: root)]
        var frontier = Array(seen)
        var hops = 0
        while !frontier.isEmpty, hops < Self.maximumImportHops {
            hops += 1
            guard let rows = try? database.bindings(from: frontier, names: names + ["*"]) else { break }
            frontier = []
            for row in rows {
                result.append(row)
                if row.binding.exported, seen.insert(row.file).inserted { frontier.append(row.file) }
            }
        }
        return result
    }

    /// Occurrences in this file of what the name at `offset` refers to; `isWrite` for the binding.
    public func highlights(path: String, offset: Int) -> [(range: Range<Int>, isWrite: Bool)] {
        guard let file = file(path), let local = file.graph.definition(at: offset) else { return [] }
        let declaration = file.graph.definitions[local].nameRange
        // Assignments (`@reference.write`) are writes too.
        let writes = Set(file.graph.references.filter { $0.definition == local && $0.isWrite }.map(\.range.lowerBound))
        return file.graph.occurrences(of: local).map { ($0, $0 == declaration || writes.contains($0.lowerBound)) }
    }

    // MARK: Imports

    /// Follows an import binding to the definition it names, through re-exports; stops at the
    /// binding itself when the module is outside the workspace or the name cannot be found.
    func origin(of target: Target, hops: Int) -> Target {
        guard hops < Self.maximumImportHops, let file = file(target.path),
              let info = file.graph.definitions[target.definition].importInfo,
              let found = follow(info, from: target.path, hops: hops) else { return target }
        return found
    }

    private func follow(_ info: ScopeGraph.ImportInfo, from importer: String, hops: Int) -> Target? {
        guard let imports = try? registry.language(forPath: importer)?.manifest.imports, let root else { return nil }
        let resolver = ModuleResolver(root: root)
        guard let name = info.importedName else {
            // `import x` / `import * as ns`: the module itself (a folder module: one of its files).
            return resolver.resolve(info.module, from: importer, imports: imports)
                .flatMap { resolver.representativeFile(ofModule: $0, imports: imports) }.flatMap(moduleTarget)
        }
        if let module = resolver.resolve(info.module, from: importer, imports: imports) {
            // A package folder's name is in one of its files, most likely the one named for it
            // (`import shop.Cart` and `shop/Cart.java`).
            let files = resolver.files(ofModule: module, imports: imports)
            let named = files.filter { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension == name }
            for file in named + files.filter({ !named.contains($0) }) {
                if let found = exported(name, isDefault: info.isDefault, in: file, imports: imports, hops: hops) { return found }
            }
        }
        // `from . import models`: a submodule rather than a name of the package.
        if imports.style == .dotted {
            let submodule = info.module.hasSuffix(".") ? info.module + name : info.module + "." + name
            return resolver.resolve(submodule, from: importer, imports: imports).flatMap(moduleTarget)
        }
        return nil
    }

    /// The module-level definition `name` of `module`, followed through its own imports
    /// (`from .cart import Cart` in a package's `__init__`, `export { x } from './x'`).
    private func exported(_ name: String, isDefault: Bool, in module: String, imports: LanguageManifest.Imports, hops: Int) -> Target? {
        guard let file = file(module) else { return nil }
        let graph = file.graph
        let candidates = graph.definitions.indices.filter { isModuleLevel(file, $0) }
        let match: Int?
        if isDefault {
            match = defaultExport(in: file, candidates)
        } else {
            match = candidates.first { graph.definitions[$0].name == name && graph.definitions[$0].importInfo == nil }
                ?? candidates.first { graph.definitions[$0].name == name }
        }
        if let match { return origin(of: Target(path: module, definition: match), hops: hops + 1) }
        guard imports.style == .path else { return nil }
        for (source, exportedName) in ModuleBindings.reExports(tree: file.tree, text: file.text) where exportedName == nil || exportedName == name {
            guard let root, let next = ModuleResolver(root: root).resolve(source, from: module, imports: imports),
                  let found = exported(name, isDefault: false, in: next, imports: imports, hops: hops + 1) else { continue }
            return found
        }
        return nil
    }

    /// The definition `export default` names: a declaration inside the statement, or the
    /// module-level name it exports (`export default Cart;`).
    private func defaultExport(in file: ParsedFile, _ candidates: [Int]) -> Int? {
        for statement in file.tree.root.namedChildren where statement.kind == "export_statement" {
            guard statement.children.contains(where: { $0.kind == "default" }) else { continue }
            let range = statement.byteRange
            if let inside = candidates.first(where: { range.contains(file.graph.definitions[$0].nameRange.lowerBound) }) { return inside }
            if let value = statement.child(field: "value") ?? statement.namedChildren.last {
                let name = value.text(in: file.text.bytes)
                return candidates.first { file.graph.definitions[$0].name == name }
            }
        }
        return nil
    }

    /// A module as a target: its first definition's file with an empty range at the start.
    private func moduleTarget(_ path: String) -> Target? {
        isNavigable(path) ? Target(path: path, definition: -1) : nil
    }

    private func location(_ target: Target) -> SourceLocation? {
        guard target.definition >= 0 else { return isNavigable(target.path) ? SourceLocation(path: target.path, range: 0..<0) : nil }
        guard let file = file(target.path) else { return nil }
        return SourceLocation(path: target.path, range: file.graph.definitions[target.definition].nameRange)
    }

    /// Whether `file(path)` gives a file, without parsing it: a module imported whole (`import
    /// unittest`) is a target by its path alone. Parsing it and making its graph only to say so
    /// was most of the first references of a module-level name after didOpen, once per import
    /// of every open document that mentions the name (`unittest/__init__.py`, `os.py`, ...).
    func isNavigable(_ path: String) -> Bool {
        if let cached = cache[path] { return cached != nil }
        let language: Language?
        if let document = open[path] {
            language = document.language
        } else {
            language = try? registry.language(forPath: path)
            guard language != nil, text(path) != nil else { return false }
        }
        // The graph is nil only when the language's locals query does not compile.
        guard let language else { return false }
        do { _ = try language.query(named: "locals") } catch { return false }
        return true
    }

    private func isModuleLevel(_ file: ParsedFile, _ definition: Int) -> Bool {
        definition >= 0 && file.graph.scopes[file.graph.definitions[definition].scope].parent == nil
    }

    // MARK: Index fallbacks

    /// - Parameter storedColumns: places in files that are not open as the index stores them
    ///   (`SourceLocation.stored`), without reading the files; else byte ranges in their text.
    func indexedDefinitions(named name: String, near path: String, storedColumns: Bool = false) -> [SourceLocation] {
        guard !name.isEmpty else { return [] }
        guard database != nil, root != nil else { return openDefinitions(named: name, near: path) }
        guard let database, let root,
              let matches = try? database.definitions(named: name, near: WorkspacePaths.relative(path, to: root), limit: 20) else { return [] }
        return matches.compactMap { match in
            let absolute = (root as NSString).appendingPathComponent(match.file)
            // An open document's text may have moved on since it was indexed: located in it.
            if storedColumns, open[absolute] == nil { return SourceLocation(path: absolute, stored: StoredRange(nameOf: match.symbol)) }
            guard let text = text(absolute), match.symbol.line - 1 < text.lines.lineCount else { return nil }
            let start = text.lines.lineStarts[match.symbol.line - 1] + match.symbol.utf8Column - 1
            return SourceLocation(path: absolute, range: start..<min(text.count, start + match.symbol.name.utf8.count))
        }
    }

    /// Without an index (the client opened no workspace folder), what is known is the open
    /// documents: their outlines' definitions of `name`, the asking file first, then its folder,
    /// then the others by path, as the index orders its answers. A method rename or its
    /// references then cover the open files, as rust-analyzer does for files outside a workspace.
    func openDefinitions(named name: String, near path: String, limit: Int = 20) -> [SourceLocation] {
        let folder = (path as NSString).deletingLastPathComponent
        let ordered = open.keys.sorted { a, b in
            let rankA = a == path ? 0 : (a as NSString).deletingLastPathComponent == folder ? 1 : 2
            let rankB = b == path ? 0 : (b as NSString).deletingLastPathComponent == folder ? 1 : 2
            return (rankA, a) < (rankB, b)
        }
        var result: [SourceLocation] = []
        for candidate in ordered {
            guard let file = file(candidate) else { continue }
            for symbol in file.flatOutline where symbol.name == name {
                result.append(SourceLocation(path: candidate, range: symbol.selectionRange))
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// The range of the identifier-like word around `offset` in the file at `path`, if any.
    public func wordRange(path: String, offset: Int) -> Range<Int>? {
        guard let file = file(path) else { return nil }
        let range = wordRange(at: offset, in: file)
        return range.isEmpty ? nil : range
    }

    /// The identifier-like word around `offset` (letters, digits, `_`, `$`, non-ASCII).
    func word(at offset: Int, in file: ParsedFile) -> String {
        String(decoding: file.text.bytes[wordRange(at: offset, in: file.text)], as: UTF8.self)
    }

    private func wordRange(at offset: Int, in file: ParsedFile) -> Range<Int> {
        wordRange(at: offset, in: file.text)
    }

    private func wordRange(at offset: Int, in text: SourceText) -> Range<Int> {
        TextAtCursor.wordRange(at: offset, in: text)
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                let last = buffer.count - n.count
                while i <= last {
                    if buffer[i] == n[0], memcmp(buffer.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

}
