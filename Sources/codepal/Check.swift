import ArgumentParser
import CodePalAnalysis
import CodePalSyntax
import Dispatch
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check files and folders and report findings.",
        discussion: """
        Prints one line per finding: path:line:column: severity [rule] message (columns count characters).
        Exit status: 0 no findings, 1 findings, 2 usage or I/O error.
        """)

    @OptionGroup var grammar: GrammarOptions

    @Argument(help: "Files and folders to check (default: the current directory).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    func run() throws {
        let registry: LanguageRegistry
        do { registry = try CommandSupport.registry(grammar) } catch { CommandSupport.exit(with: error) }
        var ioErrors = 0
        var files: [String] = []
        for path in paths.isEmpty ? ["."] : paths {
            switch WorkspaceWalker.files(at: path, registry: registry) {
            case .success(let found): files.append(contentsOf: found)
            case .failure(let error):
                Console.err("codepal: \(path): \(error.message)\n")
                ioErrors += 1
            }
        }
        let results = CheckRunner(registry: registry, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount).run(files)
        var findings = 0
        var skipped = 0
        var output = ""
        for result in results {
            switch result.outcome {
            case .findings(let text, let diagnostics):
                for diagnostic in diagnostics {
                    let position = text.position(of: diagnostic.range.lowerBound, in: .utf32)
                    output += "\(result.path):\(position.line + 1):\(position.character + 1): \(diagnostic.severity.rawValue) [\(diagnostic.code)] \(diagnostic.message)\n"
                    findings += 1
                }
            case .skipped(let reason):
                Console.err("codepal: \(result.path): skipped: \(reason)\n")
                skipped += 1
            case .failed(let reason):
                Console.err("codepal: \(result.path): \(reason)\n")
                ioErrors += 1
            }
        }
        Console.out(output)
        let summary = "checked \(results.count - skipped) file\(results.count - skipped == 1 ? "" : "s"): \(findings) finding\(findings == 1 ? "" : "s")" + (skipped > 0 ? ", \(skipped) skipped" : "")
        Console.err("\(summary)\n")
        if ioErrors > 0 { throw ExitCode(2) }
        if findings > 0 { throw ExitCode(1) }
    }
}

/// Checks files on a pool of threads, one parser per file, and returns results in input order.
struct CheckRunner {
    enum Outcome {
        case findings(SourceText, [Diagnostic])
        case skipped(String)
        case failed(String)
    }

    struct FileResult {
        let path: String
        let outcome: Outcome
    }

    let registry: LanguageRegistry
    let jobs: Int

    func run(_ files: [String]) -> [FileResult] {
        let results = ResultSlots<FileResult>(count: files.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while let index = next.take(below: files.count) {
                results[index] = check(files[index])
            }
        }
        return results.values
    }

    private func check(_ path: String) -> FileResult {
        let language: Language
        do {
            guard let found = try registry.language(forPath: path) else { return FileResult(path: path, outcome: .skipped("no grammar for this file type")) }
            language = found
        } catch {
            return FileResult(path: path, outcome: .failed("\(error)"))
        }
        switch SourceFile.read(path) {
        case .text(let bytes):
            let text = SourceText(bytes: bytes)
            let tree = Parser(language: language).parse(bytes)
            return FileResult(path: path, outcome: .findings(text, FileAnalyzer.diagnostics(tree: tree, text: text)))
        case .skipped(let reason): return FileResult(path: path, outcome: .skipped(reason))
        case .failed(let reason): return FileResult(path: path, outcome: .failed(reason))
        }
    }
}

/// Fixed slots written by index from several threads (each slot by exactly one thread).
final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }
    var values: [T] { storage.compactMap { $0 } }
}

final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
