import CodePalSyntax

/// One rule of `Grammars/<lang>/rules/*.yml`: a query that finds the problem, what to tell the
/// user, and optionally how to fix it. Plain values; `RuleLoader` builds them from YAML.
public struct LintRule: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case security, correctness, bestPractice = "best-practice", performance, style
    }

    public let id: String
    public let languages: [String]
    public let severity: Severity
    public let category: Category
    /// May name captures: `{{sink}}` is replaced with the captured text.
    public let message: String
    public let cwe: [Int]
    public let owasp: [String]
    public let query: String
    /// Capture the finding is reported on (default: the first capture of the pattern).
    public let report: String?
    /// Captures whose text must carry untrusted data (taint rules).
    public let taintedCaptures: [String]
    /// Captures that must not carry untrusted data: a pattern rule that leaves to a taint rule
    /// the cases it reports (`untainted:`).
    public var untaintedCaptures: [String] = []
    /// Which `@sanitizer.<kind>` captures of `taint.scm` clean data for this rule (generic
    /// `@sanitizer`s always do): `basename` makes a path safe, not a SQL string.
    public let sanitizers: [String]
    public let constraints: [RuleConstraint]
    public let fix: FixTemplate?
    /// Further fixes tried in order when `fix` does not apply to a match (`fix:` given as a
    /// list): parameterised SQL takes `?` where the file uses sqlite3 and `%s` elsewhere.
    public var fallbackFixes: [FixTemplate] = []
    public let explanation: String
    public let examples: RuleExamples
    /// The YAML file, for messages.
    public let file: String
    /// The fixes to try, in order.
    public var fixes: [FixTemplate] { (fix.map { [$0] } ?? []) + fallbackFixes }
    /// Tags for editors, e.g. `unnecessary` greys the code out.
    public let tags: [String]
    /// The same check's codes in other tools (flake8/ruff, ESLint), so that their `# noqa: CODE`
    /// and `// eslint-disable-line rule` comments apply.
    public var noqa: [String] = []
    /// Runs only when the configuration selects it by id (`opt-in: true`): checks that are right in
    /// some projects and noise in others (ESLint and ruff leave their `no-console`/`T201` out of
    /// the default set for the same reason).
    public var optIn = false
    /// A sink-first rule (`built:`): the capture's text must be put together from a value whose
    /// origin nobody checked, and read as the `shape` (SQL keywords, a command line), see
    /// `TaintBuiltText`.
    public var built: BuiltText?

    public struct BuiltText: Sendable {
        public let capture: String
        public let shape: String?
    }

    /// Whether `report` names a node a constraint finds rather than a capture of the query.
    var reportsProducedCapture: Bool {
        guard let report else { return false }
        return constraints.contains {
            switch $0 {
            case .readsLoopVariable(_, let into, _): return into == report
            case .nextRead(_, _, _, _, let into, _): return into == report
            default: return false
            }
        }
    }
}

public struct RuleExamples: Sendable {
    /// Snippets that must fire exactly where marked with `«` and `»`.
    public let invalid: [String]
    /// Snippets that must stay silent.
    public let valid: [String]
}

/// A text replacement over one capture, or over the span of two (`replace: first..last`, for
/// siblings such as `import pdb; pdb.set_trace()` that must go together). `with` may name
/// captures as `{{name}}`.
public struct FixTemplate: Sendable {
    public let title: String
    public let replace: String
    public let with: String
    public let safety: FixSafety
    /// Conditions under which the fix is mechanical: each capture's text must contain a match of
    /// its expression (`"SELECT ..." + name` can become a parameter, a query built elsewhere cannot).
    public var when: [(capture: String, regex: String)] = []
    /// The file's text must contain a match (the driver a placeholder style belongs to).
    public var whenSource: String?

    public init(title: String, replace: String, with: String, safety: FixSafety) {
        self.title = title
        self.replace = replace
        self.with = with
        self.safety = safety
    }

    /// The captures the replaced span runs from and to (the same one for a single capture).
    public var span: (from: String, to: String) {
        guard let dots = replace.range(of: "..") else { return (replace, replace) }
        return (String(replace[..<dots.lowerBound]), String(replace[dots.upperBound...]))
    }
}

public enum FixSafety: String, Sendable {
    /// Keeps behaviour the same except for the defect: applied by `--fix` and "fix all".
    case safe
    /// May change behaviour: applied only on request (`--unsafe-fixes`, an explicit quick fix).
    case unsafe
}

/// Checks that queries cannot express.
public enum RuleConstraint: Sendable {
    /// The capture's text, unquoted, looks like a secret: long enough, random enough and not a placeholder.
    case secretLike(capture: String, minLength: Int, minEntropy: Double)
    /// The match must not sit inside a node of these kinds.
    case notInside(kinds: Set<String>)
    /// The match must sit inside a node of these kinds.
    case inside(kinds: Set<String>)
    /// The file path must not match, e.g. leftover prints only outside scripts and tests.
    case pathNotMatching(regex: String)
    /// The file's text must not match (a multi-line expression, checked once per file): prints
    /// are a script's output when the module has a `__main__` guard.
    case sourceNotMatching(regex: String)
    /// The captured name is not used anywhere else within the nearest enclosing node of one of
    /// these kinds (the whole file when there is none): unused imports and variables.
    /// With `comments`, a mention as a word in a comment is a use (Javadoc's `{@link Type}`).
    /// `notUses` lists places (`parent_kind.field`) where a leaf of that name is no use: Python's
    /// `resp.status` (`attribute.attribute`) does not read a variable `status`.
    case unreferenced(capture: String, within: Set<String>, comments: Bool = false, notUses: Set<String> = [])
    /// When the match has this capture, its text, or the value that a binding of that name in the
    /// file gives it (the language's `queries/bindings.scm`: `const run = promisify(exec)`,
    /// `import { exec as run }`, `const HOST = "0.0.0.0"`), followed through up to four names,
    /// matches the expression. Lets a rule see through aliases and named constants. With
    /// `nearest`, only the name's last binding before the capture counts: a declared type
    /// (`int count`) is that of the parameter or local in scope, not of a namesake elsewhere.
    case resolvesTo(capture: String, regex: String, nearest: Bool = false)
    /// Going up from the reported node, a node of `kinds` comes before any node of `stop`: a
    /// `defer` in a loop, but not in a function literal called in the loop. With `callbacks`, a
    /// function passed to a call like `items.forEach(...)` counts as a loop too.
    /// With `invariant`, that capture must read nothing the loop binds (the same value on
    /// every turn), `binds` naming the binding places as `parent_kind.field`.
    case insideBefore(kinds: Set<String>, stop: Set<String>, callbacks: IterationCallbacks? = nil, invariant: String? = nil, binds: Set<String> = [])
    /// Some enclosing node of `kinds` is named (its `name`, `left` or `key` field) so that the
    /// expression matches (or, `negated`, none is): `math/rand` inside `func newToken()` or
    /// `token := ...`.
    case insideNamed(kinds: Set<String>, regex: String, negated: Bool)
    /// The value the captured name is assigned there is never read (`UnreadValues`): the
    /// variable is assigned again first, or not used afterwards; `loops` are the node kinds
    /// whose next turn may read it.
    case valueUnread(capture: String, loops: Set<String>)
    /// The nearest enclosing node of `kinds` holds text matching `regex` (for `inside-containing`,
    /// the file when there is no such node: `Access-Control-Allow-Origin: *` matters where
    /// credentials are allowed too), or, negated, does not (a response written in a handler that
    /// declares a JSON content type is no page); `{{capture}}` stands for the capture's text, escaped.
    case insideContaining(kinds: Set<String>, regex: String, negated: Bool)
    /// The captured name is a reference the file's scope graph binds to nothing, and it is no
    /// builtin or global of these environments (`globals.json`, `UnboundNames`): undefined names.
    case unbound(capture: String, environments: [String])
    /// The captured statement can complete normally (`NormalCompletion`): a `switch` case that
    /// runs on into the next.
    /// With `negated`, it cannot: an `if`/`else` chain every branch of which returns or throws.
    case fallsThrough(capture: String, completion: NormalCompletion, negated: Bool = false)
    /// The next read of the captured variable in its function, before any assignment and where
    /// it runs whenever the capture does (`NextReads`), has a parent of `parentKinds` or is an
    /// argument of a call whose function matches `callee` (either will do; a kind may name its
    /// operator, `binary_expression <<`); `negated`: there is
    /// such a read that does neither (`free(p)` then `p->next`, but not `free(p)` again). With
    /// `into`, that read becomes a capture, for `report` and the message: the use after `free`.
    /// With `any`, the first such read among the later ones counts, not only the next (a pointer a
    /// smart pointer owns may be read freely, then freed once too often).
    case nextRead(capture: String, parentKinds: Set<String>, callee: String?, negated: Bool, into: String?, any: Bool)
    /// The captured closure, made inside a loop, reads a name the loop rebinds on each turn
    /// (`LateBoundLoopReads`); the first such read becomes the capture `into`, for `report` and
    /// the message.
    case readsLoopVariable(capture: String, into: String, reads: LateBoundLoopReads)
    /// The captured binding hides an earlier `def`, class or import of the same name and scope
    /// that nothing used (`UnusedRedefinitions`): pyflakes' redefinition of an unused name.
    case redefinesUnused(capture: String, UnusedRedefinitions)
    /// The captured formatting call (or a name bound to one) pastes a value that is not fixed
    /// (`PastedValues`): SQL built from a column name picked from an allow-list is not.
    case pastesData(capture: String, PastedValues)
    /// The captured key of a dict or object entry repeats an earlier key of the same literal
    /// with another value (`RepeatedKeys`).
    case repeatedKey(capture: String, RepeatedKeys)
}
