import ArgumentParser
import CodePalAnalysis
import CodePalLSP
import CodePalStore
import CodePalSyntax
import Foundation

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Index the definitions of a workspace into SQLite (incremental: unchanged files are skipped).")

    @OptionGroup var grammar: GrammarOptions

    @Argument(help: "Workspace root (default: the current directory).")
    var root: String = "."

    @Option(help: ArgumentHelp("Index file (default: ROOT/.codepal/index.sqlite).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    func run() throws {
        let start = Date()
        let registry: LanguageRegistry
        let database: IndexDatabase
        do {
            registry = try CommandSupport.registry(grammar)
            database = try IndexDatabase(path: db ?? (root as NSString).appendingPathComponent(".codepal/index.sqlite"),
                                         warn: { Console.err("codepal: warning: \($0)\n") })
        } catch { CommandSupport.exit(with: error) }
        let files: [String]
        switch WorkspaceWalker.files(at: root, registry: registry) {
        case .success(let found): files = found
        case .failure(let error): CommandSupport.exit(with: CommandSupport.failure("\(root): \(error.message)"))
        }
        let known: [String: String]
        do { known = try database.fileHashes() } catch { CommandSupport.exit(with: error) }
        let batch = SourceBatch(registry: registry, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let results = batch.map(files) { path, text, tree -> IndexedFile? in
            let relative = IndexPaths.relative(path, to: root)
            let hash = IndexPaths.hash(text.bytes)
            guard known[relative] != hash else { return nil }
            let symbols = (try? SymbolExtractor.documentSymbols(tree: tree, text: text)) ?? []
            return IndexedFile(path: relative, hash: hash, language: tree.language.name, symbols: IndexPaths.flatten(symbols, text: text))
        }
        var changed: [IndexedFile] = []
        var seen: Set<String> = []
        var skipped = 0
        for result in results {
            seen.insert(IndexPaths.relative(result.path, to: root))
            switch result.outcome {
            case .analyzed(_, let file?): changed.append(file)
            case .analyzed(_, nil): break
            case .skipped, .failed: skipped += 1
            }
        }
        let deleted = known.keys.filter { !seen.contains($0) }.sorted()
        do {
            // Batches keep each transaction short, so a reader (the editor) is never blocked long.
            for start in stride(from: 0, to: max(changed.count, 1), by: 500) {
                try database.update(Array(changed[start..<min(changed.count, start + 500)]), deleting: start == 0 ? deleted : [])
            }
            let totals = try database.counts()
            Console.err(String(format: "indexed %d files (%d changed, %d unchanged, %d removed, %d skipped), %d symbols, in %.2f s\n",
                               totals.files, changed.count, files.count - changed.count - skipped, deleted.count, skipped, totals.symbols,
                               Date().timeIntervalSince(start)))
        } catch { CommandSupport.exit(with: error) }
    }
}

struct Symbols: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Search the workspace index (fuzzy; no query lists everything).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "What to look for.")
    var query: String = ""

    @Option(help: ArgumentHelp("Index file (default: ./.codepal/index.sqlite).", valueName: "path"))
    var db: String = ".codepal/index.sqlite"

    @Option(help: ArgumentHelp("Only this kind: class, function, method, variable, ...", valueName: "kind"))
    var kind: String?

    @Option(help: "At most this many results.")
    var limit: Int = 100

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            CommandSupport.exit(with: CommandSupport.failure("no index at \(db); run `codepal index` first"))
        }
        let matches: [SymbolMatch]
        do { matches = try IndexDatabase(path: db).search(query, kind: kind, limit: limit) } catch { CommandSupport.exit(with: error) }
        switch format {
        case .text:
            Console.out(matches.map { m in
                "\(m.symbol.kind) \(m.symbol.container.map { $0 + "." } ?? "")\(m.symbol.name)  \(m.file):\(m.symbol.line):\(m.symbol.column)\n"
            }.joined())
        case .json:
            Console.out(JSON.array(matches.map { m in
                ["name": .string(m.symbol.name), "kind": .string(m.symbol.kind), "file": .string(m.file), "line": .int(m.symbol.line),
                 "column": .int(m.symbol.column), "endLine": .int(m.symbol.endLine), "container": m.symbol.container.map(JSON.string) ?? .null]
            }).text + "\n")
        }
    }
}

enum IndexPaths {
    static func relative(_ path: String, to root: String) -> String {
        IgnoreRules.relative(path, to: root) ?? path
    }

    /// Content hash plus length: enough to notice a change.
    static func hash(_ bytes: [UInt8]) -> String {
        String(ContentHash.fnv1a(bytes), radix: 16) + ":" + String(bytes.count)
    }

    static func flatten(_ symbols: [DocumentSymbol], text: SourceText, container: String? = nil) -> [IndexedSymbol] {
        symbols.flatMap { s -> [IndexedSymbol] in
            let start = text.position(of: s.selectionRange.lowerBound, in: .utf32)
            let end = text.position(of: max(s.range.lowerBound, s.range.upperBound - 1), in: .utf32)
            let own = IndexedSymbol(name: s.name, kind: s.kind.rawValue, container: container, line: start.line + 1,
                                    column: start.character + 1, endLine: end.line + 1)
            return [own] + flatten(s.children, text: text, container: container.map { "\($0).\(s.name)" } ?? s.name)
        }
    }
}
