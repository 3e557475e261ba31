import Foundation

/// What a user's events say about their skills: per rule and per category, how often they
/// introduce a problem per thousand edited lines, how they resolve it, the trend, and a
/// confidence that grows with evidence; then the gaps and an ordered learning path.
///
/// The model, in short: every event weighs 0.5^(age / 30 days). Rate = weighted introductions
/// per weighted KLOC edited. Self-fix share = weighted hand fixes / weighted resolutions.
/// Skill = 1 / (1 + rate / 4) × (0.5 + 0.5 × self-fix share). Confidence = 1 − e^(−n/5) for n
/// introductions. Trend compares the rate of the last 14 days with the rate before. Open = per
/// file, the findings present at its latest opening plus those introduced since, minus those
/// resolved since: findings present at opening are open but not introductions.
public enum SkillModel {
    public static let halfLifeDays = 30.0

    public struct Topic: Codable, Sendable, Equatable {
        public let key: String
        public let category: String
        public let introduced: Int
        public let fixedByHand: Int
        public let fixedByQuickFix: Int
        public let suppressed: Int
        public let open: Int
        public let perKLOC: Double
        public let selfFixShare: Double?
        /// Median minutes from a finding's appearance to its fix by hand (this session's findings).
        public let medianMinutesToFix: Double?
        /// The same for quick fixes.
        public let medianMinutesToQuickFix: Double?
        public let skill: Double
        public let confidence: Double
        public let trend: String
        public let lastSeen: Date
    }

    public struct Gap: Codable, Sendable, Equatable {
        public let key: String
        public let category: String
        public let kind: String
        public let evidence: String
    }

    public struct Step: Codable, Sendable, Equatable {
        public let topic: String
        public let why: String
        public let read: String
        public let rules: [String]
    }

    public struct Week: Codable, Sendable, Equatable {
        public let start: Date
        public let editedLines: Int
        public let introduced: Int
        public let findingsPerKLOC: Double
        /// Mean cognitive complexity of the functions written or changed that week.
        public let averageCognitive: Double?
        /// Findings per 1,000 edited lines, by category.
        public let byCategory: [String: Double]
    }

    public struct Report: Codable, Sendable, Equatable {
        public let user: String
        public let generatedAt: Date
        public let editedLines: Int
        public let categories: [Topic]
        public let rules: [Topic]
        public let gaps: [Gap]
        public let path: [Step]
        public let weeks: [Week]
        public let refactoringsUsed: Int
        public let completionsAccepted: Int
        public let completionsOffered: Int
    }

    /// - Parameter explanation: a rule's explanation (the lessons of the learning path).
    /// - Parameters:
    ///   - explanation: a rule's own explanation.
    ///   - lessons: topics that group rules, with what to read; a gap's step belongs to its lesson.
    public static func report(user: String, events: [LearningEvent], now: Date = Date(), explanation: (String) -> String? = { _ in nil },
                              lessons: Lessons = Lessons()) -> Report {
        func weight(_ event: LearningEvent) -> Double { pow(0.5, max(0, now.timeIntervalSince(event.at)) / 86_400 / halfLifeDays) }
        let edits = events.filter { $0.kind == .edited }
        let editedLines = edits.reduce(0) { $0 + $1.count }
        let weightedKLOC = max(0.05, edits.reduce(0.0) { $0 + weight($1) * Double($1.count) } / 1000)
        let findings = events.filter { $0.kind != .edited && $0.kind != .completionAccepted && $0.kind != .functionComplexity && $0.rule != nil }
        // Open findings are counted file by file from the file's latest opening: what was present
        // then, plus what was introduced since, minus what was resolved since. Earlier events of
        // that file are history, already summed up by the state at that opening. Events of files
        // without an opening mark (recorded before marks existed) all count.
        var lastOpened: [String: Date] = [:]
        for event in events where event.kind == .fileOpened {
            if let file = event.fileHash, event.at > lastOpened[file] ?? .distantPast { lastOpened[file] = event.at }
        }
        func openFindings(_ group: [LearningEvent]) -> Int {
            var open = 0
            for event in group {
                if let file = event.fileHash, let opened = lastOpened[file], event.at < opened { continue }
                switch event.kind {
                case .presentAtOpen, .introduced: open += event.count
                case .fixedByHand, .fixedByQuickFix, .suppressed, .fileDeleted: open -= event.count
                default: break
                }
            }
            return max(0, open)
        }

        func topic(_ key: String, _ category: String, _ group: [LearningEvent]) -> Topic {
            func count(_ kind: LearningEvent.Kind) -> Int { group.filter { $0.kind == kind }.reduce(0) { $0 + $1.count } }
            func weighted(_ kind: LearningEvent.Kind) -> Double { group.filter { $0.kind == kind }.reduce(0) { $0 + weight($1) * Double($1.count) } }
            let introduced = count(.introduced)
            let resolvedWeight = weighted(.fixedByHand) + weighted(.fixedByQuickFix) + weighted(.suppressed)
            let share = resolvedWeight > 0 ? weighted(.fixedByHand) / resolvedWeight : nil
            let rate = weighted(.introduced) / weightedKLOC
            // Four findings per 1,000 lines halve the skill: the scale of a learner's week.
            let skill = 1 / (1 + rate / 4) * (0.5 + 0.5 * (share ?? 1))
            let recentCut = now.addingTimeInterval(-14 * 86_400)
            let recent = group.filter { $0.kind == .introduced && $0.at >= recentCut }.count
            let earlier = group.filter { $0.kind == .introduced && $0.at < recentCut }.count
            let recentKLOC = max(0.05, Double(edits.filter { $0.at >= recentCut }.reduce(0) { $0 + $1.count }) / 1000)
            let earlierKLOC = max(0.05, Double(edits.filter { $0.at < recentCut }.reduce(0) { $0 + $1.count }) / 1000)
            let trend: String
            if earlier == 0 { trend = recent > 0 ? "new" : "steady" }
            else if Double(recent) / recentKLOC < 0.5 * Double(earlier) / earlierKLOC { trend = "improving" }
            else if Double(recent) / recentKLOC > 1.5 * Double(earlier) / earlierKLOC { trend = "worsening" }
            else { trend = "steady" }
            func medianMinutes(_ kind: LearningEvent.Kind) -> Double? {
                let durations = group.filter { $0.kind == kind }.compactMap(\.seconds).sorted()
                return durations.isEmpty ? nil : (durations[durations.count / 2] / 6).rounded() / 10
            }
            return Topic(key: key, category: category, introduced: introduced, fixedByHand: count(.fixedByHand),
                         fixedByQuickFix: count(.fixedByQuickFix), suppressed: count(.suppressed), open: openFindings(group),
                         perKLOC: (rate * 10).rounded() / 10, selfFixShare: share.map { ($0 * 100).rounded() / 100 },
                         medianMinutesToFix: medianMinutes(.fixedByHand), medianMinutesToQuickFix: medianMinutes(.fixedByQuickFix),
                         skill: (skill * 100).rounded() / 100, confidence: ((1 - exp(-Double(introduced) / 5)) * 100).rounded() / 100,
                         trend: trend, lastSeen: group.map(\.at).max() ?? now)
        }
        let rules = Dictionary(grouping: findings, by: { $0.rule ?? "" })
            .map { topic($0.key, $0.value.first?.category ?? "other", $0.value) }
            .sorted { $0.skill != $1.skill ? $0.skill < $1.skill : $0.key < $1.key }
        let categories = Dictionary(grouping: findings, by: { $0.category ?? "other" })
            .map { topic($0.key, $0.key, $0.value) }
            .sorted { $0.skill != $1.skill ? $0.skill < $1.skill : $0.key < $1.key }

        // Gaps: recurring, unresolved or quick-fix-only problems, with enough evidence.
        var gaps: [Gap] = []
        for rule in rules where rule.confidence >= 0.45 {
            let days = Int(now.timeIntervalSince(rule.lastSeen) / 86_400)
            let seen = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
            if rule.fixedByQuickFix >= 3, (rule.selfFixShare ?? 1) < 0.34 {
                gaps.append(Gap(key: rule.key, category: rule.category, kind: "quick-fix-only",
                                evidence: "introduced \(rule.introduced) times, fixed \(rule.fixedByQuickFix) times with the quick fix and \(rule.fixedByHand) by hand; last seen \(seen)"))
            } else if rule.open >= 3 {
                gaps.append(Gap(key: rule.key, category: rule.category, kind: "unresolved",
                                evidence: "introduced \(rule.introduced) times, \(rule.open) still open; last seen \(seen)"))
            } else if rule.introduced >= 3, rule.trend != "improving" {
                gaps.append(Gap(key: rule.key, category: rule.category, kind: "recurring",
                                evidence: "introduced \(rule.introduced) times (\(rule.perKLOC) per 1,000 edited lines), trend \(rule.trend); last seen \(seen)"))
            }
        }
        let order = ["security": 0, "correctness": 1, "complexity": 2, "best-practice": 3, "performance": 4, "style": 5]
        gaps.sort { (order[$0.category] ?? 9, $0.key) < (order[$1.category] ?? 9, $1.key) }
        // One step per lesson (rules grouped by what to learn), in the order of their first gap.
        func excerpt(_ text: String) -> String {
            // The first two sentences (a period followed by a space ends one; `a.b` does not).
            let flat = text.replacingOccurrences(of: "\n", with: " ")
            let sentences = flat.components(separatedBy: ". ").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let kept = sentences.prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ". ")
            return kept.hasSuffix(".") ? kept : kept + "."
        }
        func why(_ gap: Gap) -> String {
            switch gap.kind {
            case "quick-fix-only": return "`\(gap.key)`: you fix it only with the quick fix; learn why it is wrong, so you stop writing it (\(gap.evidence))."
            case "unresolved": return "`\(gap.key)`: these findings stay in your code (\(gap.evidence))."
            default: return "`\(gap.key)`: you keep writing it (\(gap.evidence))."
            }
        }
        var path: [Step] = []
        var stepOfLesson: [String: Int] = [:]
        for gap in gaps {
            let ruleText = explanation(gap.key) ?? lessons.explanations[gap.key]
            if let lesson = lessons.lesson(for: gap.key) {
                if let index = stepOfLesson[lesson.id] {
                    let step = path[index]
                    path[index] = Step(topic: step.topic, why: step.why + " " + why(gap), read: step.read, rules: step.rules + [gap.key])
                } else {
                    stepOfLesson[lesson.id] = path.count
                    let read = lesson.text + (ruleText.map { " For `\(gap.key)`: " + excerpt($0) } ?? "")
                    path.append(Step(topic: lesson.title, why: why(gap), read: read, rules: [gap.key]))
                }
            } else {
                path.append(Step(topic: gap.key, why: why(gap), read: ruleText.map(excerpt) ?? "Read the rule's explanation (hover on a finding).", rules: [gap.key]))
            }
        }

        // Weeks, oldest first.
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let byWeek = Dictionary(grouping: events) { calendar.dateInterval(of: .weekOfYear, for: $0.at)?.start ?? $0.at }
        let weeks = byWeek.keys.sorted().map { start -> Week in
            let group = byWeek[start]!
            let lines = group.filter { $0.kind == .edited }.reduce(0) { $0 + $1.count }
            let introduced = group.filter { $0.kind == .introduced }.reduce(0) { $0 + $1.count }
            let cognitive = group.filter { $0.kind == .functionComplexity }.map { Double($0.count) }
            let perKLOC = { (n: Int) in ((Double(n) / max(0.05, Double(lines) / 1000)) * 10).rounded() / 10 }
            let byCategory = Dictionary(grouping: group.filter { $0.kind == .introduced }, by: { $0.category ?? "other" })
                .mapValues { perKLOC($0.reduce(0) { $0 + $1.count }) }
            return Week(start: start, editedLines: lines, introduced: introduced, findingsPerKLOC: perKLOC(introduced),
                        averageCognitive: cognitive.isEmpty ? nil : ((cognitive.reduce(0, +) / Double(cognitive.count)) * 10).rounded() / 10,
                        byCategory: byCategory)
        }
        return Report(user: user, generatedAt: now, editedLines: editedLines, categories: categories, rules: rules, gaps: gaps, path: path, weeks: weeks,
                      refactoringsUsed: events.filter { $0.kind == .refactoringUsed }.count,
                      completionsAccepted: events.filter { $0.kind == .completionAccepted }.count,
                      completionsOffered: events.filter { $0.kind == .completionOffered }.reduce(0) { $0 + $1.count })
    }

    /// The report as markdown, for the editor command and the terminal.
    public static func markdown(_ report: Report) -> String {
        var lines = ["# Learning report for \(report.user)", "",
                     "\(report.editedLines) lines edited, \(report.refactoringsUsed) refactorings used, \(report.completionsAccepted) of \(report.completionsOffered) completion lists accepted from."]
        if report.rules.isEmpty { lines += ["", "No findings recorded yet."] }
        if !report.path.isEmpty {
            lines += ["", "## What to learn next"]
            for (index, step) in report.path.enumerated() {
                lines += ["", "\(index + 1). **\(step.topic)** (\(step.rules.joined(separator: ", "))): \(step.why)", "   \(step.read)"]
            }
        }
        if !report.categories.isEmpty {
            lines += ["", "## Skills by category", "", "| category | skill | introduced | fixed by hand | quick fix | suppressed | open | trend | confidence |", "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
            for t in report.categories {
                lines.append("| \(t.key) | \(Int(t.skill * 100)) % | \(t.introduced) | \(t.fixedByHand) | \(t.fixedByQuickFix) | \(t.suppressed) | \(t.open) | \(t.trend) | \(Int(t.confidence * 100)) % |")
            }
        }
        if !report.weeks.isEmpty {
            lines += ["", "## Weeks", "", "| week of | lines edited | findings per 1,000 lines | average cognitive complexity of changed functions |", "|---|---:|---:|---:|"]
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            for week in report.weeks {
                lines.append("| \(formatter.string(from: week.start)) | \(week.editedLines) | \(week.findingsPerKLOC) | \(week.averageCognitive.map { "\($0)" } ?? "–") |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
