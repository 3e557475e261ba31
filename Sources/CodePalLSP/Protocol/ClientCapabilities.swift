import CodePalSupport
import CodePalSyntax

/// The parts of the client's `initialize` capabilities that change what the server does.
struct ClientCapabilities {
    let positionEncodings: [String]
    let pullDiagnostics: Bool
    let hierarchicalDocumentSymbols: Bool
    let diagnosticVersionSupport: Bool
    let workDoneProgress: Bool
    let snippetSupport: Bool
    let prepareRename: Bool
    let disabledCodeActions: Bool
    /// The client resolves code actions for their `edit` (LSP 3.16 `resolveSupport`).
    let resolvesCodeActionEdits: Bool
    let dynamicFileWatchers: Bool

    init(json: JSON?) {
        positionEncodings = json?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        pullDiagnostics = json?["textDocument"]?["diagnostic"] != nil
        hierarchicalDocumentSymbols = json?["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.bool ?? false
        diagnosticVersionSupport = json?["textDocument"]?["publishDiagnostics"]?["versionSupport"]?.bool ?? false
        workDoneProgress = json?["window"]?["workDoneProgress"]?.bool ?? false
        resolvesCodeActionEdits = json?["textDocument"]?["codeAction"]?["resolveSupport"]?["properties"]?.array?.contains { $0.string == "edit" } ?? false
        disabledCodeActions = json?["textDocument"]?["codeAction"]?["disabledSupport"]?.bool ?? false
        prepareRename = json?["textDocument"]?["rename"]?["prepareSupport"]?.bool ?? false
        snippetSupport = json?["textDocument"]?["completion"]?["completionItem"]?["snippetSupport"]?.bool ?? false
        dynamicFileWatchers = json?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
    }

    /// UTF-8 when offered (no conversion at all), else UTF-32, else UTF-16, which LSP 3.17 makes
    /// the default every client must support.
    var preferredEncoding: PositionEncoding {
        for candidate in [PositionEncoding.utf8, .utf32, .utf16] where positionEncodings.contains(candidate.rawValue) {
            return candidate
        }
        return .utf16
    }
}
