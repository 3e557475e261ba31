import CodePalSyntax

public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, info, hint

    var rank: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .info: return 1
        case .hint: return 0
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A finding in one file, in byte offsets. Faces convert it to LSP, SARIF or terminal lines.
public struct Diagnostic: Sendable, Hashable {
    public var range: Range<Int>
    public var severity: Severity
    /// Stable rule identifier, e.g. `syntax` or `complexity/cognitive`.
    public var code: String
    /// `syntax`, `complexity`, or a lint category (security, correctness, ...).
    public var category: String
    public var message: String
    public var fix: Fix?
    /// Editor hints: `unnecessary` (unused code), `deprecated`.
    public var tags: [String]
    /// Silenced by a `codepal: ignore` comment: hidden from people, kept for SARIF.
    public var isSuppressed = false

    public init(range: Range<Int>, severity: Severity, code: String, category: String, message: String,
                fix: Fix? = nil, tags: [String] = []) {
        self.range = range
        self.severity = severity
        self.code = code
        self.category = category
        self.message = message
        self.fix = fix
        self.tags = tags
    }
}

/// A minimal text edit that resolves a finding, in byte offsets.
public struct Fix: Sendable, Hashable {
    public var title: String
    public var range: Range<Int>
    public var replacement: String
    public var isSafe: Bool

    public init(title: String, range: Range<Int>, replacement: String, isSafe: Bool) {
        self.title = title
        self.range = range
        self.replacement = replacement
        self.isSafe = isSafe
    }
}
