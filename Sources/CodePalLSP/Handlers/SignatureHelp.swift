import CodePalIDE
import CodePalSupport
import Foundation

extension LanguageServer {
    /// `textDocument/signatureHelp`: inside the arguments of a call of a workspace function,
    /// method or class, its signature with the parameter being typed.
    func signatureHelp(_ params: JSON) throws -> RequestWork {
        let request = try navigationRequest(params)
        return { token in
            guard let help = WorkspaceSignatureHelp(navigator: request.navigator).help(path: request.path, offset: request.offset) else { return .null }
            try token.checkCancelled()
            var signature: [String: JSON] = [
                "label": .string(help.label),
                "parameters": .array(help.parameters.map { ["label": [.int($0.lowerBound), .int($0.upperBound)]] }),
            ]
            if let documentation = help.documentation { signature["documentation"] = ["kind": "markdown", "value": .string(documentation)] }
            return ["signatures": [.object(signature)], "activeSignature": 0, "activeParameter": .int(help.activeParameter)]
        }
    }
}
