import CodePalAnalysis
import CodePalSyntax
import Dispatch
import Foundation

extension LanguageServer {
    /// Compiles in the background what the first analysis of a file needs (the rule set and the
    /// queries `FileAnalyzer.problem` lists, and the scopes query) for the languages of the
    /// workspace, most common first. Left to `didOpen`, the compile held a newly opened file's
    /// first diagnostics: about 50 ms of CPU for TypeScript, several times that in wall time on a
    /// busy machine. A file opened while its language is still compiling waits for the rest.
    func warmUpLanguages() {
        guard let registry, let rules, let root = workspaceRootPath else { return }
        let configurations = self.configurations
        DispatchQueue.global(qos: .utility).async {
            let configuration = (try? configurations.configuration(forFile: (root as NSString).appendingPathComponent("file"))) ?? Configuration()
            for name in Self.languagesByUse(under: root, registry: registry) {
                guard let language = try? registry.language(named: name) else { continue }
                _ = FileAnalyzer.problem(with: language, rules: rules, configuration: configuration)
                _ = try? language.query(named: "locals")
            }
        }
    }

    /// The languages of the files in `root` and the folders right under it (not hidden ones nor
    /// dependency folders), most files first: a look at the top of the tree, not a walk of all
    /// of it, which the index does later.
    static func languagesByUse(under root: String, registry: LanguageRegistry, limit: Int = 5_000) -> [String] {
        let files = FileManager.default
        var counts: [String: Int] = [:]
        var seen = 0
        func count(_ folder: String, descend: Bool) {
            guard let names = try? files.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() where seen < limit && !name.hasPrefix(".") && name != "node_modules" {
                seen += 1
                let path = (folder as NSString).appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard files.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    if descend { count(path, descend: false) }
                } else if let language = registry.languageName(forPath: path) {
                    counts[language, default: 0] += 1
                }
            }
        }
        count(root, descend: true)
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
