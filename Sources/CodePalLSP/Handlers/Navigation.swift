import CodePalAnalysis
import CodePalIDE
import CodePalSupport
import CodePalSyntax
import Foundation

/// Go to definition and declaration, find references and document highlights. The state queue
/// only takes snapshots of the open documents; the scope graphs are built on the work queue.
extension LanguageServer {
    func definition(_ params: JSON) throws -> RequestWork {
        try navigate(params) { navigator, path, offset in navigator.definitionWithStoredColumns(path: path, offset: offset) }
    }

    func declaration(_ params: JSON) throws -> RequestWork {
        try navigate(params) { navigator, path, offset in navigator.declaration(path: path, offset: offset) }
    }

    func references(_ params: JSON) throws -> RequestWork {
        let includeDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
        return try navigate(params) { navigator, path, offset in
            navigator.references(path: path, offset: offset, includeDeclaration: includeDeclaration)
        }
    }

    func documentHighlight(_ params: JSON) throws -> RequestWork {
        let request = try navigationRequest(params)
        let encoding = self.encoding
        return { token in
            let highlights = request.navigator.highlights(path: request.path, offset: request.offset)
            try token.checkCancelled()
            return .array(highlights.map { highlight in
                ["range": request.text.lspRange(highlight.range, encoding), "kind": .int(highlight.isWrite ? 3 : 2)]
            })
        }
    }

    /// Makes an opened document's scope graph in the background, in the revision's analysis that
    /// lint and every request share: the first definition or references request then finds it
    /// made, or waits for the one being made, instead of paying for it (tens of milliseconds for
    /// a large file).
    func prepareNavigation(_ document: Document) {
        let snapshot = document.snapshot()
        guard snapshot.language != nil else { return }
        let analysis = analyses.analysis(of: snapshot, configuration: configuration(for: document.uri), rules: rules)
        DispatchQueue.global(qos: .userInitiated).async { _ = analysis.scopeGraph }
    }

    private func navigate(_ params: JSON, _ body: @escaping @Sendable (WorkspaceNavigator, String, Int) -> [SourceLocation]) throws -> RequestWork {
        let request = try navigationRequest(params)
        let encoding = self.encoding
        return { token in
            let locations = body(request.navigator, request.path, request.offset)
            try token.checkCancelled()
            return .array(locations.compactMap { location in
                if let stored = location.stored {
                    let columns = stored.columns(encoding)
                    return ["uri": .string(request.uri(for: location.path)),
                            "range": ["start": ["line": .int(stored.line), "character": .int(columns.lowerBound)],
                                      "end": ["line": .int(stored.line), "character": .int(columns.upperBound)]]]
                }
                // Ranges in other files are converted with the text the navigator read them from.
                guard let text = location.path == request.path ? request.text : request.navigator.text(location.path) else { return nil }
                return ["uri": .string(request.uri(for: location.path)), "range": text.lspRange(location.range, encoding)]
            })
        }
    }

    struct NavigationRequest: @unchecked Sendable {
        let navigator: WorkspaceNavigator
        let path: String
        let offset: Int
        let text: SourceText
        let uriByPath: [String: String]

        /// The client's own URI for open documents (it may spell paths differently), else a file URI.
        func uri(for path: String) -> String { uriByPath[path] ?? DocumentURI.uri(forPath: path) }
    }

    /// Snapshots every open document (the navigator prefers them to the disk) and converts the
    /// position. A document that is not open, or not a file, is an InvalidParams error.
    func navigationRequest(_ params: JSON) throws -> NavigationRequest {
        let uri = try params.documentURI()
        let position = try params.required("position").position()
        let snapshot = try self.snapshot(uri)
        guard let registry else { throw ResponseError.internalError("no grammars loaded") }
        guard let path = DocumentURI.path(uri) else { throw ResponseError.invalidParams("not a file URI: \(uri)") }
        var open: [String: WorkspaceNavigator.OpenDocument] = [:]
        var uriByPath: [String: String] = [:]
        var openRevisions: [String: Int] = [:]
        var openGraphs: [String: WorkspaceNavigator.OpenGraph] = [:]
        let analyses = self.analyses
        // The asked document's graph is its revision's analysis's (made when it opened); another
        // open document's is its analysis's when lint made one, else the navigator makes it.
        let asked = analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules)
        for document in documents.values {
            let current = document.snapshot()
            // Not `current.tree`: that would wait for a document's opening parse.
            guard current.language != nil, let openPath = DocumentURI.path(document.uri) else { continue }
            open[openPath] = .init(current)
            uriByPath[openPath] = document.uri
            if let revision = revisions[document.uri] { openRevisions[openPath] = revision }
            openGraphs[openPath] = document.uri == uri
                ? .init(isMade: { asked.hasScopeGraph }, graph: { asked.scopeGraph })
                : .init(isMade: { analyses.existing(of: current)?.hasScopeGraph ?? false }, graph: { analyses.existing(of: current)?.scopeGraph })
        }
        let navigator = WorkspaceNavigator(root: workspaceIndex?.root ?? workspaceRootPath, registry: registry,
                                           database: workspaceIndex?.database, open: open, openRevisions: openRevisions,
                                           openGraphs: openGraphs, shared: parsedFiles)
        return NavigationRequest(navigator: navigator, path: path, offset: snapshot.text.offset(of: position, in: encoding),
                                 text: snapshot.text, uriByPath: uriByPath)
    }
}
