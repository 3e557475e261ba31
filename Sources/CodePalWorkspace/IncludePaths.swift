import CodePalAnalysis
import Foundation

/// The include folders a workspace's configuration names (`[include] paths = ["include", "src"]`
/// in the root's `.codepal.toml`), as absolute paths, read once per root.
final class IncludePaths: @unchecked Sendable {
    static let shared = IncludePaths()
    private let lock = NSLock()
    private var byRoot: [String: [String]] = [:]

    func folders(root: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let found = byRoot[root] { return found }
        let configuration = (try? Configuration.load(near: URL(fileURLWithPath: root)))?.0
        let folders = (configuration?.includePaths ?? []).map { path in
            ((path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)) as NSString).standardizingPath
        }
        byRoot[root] = folders
        return folders
    }
}
