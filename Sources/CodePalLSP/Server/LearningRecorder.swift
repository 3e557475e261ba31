import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import Dispatch
import Foundation

/// Feeds what happens in a session to the learning engines (`FindingLedger`, `ChangedFunctions`)
/// and stores the events they return, off the request path: every revision of a document the
/// user stayed in is analysed, in order, and compared with the one before; how findings go away
/// (quick fix or suppression, from code actions' commands); lines edited; completions accepted.
/// Events are buffered and written every `flushInterval` (two seconds by default; a platform
/// server flushes sooner, and on SIGTERM, so that an instance that stops loses little or nothing).
///
/// Which revisions count does not depend on how busy the machine is nor on when the editor's
/// own analysis runs (it is debounced, and a later edit cancels it): the recorder keeps each
/// revision that lasted at least `settle` before the next edit (a pause in typing), each
/// whole-document replacement (a script, a formatter, an undo of everything: never a keystroke
/// on the way), the opening and the latest. It reuses the diagnostics the editor's analysis or a
/// pull computed for a revision, and analyses the others itself.
final class LearningRecorder: @unchecked Sendable {
    let store: any LearningBackend
    let user: String
    /// How long a revision must last before the next edit to be a state the user was in rather
    /// than a keystroke on the way: the server's pause before whole-file analyses.
    let settle: TimeInterval
    private let queue = DispatchQueue(label: "codepal.learning", qos: .utility)
    /// Analyses run here, not on `queue`: `acceptances` is read on the request path.
    private let analysisQueue = DispatchQueue(label: "codepal.learning.analysis", qos: .utility)
    private var buffer: [LearningEvent] = []
    private var documents: [String: Tracking] = [:]
    private var generations = 0
    /// Shutting down: every waiting revision is analysed now.
    private var finishing = false
    private var acceptanceCounts: [String: Int] = [:]
    private var timer: DispatchSourceTimer?
    var onFlush: ((LearningRecorder) -> Void)?

    /// The CWE of a rule, recorded with its findings.
    private let cwe: @Sendable (String) -> String?
    /// The analysis of a revision: the server's shared one when it has it (`DocumentAnalyses`).
    private let analysis: @Sendable (DocumentSnapshot, Configuration, RuleCatalog?) -> FileAnalysis

    /// How long the latest revision waits for the editor's own analysis of it before the recorder
    /// analyses it itself (a pull client that does not ask, a busy machine).
    private static let grace: TimeInterval = 1
    /// Revisions waiting per document; a flood of whole-document replacements beyond this keeps
    /// the newest, so that memory stays bounded.
    private static let pendingLimit = 64
    /// How long the timer lets the count of edited lines run before writing it. Each flush wrote
    /// one `edited` row: with a shared store's 250 ms flushes, four rows a second per typing
    /// learner (115,914 rows for 200 learners in the two-minute load test), for a count the
    /// skill model reads per day. A crash loses at most this much of the count, never a finding
    /// event; reports, shutdown and SIGTERM write it at once.
    private static let editWindow: TimeInterval = 30

    private struct Revision {
        let snapshot: DocumentSnapshot
        let configuration: Configuration
        let rules: RuleCatalog?
        let arrived: Date
        /// Analysed however soon the next edit comes: the opening and whole-document replacements.
        let kept: Bool
        var diagnostics: [Diagnostic]?
        var inFlight = false
    }

    private enum Step {
        case revision(Revision)
        /// The file was deleted on disk after the revisions before this step.
        case deleted
    }

    private struct Tracking {
        let generation: Int
        let origin: FindingLedger.Origin
        /// Nil until the opening revision is analysed, and again after the file is deleted: the
        /// next analysed revision is then a new opening.
        var ledger: FindingLedger?
        var steps: [Step] = []
        /// Resolutions announced by code-action commands, per rule.
        var announced: [String: LearningEvent.Kind] = [:]
        /// Cognitive complexity per function at the last analysed revision.
        var complexity: [String: Int]?
        var wake: Date?
        var closing = false
    }

    init(store: any LearningBackend, user: String, settle: TimeInterval = 0.3, cwe: @escaping @Sendable (String) -> String? = { _ in nil },
         analysis: @escaping @Sendable (DocumentSnapshot, Configuration, RuleCatalog?) -> FileAnalysis = { snapshot, configuration, rules in
             FileAnalysis(lazyTree: { snapshot.tree?.copy() }, text: snapshot.text, configuration: configuration, rules: rules, path: DocumentURI.path(snapshot.uri))
         }, flushInterval: TimeInterval = 2) {
        self.store = store
        self.user = user
        self.settle = settle
        self.cwe = cwe
        self.analysis = analysis
        acceptanceCounts = (try? store.acceptances(user: user)) ?? [:]
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + flushInterval, repeating: flushInterval)
        timer.setEventHandler { [weak self] in self?.flushLocked(holdingEdits: true) }
        timer.resume()
        self.timer = timer
        Self.liveLock.lock()
        Self.live[ObjectIdentifier(self)] = WeakRecorder(recorder: self)
        Self.liveLock.unlock()
    }

    deinit {
        timer?.cancel()
        Self.liveLock.lock()
        Self.live[ObjectIdentifier(self)] = nil
        Self.liveLock.unlock()
    }

    // MARK: Documents

    /// A document as it is opened: its findings are its baseline (see `FindingLedger.opening`).
    func opened(_ snapshot: DocumentSnapshot, configuration: Configuration, rules: RuleCatalog?) {
        let revision = Revision(snapshot: snapshot, configuration: configuration, rules: rules, arrived: Date(), kept: true)
        queue.async { [self] in
            generations += 1
            let fileHash = String(ContentHash.fnv1a(Array(snapshot.uri.utf8)), radix: 16)
            documents[snapshot.uri] = Tracking(generation: generations,
                                               origin: FindingLedger.Origin(user: user, language: snapshot.language?.name, fileHash: fileHash),
                                               steps: [.revision(revision)])
            process(snapshot.uri)
        }
    }

    /// A later revision of an open document, as each edit is applied (`now`: when it arrived).
    func revised(_ snapshot: DocumentSnapshot, wholeDocument: Bool, configuration: Configuration, rules: RuleCatalog?, at now: Date = Date()) {
        let revision = Revision(snapshot: snapshot, configuration: configuration, rules: rules, arrived: now, kept: wholeDocument)
        queue.async { [self] in
            guard var document = documents[snapshot.uri], !document.closing else { return }
            // The revision before, if nobody has analysed it yet and it lasted less than a pause,
            // was a keystroke on the way to this one.
            if case .revision(let last)? = document.steps.last, !last.kept, !last.inFlight, last.diagnostics == nil, now.timeIntervalSince(last.arrived) < settle {
                document.steps.removeLast()
            }
            document.steps.append(.revision(revision))
            if document.steps.count > Self.pendingLimit, let index = document.steps.firstIndex(where: {
                if case .revision(let waiting) = $0 { return !waiting.inFlight } else { return false }
            }) {
                document.steps.remove(at: index)
            }
            documents[snapshot.uri] = document
            process(snapshot.uri)
        }
    }

    /// Diagnostics the editor's analysis (or a pull) computed for a revision: the recorder uses
    /// them instead of analysing that revision again.
    func analysed(uri: String, version: Int, diagnostics: [Diagnostic]) {
        queue.async { [self] in
            guard var document = documents[uri] else { return }
            for (index, step) in document.steps.enumerated() {
                guard case .revision(var revision) = step, revision.snapshot.version == version else { continue }
                guard !revision.inFlight, revision.diagnostics == nil else { return }
                revision.diagnostics = diagnostics
                document.steps[index] = .revision(revision)
                documents[uri] = document
                process(uri)
                return
            }
        }
    }

    /// A file deleted on disk: its open findings went with it (after the revisions before).
    func deleted(uri: String) {
        queue.async { [self] in
            guard documents[uri] != nil else { return }
            documents[uri]?.steps.append(.deleted)
            process(uri)
        }
    }

    /// The revisions of a closed document that are still waiting are analysed before it is forgotten.
    func closed(uri: String) {
        queue.async { [self] in
            guard documents[uri] != nil else { return }
            documents[uri]?.closing = true
            process(uri)
        }
    }

    /// Takes the document's steps in order: a revision is analysed (or its diagnostics reused)
    /// and compared with the one before. The latest revision waits a little for the editor's
    /// analysis of it, unless the document is closing or the session ending.
    private func process(_ uri: String) {
        guard var document = documents[uri] else { return }
        guard let step = document.steps.first else {
            if document.closing { documents[uri] = nil }
            return
        }
        guard case .revision(var revision) = step else {
            document.steps.removeFirst()
            if var ledger = document.ledger { buffer += ledger.deleted(at: Date()) }
            document.ledger = nil
            documents[uri] = document
            return process(uri)
        }
        guard !revision.inFlight else { return }
        if revision.diagnostics == nil, document.steps.count == 1, !finishing, !document.closing {
            let due = revision.arrived.addingTimeInterval(settle + Self.grace)
            if Date() < due {
                if document.wake.map({ $0 > due }) ?? true {
                    documents[uri]?.wake = due
                    queue.asyncAfter(deadline: .now() + due.timeIntervalSinceNow) { [weak self] in
                        self?.documents[uri]?.wake = nil
                        self?.process(uri)
                    }
                }
                return
            }
        }
        revision.inFlight = true
        document.steps[0] = .revision(revision)
        documents[uri] = document
        let generation = document.generation
        let cwe = self.cwe
        let waiting = revision
        let analyse = self.analysis
        analysisQueue.async { [weak self] in
            let snapshot = waiting.snapshot
            // The server's analysis of this revision when it made one: the same findings and the
            // complexity warnings' measurement, never computed twice.
            let analysis = analyse(snapshot, waiting.configuration, waiting.rules)
            let diagnostics = waiting.diagnostics ?? analysis.findings.filter { !$0.isSuppressed }
            let findings = FindingLedger.findings(diagnostics, text: snapshot.text, cwe: cwe)
            let complexity = snapshot.tree == nil ? nil : (try? analysis.metrics(FileAnalyzer.complexityMetricsOptions(waiting.configuration))).map { metrics in
                Dictionary(metrics.functions.map { ($0.qualifiedName, $0.cognitive) }, uniquingKeysWith: { $1 })
            }
            guard let self else { return }
            self.queue.async { self.record(uri, generation: generation, findings: findings, complexity: complexity) }
        }
    }

    private func record(_ uri: String, generation: Int, findings: [FindingLedger.Finding], complexity: [String: Int]?) {
        guard var document = documents[uri], document.generation == generation else { return }
        document.steps.removeFirst()
        let now = Date()
        if var ledger = document.ledger {
            buffer += ledger.advance(to: findings, at: now, announced: &document.announced)
            document.ledger = ledger
        } else {
            let (ledger, events) = FindingLedger.opening(findings, origin: document.origin, at: now)
            buffer += events
            document.ledger = ledger
        }
        if let complexity {
            buffer += ChangedFunctions.events(from: document.complexity, to: complexity, origin: document.origin, at: now)
            document.complexity = complexity
        }
        documents[uri] = document
        process(uri)
    }

    // MARK: Other events

    func refactoringUsed(_ kind: String) {
        queue.async { [self] in buffer.append(LearningEvent(user: user, at: Date(), kind: .refactoringUsed, rule: kind, category: "refactoring")) }
    }

    func edited(lines: Int, language: String?) {
        guard lines > 0 else { return }
        queue.async { [self] in
            if let index = buffer.lastIndex(where: { $0.kind == .edited && $0.language == language }) {
                buffer[index].count += lines
            } else {
                buffer.append(LearningEvent(user: user, at: Date(), kind: .edited, language: language, count: lines))
            }
        }
    }

    /// A quick fix or suppression the client applied (its code action's command).
    func resolution(uri: String, rule: String, how: LearningEvent.Kind) {
        queue.async { [self] in documents[uri]?.announced[rule] = how }
    }

    func completionAccepted(label: String, source: String, kind: String? = nil, rank: Int? = nil) {
        queue.async { [self] in
            acceptanceCounts[label, default: 0] += 1
            let detail = [kind, rank.map { "#\($0 + 1)" }].compactMap { $0 }.joined(separator: " ")
            buffer.append(LearningEvent(user: user, at: Date(), kind: .completionAccepted, rule: label, category: source,
                                        detail: detail.isEmpty ? nil : detail))
        }
    }

    /// A completion list shown; counted per flush, not one event per keystroke.
    func completionOffered() {
        queue.async { [self] in
            if let index = buffer.lastIndex(where: { $0.kind == .completionOffered }) {
                buffer[index].count += 1
            } else {
                buffer.append(LearningEvent(user: user, at: Date(), kind: .completionOffered, category: "completion"))
            }
        }
    }

    /// How often this user accepted each label (for completion ranking).
    var acceptances: [String: Int] { queue.sync { acceptanceCounts } }

    /// Writes the buffered events, once the revisions being analysed are recorded (a report asked
    /// for right after an edit the editor has shown analysed includes it). `finishing` (at
    /// shutdown) analyses every waiting revision first.
    func flush(finishing: Bool = false) {
        if finishing {
            queue.sync {
                self.finishing = true
                for uri in documents.keys { process(uri) }
            }
        }
        while queue.sync(execute: { documents.values.contains { document in
            if case .revision(let revision)? = document.steps.first { return revision.inFlight } else { return false }
        } }) {
            analysisQueue.sync {}
        }
        queue.sync { flushLocked() }
    }

    private func flushLocked(holdingEdits: Bool = false) {
        guard !buffer.isEmpty else { return }
        var events = buffer
        buffer = []
        if holdingEdits {
            let now = Date()
            let running = { (event: LearningEvent) in event.kind == .edited && now.timeIntervalSince(event.at) < Self.editWindow }
            buffer = events.filter(running)
            events.removeAll(where: running)
            guard !events.isEmpty else { return }
        }
        do {
            try store.record(events)
            // A batching store counts when it really writes.
            if !(store is BatchingLearningStore) { ServerMetrics.shared.learningEvents(written: events.count, dropped: 0) }
        } catch {
            ServerMetrics.shared.learningEvents(written: 0, dropped: events.count)
            ServerMetrics.shared.error("learning-store")
        }
        onFlush?(self)
    }

    // MARK: Every recorder of the process

    private static let liveLock = NSLock()
    nonisolated(unsafe) private static var live: [ObjectIdentifier: WeakRecorder] = [:]
    private struct WeakRecorder { weak var recorder: LearningRecorder? }

    /// Writes what every live recorder has buffered (on SIGTERM, before the process ends).
    static func flushAll() {
        liveLock.lock()
        let recorders = live.values.compactMap(\.recorder)
        liveLock.unlock()
        for recorder in recorders { recorder.queue.sync { recorder.flushLocked() } }
    }
}
