import ArgumentParser
import CodePalAnalysis
import CodePalStore
import CodePalSupport
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
        let indexer = WorkspaceIndexer(registry: registry, database: database, root: root,
                                       jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, bulk: true)
        let bar = isatty(2) == 1 ? ProgressBar(start: start) : nil
        do {
            let summary = try indexer.run(progress: { done, total in bar?.update(done, total) })
            bar?.finish()
            Console.err(String(format: "indexed %d files (%d changed, %d unchanged, %d removed, %d skipped), %d symbols, %d parameters and locals, in %.2f s\n",
                               summary.files, summary.changed, summary.unchanged, summary.removed, summary.skipped, summary.symbols, summary.locals,
                               Date().timeIntervalSince(start)))
        } catch {
            bar?.finish()
            CommandSupport.exit(with: CommandSupport.failure("\(error)"))
        }
    }
}

struct Symbols: ParsableCommand {
    /// Like git finding `.git`: run from anywhere inside an indexed workspace. The search stops at
    /// the repository's root, so an index left higher up (an editor that once opened `/` or the
    /// home folder as its workspace) never answers for a project that has none of its own.
    static func nearestIndex() -> String? {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(".codepal/index.sqlite").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return nil }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static let configuration = CommandConfiguration(abstract: "Search the workspace index (fuzzy; no query lists everything).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "What to look for.")
    var query: String = ""

    @Option(help: ArgumentHelp("Index file (default: .codepal/index.sqlite in this folder or the nearest one above that has it).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Only this kind: class, function, method, variable, ...; parameter and local search the functions' parameters and locals, which are left out otherwise.", valueName: "kind"))
    var kind: String?

    @Option(help: "At most this many results.")
    var limit: Int = 100

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        guard let db = db ?? Self.nearestIndex(), FileManager.default.fileExists(atPath: db) else {
            CommandSupport.exit(with: CommandSupport.failure("no index at \(db ?? ".codepal/index.sqlite") (nor in a folder above); run `codepal index` first"))
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
                 "column": .int(m.symbol.column), "endLine": .int(m.symbol.endLine), "container": m.symbol.container.map(JSON.string) ?? .null,
                 "signature": m.symbol.signature.map(JSON.string) ?? .null, "documentation": m.symbol.documentation.map(JSON.string) ?? .null,
                 "exported": .bool(m.symbol.exported)]
            }).text + "\n")
        }
    }
}
