extension LanguageServer {
    /// `textDocument/diagnostic` (pull). The result id names the content revision, so a client
    /// asking again for an unchanged document gets `unchanged` instead of the whole list.
    func pullDiagnostics(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let snapshot = try snapshot(uri)
        let previous = params["previousResultId"]?.string
        let encoding = self.encoding
        let resultId = "\(sessionTag)-\(revisions[uri] ?? 0)"
        let configuration = configuration(for: uri)
        let rules = self.rules
        return { token in
            if previous == resultId { return ["kind": "unchanged", "resultId": .string(resultId)] }
            try token.checkCancelled()
            return ["kind": "full", "resultId": .string(resultId), "items": .array(DiagnosticsReport.items(for: snapshot, configuration: configuration, rules: rules, encoding: encoding))]
        }
    }
}
