import CTreeSitter
import Foundation

/// Every language CodePal knows, read from a grammar directory (`Grammars/` in a checkout,
/// `share/codepal/grammars` when installed). Manifests are read eagerly because they are tiny;
/// grammar libraries are opened on first use so that one broken grammar never stops the others.
public final class LanguageRegistry: @unchecked Sendable {
    public let directory: URL
    public let manifests: [LanguageManifest]
    private let lock = NSLock()
    private var loaded: [String: Result<Language, GrammarError>] = [:]
    private var byExtension: [String: String] = [:]
    private var byLanguageId: [String: String] = [:]
    private var byFileName: [String: String] = [:]
    /// Languages that claim files of an extension by their content (`contentClaims`).
    private var claims: [String: [(language: String, pattern: NSRegularExpression)]] = [:]
    /// Why a language's folder does not hold what its manifest lists (`LanguagePack`), by language.
    private var packErrors: [String: GrammarError] = [:]
    /// Language folders whose manifest cannot be read: those languages are left out (their files
    /// are not analysed) and the others work; the faces report these at start-up.
    public let manifestErrors: [GrammarError]

    public init(directory: URL) throws {
        self.directory = directory
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var manifests: [LanguageManifest] = []
        var manifestErrors: [GrammarError] = []
        for entry in entries.sorted() {
            let url = directory.appendingPathComponent(entry).appendingPathComponent("language.json")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                manifests.append(try LanguageManifest.load(from: url))
            } catch {
                manifestErrors.append(error as? GrammarError ?? .badManifest(path: url.path, reason: "\(error)"))
            }
        }
        self.manifests = manifests
        self.manifestErrors = manifestErrors
        for manifest in manifests {
            do {
                try LanguagePack.verify(manifest, in: directory.appendingPathComponent(manifest.language))
            } catch let error as GrammarError {
                packErrors[manifest.language] = error
            }
            for ext in manifest.extensions { byExtension[ext.lowercased()] = manifest.language }
            for name in manifest.fileNames ?? [] { byFileName[name] = manifest.language }
            for claim in manifest.contentClaims ?? [] {
                guard let regex = try? NSRegularExpression(pattern: claim.pattern) else {
                    packErrors[manifest.language] = .badManifest(path: manifest.language + "/language.json", reason: "contentClaims: bad pattern \(claim.pattern)")
                    continue
                }
                for ext in claim.extensions { claims[ext.lowercased(), default: []].append((manifest.language, regex)) }
            }
            for id in manifest.languageIds { byLanguageId[id] = manifest.language }
        }
    }

    /// Finds the grammar directory: an explicit path alone (a wrong `--grammars` is an error, not
    /// a reason to load grammars from elsewhere), else `CODEPAL_GRAMMARS`, then places relative
    /// to the executable. The working directory is deliberately not searched: loading shared
    /// libraries from wherever a user happens to run the tool would be a code-execution hole.
    public static func locate(explicit: String? = nil) throws -> LanguageRegistry {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if explicit == nil, let env = ProcessInfo.processInfo.environment["CODEPAL_GRAMMARS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        if explicit == nil {
            var dir = executableURL().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(dir.appendingPathComponent("share/codepal/grammars"))
                candidates.append(dir.appendingPathComponent("Grammars"))
                dir = dir.deletingLastPathComponent()
            }
        }
        for candidate in candidates where isGrammarDirectory(candidate) {
            return try LanguageRegistry(directory: candidate.standardizedFileURL)
        }
        throw GrammarError.noGrammarDirectory(searched: candidates.prefix(4).map(\.path))
    }

    private static func isGrammarDirectory(_ url: URL) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return entries.contains { FileManager.default.fileExists(atPath: url.appendingPathComponent($0).appendingPathComponent("language.json").path) }
    }

    private static func executableURL() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").standardizedFileURL
    }

    public func manifest(named name: String) -> LanguageManifest? {
        manifests.first { $0.language == name }
    }

    /// The language name for a path by its file name (`fileNames`) or extension, or nil when no
    /// grammar claims it.
    /// `content` is the file's text when the caller holds it (an open document); else a claimed
    /// extension's file is read from disk.
    public func languageName(forPath path: String, content: [UInt8]? = nil) -> String? {
        // The extension is what follows the last dot of the last path component (not a leading
        // dot: `.bashrc` has none). Scanned by hand: a walk of a large tree asks once per file.
        let bytes = path.utf8
        if !byFileName.isEmpty {
            let start = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
            if let named = byFileName[String(path[start...])] { return named }
        }
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")), slash > dot { return nil }
        if dot == bytes.startIndex || bytes[bytes.index(before: dot)] == UInt8(ascii: "/") { return nil }
        let ext = String(path[path.index(after: dot)...])
        guard !ext.isEmpty else { return nil }
        if let claimants = claims[ext.lowercased()], let claimed = claimant(claimants, path: path, content: content) { return claimed }
        return byExtension[ext] ?? byExtension[ext.lowercased()]
    }

    /// The first language whose claim matches the start of the file (its first 64 KiB), read
    /// from disk when no content is given.
    private func claimant(_ claimants: [(language: String, pattern: NSRegularExpression)], path: String, content: [UInt8]?) -> String? {
        let head: String
        if let content {
            head = String(decoding: content.prefix(65_536), as: UTF8.self)
        } else if let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            head = String(decoding: (try? handle.read(upToCount: 65_536)) ?? Data(), as: UTF8.self)
        } else {
            return nil
        }
        let range = NSRange(head.startIndex..., in: head)
        return claimants.first { $0.pattern.firstMatch(in: head, range: range) != nil }?.language
    }

    public func languageName(forLanguageId id: String) -> String? { byLanguageId[id] }

    public func language(named name: String) throws -> Language {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[name] { return try cached.get() }
        let result: Result<Language, GrammarError>
        if let manifest = manifest(named: name) {
            let packError = packErrors[name]
            result = Result {
                let language = try Self.open(manifest, in: directory.appendingPathComponent(name))
                if let packError { throw packError }
                return language
            }
            .mapError { $0 as? GrammarError ?? .unloadable(language: name, path: directory.path, reason: "\($0)") }
        } else {
            result = .failure(.unknownLanguage(name: name, known: manifests.map(\.language)))
        }
        loaded[name] = result
        return try result.get()
    }

    /// Throws when the language's folder does not hold exactly the files its manifest lists.
    public func checkPack(_ name: String) throws {
        if let error = packErrors[name] { throw error }
    }

    public func language(forPath path: String, content: [UInt8]? = nil) throws -> Language? {
        guard let name = languageName(forPath: path, content: content) else { return nil }
        return try language(named: name)
    }

    static let supportedABI = UInt32(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION)...UInt32(TREE_SITTER_LANGUAGE_VERSION)

    private static func open(_ manifest: LanguageManifest, in folder: URL) throws -> Language {
        let path = folder.appendingPathComponent("grammar.so").path
        let name = manifest.displayName
        guard FileManager.default.fileExists(atPath: path) else {
            throw GrammarError.missingLibrary(language: name, path: path)
        }
        // RTLD_LOCAL: some grammars' scanners export helper symbols with common names.
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
            throw GrammarError.unloadable(language: name, path: path, reason: reason)
        }
        guard let symbol = dlsym(handle, manifest.symbol) else {
            dlclose(handle)
            throw GrammarError.missingSymbol(language: name, path: path, symbol: manifest.symbol)
        }
        typealias Entry = @convention(c) () -> OpaquePointer?
        guard let pointer = unsafeBitCast(symbol, to: Entry.self)() else {
            throw GrammarError.unloadable(language: name, path: path, reason: "\(manifest.symbol) returned NULL")
        }
        let abi = ts_language_version(pointer)
        guard supportedABI.contains(abi) else {
            throw GrammarError.incompatibleABI(language: name, path: path, found: abi, supported: supportedABI)
        }
        // The handle stays open for the life of the process: TSLanguage points into it.
        return Language(manifest: manifest, directory: folder, pointer: pointer)
    }
}
