import CodePalIDE
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    /// `textDocument/prepareRename`: the name's range and text, or a RequestFailed error that says
    /// why it cannot be renamed (clients show the message).
    func prepareRename(_ params: JSON) throws -> RequestWork {
        let request = try navigationRequest(params)
        let encoding = self.encoding
        return { _ in
            do {
                let prepared = try WorkspaceRename(navigator: request.navigator).prepare(path: request.path, offset: request.offset)
                return ["range": request.text.lspRange(prepared.range, encoding), "placeholder": .string(prepared.placeholder)]
            } catch let refusal as WorkspaceRename.Refusal {
                throw ResponseError.requestFailed(refusal.message)
            }
        }
    }

    /// `textDocument/rename`: a WorkspaceEdit with the edits of every file, or a RequestFailed
    /// error naming the problem (invalid name, keyword, collision, not renameable).
    func rename(_ params: JSON) throws -> RequestWork {
        let newName = try params.requiredString("newName")
        let request = try navigationRequest(params)
        let encoding = self.encoding
        return { token in
            let edits: [WorkspaceRename.Edit]
            do {
                edits = try WorkspaceRename(navigator: request.navigator).rename(path: request.path, offset: request.offset, to: newName)
            } catch let refusal as WorkspaceRename.Refusal {
                throw ResponseError.requestFailed(refusal.message)
            }
            try token.checkCancelled()
            var changes: [String: JSON] = [:]
            for (path, fileEdits) in Dictionary(grouping: edits, by: \.path) {
                guard let text = path == request.path ? request.text : request.navigator.text(path) else { continue }
                changes[request.uri(for: path)] = .array(fileEdits.map { ["range": text.lspRange($0.range, encoding), "newText": .string($0.newText)] })
            }
            return ["changes": .object(changes)]
        }
    }
}
