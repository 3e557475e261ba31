import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    func initialize(_ params: JSON) throws -> RequestWork {
        guard phase == .uninitialized else { throw ResponseError.invalidRequest("initialize was already received") }
        client = ClientCapabilities(json: params["capabilities"])
        encoding = client.preferredEncoding
        if let interval = params["initializationOptions"]?["diagnosticsIntervalMs"]?.int, interval >= 0 {
            options.diagnosticsInterval = Double(interval) / 1000
        }
        if let delay = params["initializationOptions"]?["analysisDelayMs"]?.int, delay >= 0 {
            options.analysisDelay = Double(delay) / 1000
        }
        workspaceRootPath = Self.workspaceRoot(params)
        let codepalOptions = params["initializationOptions"]?["codepal"]
        if let enabled = codepalOptions?["index"]?.bool { indexingEnabled = enabled }
        indexPath = codepalOptions?["indexPath"]?.string
        startLearning(codepalOptions)
        phase = .running
        if let registryProblem {
            showMessage(1, "CodePal: \(registryProblem)")
        }
        if let rulesProblem {
            log.error("\(rulesProblem)")
            showMessage(1, "CodePal: \(rulesProblem)")
        }
        log.info("initialized: position encoding \(encoding.rawValue), \(client.pullDiagnostics ? "pull" : "push") diagnostics")
        let encoding = self.encoding
        let prepareRename = client.prepareRename
        return { _ in
            [
                "capabilities": [
                    "positionEncoding": .string(encoding.rawValue),
                    "textDocumentSync": [
                        "openClose": true,
                        "change": 2,
                        "save": ["includeText": false],
                    ],
                    "documentSymbolProvider": true,
                    "foldingRangeProvider": true,
                    "workspaceSymbolProvider": true,
                    "completionProvider": ["triggerCharacters": .array(Self.completionTriggers.map(JSON.string)), "resolveProvider": true],
                    "renameProvider": prepareRename ? ["prepareProvider": true] : true,
                    "signatureHelpProvider": ["triggerCharacters": ["(", ","], "retriggerCharacters": [")"]],
                    "definitionProvider": true,
                    "declarationProvider": true,
                    "referencesProvider": true,
                    "documentHighlightProvider": true,
                    "codeLensProvider": ["resolveProvider": false],
                    "hoverProvider": true,
                    "codeActionProvider": ["codeActionKinds": ["quickfix", .string(Self.fixAllKind), "refactor.extract.variable", "refactor.extract.function", "refactor.inline"],
                                           "resolveProvider": true],
                    "executeCommandProvider": ["commands": [.string(Self.showMetricsCommand), .string(Self.showLearningReportCommand),
                                                             .string(Self.recordFixCommand), .string(Self.completionAcceptedCommand),
                                                             .string(Self.recordRefactoringCommand)]],
                    "diagnosticProvider": [
                        "identifier": "codepal",
                        "interFileDependencies": false,
                        "workspaceDiagnostics": false,
                    ],
                ],
                "serverInfo": ["name": "codepal", "version": .string(CodePalVersion.string)],
            ]
        }
    }

    func shutdown(_ params: JSON) throws -> RequestWork {
        phase = .shuttingDown
        workspaceIndex?.cancel()
        learning?.flush(finishing: true)
        documents.removeAll()
        return { _ in .null }
    }
}
