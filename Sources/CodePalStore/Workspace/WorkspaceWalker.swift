import CodePalSyntax
import Foundation

/// Expands command-line paths into the files to check. Folders are walked recursively, skipping
/// hidden entries, dependency and build folders and whatever `.gitignore` files (in the folder,
/// its subfolders, and its parents up to the repository root) ignore; only files some grammar
/// claims are kept. A file named explicitly is always kept.
public enum WorkspaceWalker {
    public struct Failure: Error { public let message: String }

    public static let skippedFolders: Set<String> = ["node_modules", "__pycache__", "venv", ".venv", "dist", "build"]

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
        var pending: [(folder: String, rules: [IgnoreRules])] = [(path, enclosing)]
        // Folders already walked, by device and inode, so symlink cycles end.
        var visited: Set<[UInt64]> = []
        while let (folder, inherited) = pending.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            var rules = inherited
            if respectGitignore, let own = IgnoreRules.gitignore(in: folder) { rules.append(own) }
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                let child = folder == "." ? entry : (folder.hasSuffix("/") ? folder + entry : folder + "/" + entry)
                var childIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
                if isIgnored(child, isDirectory: childIsDirectory.boolValue, rules) { continue }
                if childIsDirectory.boolValue {
                    if !skippedFolders.contains(entry) { pending.append((child, rules)) }
                } else if registry.languageName(forPath: child) != nil {
                    found.append(child)
                }
            }
        }
        return .success(found.sorted())
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
