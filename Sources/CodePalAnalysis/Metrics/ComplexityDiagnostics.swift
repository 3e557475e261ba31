import CodePalSyntax

/// Warnings for functions over the configured limits, with what to do about each.
public enum ComplexityDiagnostics {
    public static let codes = ["complexity/cognitive", "complexity/cyclomatic", "complexity/nesting", "complexity/length", "complexity/parameters"]

    public static func diagnostics(_ metrics: FileMetrics, text: SourceText, thresholds: ComplexityThresholds) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for function in metrics.functions {
            let range = anchor(function, text)
            func add(_ rule: String, _ message: String) {
                found.append(Diagnostic(range: range, severity: .warning, code: "complexity/\(rule)", category: "complexity",
                                        message: "`\(function.qualifiedName)` \(message)"))
            }
            if function.cognitive > thresholds.cognitive {
                add("cognitive", "has cognitive complexity \(function.cognitive) (limit \(thresholds.cognitive))\(largestCost(function, text)); flatten nested branches with early returns or extract helpers")
            }
            if function.cyclomatic > thresholds.cyclomatic {
                add("cyclomatic", "has cyclomatic complexity \(function.cyclomatic) (limit \(thresholds.cyclomatic)): \(function.cyclomatic - 1) decision points need as many tests; split it into smaller functions")
            }
            if function.nesting > thresholds.nesting {
                add("nesting", "nests control structures \(function.nesting) deep (limit \(thresholds.nesting)); return early or move the inner block into a function")
            }
            if function.nloc > thresholds.nloc {
                add("length", "has \(function.nloc) lines of code (limit \(thresholds.nloc)); extract cohesive parts into functions")
            }
            if function.parameters > thresholds.parameters {
                add("parameters", "takes \(function.parameters) parameters (limit \(thresholds.parameters)); group related ones into an object")
            }
        }
        return found
    }

    /// The name, or the first line of an anonymous function.
    public static func anchor(_ function: FunctionMetrics, _ text: SourceText) -> Range<Int> {
        if !function.nameRange.isEmpty { return function.nameRange }
        let start = function.range.lowerBound
        let lineEnd = text.lines.contentEnds[text.lines.line(containing: start)]
        return start..<max(start, min(function.range.upperBound, lineEnd))
    }

    /// ", most from `if` on line 12 (+4)" for the largest single increment.
    static func largestCost(_ function: FunctionMetrics, _ text: SourceText) -> String {
        guard let top = function.increments.max(by: { $0.amount < $1.amount }), top.amount > 1 else { return "" }
        let line = text.position(of: top.range.lowerBound, in: .utf8).line + 1
        return ", most from the \(top.construct) on line \(line) (+\(top.amount))"
    }
}
