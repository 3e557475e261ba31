import CodePalSyntax
import Foundation

/// The findings of one document as learning follows them from one analysed revision to the next,
/// and the events each revision implies: what was there when the file was opened, what the user
/// introduced, and what went away and how. Plain values in, events out; the server only feeds it
/// the findings of each revision it analyses, in order, and stores what comes back.
///
/// A finding is its rule plus a hash of the text it flags. Byte offsets are no identity: every
/// line typed above a finding moves it. When the flagged text itself changes while the rule
/// still fires (a vulnerable query edited but still vulnerable), that is the same finding, not a
/// fix plus a new mistake: findings of a rule left unmatched on both sides are paired, nearest
/// first, before anything is called introduced or resolved. So a revision introduces as many
/// findings of a rule as it has more than the revision before, and resolves as many as it has fewer.
public struct FindingLedger: Sendable {
    public struct Finding: Hashable, Sendable {
        public var rule: String
        public var category: String
        public var cwe: String?
        /// A hash of the flagged text: survives edits elsewhere in the file.
        public var identity: UInt64
        /// Where it is in this revision, only to pair findings whose text changed.
        public var offset: Int

        public init(rule: String, category: String, cwe: String? = nil, identity: UInt64, offset: Int) {
            self.rule = rule
            self.category = category
            self.cwe = cwe
            self.identity = identity
            self.offset = offset
        }
    }

    /// Who and what the events are about.
    public struct Origin: Sendable, Equatable {
        public var user: String
        public var language: String?
        /// A hash of the file's path: per-file state without the path itself.
        public var fileHash: String?

        public init(user: String, language: String?, fileHash: String?) {
            self.user = user
            self.language = language
            self.fileHash = fileHash
        }
    }

    private struct Tracked {
        var finding: Finding
        /// When it appeared in this session; nil for a finding already there at opening.
        var since: Date?
    }

    public let origin: Origin
    private var tracked: [Tracked]

    /// The findings open now.
    public var open: [Finding] { tracked.map(\.finding) }

    /// The ledger of a document as it is opened, and the events that record its state: a
    /// `fileOpened` mark and, per rule, the findings `presentAtOpen`.
    ///
    /// Findings there at opening are the learner's current state, so they count as open in the
    /// profile; but this session did not write them (the file may come from a teacher, a
    /// template or a colleague), so they are not introductions and weigh on neither the rate nor
    /// the confidence of a rule. Fixing one later counts as a fix like any other. The mark lets
    /// the model replace what it knew of the file by this state, so opening it again, in this
    /// session or the next, does not count its findings twice, and a file fixed outside the
    /// editor shows nothing open once it is opened again.
    public static func opening(_ findings: [Finding], origin: Origin, at now: Date) -> (ledger: FindingLedger, events: [LearningEvent]) {
        let ledger = FindingLedger(origin: origin, tracked: findings.map { Tracked(finding: $0, since: nil) })
        var events = [LearningEvent(user: origin.user, at: now, kind: .fileOpened, language: origin.language, fileHash: origin.fileHash,
                                    count: findings.count)]
        for group in ledger.byRule(findings) {
            events.append(ledger.event(.presentAtOpen, group[0], at: now, count: group.count))
        }
        return (ledger, events)
    }

    private init(origin: Origin, tracked: [Tracked]) {
        self.origin = origin
        self.tracked = tracked
    }

    /// The next analysed revision: its findings against the last revision's.
    /// - Parameter announced: resolutions the client announced per rule (a quick fix or a
    ///   suppression applied through a code action); each is used by one finding of its rule that
    ///   goes away, and removed. Other findings that go away were fixed by hand.
    public mutating func advance(to current: [Finding], at now: Date, announced: inout [String: LearningEvent.Kind]) -> [LearningEvent] {
        var previous = tracked
        var next: [Tracked] = []
        var appeared: [Finding] = []
        // The same rule and flagged text: the same finding.
        var unmatched: [Finding] = []
        var byKey: [String: [Int]] = [:]
        for (index, old) in previous.enumerated() { byKey[Self.key(old.finding), default: []].append(index) }
        var taken = Set<Int>()
        for finding in current {
            if let index = byKey[Self.key(finding)]?.first(where: { !taken.contains($0) }) {
                taken.insert(index)
                next.append(Tracked(finding: finding, since: previous[index].since))
            } else {
                unmatched.append(finding)
            }
        }
        previous = previous.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
        // The same rule, its text changed: still the same finding, paired nearest first.
        var pairs: [(distance: Int, old: Int, new: Int)] = []
        for (newIndex, finding) in unmatched.enumerated() {
            for (oldIndex, old) in previous.enumerated() where old.finding.rule == finding.rule {
                pairs.append((abs(old.finding.offset - finding.offset), oldIndex, newIndex))
            }
        }
        var pairedOld = Set<Int>(), pairedNew = Set<Int>()
        for pair in pairs.sorted(by: { ($0.distance, $0.old, $0.new) < ($1.distance, $1.old, $1.new) })
        where !pairedOld.contains(pair.old) && !pairedNew.contains(pair.new) {
            pairedOld.insert(pair.old)
            pairedNew.insert(pair.new)
            next.append(Tracked(finding: unmatched[pair.new], since: previous[pair.old].since))
        }
        for (index, finding) in unmatched.enumerated() where !pairedNew.contains(index) {
            appeared.append(finding)
            next.append(Tracked(finding: finding, since: now))
        }
        var events: [LearningEvent] = []
        for group in byRule(appeared) {
            events.append(event(.introduced, group[0], at: now, count: group.count))
        }
        // One event per finding resolved, each with its own time since it appeared.
        for (index, gone) in previous.enumerated() where !pairedOld.contains(index) {
            let how = announced.removeValue(forKey: gone.finding.rule) ?? .fixedByHand
            events.append(event(how, gone.finding, at: now, seconds: gone.since.map { now.timeIntervalSince($0) }))
        }
        tracked = next
        return events
    }

    /// The file was deleted: every open finding went with it. The ledger is empty afterwards.
    public mutating func deleted(at now: Date) -> [LearningEvent] {
        let events = byRule(open).map { event(.fileDeleted, $0[0], at: now, count: $0.count) }
        tracked = []
        return events
    }

    /// Findings of the diagnostics of one revision: analysis findings only (syntax errors are
    /// not habits, suppressed findings are the user's decision).
    public static func findings(_ diagnostics: [Diagnostic], text: SourceText, cwe: (String) -> String? = { _ in nil }) -> [Finding] {
        diagnostics.compactMap { diagnostic in
            guard diagnostic.category != "syntax", !diagnostic.isSuppressed else { return nil }
            let range = diagnostic.range.clamped(to: 0..<text.count)
            return Finding(rule: diagnostic.code, category: diagnostic.category, cwe: cwe(diagnostic.code),
                           identity: ContentHash.fnv1a(text.bytes[range]), offset: range.lowerBound)
        }
    }

    private static func key(_ finding: Finding) -> String { finding.rule + "#" + String(finding.identity, radix: 16) }

    /// Findings grouped by rule, in the order rules first occur.
    private func byRule(_ findings: [Finding]) -> [[Finding]] {
        var order: [String] = []
        var groups: [String: [Finding]] = [:]
        for finding in findings {
            if groups[finding.rule] == nil { order.append(finding.rule) }
            groups[finding.rule, default: []].append(finding)
        }
        return order.map { groups[$0]! }
    }

    private func event(_ kind: LearningEvent.Kind, _ finding: Finding, at now: Date, count: Int = 1, seconds: Double? = nil) -> LearningEvent {
        LearningEvent(user: origin.user, at: now, kind: kind, rule: finding.rule, category: finding.category, cwe: finding.cwe,
                      language: origin.language, fileHash: origin.fileHash, count: count, seconds: seconds)
    }
}
