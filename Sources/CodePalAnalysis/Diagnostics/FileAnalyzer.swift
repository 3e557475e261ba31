import CodePalSyntax

/// The diagnostics of one file, shared by `codepal check` and the server so that both always
/// report the same findings. Split in two because the server publishes the cheap syntax errors on
/// every keystroke and the whole-file analyses once typing pauses.
public enum FileAnalyzer {
    public static func diagnostics(tree: SyntaxTree?, text: SourceText, configuration: Configuration = Configuration()) -> [Diagnostic] {
        syntaxDiagnostics(tree: tree, text: text) + analysisDiagnostics(tree: tree, text: text, configuration: configuration)
    }

    public static func syntaxDiagnostics(tree: SyntaxTree?, text: SourceText) -> [Diagnostic] {
        guard let tree else { return [] }
        return SyntaxDiagnostics.errors(in: tree, text: text).map {
            Diagnostic(range: $0.range, severity: .error, code: "syntax", category: "syntax", message: $0.message)
        }
    }

    public static func analysisDiagnostics(tree: SyntaxTree?, text: SourceText, configuration: Configuration) -> [Diagnostic] {
        guard let tree, configuration.complexity.enabled,
              let metrics = try? MetricsEngine.measure(tree: tree, text: text, options: configuration.metrics) else { return [] }
        return ComplexityDiagnostics.diagnostics(metrics, text: text, thresholds: configuration.complexity)
    }
}
