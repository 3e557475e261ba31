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

    @Option(help: ArgumentHelp("Use this configuration file instead of the nearest .codepal.toml.", valueName: "file"))
    var config: String?

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
        let configurations = ConfigurationCache(explicit: config)
        configurations.onWarning = { Console.err("codepal: warning: \($0)\n") }
        // Configuration errors stop the run before any output: findings under a half-read
        // configuration would be misleading.
        for file in files {
            do { _ = try configurations.configuration(forFile: file) } catch { CommandSupport.exit(with: error) }
        }
        let batch = SourceBatch(registry: registry, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let results = batch.map(files) { path, text, tree in
            FileAnalyzer.diagnostics(tree: tree, text: text, configuration: (try? configurations.configuration(forFile: path)) ?? Configuration())
        }
        var findings = 0
        var skipped = 0
        var output = ""
        for result in results {
            switch result.outcome {
            case .analyzed(let text, let diagnostics):
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
