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
    /// This binary and the language folders; also the key of the rule catalog's summary.
    let run: String
    private let contexts = Contexts()

    init(registry: LanguageRegistry) {
        run = CodePalVersion.string + "|" + Self.executableStamp() + "|" + Self.folderFingerprint(registry.directory)
    }

    /// The key of one file's entry.
    func key(bytes: [UInt8], language: String, configuration: Configuration) -> String {
        String(ContentHash.fnv1a(bytes), radix: 16) + ":" + String(bytes.count) + ":" + contexts.hash(run, language, configuration)
    }

    /// The hash of the context part of keys, per language and configuration: describing a
    /// configuration for every file was a tenth of a re-check from the cache, and a run has few.
    private final class Contexts: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [(language: String, configuration: Configuration, hash: String)] = []

        func hash(_ run: String, _ language: String, _ configuration: Configuration) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let found = known.first(where: { $0.language == language && $0.configuration == configuration }) { return found.hash }
            let context = run + "|" + language + "|" + StableDescription.of(configuration)
            let hash = String(ContentHash.fnv1a(context.utf8), radix: 16)
            if known.count >= 256 { known.removeFirst(known.count / 2) }
            known.append((language, configuration, hash))
            return hash
        }
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
                parts.append(relative + "=" + String(data.withUnsafeBytes { ContentHash.fnv1a($0) }, radix: 16))
            }
        }
        return String(ContentHash.fnv1a(parts.sorted().joined(separator: "\n").utf8), radix: 16)
    }
}
