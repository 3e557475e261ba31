extension LanguageServer {
    /// `textDocument/diagnostic` (pull). The result id is the document version, so a client asking
    /// again for an unchanged document gets `unchanged` instead of the whole list.
    func pullDiagnostics(_ params: JSON) throws -> RequestWork {
        let snapshot = try snapshot(try params.documentURI())
        let previous = params["previousResultId"]?.string
        let encoding = self.encoding
        return { token in
            let resultId = String(snapshot.version)
            if previous == resultId { return ["kind": "unchanged", "resultId": .string(resultId)] }
            try token.checkCancelled()
            return ["kind": "full", "resultId": .string(resultId), "items": .array(DiagnosticsReport.items(for: snapshot, encoding: encoding))]
        }
    }
}
