/// Method table: one handler per LSP method, each in `Handlers/`.
extension LanguageServer {
    static let requests: [String: RequestHandler] = [
        "initialize": { try $0.initialize($1) },
        "shutdown": { try $0.shutdown($1) },
        "textDocument/documentSymbol": { try $0.documentSymbol($1) },
        "textDocument/foldingRange": { try $0.foldingRange($1) },
        "textDocument/diagnostic": { try $0.pullDiagnostics($1) },
        "textDocument/codeLens": { try $0.codeLens($1) },
        "textDocument/hover": { try $0.hover($1) },
        "textDocument/codeAction": { try $0.codeAction($1) },
        "codeAction/resolve": { try $0.resolveCodeAction($1) },
        "workspace/executeCommand": { try $0.executeCommand($1) },
        "workspace/symbol": { try $0.workspaceSymbol($1) },
        "codepal/learningReport": { try $0.learningReportRequest($1) },
        "codepal/classReport": { try $0.classReportRequest($1) },
        "codepal/status": { server, _ in { _ in ServerMetrics.shared.status() } },
        "textDocument/completion": { try $0.completion($1) },
        "completionItem/resolve": { try $0.resolveCompletion($1) },
        "textDocument/signatureHelp": { try $0.signatureHelp($1) },
        "textDocument/prepareRename": { try $0.prepareRename($1) },
        "textDocument/rename": { try $0.rename($1) },
        "textDocument/definition": { try $0.definition($1) },
        "textDocument/declaration": { try $0.declaration($1) },
        "textDocument/references": { try $0.references($1) },
        "textDocument/documentHighlight": { try $0.documentHighlight($1) },
    ]

    static let notifications: [String: NotificationHandler] = [
        "initialized": { server, _ in server.startWorkspaceIndex() },
        "textDocument/didOpen": { try $0.didOpen($1) },
        "textDocument/didChange": { try $0.didChange($1) },
        "textDocument/didClose": { try $0.didClose($1) },
        "textDocument/didSave": { try $0.didSave($1) },
        "$/setTrace": { _, _ in },
        "workspace/didChangeWatchedFiles": { try $0.didChangeWatchedFiles($1) },
    ]
}
