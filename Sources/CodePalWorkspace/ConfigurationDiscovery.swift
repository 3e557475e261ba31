import CodePalAnalysis
import Foundation

/// Finding a file's configuration on disk belongs to the workspace; `Configuration` itself only
/// parses text.
extension Configuration {
    /// The nearest `.codepal.toml` at or above `directory`, parsed; defaults when there is none.
    public static func load(near directory: URL) throws -> (Configuration, warnings: [String]) {
        var dir = directory.standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = dir.appendingPathComponent(name)
                if let data = FileManager.default.contents(atPath: candidate.path) {
                    return try parse(String(decoding: data, as: UTF8.self), source: candidate.path)
                }
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return (Configuration(), []) }
            dir = parent
        }
    }
}
