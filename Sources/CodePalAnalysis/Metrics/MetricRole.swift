/// What a node means to the metrics engine; the capture names of `queries/metrics.scm`.
/// Documented for query authors in the README ("Metrics queries").
enum MetricRole: String {
    case function                               // named function: its own record; @name in the same pattern
    case anonymousFunction = "function.anonymous" // closure: folded into its parent (or "(anonymous)")
    case inlineFunction = "function.inline"       // expression lambda: always folded, never its own record
    case `class`                                // class: qualifies names, aggregates methods; @name
    case `if`                                   // cyclomatic +1, cognitive +1 + nesting, nests
    case elseIf = "else_if"                     // cyclomatic +1, cognitive +1
    case `else`                                 // cognitive +1
    case loop                                   // cyclomatic +1, cognitive +1 + nesting, nests
    case `switch`                               // cognitive +1 + nesting, nests
    case uncountedIf = "if.uncounted"           // a branch lizard leaves out of cyclomatic (Ruby's unless): cognitive +1 + nesting, nests
    case `case`                                 // cyclomatic +1
    case `catch`                                // cyclomatic +1, cognitive +1 + nesting, nests
    case ternary                                // cyclomatic +1, cognitive +1 + nesting, nests
    case condition                              // cyclomatic +1 only (comprehension if, finally)
    case logical                                // a boolean operator token: cyclomatic +1; cognitive +1 per sequence
    case jump                                   // labelled break/continue, goto: cognitive +1
    case `return`
    case comment                                // not code for NLOC (comments, docstrings)
    case parameter
    case group                                  // parentheses: transparent to boolean sequences
    case call                                   // callee name, for recursion (+1 cognitive)
    case atom                                   // one Halstead operand however many tokens it has
    case ignore                                 // a more specific pattern saying "no role"
}
