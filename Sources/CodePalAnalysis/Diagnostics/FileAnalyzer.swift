import CodePalSyntax

/// The diagnostics of one file, shared by `codepal check` and the server so that both always
/// report the same findings.
public enum FileAnalyzer {
    public static func diagnostics(tree: SyntaxTree?, text: SourceText) -> [Diagnostic] {
        guard let tree else { return [] }
        return SyntaxDiagnostics.errors(in: tree, text: text).map {
            Diagnostic(range: $0.range, severity: .error, code: "syntax", message: $0.message)
        }
    }
}
