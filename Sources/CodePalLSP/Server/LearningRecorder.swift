import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import Dispatch
import Foundation

/// Turns what happens in a session into learning events, off the request path: findings that
/// appear after the user's edits (the findings of a file when it is opened are its baseline,
/// not the user's doing), how they go away (quick fix, suppression, or by hand), lines edited,
/// and completions accepted. Events are buffered and written every two seconds.
final class LearningRecorder: @unchecked Sendable {
    let store: LearningStore
    let user: String
    private let queue = DispatchQueue(label: "codepal.learning", qos: .utility)
    private var buffer: [LearningEvent] = []
    /// The findings last seen per document: key (rule + hash of the flagged text) → count.
    private var findings: [String: [String: Int]] = [:]
    private var rulesOfKey: [String: (rule: String, category: String)] = [:]
    /// Resolutions announced by code-action commands, per document and rule.
    private var announced: [String: [String: LearningEvent.Kind]] = [:]
    private var acceptanceCounts: [String: Int] = [:]
    /// When each finding key appeared in this session, for the time to fix.
    private var appearedAt: [String: [String: Date]] = [:]
    /// Cognitive complexity per function, per document, as last measured.
    private var complexity: [String: [String: Int]] = [:]
    private var timer: DispatchSourceTimer?
    var onFlush: ((LearningRecorder) -> Void)?

    /// The CWE of a rule, recorded with its findings.
    private let cwe: @Sendable (String) -> String?

    init(store: LearningStore, user: String, cwe: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.store = store
        self.user = user
        self.cwe = cwe
        acceptanceCounts = (try? store.acceptances(user: user)) ?? [:]
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 2, repeating: 2)
        timer.setEventHandler { [weak self] in self?.flushLocked() }
        timer.resume()
        self.timer = timer
    }

    deinit { timer?.cancel() }

    /// The findings of a document as it is opened: the baseline the user's edits are compared
    /// with. Analysed here, on this queue, so the baseline is in place before any later analysis
    /// of the document reaches `analysed` (typing may cancel the server's own first analysis).
    func opened(_ snapshot: DocumentSnapshot, configuration: Configuration, rules: RuleCatalog?) {
        queue.async { [self] in
            let diagnostics = FileAnalyzer.analysisDiagnostics(tree: snapshot.tree, text: snapshot.text, configuration: configuration, rules: rules,
                                                               path: URL(string: snapshot.uri)?.path).filter { !$0.isSuppressed }
            let (current, naming) = Self.keys(diagnostics, snapshot.text)
            for (key, value) in naming { rulesOfKey[key] = value }
            findings[snapshot.uri] = current
        }
    }

    private static func keys(_ diagnostics: [Diagnostic], _ text: SourceText) -> ([String: Int], [String: (rule: String, category: String)]) {
        var counting: [String: Int] = [:]
        var naming: [String: (rule: String, category: String)] = [:]
        for diagnostic in diagnostics where diagnostic.category != "syntax" {
            let key = diagnostic.code + "#" + String(ContentHash.fnv1a(text.bytes[diagnostic.range.clamped(to: 0..<text.count)]), radix: 16)
            counting[key, default: 0] += 1
            naming[key] = (diagnostic.code, diagnostic.category)
        }
        return (counting, naming)
    }

    /// The analysis findings of a later version of a document.
    func analysed(uri: String, diagnostics: [Diagnostic], text: SourceText, language: String?) {
        let (counting, naming) = Self.keys(diagnostics, text)
        let fileHash = String(ContentHash.fnv1a(Array((URL(string: uri)?.lastPathComponent ?? uri).utf8)), radix: 16)
        let (current, rules) = (counting, naming)
        queue.async { [self] in
            for (key, value) in rules { rulesOfKey[key] = value }
            guard let previous = findings[uri] else { findings[uri] = current; return }
            findings[uri] = current
            let now = Date()
            for (key, count) in current where count > previous[key] ?? 0 {
                guard let (rule, category) = rulesOfKey[key] else { continue }
                appearedAt[uri, default: [:]][key] = appearedAt[uri]?[key] ?? now
                buffer.append(LearningEvent(user: user, at: now, kind: .introduced, rule: rule, category: category, cwe: cwe(rule),
                                            language: language, fileHash: fileHash, count: count - (previous[key] ?? 0)))
            }
            for (key, count) in previous where count > current[key] ?? 0 {
                guard let (rule, category) = rulesOfKey[key] else { continue }
                let how = announced[uri]?.removeValue(forKey: rule) ?? .fixedByHand
                let since = appearedAt[uri]?.removeValue(forKey: key)
                buffer.append(LearningEvent(user: user, at: now, kind: how, rule: rule, category: category, cwe: cwe(rule),
                                            language: language, fileHash: fileHash, count: count - (current[key] ?? 0),
                                            seconds: since.map { now.timeIntervalSince($0) }))
            }
        }
    }

    /// A file deleted on disk: its open findings went with it.
    func deleted(uri: String) {
        queue.async { [self] in
            let now = Date()
            for (key, count) in findings[uri] ?? [:] {
                guard let (rule, category) = rulesOfKey[key] else { continue }
                buffer.append(LearningEvent(user: user, at: now, kind: .fileDeleted, rule: rule, category: category, cwe: cwe(rule), count: count))
            }
            findings[uri] = nil
            appearedAt[uri] = nil
        }
    }

    func closed(uri: String) {
        queue.async { [self] in
            findings[uri] = nil
            announced[uri] = nil
            appearedAt[uri] = nil
            complexity[uri] = nil
        }
    }

    /// The cognitive complexity of each function after a pause in typing: a function that is new
    /// or whose complexity changed is recorded (the first measure of a document is its baseline).
    func measured(uri: String, tree: SyntaxTree?, text: SourceText, language: String?) {
        guard let tree else { return }
        queue.async { [self] in
            guard let metrics = try? MetricsEngine.measure(tree: tree, text: text, options: MetricsOptions(halstead: false)) else { return }
            var current: [String: Int] = [:]
            for function in metrics.functions { current[function.qualifiedName] = function.cognitive }
            defer { complexity[uri] = current }
            guard let previous = complexity[uri] else { return }
            let now = Date()
            for (name, cognitive) in current where previous[name] != cognitive {
                buffer.append(LearningEvent(user: user, at: now, kind: .functionComplexity, category: "complexity", language: language, count: cognitive,
                                            detail: Self.band(cognitive)))
            }
        }
    }

    /// Cognitive complexity bands: SonarSource's default limit is 15.
    static func band(_ cognitive: Int) -> String {
        switch cognitive {
        case ..<5: return "simple"
        case ..<10: return "moderate"
        case ..<16: return "complex"
        default: return "too complex"
        }
    }

    func refactoringUsed(_ kind: String) {
        queue.async { [self] in buffer.append(LearningEvent(user: user, at: Date(), kind: .refactoringUsed, rule: kind, category: "refactoring")) }
    }

    func edited(lines: Int, language: String?) {
        guard lines > 0 else { return }
        queue.async { [self] in
            if let last = buffer.last, last.kind == .edited, last.language == language {
                buffer[buffer.count - 1].count += lines
            } else {
                buffer.append(LearningEvent(user: user, at: Date(), kind: .edited, language: language, count: lines))
            }
        }
    }

    /// A quick fix or suppression the client applied (its code action's command).
    func resolution(uri: String, rule: String, how: LearningEvent.Kind) {
        queue.async { [self] in announced[uri, default: [:]][rule] = how }
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

    func flush() { queue.sync { flushLocked() } }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        let events = buffer
        buffer = []
        try? store.record(events)
        onFlush?(self)
    }
}
