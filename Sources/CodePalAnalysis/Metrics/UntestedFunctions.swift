import CodePalSyntax

/// Functions that no test runs, next to their complexity, for review: the riskiest untested
/// code is the complex code. A function is untested when its body has lines a coverage report
/// could count and none of them ran. Its `def` line does not count: Python runs it when the
/// module is imported, tested or not.
public enum UntestedFunctions {
    public static let code = "coverage/untested-function"

    /// The 1-based lines a function spans.
    public static func lines(of function: FunctionMetrics, in text: SourceText) -> ClosedRange<Int> {
        let first = text.lines.line(containing: function.range.lowerBound) + 1
        return first...(text.lines.line(containing: max(function.range.lowerBound, function.range.upperBound - 1)) + 1)
    }

    /// - Parameters: coverable and executed are 1-based line numbers of the file.
    public static func diagnostics(_ metrics: FileMetrics, text: SourceText, coverable: Set<Int>, executed: Set<Int>) -> [Diagnostic] {
        metrics.functions.compactMap { function in
            let nameLine = text.lines.line(containing: function.nameRange.lowerBound) + 1
            var body = Set(lines(of: function, in: text)).intersection(coverable)
            if body.count > 1 { body.remove(nameLine) }
            guard !body.isEmpty, body.isDisjoint(with: executed) else { return nil }
            return Diagnostic(range: function.nameRange, severity: .info, code: code, category: "coverage",
                              message: "`\(function.qualifiedName)` is not run by any test (cyclomatic \(function.cyclomatic), cognitive \(function.cognitive))")
        }
    }
}
