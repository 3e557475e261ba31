import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    /// The workspace folder of `initialize` as a path: the first `workspaceFolders` entry, else
    /// `rootUri`, else `rootPath`; nil for a session without a folder (single files, a browser).
    static func workspaceRoot(_ params: JSON) -> String? {
        if let uri = params["workspaceFolders"]?.array?.first?["uri"]?.string ?? params["rootUri"]?.string,
           let path = DocumentURI.path(uri) {
            return path
        }
        return params["rootPath"]?.string
    }

    /// Opens the index and starts the first run; called on `initialized`, when the client may
    /// receive our requests.
    func startWorkspaceIndex() {
        guard let root = workspaceRootPath, indexingEnabled, let registry else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            log.warning("workspace folder \(root) does not exist: no index")
            return
        }
        let path = indexPath ?? (root as NSString).appendingPathComponent(".codepal/index.sqlite")
        let service: WorkspaceIndexService
        do {
            service = try WorkspaceIndexService(root: root, databasePath: path, registry: registry, log: log)
        } catch {
            log.error("cannot open the workspace index at \(path): \(error)")
            showMessage(2, "CodePal: cannot open the workspace index at \(path): \(error)")
            return
        }
        workspaceIndex = service
        for uri in documents.keys { if let path = DocumentURI.path(uri) { service.documentOpened(path) } }
        registerFileWatchers()
        let started = Date()
        let progress = ProgressReporter(server: self, title: "Indexing", enabled: client.workDoneProgress)
        progress.begin { [weak self] in
            guard let self else { return }
            service.indexAll(progress: { done, total in
                ServerMetrics.shared.indexing(done: done, total: total)
                progress.report(done, total)
            }, done: { result in
                switch result {
                case .success(let summary):
                    let message = "\(summary.files) files, \(summary.symbols) symbols (\(summary.changed) changed) in "
                        + String(format: "%.1f s", Date().timeIntervalSince(started))
                    self.log.info("indexed \(root): \(message)")
                    progress.end("Indexed \(message)")
                case .failure(let error):
                    if !(error is CancellationError) { self.log.warning("indexing \(root) failed: \(error)") }
                    progress.end("Indexing stopped")
                }
            })
        }
    }

    /// Asks the client to tell us about source files changing on disk (other editors, git),
    /// when it can register watchers dynamically.
    private func registerFileWatchers() {
        guard client.dynamicFileWatchers, let registry else { return }
        let extensions = registry.manifests.flatMap(\.extensions).sorted()
        let fileNames = registry.manifests.flatMap { $0.fileNames ?? [] }.sorted()
        var watchers: [JSON] = [["globPattern": .string("**/*.{\(extensions.joined(separator: ","))}")]]
        if !fileNames.isEmpty { watchers.append(["globPattern": .string("**/{\(fileNames.joined(separator: ","))}")]) }
        request("client/registerCapability", ["registrations": [[
            "id": "codepal-watch-sources", "method": "workspace/didChangeWatchedFiles",
            "registerOptions": ["watchers": .array(watchers)],
        ]]]) { _ in }
    }

    /// `workspace/didChangeWatchedFiles`: settings files reload the configuration; source files
    /// are re-indexed (or removed when deleted).
    func didChangeWatchedFiles(_ params: JSON) throws {
        let changes = params["changes"]?.array ?? []
        let paths = changes.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
        if paths.isEmpty || paths.contains(where: { path in Configuration.fileNames.contains { path.hasSuffix("/" + $0) } }) {
            configurationChanged()
        }
        workspaceIndex?.update(paths: paths, log: log)
        for change in changes where change["type"]?.int == 3 {
            if let uri = change["uri"]?.string { learning?.deleted(uri: uri) }
        }
    }
}

/// Work-done progress for one long task: `window/workDoneProgress/create`, then `$/progress`
/// begin, reports (at most five a second) and end. Without client support it only runs the task.
final class ProgressReporter: @unchecked Sendable {
    private weak var server: LanguageServer?
    private let title: String
    private let enabled: Bool
    private let token: JSON
    private let lock = NSLock()
    private var active = false
    private var lastReport = Date.distantPast
    private static let counter = NSLock()
    nonisolated(unsafe) private static var next = 0

    init(server: LanguageServer, title: String, enabled: Bool) {
        self.server = server
        self.title = title
        self.enabled = enabled
        Self.counter.lock()
        Self.next += 1
        token = .string("codepal-progress-\(Self.next)")
        Self.counter.unlock()
    }

    /// Creates the token (the spec wants the client's answer before its first use), then runs `work`.
    func begin(_ work: @escaping @Sendable () -> Void) {
        guard enabled, let server else { return work() }
        server.request("window/workDoneProgress/create", ["token": token]) { [self] response in
            if case .success = response {
                lock.lock(); active = true; lock.unlock()
                send(["kind": "begin", "title": .string(title), "cancellable": false, "percentage": 0])
            }
            work()
        }
    }

    func report(_ done: Int, _ total: Int) {
        lock.lock()
        let now = Date()
        guard active, now.timeIntervalSince(lastReport) >= 0.2 || done == total else { lock.unlock(); return }
        lastReport = now
        lock.unlock()
        send(["kind": "report", "message": .string("\(done)/\(total) files"), "percentage": .int(total > 0 ? done * 100 / total : 100)])
    }

    func end(_ message: String) {
        lock.lock()
        let wasActive = active
        active = false
        lock.unlock()
        if wasActive { send(["kind": "end", "message": .string(message)]) }
    }

    private func send(_ value: JSON) {
        server?.notify("$/progress", ["token": token, "value": value])
    }
}
