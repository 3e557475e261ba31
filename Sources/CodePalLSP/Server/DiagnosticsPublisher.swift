import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Dispatch
import Foundation

/// Pushes `textDocument/publishDiagnostics` for clients without pull diagnostics, in two speeds:
///
/// - Syntax errors on every change, throttled per document: the first change after a quiet period
///   publishes at once, a burst of keystrokes is coalesced to one publication per interval.
/// - Whole-file analyses (complexity, later lint) on a separate queue once typing pauses for
///   `analysisDelay`. Until they are recomputed, their last results are moved through the edits
///   made since, so warnings neither flicker nor point at the wrong line.
final class DiagnosticsPublisher: @unchecked Sendable {
    private struct Entry {
        var current: DocumentSnapshot
        var configuration: Configuration
        var dirty = true
        var lastPublished: DispatchTime?
        var scheduled = false
        var analysis: (version: Int, diagnostics: [Diagnostic])?
        var analysisWork: DispatchWorkItem?
        /// The opening analysis, which the first keystrokes do not cancel: until one analysis has
        /// finished there are no findings to move through the edits, and hover would lint every
        /// revision it is asked about. (A keystroke that came before it started cancelled it.)
        var openingWork: DispatchWorkItem?
        /// What was last sent, to skip a publication that would say the same thing again.
        var lastSent: (version: Int, items: [JSON])?
        /// The oldest change not yet published, for the keystroke-to-diagnostics latency.
        var changedAt: DispatchTime?
        /// Each diagnostic's JSON as last published, and that version: a diagnostic that is the
        /// same and ends before every edit since is not converted and encoded again.
        var encoded: (version: Int, items: [Diagnostic: JSON])?
    }

    /// Weak: delayed work may outlive a WebSocket session's server; it then has nobody to tell.
    private weak var server: LanguageServer?
    private let queue = DispatchQueue(label: "codepal.diagnostics")
    private let analysisQueue = DispatchQueue(label: "codepal.analysis", qos: .utility)
    private var entries: [String: Entry] = [:]
    /// Diagnostics converted to JSON, for tests that check the reuse (read after `drain`).
    private(set) var encodings = 0

    init(server: LanguageServer) {
        self.server = server
    }

    func documentChanged(_ snapshot: DocumentSnapshot, configuration: Configuration, encoding: PositionEncoding, opened: Bool) {
        let changedAt = DispatchTime.now()
        queue.async {
            var entry = self.entries[snapshot.uri] ?? Entry(current: snapshot, configuration: configuration)
            entry.current = snapshot
            entry.configuration = configuration
            entry.dirty = true
            if entry.changedAt == nil { entry.changedAt = changedAt }
            self.entries[snapshot.uri] = entry
            self.scheduleAnalysis(snapshot.uri, delay: opened ? 0 : (self.server?.options.analysisDelay ?? 0), opening: opened, encoding: encoding)
            self.requestPublish(snapshot.uri, encoding: encoding)
        }
    }

    /// Publishes now if the document's interval has passed, else once it has.
    private func requestPublish(_ uri: String, encoding: PositionEncoding) {
        guard let entry = entries[uri], !entry.scheduled else { return }
        let interval = DispatchTimeInterval.nanoseconds(Int((server?.options.diagnosticsInterval ?? 0) * 1e9))
        let due = entry.lastPublished.map { $0 + interval } ?? .now()
        if due <= .now() {
            publish(uri, encoding: encoding)
        } else {
            entries[uri]?.scheduled = true
            queue.asyncAfter(deadline: due) {
                self.entries[uri]?.scheduled = false
                self.publish(uri, encoding: encoding)
            }
        }
    }

    func documentClosed(_ uri: String) {
        queue.async {
            let entry = self.entries.removeValue(forKey: uri)
            entry?.analysisWork?.cancel()
            entry?.openingWork?.cancel()
            self.server?.notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        }
    }

    /// The findings of the document's latest finished whole-file analysis, moved through the
    /// edits made since to `snapshot`'s text: the findings the editor shows. Nil when none has
    /// finished yet, or when it is of a revision after `snapshot` (a request behind an edit).
    /// Hover reads them instead of linting every revision it is asked about again.
    func latestFindings(for snapshot: DocumentSnapshot) -> [Diagnostic]? {
        queue.sync {
            guard let analysis = entries[snapshot.uri]?.analysis, analysis.version <= snapshot.version else { return nil }
            var moved: [Diagnostic] = []
            moved.reserveCapacity(analysis.diagnostics.count)
            for var diagnostic in analysis.diagnostics {
                guard let range = snapshot.edits.map(diagnostic.range, from: analysis.version) else { return nil }
                diagnostic.range = range
                moved.append(diagnostic)
            }
            return moved
        }
    }

    func drain() {
        queue.sync {}
        analysisQueue.sync {}
        queue.sync {}
    }

    private func scheduleAnalysis(_ uri: String, delay: Double, opening: Bool, encoding: PositionEncoding) {
        entries[uri]?.analysisWork?.cancel()
        if opening { entries[uri]?.openingWork?.cancel() }
        guard let entry = entries[uri] else { return }
        let snapshot = entry.current
        let configuration = entry.configuration
        guard let analysis = server?.analyses.analysis(of: snapshot, configuration: configuration, rules: server?.rules) else { return }
        let work = DispatchWorkItem { [weak self] in
            let diagnostics = analysis.findings.filter { !$0.isSuppressed }
            guard let publisher = self else { return }
            publisher.server?.learning?.analysed(uri: snapshot.uri, version: snapshot.version, diagnostics: diagnostics)
            publisher.queue.async { [weak publisher] in
                guard let self = publisher, self.entries[uri] != nil else { return }
                self.entries[uri]?.analysis = (snapshot.version, diagnostics)
                self.entries[uri]?.dirty = true
                self.requestPublish(uri, encoding: encoding)
            }
        }
        if opening { entries[uri]?.openingWork = work } else { entries[uri]?.analysisWork = work }
        analysisQueue.asyncAfter(deadline: .now() + delay, execute: work)
    }

    private func publish(_ uri: String, encoding: PositionEncoding) {
        guard let entry = entries[uri], entry.dirty else { return }
        entries[uri]?.dirty = false
        let snapshot = entry.current
        var diagnostics = FileAnalyzer.syntaxDiagnostics(tree: snapshot.tree, text: snapshot.text)
        if let analysis = entry.analysis {
            var moved: [Diagnostic] = []
            for var diagnostic in analysis.diagnostics {
                guard let range = snapshot.edits.map(diagnostic.range, from: analysis.version) else { break }
                diagnostic.range = range
                moved.append(diagnostic)
            }
            // Kept at the version just published, so the next publication maps only through the
            // edits made after it, not through every edit since the analysis ran.
            entries[uri]?.analysis = (snapshot.version, moved)
            diagnostics += moved
        }
        let unchanged = entry.encoded.map { snapshot.version > $0.version ? snapshot.edits.unchangedPrefix(since: $0.version) : 0 } ?? 0
        var encoded: [Diagnostic: JSON] = [:]
        let items = diagnostics.map { diagnostic -> JSON in
            if diagnostic.range.upperBound <= unchanged, let known = entry.encoded?.items[diagnostic] {
                encoded[diagnostic] = known
                return known
            }
            encodings += 1
            let item = DiagnosticsReport.json(diagnostic, snapshot.text, encoding, rules: server?.rules)
            encoded[diagnostic] = item
            return item
        }
        entries[uri]?.encoded = (snapshot.version, encoded)
        if let changedAt = entry.changedAt {
            entries[uri]?.changedAt = nil
            ServerMetrics.shared.diagnosticsPublished(after: Double(DispatchTime.now().uptimeNanoseconds - changedAt.uptimeNanoseconds) / 1e9)
        }
        if let last = entry.lastSent, last.version == snapshot.version, last.items == items { return }
        entries[uri]?.lastSent = (snapshot.version, items)
        entries[uri]?.lastPublished = .now()
        server?.notify("textDocument/publishDiagnostics",
                      ["uri": .string(uri), "version": .int(snapshot.version), "diagnostics": .array(items)])
    }
}

/// LSP diagnostics of a snapshot, shared by push and pull.
enum DiagnosticsReport {


    static func json(_ diagnostic: Diagnostic, _ text: SourceText, _ encoding: PositionEncoding, rules: RuleCatalog?) -> JSON {
        var object: [String: JSON] = [
            "range": text.lspRange(diagnostic.range, encoding),
            "severity": .int(lspSeverity(diagnostic.severity)),
            "code": .string(diagnostic.code),
            "source": "codepal",
            "message": .string(diagnostic.message),
        ]
        // The rule's own file is its local documentation: explanation, examples and query.
        if let href = rules?.documentationURI(diagnostic.code) {
            object["codeDescription"] = ["href": .string(href)]
        }
        let tags = diagnostic.tags.compactMap { $0 == "unnecessary" ? JSON.int(1) : $0 == "deprecated" ? JSON.int(2) : nil }
        if !tags.isEmpty { object["tags"] = .array(tags) }
        return .object(object)
    }

    static func lspSeverity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        case .hint: return 4
        }
    }
}
