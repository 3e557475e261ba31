import CodePalAnalysis
import CodePalSupport
import CodePalSyntax

extension LanguageServer {
    /// `textDocument/foldingRange` from the language's `folds.scm`, in lines (no characters:
    /// editors fold whole lines).
    func foldingRange(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let snapshot = try snapshot(uri)
        return { token in
            guard let tree = snapshot.tree else { return [] }
            let ranges: [FoldingRanges.Range]
            do {
                ranges = try FoldingRanges.ranges(tree: tree, text: snapshot.text)
            } catch {
                throw ResponseError.requestFailed("\(error)")
            }
            try token.checkCancelled()
            return .array(ranges.map { range in
                var json: [String: JSON] = ["startLine": .int(range.startLine), "endLine": .int(range.endLine)]
                if range.kind != .region { json["kind"] = .string(range.kind.rawValue) }
                return .object(json)
            })
        }
    }
}
