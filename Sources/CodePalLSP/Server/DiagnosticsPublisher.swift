import CodePalAnalysis
import CodePalSyntax
import Dispatch
import Foundation

/// Pushes `textDocument/publishDiagnostics` for clients without pull diagnostics. Throttled per
/// document: the first change after a quiet period publishes at once, later ones in a burst are
/// coalesced into one publication of the newest version at most every `diagnosticsInterval`.
final class DiagnosticsPublisher: @unchecked Sendable {
    private struct Entry {
        var latest: DocumentSnapshot?
        var lastPublished: DispatchTime?
        var scheduled = false
    }

    private unowned let server: LanguageServer
    private let queue = DispatchQueue(label: "codepal.diagnostics")
    private var entries: [String: Entry] = [:]

    init(server: LanguageServer) {
        self.server = server
    }

    func documentChanged(_ snapshot: DocumentSnapshot, encoding: PositionEncoding) {
        queue.async {
            var entry = self.entries[snapshot.uri] ?? Entry()
            entry.latest = snapshot
            if entry.scheduled {
                self.entries[snapshot.uri] = entry
                return
            }
            let interval = DispatchTimeInterval.nanoseconds(Int(self.server.options.diagnosticsInterval * 1e9))
            let due = entry.lastPublished.map { $0 + interval } ?? .now()
            if due <= .now() {
                self.entries[snapshot.uri] = entry
                self.publish(snapshot.uri, encoding: encoding)
            } else {
                entry.scheduled = true
                self.entries[snapshot.uri] = entry
                self.queue.asyncAfter(deadline: due) {
                    self.entries[snapshot.uri]?.scheduled = false
                    self.publish(snapshot.uri, encoding: encoding)
                }
            }
        }
    }

    func documentClosed(_ uri: String) {
        queue.async {
            self.entries[uri] = nil
            self.server.notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        }
    }

    func drain() { queue.sync {} }

    private func publish(_ uri: String, encoding: PositionEncoding) {
        guard let snapshot = entries[uri]?.latest else { return }
        entries[uri]?.latest = nil
        entries[uri]?.lastPublished = .now()
        let items = DiagnosticsReport.items(for: snapshot, encoding: encoding)
        server.notify("textDocument/publishDiagnostics",
                      ["uri": .string(uri), "version": .int(snapshot.version), "diagnostics": .array(items)])
    }
}

/// LSP diagnostics of a snapshot, shared by push and pull.
enum DiagnosticsReport {
    static func items(for snapshot: DocumentSnapshot, encoding: PositionEncoding) -> [JSON] {
        FileAnalyzer.diagnostics(tree: snapshot.tree, text: snapshot.text).map { diagnostic in
            [
                "range": snapshot.text.lspRange(diagnostic.range, encoding),
                "severity": .int(lspSeverity(diagnostic.severity)),
                "code": .string(diagnostic.code),
                "source": "codepal",
                "message": .string(diagnostic.message),
            ]
        }
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
