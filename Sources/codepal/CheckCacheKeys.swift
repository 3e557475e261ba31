import CodePalAnalysis
import CodePalStore
import CodePalSupport
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// What a cached result depends on besides the file's own bytes: this binary, the language
/// folders (rules, queries, grammars) and the file's settings. Any change to one of them is a
/// different key, so the entry is recomputed rather than trusted.
struct CheckCacheKeys {
    private let run: String

    init(registry: LanguageRegistry) {
        run = CodePalVersion.string + "|" + Self.executableStamp() + "|" + Self.folderFingerprint(registry.directory)
    }

    /// The key of one file's entry.
    func key(bytes: [UInt8], language: String, configuration: Configuration) -> String {
        let context = run + "|" + language + "|" + StableDescription.of(configuration)
        return String(ContentHash.fnv1a(bytes), radix: 16) + ":" + String(bytes.count) + ":"
            + String(ContentHash.fnv1a(context.utf8), radix: 16)
    }

    /// Modification time and size of the running binary: a rebuilt CodePal with the same
    /// version number must not reuse what an older build computed.
    private static func executableStamp() -> String {
        for candidate in ["/proc/self/exe", Bundle.main.executablePath ?? CommandLine.arguments[0]] {
            if let stamp = SourceFile.stamp(candidate) { return "\(stamp.mtime):\(stamp.size)" }
        }
        return "unknown-binary"
    }

    /// Every file of the language folders: content for data, modification time and size for the
    /// compiled grammars (hashing megabytes of machine code per run buys nothing).
    private static func folderFingerprint(_ folder: URL) -> String {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return "" }
        var parts: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.path.dropFirst(folder.path.count))
            if url.pathExtension == "so" || url.pathExtension == "dylib" {
                parts.append(relative + "=" + (SourceFile.stamp(url.path).map { "\($0.mtime):\($0.size)" } ?? "?"))
            } else if let data = FileManager.default.contents(atPath: url.path) {
                parts.append(relative + "=" + String(ContentHash.fnv1a(data), radix: 16))
            }
        }
        return String(ContentHash.fnv1a(parts.sorted().joined(separator: "\n").utf8), radix: 16)
    }
}
