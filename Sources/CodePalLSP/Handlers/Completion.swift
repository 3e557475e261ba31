import CodePalAnalysis
import CodePalIDE
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    static let completionLimit = 100
    /// Trigger characters that only ask for members as the last character of a member operator
    /// (`->`, `::`); typed alone they compare, slice or annotate.
    static let operatorTriggers: Set<String> = [">", ":"]
    static let completionTriggers = [".", "/", "\""] + operatorTriggers.sorted()

    /// Whether the text before the cursor ends with one of the language's member operators
    /// (completion.json's `memberOperators`).
    static func completesMemberOperator(_ request: NavigationRequest, language: Language?) -> Bool {
        guard let language else { return false }
        let bytes = request.text.bytes
        let end = min(request.offset, bytes.count)
        return CompletionData.of(language).memberOperators.contains { op in
            let needle = Array(op.utf8)
            return needle.count > 1 && end >= needle.count && bytes[(end - needle.count)..<end].elementsEqual(needle)
        }
    }

    /// The candidate's source as `String(describing:)` names it, without its reflection: that and
    /// `String(format:)` for `sortText` were a fifth of a completion's instructions (100 items).
    static func sourceName(_ source: CompletionCandidate.Source) -> String {
        switch source {
        case .scope: return "scope"
        case .member: return "member"
        case .builtin: return "builtin"
        case .keyword: return "keyword"
        case .snippet: return "snippet"
        case .workspace: return "workspace"
        }
    }

    /// `String(format: "%04d", index)`: the rank, zero-padded to four digits, so that a client
    /// sorting the labels as text keeps the order.
    static func sortText(_ index: Int) -> String {
        let digits = String(index)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// `textDocument/completion`: see `WorkspaceCompletion` for the candidates and
    /// `CompletionRanking` for the order. `isIncomplete` when the list was cut, so the client asks
    /// again as the prefix grows. Documentation travels in `data` and is shown on resolve.
    func completion(_ params: JSON) throws -> RequestWork {
        let request = try navigationRequest(params)
        if let trigger = params["context"]?["triggerCharacter"]?.string, params["context"]?["triggerKind"]?.int == 2,
           Self.operatorTriggers.contains(trigger), !Self.completesMemberOperator(request, language: try snapshot(params.documentURI()).language) {
            return { _ in ["isIncomplete": false, "items": []] }
        }
        let encoding = self.encoding
        let snippets = client.snippetSupport
        let symbols = workspaceIndex?.symbolTable
        let root = workspaceIndex?.root ?? workspaceRootPath
        let acceptances = learning?.acceptances ?? [:]
        let recording = learning != nil
        let learning = self.learning
        return { token in
            let completion = WorkspaceCompletion(navigator: request.navigator, symbols: symbols, root: root)
            guard let result = completion.complete(path: request.path, offset: request.offset, limit: Self.completionLimit,
                                                   acceptance: { acceptances[$0.label] ?? 0 }) else {
                return ["isIncomplete": false, "items": []]
            }
            try token.checkCancelled()
            let replace = request.text.lspRange(result.context.prefixRange, encoding)
            var items: [JSON] = []
            for (index, ranked) in result.items.enumerated() {
                let candidate = ranked.candidate
                let source = JSON.string(Self.sourceName(candidate.source))
                if candidate.snippet != nil && !snippets { continue }
                var item: [String: JSON] = [
                    "label": .string(candidate.label),
                    "kind": .int(Self.completionKind(candidate.kind)),
                    "sortText": .string(Self.sortText(index)),
                    "filterText": .string(candidate.label),
                    "textEdit": ["range": replace, "newText": .string(candidate.snippet ?? candidate.label)],
                    "insertTextFormat": .int(candidate.snippet == nil ? 1 : 2),
                ]
                if let detail = candidate.detail { item["detail"] = .string(detail) }
                if let edit = candidate.importEdit {
                    item["additionalTextEdits"] = [["range": request.text.lspRange(edit.offset..<edit.offset, encoding), "newText": .string(edit.text)]]
                }
                var data: [String: JSON] = ["source": source]
                if let documentation = candidate.documentation { data["documentation"] = .string(documentation) }
                item["data"] = .object(data)
                if recording {
                    item["command"] = ["title": "accepted", "command": .string(Self.completionAcceptedCommand),
                                       "arguments": [.string(candidate.label), source,
                                                     .string(candidate.kind.rawValue), .int(index)]]
                }
                items.append(.object(item))
            }
            if !items.isEmpty { learning?.completionOffered() }
            return ["isIncomplete": .bool(result.truncated), "items": .array(items)]
        }
    }

    /// `completionItem/resolve`: the documentation kept in `data`, as markdown.
    func resolveCompletion(_ params: JSON) throws -> RequestWork {
        guard case .object(let original) = params else { throw ResponseError.invalidParams("completion item expected") }
        return { _ in
            var item = original
            if let documentation = item["data"]?["documentation"]?.string {
                item["documentation"] = ["kind": "markdown", "value": .string(documentation)]
            }
            return .object(item)
        }
    }

    /// LSP 3.17 CompletionItemKind numbers.
    static func completionKind(_ kind: CompletionCandidate.Kind) -> Int {
        switch kind {
        case .method: return 2
        case .function: return 3
        case .constructor: return 4
        case .field: return 5
        case .variable, .parameter: return 6
        case .class: return 7
        case .interface: return 8
        case .module: return 9
        case .property: return 10
        case .enum: return 13
        case .keyword: return 14
        case .snippet: return 15
        case .enumMember: return 20
        case .struct: return 22
        case .constant: return 21
        case .type: return 25
        }
    }
}
