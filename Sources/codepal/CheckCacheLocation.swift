import Foundation

/// Where `codepal check` keeps its result cache when not told: in the workspace's `.codepal/`
/// (beside the index), found from the first path as a project root is found.
enum CheckCacheLocation {
    static func workspace(of path: String) -> String {
        var folder = URL(fileURLWithPath: Check.folder(of: path)).standardizedFileURL
        let start = folder
        while true {
            for marker in [".codepal", ".codepal.toml", ".codepal.yml", ".codepal.yaml", ".git"]
            where FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return start.path }
            folder = parent
        }
    }

    /// Creates the folder; a new `.codepal/` gets a `.gitignore` so its contents never reach a
    /// commit, as ruff does for its cache.
    static func prepare(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if (folder as NSString).lastPathComponent == ".codepal" {
            try? "# Made by CodePal: its index and caches.\n*\n".write(toFile: (folder as NSString).appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        }
    }
}
