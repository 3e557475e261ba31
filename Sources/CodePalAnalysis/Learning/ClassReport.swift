import Foundation

/// A teacher's view of a class: per topic, how often it came up and who struggles with it; per
/// learner, their gaps; per week, the class's findings per 1,000 edited lines. Built from each
/// learner's own `SkillModel.Report`, so that the class figures and a learner's agree.
public struct ClassReport: Codable, Sendable, Equatable {
    public struct Topic: Codable, Sendable, Equatable {
        public let key: String
        public let introduced: Int
        public let fixed: Int
        public let open: Int
        /// Learners who introduced at least one finding of this topic.
        public let learners: Int
        /// Learners with a confirmed gap in this topic (it keeps coming back).
        public let struggling: [String]
        public let averageSkill: Double
    }

    public struct Learner: Codable, Sendable, Equatable {
        public let user: String
        public let editedLines: Int
        public let introduced: Int
        public let gaps: [String]
    }

    public struct Week: Codable, Sendable, Equatable {
        public let start: Date
        public let editedLines: Int
        public let introduced: Int
        public let findingsPerKLOC: Double
        public let activeLearners: Int
    }

    public let generatedAt: Date
    public let learners: [Learner]
    public let topics: [Topic]
    public let weeks: [Week]

    public init(reports: [SkillModel.Report], now: Date = Date()) {
        generatedAt = now
        learners = reports.map { report in
            Learner(user: report.user, editedLines: report.editedLines, introduced: report.categories.reduce(0) { $0 + $1.introduced },
                    gaps: report.gaps.map(\.key))
        }.sorted { $0.user < $1.user }
        var byTopic: [String: [(user: String, topic: SkillModel.Topic, gap: Bool)]] = [:]
        for report in reports {
            let gaps = Set(report.gaps.map(\.key))
            for topic in report.categories {
                byTopic[topic.key, default: []].append((report.user, topic, gaps.contains(topic.key)))
            }
        }
        topics = byTopic.map { key, entries in
            Topic(key: key, introduced: entries.reduce(0) { $0 + $1.topic.introduced },
                  fixed: entries.reduce(0) { $0 + $1.topic.fixedByHand + $1.topic.fixedByQuickFix },
                  open: entries.reduce(0) { $0 + $1.topic.open },
                  learners: entries.filter { $0.topic.introduced > 0 }.count,
                  struggling: entries.filter(\.gap).map(\.user).sorted(),
                  averageSkill: entries.reduce(0) { $0 + $1.topic.skill } / Double(entries.count))
        }.sorted { ($0.struggling.count, $0.introduced, $1.key) > ($1.struggling.count, $1.introduced, $0.key) }
        var byWeek: [Date: (lines: Int, introduced: Int, learners: Int)] = [:]
        for report in reports {
            for week in report.weeks {
                let sum = byWeek[week.start] ?? (0, 0, 0)
                byWeek[week.start] = (sum.lines + week.editedLines, sum.introduced + week.introduced, sum.learners + 1)
            }
        }
        weeks = byWeek.keys.sorted().map { start in
            let sum = byWeek[start]!
            return Week(start: start, editedLines: sum.lines, introduced: sum.introduced,
                        findingsPerKLOC: sum.lines > 0 ? (Double(sum.introduced) * 1000 / Double(sum.lines) * 10).rounded() / 10 : 0,
                        activeLearners: sum.learners)
        }
    }

    /// Plain text for the terminal.
    public var text: String {
        var lines = ["Class report: \(learners.count) learner(s)", "", "Topics (who struggles first):"]
        for topic in topics {
            lines.append("  \(topic.key): \(topic.introduced) introduced, \(topic.fixed) fixed, \(topic.open) open, \(topic.learners) learner(s)"
                + (topic.struggling.isEmpty ? "" : "; struggling: " + topic.struggling.joined(separator: ", ")))
        }
        lines += ["", "Learners:"]
        for learner in learners {
            lines.append("  \(learner.user): \(learner.editedLines) lines edited, \(learner.introduced) introduced"
                + (learner.gaps.isEmpty ? "" : "; gaps: " + learner.gaps.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }
}
