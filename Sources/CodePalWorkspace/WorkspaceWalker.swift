import CodePalSyntax
import Foundation

/// Expands command-line paths into the files to check. Folders are walked recursively, skipping
/// hidden entries, dependency folders, build output (a language's `outputFolders`, for the files
/// of that language) and whatever `.gitignore` files (in the folder, its subfolders, and its
/// parents up to the repository root) ignore; only files some grammar claims are kept. A file
/// named explicitly is always kept.
public enum WorkspaceWalker {
    public struct Failure: Error { public let message: String }

    public static let skippedFolders: Set<String> = ["node_modules", "__pycache__", "venv", ".venv"]

    public static func files(at path: String, registry: LanguageRegistry, respectGitignore: Bool = true) -> Result<[String], Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(message: "no such file or directory"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        var found: [String] = []
        var enclosing = respectGitignore ? enclosingIgnoreRules(path) : []
        // A folder named explicitly is walked even when an enclosing `.gitignore` ignores it (a
        // corpus under `build/`, say); its own and its subfolders' `.gitignore` files still apply.
        if isIgnored(path, isDirectory: true, enclosing) { enclosing = [] }
        // Output folder names by language, and the languages that write to each.
        var outputLanguages: [String: Set<String>] = [:]
        for manifest in registry.manifests {
            for name in manifest.outputFolders ?? [] { outputLanguages[name, default: []].insert(manifest.language) }
        }
        // Inside an output folder, the languages whose files there are build output.
        var pending: [(folder: String, rules: [IgnoreRules], excluded: Set<String>)] = [(path, enclosing, [])]
        // Folders already walked, by device and inode, so symlink cycles end.
        var visited: Set<[UInt64]> = []
        while let (folder, inherited, excluded) = pending.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            guard let entries = Self.entries(of: folder) else { continue }
            var rules = inherited
            if respectGitignore, let own = IgnoreRules.gitignore(in: folder) { rules.append(own) }
            for (entry, kind) in entries.sorted(by: { $0.name < $1.name }) where !entry.hasPrefix(".") {
                let child = folder == "." ? entry : (folder.hasSuffix("/") ? folder + entry : folder + "/" + entry)
                guard let childIsDirectory = kind ?? Self.isDirectory(child) else { continue }
                if isIgnored(child, isDirectory: childIsDirectory, rules) { continue }
                if childIsDirectory {
                    guard !skippedFolders.contains(entry) else { continue }
                    let inside = excluded.union(outputLanguages[entry] ?? [])
                    // Nothing left to find below an output folder of every language.
                    if inside.count < registry.manifests.count { pending.append((child, rules, inside)) }
                } else if let language = registry.languageName(forPath: child), !excluded.contains(language) {
                    found.append(child)
                }
            }
        }
        return .success(found.sorted())
    }

    /// A folder's entries with whether each is a folder, from the directory itself where the file
    /// system says (nil where it does not, or for a symbolic link, which is followed): a stat per
    /// entry costs more than the rest of a re-index that finds nothing changed.
    private static func entries(of folder: String) -> [(name: String, isDirectory: Bool?)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var result: [(name: String, isDirectory: Bool?)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): result.append((name, true))
            case Int32(DT_REG): result.append((name, false))
            case Int32(DT_LNK), Int32(DT_UNKNOWN): result.append((name, nil))
            default: continue  // sockets, pipes, devices: never source
            }
        }
        return result
    }

    /// Follows symbolic links; nil when the path does not resolve.
    private static func isDirectory(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func isIgnored(_ path: String, isDirectory: Bool, _ rules: [IgnoreRules]) -> Bool {
        var ignored = false
        for rule in rules {
            if let verdict = rule.verdict(path, isDirectory: isDirectory) { ignored = verdict }
        }
        return ignored
    }

    /// `.gitignore` files of the folders above `path`, up to the repository root (the folder with `.git`).
    private static func enclosingIgnoreRules(_ path: String) -> [IgnoreRules] {
        var folders: [String] = []
        var url = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        var start = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: start.appendingPathComponent(".git").path) { return [] }
        while url.path != "/" {
            folders.append(url.path)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) {
                return folders.reversed().compactMap { IgnoreRules.gitignore(in: $0) }
            }
            start = url
            url = url.deletingLastPathComponent()
        }
        return []
    }
}
