import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    func didOpen(_ params: JSON) throws {
        let item = try params.required("textDocument")
        let uri = try item.requiredString("uri")
        let text = try item.requiredString("text")
        let version = item["version"]?.int ?? 0
        if documents[uri] != nil { log.warning("didOpen for \(uri), which is already open: replacing it") }
        let language = languageFor(uri: uri, languageId: item["languageId"]?.string, text: text)
        // The opening parse runs beside the state queue: requests behind this didOpen take their
        // snapshots at once, and those that can answer from a piece of the text do not wait for it.
        let document = Document(uri: uri, text: text, version: version, language: language, parseInBackground: true)
        documents[uri] = document
        bumpRevision(uri)
        if let path = DocumentURI.path(uri) { workspaceIndex?.documentOpened(path) }
        if let learning, document.language != nil {
            learning.opened(document.snapshot(), configuration: configuration(for: uri), rules: rules)
        }
        documentChanged(document, opened: true)
        if document.language != nil { prepareNavigation(document) }
    }

    func didChange(_ params: JSON) throws {
        let uri = try params.documentURI()
        guard let document = documents[uri] else {
            log.warning("didChange for \(uri), which is not open: ignored (send didOpen first)")
            return
        }
        let version = params["textDocument"]?["version"]?.int ?? document.version + 1
        guard let changesJSON = params["contentChanges"]?.array else { throw ResponseError.invalidParams("missing `contentChanges`") }
        var changes: [TextChange] = []
        for change in changesJSON {
            guard let text = change["text"]?.string else { throw ResponseError.invalidParams("content change without `text`") }
            let range = try change["range"].map { try $0.range() }
            changes.append(TextChange(range: range, text: text))
        }
        if version <= document.version {
            log.warning("didChange for \(uri) goes from version \(document.version) to \(version); applied anyway")
        }
        document.apply(changes, version: version, encoding: encoding)
        learning?.edited(lines: changes.reduce(0) { $0 + 1 + $1.text.filter { $0 == "\n" }.count }, language: document.language?.name)
        if let learning, document.language != nil {
            learning.revised(document.snapshot(), wholeDocument: changes.contains { $0.range == nil }, configuration: configuration(for: uri), rules: rules)
        }
        bumpRevision(uri)
        documentChanged(document, opened: false)
    }

    func didClose(_ params: JSON) throws {
        let uri = try params.documentURI()
        revisions[uri] = nil
        configurationsByURI[uri] = nil
        analyses.forget(uri)
        learning?.closed(uri: uri)
        if let path = DocumentURI.path(uri) { workspaceIndex?.documentClosed(path) }
        guard documents.removeValue(forKey: uri) != nil else {
            log.warning("didClose for \(uri), which is not open: ignored")
            return
        }
        if !client.pullDiagnostics { diagnostics.documentClosed(uri) }
    }

    func didSave(_ params: JSON) throws {
        let uri = try params.documentURI()
        if Configuration.fileNames.contains(where: { uri.hasSuffix("/" + $0) }) {
            configurationChanged()
        } else if documents[uri] == nil {
            log.warning("didSave for \(uri), which is not open: ignored")
        } else if let path = DocumentURI.path(uri) {
            workspaceIndex?.update(paths: [path], log: log)
        }
    }

    /// A `.codepal.toml` changed: forget cached settings and re-analyse every open document.
    /// For learning, each document starts again as if opened: a rule selected or dropped by the
    /// new settings is not something the user wrote or fixed.
    func configurationChanged() {
        configurations.invalidate()
        configurationsByURI.removeAll()
        for document in documents.values where document.language != nil {
            learning?.opened(document.snapshot(), configuration: configuration(for: document.uri), rules: rules)
            bumpRevision(document.uri)
            documentChanged(document, opened: true)
        }
    }

    private func documentChanged(_ document: Document, opened: Bool) {
        if !client.pullDiagnostics {
            diagnostics.documentChanged(document.snapshot(), configuration: configuration(for: document.uri), encoding: encoding, opened: opened)
        }
    }

    /// Settings for a document: the nearest `.codepal.toml` above its file, defaults for other URIs
    /// or when the file is broken (reported once through showMessage).
    func configuration(for uri: String) -> Configuration {
        if let known = configurationsByURI[uri] { return known }
        guard let path = DocumentURI.path(uri) else { return Configuration() }
        do {
            let found = try configurations.configuration(forFile: path)
            configurationsByURI[uri] = found
            return found
        } catch {
            if reportedGrammarProblems.insert("config:\(error)").inserted {
                log.error("\(error)")
                showMessage(1, "CodePal: \(error); using default settings")
            }
            return Configuration()
        }
    }

    /// The grammar for a document, or nil (kept in sync, not analysed) with one warning per cause.
    private func languageFor(uri: String, languageId: String?, text: String) -> Language? {
        guard let registry else { return nil }
        let path = DocumentURI.name(uri)
        let size = text.utf8.count
        let byId = languageId.flatMap(registry.languageName(forLanguageId:))
        let byPath = registry.languageName(forPath: path, content: Array(text.utf8.prefix(65_536)))
        // An editor names a `.h` file C by its extension; its text may say C++ (`contentClaims`).
        let byContent = byId != nil && byId == registry.languageName(forPath: path, content: []) ? byPath : nil
        guard let name = byContent ?? byId ?? byPath else {
            return nil
        }
        if size > options.maximumParsedBytes {
            log.warning("\(uri) has \(size) bytes, over the \(options.maximumParsedBytes)-byte limit: kept in sync without analysis")
            return nil
        }
        do {
            let language = try registry.language(named: name)
            if let problem = FileAnalyzer.problem(with: language, rules: rules), reportedGrammarProblems.insert(name).inserted {
                log.error("cannot analyse \(language.displayName): \(problem)")
                showMessage(1, "CodePal cannot analyse \(language.displayName) files (syntax errors only): \(problem)")
            }
            return language
        } catch {
            if reportedGrammarProblems.insert(name).inserted {
                log.error("\(error)")
                showMessage(2, "CodePal: \(error)")
            }
            return nil
        }
    }

    /// The snapshot of an open document, or InvalidParams naming the document.
    func snapshot(_ uri: String) throws -> DocumentSnapshot {
        guard let document = documents[uri] else {
            throw ResponseError.invalidParams("document not open: \(uri) (send textDocument/didOpen first)")
        }
        return document.snapshot()
    }
}
