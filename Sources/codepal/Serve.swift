import ArgumentParser
import CodePalLSP
import CodePalSyntax
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the language server over standard input and output.",
        discussion: "stdout carries only LSP messages; logs go to stderr or --log-file.")

    @OptionGroup var grammar: GrammarOptions

    @Flag(help: "Use standard input/output (the default and only transport for now).")
    var stdio = false

    @Option(help: ArgumentHelp("Append logs to this file instead of stderr.", valueName: "path"))
    var logFile: String?

    @Option(help: ArgumentHelp("error, warning, info, debug or trace.", valueName: "level"))
    var logLevel: String = "info"

    func run() throws {
        guard let level = Logger.Level(name: logLevel) else {
            throw ValidationError("unknown log level `\(logLevel)`; use error, warning, info, debug or trace")
        }
        let log: Logger
        do {
            log = try Logger(level: level, file: logFile)
        } catch {
            throw ValidationError("cannot open log file \(logFile ?? ""): \(error.localizedDescription)")
        }
        // A client that disappears must surface as a write error, not kill the process.
        signal(SIGPIPE, SIG_IGN)
        var registry: LanguageRegistry?
        var problem: String?
        do {
            registry = try LanguageRegistry.locate(explicit: grammar.grammars)
            log.info("grammars from \(registry!.directory.path)")
        } catch {
            problem = "\(error)"
            log.error(problem!)
        }
        let server = LanguageServer(registry: registry, registryProblem: problem,
                                    writer: MessageWriter(fd: 1, log: log), log: log)
        let status = StdioTransport.run(server: server, log: log)
        throw ExitCode(status)
    }
}
