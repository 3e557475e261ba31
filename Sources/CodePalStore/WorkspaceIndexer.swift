import CodePalAnalysis
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Brings the index of a workspace up to date with its files: walks the tree (honouring
/// `.gitignore`), parses changed files in parallel, and writes them in short transactions.
/// Shared by `codepal index` and the server's background indexing.
public struct WorkspaceIndexer: Sendable {
    public struct Summary: Sendable {
        public var files = 0
        public var changed = 0
        public var unchanged = 0
        public var removed = 0
        public var skipped = 0
        public var symbols = 0
        public var locals = 0
    }

    public let registry: LanguageRegistry
    public let database: IndexDatabase
    public let root: String
    public let jobs: Int
    /// When most files are new to the index, write them without the name indexes and make those
    /// at the end (`IndexDatabase.withoutNameIndexes`). For `codepal index`; the server keeps
    /// them, so that navigation during its first run finds definitions by name through them.
    public let bulk: Bool

    public init(registry: LanguageRegistry, database: IndexDatabase, root: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                bulk: Bool = false) {
        self.registry = registry
        self.database = database
        // Absolute, so that imports resolve the same whatever the working directory.
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        self.jobs = jobs
        self.bulk = bulk
    }

    /// Indexes the whole workspace. `progress(done, total)` is called from worker threads as
    /// files finish; `isCancelled` is polled between files. A cancelled run stops after the chunk
    /// in progress: chunks already written stay, each file's rows whole, and nothing is removed.
    /// `first` (absolute paths, asked before each chunk) names files to index before the rest:
    /// the editor's open documents, whose navigation needs their rows soonest.
    public func run(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                    isCancelled: @escaping @Sendable () -> Bool = { false },
                    first: @escaping @Sendable () -> Set<String> = { [] }) throws -> Summary {
        var files: [String]
        switch WorkspaceWalker.files(at: root, registry: registry) {
        case .success(let found): files = found
        case .failure(let error): throw IndexError(message: "\(root): \(error.message)")
        }
        // Paths the workspace's `.codepal.toml` excludes (`[lint] exclude`: generated and vendored
        // code) stay out of the index too.
        if let (configuration, _) = try? Configuration.load(near: URL(fileURLWithPath: root)), !configuration.lint.exclude.isEmpty {
            let excluded = IgnoreRules(base: configuration.root ?? root, lines: configuration.lint.exclude)
            files.removeAll { excluded.verdict($0, isDirectory: false) == true }
        }
        let known = try database.fileStates()
        if bulk, known.count * 2 < files.count {
            return try database.withoutNameIndexes { try write(files, known: known, progress: progress, isCancelled: isCancelled, first: first) }
        }
        return try write(files, known: known, progress: progress, isCancelled: isCancelled, first: first)
    }

    private func write(_ walked: [String], known: [String: FileState], progress: @escaping @Sendable (Int, Int) -> Void,
                       isCancelled: @escaping @Sendable () -> Bool, first: @escaping @Sendable () -> Set<String>) throws -> Summary {
        var files = walked
        let done = WorkCounter()
        let writes = PipelinedWrites(database: database)
        // Tallied chunk by chunk: keeping every parsed file (its symbols, locals, bindings and
        // documentation) until the end held most of a gigabyte on ten copies of the stdlib.
        var summary = Summary()
        var touched: [(path: String, mtime: Int64, size: Int64)] = []
        var seen: Set<String> = []
        // Files are parsed chunk by chunk on every core while the previous chunk is written:
        // writing everything after parsing left one core idle for the last fifth of a full run.
        var promoted: Set<String> = []
        for start in stride(from: 0, to: files.count, by: Self.chunkSize) {
            if isCancelled() { break }
            let wanted = first().subtracting(promoted)
            if !wanted.isEmpty {
                Self.moveToFront(wanted, in: &files, from: start)
                promoted.formUnion(wanted)
            }
            let chunk = Array(files[start..<min(files.count, start + Self.chunkSize)])
            // Unchanged files (same modification time and size) are not even read; a file whose
            // time changed but whose content hashes the same only gets its new time recorded.
            let results = parallelMap(chunk, jobs: jobs) { path -> Outcome in
                defer { progress((done.take(below: Int.max) ?? 0) + 1, files.count) }
                if isCancelled() { return .skipped }
                let relative = WorkspacePaths.relative(path, to: root)
                let stamp = SourceFile.stamp(path)
                if let state = known[relative], let stamp, state.mtime == stamp.mtime, state.size == stamp.size { return .unchanged(relative) }
                guard let language = try? registry.language(forPath: path), case .text(let bytes) = SourceFile.read(path) else { return .skipped }
                let hash = IndexPaths.hash(bytes)
                if known[relative]?.hash == hash { return .touched(relative, stamp ?? (-1, -1)) }
                let text = SourceText(bytes: bytes)
                var file = IndexPaths.file(relative, hash: hash, tree: Parser(language: language).parse(bytes), text: text, path: path, root: root)
                file.mtime = stamp?.mtime ?? -1
                file.size = stamp?.size ?? -1
                return .changed(file)
            }
            for outcome in results {
                switch outcome {
                case .changed(let file): summary.changed += 1; seen.insert(file.path)
                case .unchanged(let path): summary.unchanged += 1; seen.insert(path)
                case .touched(let path, let stamp): summary.unchanged += 1; seen.insert(path); touched.append((path, stamp.mtime, stamp.size))
                case .skipped: summary.skipped += 1
                }
            }
            if !isCancelled() {
                writes.enqueue(results.compactMap { if case .changed(let file) = $0 { return file } else { return nil } })
            }
        }
        try writes.finish()
        if isCancelled() { throw CancellationError() }
        try database.touch(touched)
        let deleted = known.keys.filter { !seen.contains($0) }.sorted()
        if !deleted.isEmpty { try database.update([], deleting: deleted) }
        let totals = try database.counts()
        summary.files = totals.files
        summary.symbols = totals.symbols
        summary.locals = totals.locals
        summary.removed = deleted.count
        return summary
    }

    /// Moves the files of `wanted` among `files[start...]` before the others there, keeping
    /// both groups in walk order.
    static func moveToFront(_ wanted: Set<String>, in files: inout [String], from start: Int) {
        guard start < files.count else { return }
        let rest = files[start...]
        let front = rest.filter { wanted.contains($0) }
        guard !front.isEmpty else { return }
        files.replaceSubrange(start..., with: front + rest.filter { !wanted.contains($0) })
    }

    /// Files parsed between two writes: big enough that a write's fixed cost is small, small
    /// enough that the last write after parsing ends is short.
    static let chunkSize = 256

    private enum Outcome {
        case changed(IndexedFile)
        case unchanged(String)
        case touched(String, (mtime: Int64, size: Int64))
        case skipped
    }

    /// Re-indexes single files (saved or changed on disk) or removes them when they are gone or
    /// no longer source.
    public func update(paths: [String]) throws {
        var changed: [IndexedFile] = []
        var deleted: [String] = []
        for path in paths {
            let relative = WorkspacePaths.relative(path, to: root)
            guard let language = try? registry.language(forPath: path), case .text(let bytes) = SourceFile.read(path) else {
                deleted.append(relative)
                continue
            }
            let text = SourceText(bytes: bytes)
            let tree = Parser(language: language).parse(bytes)
            var file = IndexPaths.file(relative, hash: IndexPaths.hash(bytes), tree: tree, text: text, path: path, root: root)
            if let stamp = SourceFile.stamp(path) { (file.mtime, file.size) = stamp }
            changed.append(file)
        }
        try database.update(changed, deleting: deleted)
    }
}

public struct IndexError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

public enum IndexPaths {

    /// Content hash plus length: enough to notice a change.
    public static func hash(_ bytes: [UInt8]) -> String {
        String(ContentHash.fnv1a(bytes), radix: 16) + ":" + String(bytes.count)
    }

    /// - Parameters: path: the file's absolute path and root the workspace's, for resolving imports.
    public static func file(_ relative: String, hash: String, tree: SyntaxTree, text: SourceText, path: String, root: String) -> IndexedFile {
        let (outline, graph) = outlineAndScopes(tree: tree, text: text)
        var file = IndexedFile(path: relative, hash: hash, language: tree.language.name, symbols: flatten(outline, text: text),
                               imports: imports(tree: tree, text: text))
        if let graph {
            // Bindings come from imports of names, and from names used through an imported
            // module (`pkg.Name`, `@member` in locals.scm).
            if !file.imports.isEmpty || !graph.members.isEmpty {
                file.bindings = ModuleBindings.bindings(path: path, root: root, tree: tree, text: text, graph: graph)
            }
            file.locals = LocalDefinitions.rows(graph: graph, outline: outline, text: text)
        }
        return file
    }

    /// The outline and the scope graph from one walk of the tree: `symbols.scm` and `locals.scm`
    /// compiled as one query cost 1.2 s over the Python standard library against 1.9 s apart.
    static func outlineAndScopes(tree: SyntaxTree, text: SourceText) -> (outline: [DocumentSymbol], graph: ScopeGraph?) {
        guard let combined = try? tree.language.query(combining: ["symbols", "locals"]) else {
            return ((try? SymbolExtractor.documentSymbols(tree: tree, text: text)) ?? [], try? ScopeResolver.resolve(tree: tree, text: text))
        }
        var symbolMatches: [QueryMatch] = []
        let symbols = combined.sections[0]
        let graph = ScopeResolver.resolve(tree: tree, text: text, query: combined.query) { body in
            combined.query.forEachMatch(in: tree.root, source: text.bytes) { match in
                if symbols.contains(match.pattern) { symbolMatches.append(match) } else { body(match) }
            }
        }
        return (SymbolExtractor.documentSymbols(tree: tree, text: text, matches: symbolMatches), graph)
    }

    /// From the language's `imports.scm`: `@import.name` and `@import.module`, with
    /// `#set! import.default` for default imports (stored as the name `default`).
    static func imports(tree: SyntaxTree, text: SourceText) -> [IndexedImport] {
        guard let query = try? tree.language.query(named: "imports") else { return [] }
        var result: Set<IndexedImport> = []
        for statement in ImportStatements.nodes(tree, text) {
            query.forEachMatch(in: statement, source: text.bytes) { match in
                guard let name = match.first("import.name"), let module = match.first("import.module") else { return }
                let isDefault = query.properties[match.pattern]["import.default"] != nil
                let moduleText = module.text(in: text.bytes).trimmingCharacters(in: CharacterSet(charactersIn: "\"'`"))
                result.insert(IndexedImport(name: isDefault ? "default" : name.text(in: text.bytes), module: moduleText))
            }
        }
        return result.sorted { ($0.name, $0.module) < ($1.name, $1.module) }
    }

    static func flatten(_ symbols: [DocumentSymbol], text: SourceText, container: String? = nil) -> [IndexedSymbol] {
        symbols.flatMap { s -> [IndexedSymbol] in
            let start = text.position(of: s.selectionRange.lowerBound, in: .utf32)
            let start16 = text.position(of: s.selectionRange.lowerBound, in: .utf16)
            let lineStart = text.lines.lineStarts[start.line]
            let end = text.position(of: max(s.range.lowerBound, s.range.upperBound - 1), in: .utf32)
            var own = IndexedSymbol(name: s.name, kind: s.kind.rawValue, container: container, line: start.line + 1,
                                    column: start.character + 1, endLine: end.line + 1,
                                    utf16Column: start16.character + 1, utf8Column: s.selectionRange.lowerBound - lineStart + 1)
            own.signature = s.signature
            own.documentation = s.documentation
            own.exported = s.exported
            return [own] + flatten(s.children, text: text, container: container.map { "\($0).\(s.name)" } ?? s.name)
        }
    }
}

/// Writes batches of indexed files one after another on a queue of their own, so that parsing
/// the next batch goes on meanwhile; the first error stops further writes and is rethrown by
/// `finish`.
final class PipelinedWrites: @unchecked Sendable {
    private let database: IndexDatabase
    private let queue = DispatchQueue(label: "codepal.index.writes")
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var failure: Error?

    init(database: IndexDatabase) { self.database = database }

    func enqueue(_ files: [IndexedFile]) {
        guard !files.isEmpty else { return }
        queue.async(group: group) { [self] in
            lock.lock()
            let failed = failure != nil
            lock.unlock()
            guard !failed else { return }
            do {
                try database.update(files)
            } catch {
                lock.lock()
                failure = failure ?? error
                lock.unlock()
            }
        }
    }

    func finish() throws {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }
}
