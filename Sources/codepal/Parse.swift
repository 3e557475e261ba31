import ArgumentParser
import CodePalSyntax
import CodePalWorkspace
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the syntax tree of a file, for writing and debugging queries.")

    @OptionGroup var grammar: GrammarOptions

    @Argument(help: "The file to parse.")
    var file: String

    @Flag(help: "Print tree-sitter's S-expression instead of the indented outline.")
    var sexp = false

    @Option(help: ArgumentHelp("Language name, when the extension does not tell.", valueName: "name"))
    var language: String?

    func run() throws {
        do {
            try parse()
        } catch {
            CommandSupport.exit(with: error)
        }
    }

    private func parse() throws {
        let registry = try CommandSupport.registry(grammar)
        let name = language ?? registry.languageName(forPath: file)
        guard let name else { throw CommandSupport.usage("no grammar claims \(file); pass --language (known: \(registry.manifests.map(\.language).joined(separator: ", ")))") }
        let language = try CommandSupport.language(registry, name)
        let bytes: [UInt8]
        switch SourceFile.read(file) {
        case .text(let b): bytes = b
        case .skipped(let reason), .failed(let reason): throw CommandSupport.failure("\(file): \(reason)")
        }
        let text = SourceText(bytes: bytes)
        let tree = Parser(language: language).parse(bytes)
        if sexp {
            Console.out(tree.sexp + "\n")
        } else {
            Console.out(TreeOutline.render(tree, text: text))
        }
    }
}

/// An indented outline with field names and 1-based positions, like `tree-sitter parse`.
enum TreeOutline {
    static func render(_ tree: SyntaxTree, text: SourceText) -> String {
        var out = ""
        tree.root.walkWithContext { visit in
            let node = visit.node
            guard node.isNamed || node.isMissing else { return false }
            let start = text.position(of: node.startByte, in: .utf32)
            let end = text.position(of: node.endByte, in: .utf32)
            let field = visit.field.map { "\($0): " } ?? ""
            let kind = node.isMissing ? "MISSING \(node.kind)" : node.kind
            out += String(repeating: "  ", count: visit.depth)
            out += "\(field)\(kind) [\(start.line + 1):\(start.character + 1)-\(end.line + 1):\(end.character + 1)]\n"
            return true
        }
        return out
    }
}
