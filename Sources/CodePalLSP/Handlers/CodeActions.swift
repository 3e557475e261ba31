import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    static let fixAllKind = "source.fixAll.codepal"

    /// Quick fixes for findings under the cursor, "suppress on this line", and "fix all safe".
    func codeAction(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let range = try params.required("range").range()
        let only = params["context"]?["only"]?.array?.compactMap(\.string)
        let clientDiagnostics = params["context"]?["diagnostics"]?.array ?? []
        let snapshot = try snapshot(uri)
        let analysis = analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules)
        let encoding = self.encoding
        let comment = snapshot.language?.manifest.lineComment
        let disabledSupport = client.disabledCodeActions
        let lazyEdits = client.resolvesCodeActionEdits
        let recording = learning != nil
        let record: @Sendable (String, String) -> JSON? = { code, how in
            recording ? ["title": "record", "command": .string(Self.recordFixCommand), "arguments": [.string(uri), .string(code), .string(how)]] : nil
        }
        let revision = revisions[uri] ?? 0
        return { token in
            guard let tree = snapshot.tree else { return [] }
            let text = snapshot.text
            func wants(_ kind: String) -> Bool {
                guard let only else { return true }
                return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
            }
            // Lint runs only when a quick fix or fix-all may be asked for.
            let findings = wants("quickfix") || wants(Self.fixAllKind) ? analysis.findings.filter { !$0.isSuppressed } : []
            try token.checkCancelled()
            func edit(_ edits: [JSON]) -> JSON { ["changes": .object([uri: .array(edits)])] }
            func textEdit(_ fix: Fix) -> JSON { ["range": text.lspRange(fix.range, encoding), "newText": .string(fix.replacement)] }
            let selection = text.byteRange(of: range, in: encoding)
            var actions: [JSON] = []
            if wants("quickfix") {
                // Fixes first, every suppression after them: the first action an editor shows (or
                // picks for its "quick fix" key) repairs the code rather than silencing the finding.
                var suppressions: [JSON] = []
                for finding in findings where finding.range.overlaps(selection) || finding.range.contains(selection.lowerBound)
                    || (selection.isEmpty && finding.range.upperBound == selection.lowerBound) {
                    let matching = clientDiagnostics.filter { $0["code"]?.string == finding.code }
                    if let fix = finding.fix {
                        var action: [String: JSON] = [
                            "title": .string(fix.title + (fix.isSafe ? "" : " (unsafe: review the change)")),
                            "kind": "quickfix", "diagnostics": .array(matching), "isPreferred": .bool(fix.isSafe),
                            "edit": edit([textEdit(fix)]),
                        ]
                        if let command = record(finding.code, "quickfix") { action["command"] = command }
                        actions.append(.object(action))
                    }
                    if let comment, finding.category != "complexity" {
                        var action: [String: JSON] = [
                            "title": .string("Suppress \(finding.code) on this line"), "kind": "quickfix", "diagnostics": .array(matching),
                            "edit": edit([Self.suppression(for: finding, in: text, comment: comment, encoding: encoding)]),
                        ]
                        if let command = record(finding.code, "suppress") { action["command"] = command }
                        suppressions.append(.object(action))
                    }
                }
                actions += suppressions
            }
            if wants(Self.fixAllKind) {
                // The same choice as `codepal check --fix`, so the editor and CI agree.
                let chosen = FixApplier.compatible(findings.compactMap(\.fix).filter(\.isSafe))
                if !chosen.isEmpty {
                    actions.append(["title": "Fix all safe CodePal findings", "kind": .string(Self.fixAllKind),
                                    "edit": edit(chosen.map(textEdit))])
                }
            }
            if wants("refactor.extract.variable") || wants("refactor.extract.function") || wants("refactor.inline"),
               let graph = analysis.scopeGraph {
                var refactorings: [Refactoring] = []
                if wants("refactor.extract.variable") {
                    refactorings += ExtractVariable.actions(selection: selection, tree: tree, text: text, graph: graph)
                }
                if wants("refactor.extract.function") {
                    switch ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) {
                    case .refactoring(let refactoring)?: refactorings.append(refactoring)
                    case .refused(let reason)? where disabledSupport:
                        actions.append(["title": "Extract function", "kind": "refactor.extract.function", "disabled": ["reason": .string(reason)]])
                    default: break
                    }
                }
                if wants("refactor.inline") {
                    switch InlineVariable.action(at: selection.lowerBound, tree: tree, text: text, graph: graph) {
                    case .refactoring(let refactoring)?: refactorings.append(refactoring)
                    case .refused(let reason)? where disabledSupport:
                        actions.append(["title": "Inline variable", "kind": "refactor.inline", "disabled": ["reason": .string(reason)]])
                    default: break
                    }
                }
                for refactoring in refactorings {
                    var action: [String: JSON] = ["title": .string(refactoring.title), "kind": .string(refactoring.kind)]
                    if lazyEdits {
                        // The edit is computed again on `codeAction/resolve`, for the action the user picks.
                        action["data"] = ["uri": .string(uri), "range": params["range"] ?? .null, "revision": .int(revision)]
                    } else {
                        action["edit"] = edit(refactoring.edits.map { ["range": text.lspRange($0.range, encoding), "newText": .string($0.newText)] })
                    }
                    if recording {
                        action["command"] = ["title": "record", "command": .string(Self.recordRefactoringCommand), "arguments": [.string(refactoring.kind)]]
                    }
                    actions.append(.object(action))
                }
            }
            return .array(actions)
        }
    }

    /// `codeAction/resolve`: the edit of a refactoring offered without one, computed on the
    /// document as it is now (an action whose refactoring no longer applies comes back unchanged).
    func resolveCodeAction(_ params: JSON) throws -> RequestWork {
        guard case .object(let original) = params, let data = original["data"], let uri = data["uri"]?.string,
              let range = try data["range"].map({ try $0.range() }), let kind = original["kind"]?.string,
              let title = original["title"]?.string else {
            return { _ in params }
        }
        let snapshot = try snapshot(uri)
        let analysis = analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules)
        let encoding = self.encoding
        return { _ in
            guard let tree = snapshot.tree, let graph = analysis.scopeGraph else { return params }
            let text = snapshot.text
            let selection = text.byteRange(of: range, in: encoding)
            var candidates: [Refactoring] = []
            switch kind {
            case "refactor.extract.variable": candidates = ExtractVariable.actions(selection: selection, tree: tree, text: text, graph: graph)
            case "refactor.extract.function":
                if case .refactoring(let r)? = ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) { candidates = [r] }
            case "refactor.inline":
                if case .refactoring(let r)? = InlineVariable.action(at: selection.lowerBound, tree: tree, text: text, graph: graph) { candidates = [r] }
            default: break
            }
            guard let refactoring = candidates.first(where: { $0.title == title }) else { return params }
            var action = original
            action["edit"] = ["changes": .object([uri: .array(refactoring.edits.map {
                ["range": text.lspRange($0.range, encoding), "newText": .string($0.newText)]
            })])]
            return .object(action)
        }
    }

    /// The suppression comment's edit (`Suppressions.insertion`) in the client's positions.
    static func suppression(for finding: Diagnostic, in text: SourceText, comment: String, encoding: PositionEncoding) -> JSON {
        let edit = Suppressions.insertion(silencing: finding.code, at: finding.range.lowerBound, in: text, lineComment: comment)
        return ["range": text.lspRange(edit.range, encoding), "newText": .string(edit.newText)]
    }
}
