import CodePalAnalysis
import CodePalSupport
extension LanguageServer {
    /// `textDocument/diagnostic` (pull). The result id names the content revision, so a client
    /// asking again for an unchanged document gets `unchanged` instead of the whole list.
    func pullDiagnostics(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let snapshot = try snapshot(uri)
        let previous = params["previousResultId"]?.string
        let encoding = self.encoding
        let resultId = "\(sessionTag)-\(revisions[uri] ?? 0)"
        let rules = self.rules
        let analysis = analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules)
        let learning = self.learning
        return { token in
            if previous == resultId { return ["kind": "unchanged", "resultId": .string(resultId)] }
            try token.checkCancelled()
            let diagnostics = (FileAnalyzer.syntaxDiagnostics(tree: snapshot.tree, text: snapshot.text) + analysis.findings).filter { !$0.isSuppressed }
            learning?.analysed(uri: uri, version: snapshot.version, diagnostics: diagnostics)
            return ["kind": "full", "resultId": .string(resultId),
                    "items": .array(diagnostics.map { DiagnosticsReport.json($0, snapshot.text, encoding, rules: rules) })]
        }
    }
}
