import CodePalSyntax
import Foundation

/// Expands command-line paths into the files to check. Folders are walked recursively, skipping
/// hidden entries and dependency or build folders, and keeping files some grammar claims; a file
/// named explicitly is always kept.
enum WorkspaceWalker {
    struct Failure: Error { let message: String }

    static let skippedFolders: Set<String> = ["node_modules", "__pycache__", "venv", ".venv", "dist", "build"]

    static func files(at path: String, registry: LanguageRegistry) -> Result<[String], Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(message: "no such file or directory"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        var found: [String] = []
        var pending = [path]
        // Folders already walked, by device and inode, so symlink cycles end.
        var visited: Set<[UInt64]> = []
        while let folder = pending.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                let child = folder == "." ? entry : (folder.hasSuffix("/") ? folder + entry : folder + "/" + entry)
                var childIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
                if childIsDirectory.boolValue {
                    if !skippedFolders.contains(entry) { pending.append(child) }
                } else if registry.languageName(forPath: child) != nil {
                    found.append(child)
                }
            }
        }
        return .success(found.sorted())
    }
}
