import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Dispatch
import Foundation

/// Reads, parses and analyses the inputs on all cores; with fixes on, applies them in rounds
/// (re-analysing after each, as ruff does) until nothing more applies.
struct CheckRunner {
    struct Checked {
        let text: SourceText
        let diagnostics: [Diagnostic]
        /// The original and fixed content when fixes changed something.
        let fixed: (original: [UInt8], bytes: [UInt8], count: Int)?
        /// What to store in the check cache: the key of the final content and its findings;
        /// nil when the findings came from the cache or there is no cache.
        var fresh: (path: String, key: String)? = nil
        var fromCache = false
    }

    /// The check cache's side of a run: the keys, and the entries stored for the inputs.
    struct Cache {
        let keys: CheckCacheKeys
        let stored: [String: CheckCache.Stored]
        /// Absolute paths of the inputs: entries are stored by those.
        let absolute: [String: String]
    }

    enum Outcome {
        case checked(Checked)
        case skipped(String)
        case failed(String)
    }

    struct Result {
        let input: CheckInput
        let outcome: Outcome
        var path: String { input.path }
    }

    let registry: LanguageRegistry
    let rules: RuleCatalog
    let settings: [String: Configuration]
    let jobs: Int
    let applyFixes: Bool
    let unsafeFixes: Bool
    var cache: Cache? = nil

    func run(_ inputs: [CheckInput]) -> [Result] {
        parallelMap(inputs, jobs: jobs) { Result(input: $0, outcome: check($0)) }
    }

    private func check(_ input: CheckInput) -> Outcome {
        let configuration = settings[input.path] ?? Configuration()
        let language: Language
        do {
            guard let found = try registry.language(forPath: input.path) else { return .skipped("no grammar for this file type") }
            language = found
        } catch {
            return .failed("\(error)")
        }
        // A file with a stored entry is read and looked up first: an entry whose key still holds
        // needs no rule set, so a re-check from the cache compiles none (and reads no rule file).
        var read: [UInt8]?
        var cacheKey: (path: String, key: String)?
        if let cache, case .file(let path) = input, let absolute = cache.absolute[path], let stored = cache.stored[absolute],
           case .text(let bytes) = SourceFile.read(path, maximumBytes: configuration.maximumFileBytes) {
            read = bytes
            let key = cache.keys.key(bytes: bytes, language: language.name, configuration: configuration)
            cacheKey = (absolute, key)
            if stored.key == key, let diagnostics = stored.diagnostics,
               !applyFixes || !diagnostics.contains(where: { !$0.isSuppressed && ($0.fix.map { $0.isSafe || unsafeFixes } ?? false) }) {
                return .checked(Checked(text: SourceText(bytes: bytes), diagnostics: diagnostics, fixed: nil, fromCache: true))
            }
        }
        if let problem = FileAnalyzer.problem(with: language, rules: rules, configuration: configuration) { return .failed("cannot analyse \(language.displayName): \(problem)") }
        let bytes: [UInt8]
        switch input {
        case .file(let path):
            if let read {
                bytes = read
                break
            }
            switch SourceFile.read(path, maximumBytes: configuration.maximumFileBytes) {
            case .text(let b): bytes = b
            case .skipped(let reason): return .skipped(reason)
            case .failed(let reason): return .failed(reason)
            }
        case .stdin(_, let b):
            guard String(validating: b, as: UTF8.self) != nil else { return .skipped("not valid UTF-8") }
            bytes = b
        }
        if cacheKey == nil, let cache, case .file(let path) = input, let absolute = cache.absolute[path] {
            cacheKey = (absolute, cache.keys.key(bytes: bytes, language: language.name, configuration: configuration))
        }
        let parser = Parser(language: language)
        func analyse(_ bytes: [UInt8]) -> (SourceText, [Diagnostic]) {
            let text = SourceText(bytes: bytes)
            let tree = parser.parse(bytes)
            return (text, FileAnalyzer.diagnostics(tree: tree, text: text, configuration: configuration, rules: rules, path: input.path))
        }
        var (text, diagnostics) = analyse(bytes)
        guard applyFixes else { return .checked(Checked(text: text, diagnostics: diagnostics, fixed: nil, fresh: cacheKey)) }
        var current = bytes
        var applied = 0
        for _ in 0..<5 {
            let fixes = diagnostics.filter { !$0.isSuppressed }.compactMap(\.fix).filter { $0.isSafe || unsafeFixes }
            guard !fixes.isEmpty else { break }
            let next = FixApplier.apply(fixes, to: current)
            guard next != current else { break }
            applied += fixes.count
            current = next
            (text, diagnostics) = analyse(current)
        }
        let finalKey = cache.flatMap { cache in
            cacheKey.map { ($0.path, cache.keys.key(bytes: current, language: language.name, configuration: configuration)) }
        }
        return .checked(Checked(text: text, diagnostics: diagnostics, fixed: current == bytes ? nil : (bytes, current, applied), fresh: finalKey))
    }
}
