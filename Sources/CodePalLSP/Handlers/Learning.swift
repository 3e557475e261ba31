import CodePalAnalysis
import CodePalStore
import CodePalSupport
import Foundation

extension LanguageServer {
    /// Writes the learning events every session of the process has buffered.
    public static func flushLearning() { LearningRecorder.flushAll() }

    static let recordFixCommand = "codepal.recordFix"
    static let completionAcceptedCommand = "codepal.completionAccepted"
    static let showLearningReportCommand = "codepal.showLearningReport"
    static let recordRefactoringCommand = "codepal.recordRefactoring"

    /// From `initializationOptions.codepal`: `metrics` (default true), `user` (default the OS
    /// user), `learningPath` (default `LearningStore.defaultPath`; a `postgres://` URL names a
    /// PostgreSQL store), `retentionDays` (365), `nudges` (true). A server started with
    /// `--learning-db` or a token file decides the store and the user itself.
    func startLearning(_ options: JSON?) {
        guard self.options.learningMetrics, options?["metrics"]?.bool ?? true else { return }
        // A token's user wins over whatever the client says it is.
        let user = self.options.identity?.user ?? options?["user"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
        let path = self.options.learningStore?.location ?? options?["learningPath"]?.string ?? LearningStore.defaultPath
        nudges = options?["nudges"]?.bool ?? true
        do {
            let store: any LearningBackend
            if let shared = self.options.learningStore {
                // Retention on a shared store is the operator's business, not each session's.
                store = shared
            } else {
                store = try LearningStores.open(path, warn: { [weak self] in self?.log.warning("\($0)") })
                let days = options?["retentionDays"]?.int ?? 365
                try? store.prune(before: Date().addingTimeInterval(-Double(days) * 86_400))
            }
            let rules = self.rules
            let analyses = self.analyses
            let recorder = LearningRecorder(store: store, user: user, settle: self.options.analysisDelay, cwe: { code in
                rules?.rule(code).flatMap { $0.cwe.first.map { "CWE-\($0)" } }
            }, analysis: { snapshot, configuration, rules in
                analyses.analysisIfCurrent(of: snapshot, configuration: configuration, rules: rules)
            }, flushInterval: self.options.learningFlushInterval)
            recorder.onFlush = { [weak self] recorder in self?.nudgeIfNeeded(recorder) }
            learning = recorder
            log.info("learning metrics for \(user) in \(path)")
        } catch {
            log.warning("learning metrics off: cannot open \(path): \(error)")
        }
    }

    /// At most once per session, a message when the learning path has a confirmed gap.
    private func nudgeIfNeeded(_ recorder: LearningRecorder) {
        guard nudges, !nudged, let report = learningReport(recorder), let gap = report.gaps.first else { return }
        nudged = true
        showMessage(3, "CodePal: `\(gap.key)` keeps coming back (\(gap.evidence)). Run “CodePal: learning report” to see what to learn next.")
    }

    func learningReport(_ recorder: LearningRecorder, user: String? = nil) -> SkillModel.Report? {
        let user = user ?? recorder.user
        guard let events = try? recorder.store.events(user: user) else { return nil }
        let rules = self.rules
        let registry = self.registry
        return SkillModel.report(user: user, events: events, explanation: { rules?.rule($0)?.explanation },
                                 lessons: Lessons.load(registry))
    }

    /// `codepal/learningReport` (`{user?}`): the profile, gaps, path and weekly trend as JSON.
    /// A learner with a token sees only their own; a teacher may name any user.
    func learningReportRequest(_ params: JSON) throws -> RequestWork {
        guard let recorder = learning else { throw ResponseError.requestFailed("learning metrics are off for this session") }
        let asked = params["user"]?.string
        if let identity = options.identity, let asked, asked != identity.user, identity.role != .teacher {
            throw ResponseError.requestFailed("not allowed: a learner sees only their own learning report")
        }
        return { [weak self] _ in
            recorder.flush()
            guard let report = self?.learningReport(recorder, user: asked) else { return .null }
            return try Self.encoded(report)
        }
    }

    /// `codepal/classReport`: every learner of the store, per topic and per week (`ClassReport`).
    /// Teachers only, when sessions have identities; a local session is its machine's owner.
    func classReportRequest(_ params: JSON) throws -> RequestWork {
        if let identity = options.identity, identity.role != .teacher {
            throw ResponseError.requestFailed("not allowed: the class report is for teachers (\(identity.user) is a learner)")
        }
        guard let recorder = learning else { throw ResponseError.requestFailed("learning metrics are off for this session") }
        let rules = self.rules
        let registry = self.registry
        return { _ in
            recorder.flush()
            let lessons = Lessons.load(registry)
            let reports = try recorder.store.users().map { user in
                SkillModel.report(user: user, events: try recorder.store.events(user: user), explanation: { rules?.rule($0)?.explanation },
                                  lessons: lessons)
            }
            return try Self.encoded(ClassReport(reports: reports))
        }
    }

    private static func encoded<T: Encodable>(_ value: T) throws -> JSON {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try JSONParser.parse(Array(try encoder.encode(value)))
    }

    /// The learning commands of `workspace/executeCommand`, or nil for other commands.
    func learningCommand(_ command: String, _ params: JSON) throws -> RequestWork? {
        switch command {
        case Self.recordFixCommand:
            guard let uri = params["arguments"]?[0]?.string, let rule = params["arguments"]?[1]?.string, let how = params["arguments"]?[2]?.string else {
                throw ResponseError.invalidParams("\(command) takes [uri, rule, quickfix|suppress]")
            }
            learning?.resolution(uri: uri, rule: rule, how: how == "suppress" ? .suppressed : .fixedByQuickFix)
            return { _ in .null }
        case Self.recordRefactoringCommand:
            learning?.refactoringUsed(params["arguments"]?[0]?.string ?? "refactor")
            return { _ in .null }
        case Self.completionAcceptedCommand:
            guard let label = params["arguments"]?[0]?.string else { throw ResponseError.invalidParams("\(command) takes [label, source, kind, rank]") }
            learning?.completionAccepted(label: label, source: params["arguments"]?[1]?.string ?? "",
                                         kind: params["arguments"]?[2]?.string, rank: params["arguments"]?[3]?.int)
            return { _ in .null }
        case Self.showLearningReportCommand:
            guard let recorder = learning else { return { _ in .string("Learning metrics are off for this session.") } }
            return { [weak self] _ in
                recorder.flush()
                guard let report = self?.learningReport(recorder) else { return .null }
                return .string(SkillModel.markdown(report))
            }
        default:
            return nil
        }
    }
}
