import Foundation

/// One thing that happened while a user worked. Never holds source text: rule ids, categories,
/// a hash of the file, counts.
public struct LearningEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A finding appeared in the user's code.
        case introduced
        /// Findings of a rule (in `count`) already in a file when it was opened: open, but not
        /// introduced by the user in this session.
        case presentAtOpen = "present-at-open"
        /// A file was opened (`fileHash`; `count` findings in it): what is known of the file's
        /// open findings starts again from the `presentAtOpen` events recorded with it.
        case fileOpened = "file-opened"
        /// A finding disappeared after the user changed the code by hand.
        case fixedByHand = "fixed-by-hand"
        /// The user applied CodePal's quick fix.
        case fixedByQuickFix = "fixed-by-quick-fix"
        /// The user suppressed the finding.
        case suppressed
        /// The file holding the finding was deleted.
        case fileDeleted = "file-deleted"
        /// Lines of code the user edited (in `count`), the denominator of rates.
        case edited
        /// A completion item was accepted (`rule` holds its label, `category` its source).
        case completionAccepted = "completion-accepted"
        /// A function's cognitive complexity when it was written or changed (in `count`).
        case functionComplexity = "function-complexity"
        /// A refactoring the user applied (`rule` holds its code action kind).
        case refactoringUsed = "refactoring-used"
        /// Completion lists shown (in `count`), per flush.
        case completionOffered = "completion-offered"
    }

    public var user: String
    public var at: Date
    public var kind: Kind
    public var rule: String?
    public var category: String?
    public var cwe: String?
    public var language: String?
    public var fileHash: String?
    public var count: Int
    /// For resolutions: seconds since the finding appeared in this session.
    public var seconds: Double?
    /// More about the event: for an accepted completion, its kind and rank (`function #2`);
    /// for a function's complexity, its band.
    public var detail: String?

    public init(user: String, at: Date, kind: Kind, rule: String? = nil, category: String? = nil, cwe: String? = nil,
                language: String? = nil, fileHash: String? = nil, count: Int = 1, seconds: Double? = nil, detail: String? = nil) {
        self.seconds = seconds
        self.detail = detail
        self.user = user
        self.at = at
        self.kind = kind
        self.rule = rule
        self.category = category
        self.cwe = cwe
        self.language = language
        self.fileHash = fileHash
        self.count = count
    }
}
