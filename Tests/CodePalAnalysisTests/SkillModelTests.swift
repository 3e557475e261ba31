import CodePalAnalysis
import Foundation
import TestSupport
import XCTest

/// Scripted histories over several weeks: the profiles, gaps and paths a teacher would expect.
final class SkillModelTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func day(_ n: Double) -> Date { now.addingTimeInterval(-n * 86_400) }

    func events(_ user: String, _ script: [(Double, LearningEvent.Kind, String?, String?, Int)]) -> [LearningEvent] {
        script.map { LearningEvent(user: user, at: day($0.0), kind: $0.1, rule: $0.2, category: $0.3, count: $0.4) }
    }

    /// Keeps writing SQL injections and fixes them only with the quick fix.
    func testQuickFixOnlySecurityMistakesComeFirstOnThePath() {
        var script: [(Double, LearningEvent.Kind, String?, String?, Int)] = []
        for week in 0..<5 {
            let d = Double(week * 7 + 1)
            script += [(d, .edited, nil, nil, 200), (d, .introduced, "py/sql-injection", "security", 1), (d, .fixedByQuickFix, "py/sql-injection", "security", 1),
                       (d, .introduced, "py/print-in-library", "best-practice", 1), (d, .fixedByHand, "py/print-in-library", "best-practice", 1)]
        }
        let report = SkillModel.report(user: "ann", events: events("ann", script), now: now, explanation: { _ in "Never build SQL from input. Use parameters instead. More text." })
        XCTAssertEqual(report.gaps.first?.key, "py/sql-injection")
        XCTAssertEqual(report.gaps.first?.kind, "quick-fix-only")
        XCTAssertEqual(report.path.first?.read, "Never build SQL from input. Use parameters instead.")
        let security = report.categories.first { $0.key == "security" }!
        let practice = report.categories.first { $0.key == "best-practice" }!
        XCTAssertLessThan(security.skill, practice.skill, "quick fixes only count for less than fixing by hand")
        XCTAssertEqual(security.selfFixShare, 0)
        XCTAssertGreaterThan(security.confidence, 0.6)
        XCTAssertEqual(report.weeks.count, 5)
    }

    /// Made the mistake often a month ago, fixed it by hand, and stopped while still writing code.
    func testALearnerImprovesAndHasNoGap() {
        var script: [(Double, LearningEvent.Kind, String?, String?, Int)] = []
        for d in stride(from: 40.0, through: 20, by: -2) {
            script += [(d, .edited, nil, nil, 100), (d, .introduced, "js/loose-equality", "correctness", 1), (d, .fixedByHand, "js/loose-equality", "correctness", 1)]
        }
        for d in stride(from: 12.0, through: 0, by: -2) { script.append((d, .edited, nil, nil, 150)) }
        let report = SkillModel.report(user: "ben", events: events("ben", script), now: now)
        let rule = report.rules.first { $0.key == "js/loose-equality" }!
        XCTAssertEqual(rule.trend, "improving")
        XCTAssertEqual(rule.selfFixShare, 1)
        XCTAssertTrue(report.gaps.isEmpty, "\(report.gaps)")
        XCTAssertTrue(report.path.isEmpty)
    }

    /// Never makes security mistakes but writes deeply nested code that stays.
    func testNestedCodeIsTheGapNotSecurity() {
        var script: [(Double, LearningEvent.Kind, String?, String?, Int)] = []
        for d in stride(from: 20.0, through: 0, by: -4) {
            script += [(d, .edited, nil, nil, 120), (d, .introduced, "complexity/nesting", "complexity", 1)]
        }
        let report = SkillModel.report(user: "cat", events: events("cat", script), now: now)
        XCTAssertEqual(report.gaps.map(\.key), ["complexity/nesting"])
        XCTAssertEqual(report.gaps.first?.kind, "unresolved")
        XCTAssertNil(report.categories.first { $0.key == "security" })
        XCTAssertTrue(SkillModel.markdown(report).contains("complexity/nesting"))
    }

    func testNoEventsGiveAnEmptyReport() {
        let report = SkillModel.report(user: "new", events: [], now: now)
        XCTAssertTrue(report.rules.isEmpty && report.gaps.isEmpty && report.weeks.isEmpty)
        XCTAssertTrue(SkillModel.markdown(report).contains("No findings recorded yet."))
    }

    func testTimeToFixAndComplexityOfChangedFunctions() {
        let events = [
            LearningEvent(user: "dan", at: day(1), kind: .edited, count: 100),
            LearningEvent(user: "dan", at: day(1), kind: .introduced, rule: "py/bare-except", category: "correctness", count: 3),
            LearningEvent(user: "dan", at: day(1), kind: .fixedByHand, rule: "py/bare-except", category: "correctness", seconds: 60),
            LearningEvent(user: "dan", at: day(1), kind: .fixedByHand, rule: "py/bare-except", category: "correctness", seconds: 600),
            LearningEvent(user: "dan", at: day(1), kind: .fixedByHand, rule: "py/bare-except", category: "correctness", seconds: 120),
            LearningEvent(user: "dan", at: day(1), kind: .functionComplexity, category: "complexity", count: 4),
            LearningEvent(user: "dan", at: day(1), kind: .functionComplexity, category: "complexity", count: 8),
            LearningEvent(user: "dan", at: day(1), kind: .refactoringUsed, rule: "refactor.extract.function", category: "refactoring"),
        ]
        let report = SkillModel.report(user: "dan", events: events, now: now)
        XCTAssertEqual(report.rules.first?.medianMinutesToFix, 2.0)
        XCTAssertEqual(report.weeks.first?.averageCognitive, 6.0)
        XCTAssertEqual(report.refactoringsUsed, 1)
        XCTAssertTrue(SkillModel.markdown(report).contains("| 100 | 30.0 | 6.0 |"), SkillModel.markdown(report))
    }

    /// Gaps of rules that share a lesson make one step of the path, which reads the lesson.
    func testGapsAreGroupedIntoLessons() {
        var events: [LearningEvent] = []
        for week in 0..<4 {
            for rule in ["py/sql-injection", "js/command-injection"] {
                events += [LearningEvent(user: "eve", at: day(Double(week * 7 + 1)), kind: .introduced, rule: rule, category: "security"),
                           LearningEvent(user: "eve", at: day(Double(week * 7 + 1)), kind: .fixedByQuickFix, rule: rule, category: "security")]
            }
        }
        let lessons = Lessons(lessons: [Lessons.Lesson(id: "injection", title: "Untrusted input", rules: ["*/sql-injection", "*/command-injection"],
                                                       text: "Pass input as data.")])
        let report = SkillModel.report(user: "eve", events: events, now: now, explanation: { _ in "Why. More." }, lessons: lessons)
        XCTAssertEqual(report.gaps.count, 2)
        XCTAssertEqual(report.path.count, 1)
        XCTAssertEqual(report.path.first?.topic, "Untrusted input")
        XCTAssertEqual(Set(report.path.first?.rules ?? []), ["py/sql-injection", "js/command-injection"])
        XCTAssertTrue(report.path.first?.read.hasPrefix("Pass input as data.") ?? false)
    }

    /// Findings present when a file is opened are the learner's state: open, not introduced, and
    /// counted once however often the file is opened; the latest opening of each file wins.
    func testFindingsPresentAtOpeningAreOpenButNotIntroduced() {
        func opening(_ n: Double, _ file: String, present: Int) -> [LearningEvent] {
            [LearningEvent(user: "fay", at: day(n), kind: .fileOpened, fileHash: file, count: present)]
                + (present > 0 ? [LearningEvent(user: "fay", at: day(n), kind: .presentAtOpen, rule: "py/sql-injection", category: "security",
                                                fileHash: file, count: present)] : [])
        }
        var history = opening(3, "a", present: 2) + opening(2, "a", present: 2) + opening(2, "b", present: 1)
        var report = SkillModel.report(user: "fay", events: history, now: now)
        var rule = report.rules.first { $0.key == "py/sql-injection" }!
        XCTAssertEqual(rule.open, 3, "two in a (opened twice), one in b")
        XCTAssertEqual(rule.introduced, 0)
        XCTAssertEqual(rule.confidence, 0)
        XCTAssertEqual(report.categories.first { $0.key == "security" }?.open, 3)
        XCTAssertTrue(report.gaps.isEmpty, "code the learner did not write is no gap")
        XCTAssertEqual(report.weeks.first?.introduced ?? 0, 0)

        // In a: one fixed by hand, one more written; then b, fixed outside the editor, opened again.
        history += [LearningEvent(user: "fay", at: day(1.5), kind: .fixedByHand, rule: "py/sql-injection", category: "security", fileHash: "a"),
                    LearningEvent(user: "fay", at: day(1.4), kind: .introduced, rule: "py/sql-injection", category: "security", fileHash: "a")]
            + opening(1, "b", present: 0)
        report = SkillModel.report(user: "fay", events: history, now: now)
        rule = report.rules.first { $0.key == "py/sql-injection" }!
        XCTAssertEqual(rule.open, 2)
        XCTAssertEqual(rule.introduced, 1)
        XCTAssertEqual(rule.fixedByHand, 1)
    }

    /// Events recorded before files were marked at opening keep counting as before.
    func testEventsWithoutOpeningMarksCountAsBefore() {
        let report = SkillModel.report(user: "gus", events: events("gus", [(2, .introduced, "py/bare-except", "correctness", 3),
                                                                           (1, .fixedByHand, "py/bare-except", "correctness", 1)]), now: now)
        XCTAssertEqual(report.rules.first?.open, 2)
    }

    func testLessonsFileOfTheRepositoryCoversTheSecurityRules() {
        let lessons = Lessons.load(Repository.registry)
        XCTAssertGreaterThan(lessons.lessons.count, 5)
        for rule in ["py/sql-injection", "js/reflected-xss", "py/weak-hash", "js/unused-variable", "complexity/nesting", "py/compare-to-none",
                     "go/sql-injection", "go/xss", "go/tls-verification-disabled", "go/weak-tls-version", "go/ignored-error", "go/unchecked-error",
                     "go/defer-in-loop", "java/sql-injection", "java/tls-verification", "java/catch-throwable", "java/resource-leak",
                     "java/string-reference-equality", "java/unsafe-deserialization", "java/unused-import",
                     "c/banned-function", "c/use-after-free", "c/double-free", "c/malloc-unchecked", "c/format-string-not-literal",
                     "c/command-injection", "c/weak-crypto", "c/insecure-random", "cpp/raw-new-delete", "cpp/using-namespace-in-header",
                     "java/xxe", "java/xxe-factory", "cpp/malloc-unchecked", "cpp/insecure-random-engine"] {
            XCTAssertNotNil(lessons.lesson(for: rule), rule)
        }
        XCTAssertNotNil(lessons.explanations["complexity/cognitive"])
    }
}
