import ArgumentParser
import CodePalSupport

@main
struct CodePal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codepal",
        abstract: "Code intelligence for people who learn and write code: an LSP server and a checker.",
        version: CodePalVersion.string,
        subcommands: [Serve.self, Check.self, Metrics.self, Index.self, Symbols.self, Learn.self, Rules.self, Parse.self]
    )
}

/// Options every command that reads code shares.
struct GrammarOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Grammar directory (default: CODEPAL_GRAMMARS, then next to the executable).", valueName: "dir"))
    var grammars: String?
}
