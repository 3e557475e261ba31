import CodePalSyntax
import Foundation

/// Every rule of every language, from `Grammars/*/rules/`, compiled per language on first use. A
/// rule file may serve several languages (TypeScript rules apply to TSX).
///
/// Made with `init(registry:)` it reads and checks every rule file at once. Made from a
/// `RuleCatalogSummary` of the same folders (`codepal check` keeps one beside its result cache),
/// it reads a rule file only when one of its rules is asked for: reading all of them (YAML, about
/// 0.15 s of CPU) was most of a re-check whose files all came from the cache (issue #15).
public final class RuleCatalog: @unchecked Sendable {
    /// What every rule is without its file being read; the order of `rules`.
    public let summary: RuleCatalogSummary
    private let registry: LanguageRegistry
    private let lock = NSLock()
    private var sets: [String: Result<RuleSet, RuleError>] = [:]
    /// The rules read so far, by id, and the files they came from.
    private var loaded: [String: LintRule] = [:]
    private var loadedFiles: [String: Result<Void, RuleError>] = [:]
    private let entryOfId: [String: Int]
    /// Languages whose folder is broken (`LanguagePackCheck`): their rule sets are this error, so
    /// their files are reported as not analysed instead of clean.
    private let packErrors: [String: RuleError]

    public init(registry: LanguageRegistry) throws {
        self.registry = registry
        var rules: [LintRule] = []
        try LanguagePackCheck.shared(registry)
        var packErrors: [String: RuleError] = [:]
        for manifest in registry.manifests {
            do {
                try LanguagePackCheck.language(manifest, in: registry)
            } catch {
                packErrors[manifest.language] = RuleError(file: registry.directory.appendingPathComponent(manifest.language).path, rule: nil,
                                                          problem: "\(error)")
                continue
            }
            let folder = registry.directory.appendingPathComponent(manifest.language)
            rules += try RuleLoader.load(files: manifest.files(under: "rules", withExtensions: ["yml", "yaml"]).map(folder.appendingPathComponent))
        }
        var byId: [String: LintRule] = [:]
        for rule in rules {
            if let other = byId[rule.id] {
                throw RuleError(file: rule.file, rule: rule.id, problem: "id already used in \(other.file)")
            }
            byId[rule.id] = rule
        }
        summary = RuleCatalogSummary(rules: rules, packErrors: packErrors.mapValues(\.problem), under: registry.directory)
        loaded = byId
        for entry in summary.entries { loadedFiles[entry.file] = .success(()) }
        self.packErrors = packErrors
        entryOfId = Self.index(summary)
    }

    /// A catalog that reads rule files on demand. `summary` must describe these folders as
    /// `init(registry:)` found them (its caller keys it by their content); a file that no longer
    /// reads makes the rule sets that need it fail with the file's error.
    public init(registry: LanguageRegistry, summary: RuleCatalogSummary) {
        self.registry = registry
        self.summary = summary
        var packErrors: [String: RuleError] = [:]
        for (language, problem) in summary.packErrors {
            packErrors[language] = RuleError(file: registry.directory.appendingPathComponent(language).path, rule: nil, problem: problem)
        }
        self.packErrors = packErrors
        entryOfId = Self.index(summary)
    }

    private static func index(_ summary: RuleCatalogSummary) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, entry) in summary.entries.enumerated() { result[entry.id] = index }
        return result
    }

    /// Every rule, in the order of the rule files.
    public var rules: [LintRule] {
        (try? rules(of: summary.entries)) ?? summary.entries.compactMap { entry in withLock { loaded[entry.id] } }
    }

    /// The rules that apply to files of `language`, in catalog order.
    public func rules(for language: String) throws -> [LintRule] {
        try rules(of: summary.entries.filter { $0.languages.contains(language) })
    }

    public func rule(_ id: String) -> LintRule? {
        guard let index = entryOfId[id] else { return nil }
        return try? rules(of: [summary.entries[index]]).first
    }

    /// The rule's CWE numbers, known without reading its file (`--format json` gives them).
    public func cwe(of id: String) -> [Int] {
        entryOfId[id].map { summary.entries[$0].cwe } ?? []
    }

    private func rules(of entries: [RuleCatalogSummary.Entry]) throws -> [LintRule] {
        lock.lock()
        defer { lock.unlock() }
        for file in Set(entries.map(\.file)) where loadedFiles[file] == nil {
            loadedFiles[file] = Result {
                for rule in try RuleLoader.load(files: [URL(fileURLWithPath: path(of: file))]) {
                    loaded[rule.id] = rule
                }
            }.mapError { $0 as? RuleError ?? RuleError(file: file, rule: nil, problem: "\($0)") }
        }
        return try entries.map { entry in
            try loadedFiles[entry.file]?.get()
            guard let rule = loaded[entry.id] else {
                throw RuleError(file: path(of: entry.file), rule: entry.id, problem: "no longer in its file")
            }
            return rule
        }
    }

    private func withLock<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// What one (language, configuration) pair needs before its files are analysed, worked out
    /// once: `codepal check` asked this for every file, and filtering every rule of every language
    /// and compiling the list of queries to check cost more than the patterns of a small file.
    struct Plan {
        /// The rule set of the enabled rules, nil when none is enabled or it does not compile.
        let ruleSet: RuleSet?
        /// Why the language cannot be analysed as configured (`FileAnalyzer.problem`).
        let problem: String?
    }

    private var plans: [(language: String, configuration: Configuration, plan: Plan)] = []

    /// The plan of `language` under `configuration`, from `make` the first time. Few
    /// configurations exist in one run (one per configuration file), so a list is searched.
    func plan(for language: Language, configuration: Configuration, make: () -> Plan) -> Plan {
        lock.lock()
        if let found = plans.first(where: { $0.language == language.name && $0.configuration == configuration }) {
            lock.unlock()
            return found.plan
        }
        lock.unlock()
        // Made outside the lock: making it compiles rule sets, which takes the lock.
        let plan = make()
        lock.lock()
        defer { lock.unlock() }
        // Bounded: a server whose sessions keep changing settings must not grow without end.
        if plans.count >= 256 { plans.removeFirst(plans.count / 2) }
        plans.append((language.name, configuration, plan))
        return plan
    }

    /// The `file://` URI of the rule's YAML (its explanation and examples): diagnostics carry it
    /// on every publication.
    public func documentationURI(_ id: String) -> String? {
        entryOfId[id].map { URL(fileURLWithPath: path(of: summary.entries[$0].file)).absoluteString }
    }

    /// A summary's file (relative to the grammars folder when it lies inside) as a path.
    private func path(of file: String) -> String {
        file.hasPrefix("/") ? file : registry.directory.path + "/" + file
    }

    public func ruleSet(for language: Language) throws -> RuleSet {
        if let error = packErrors[language.name] { throw error }
        return try ruleSet(language, rules(for: language.name), key: language.name)
    }

    /// Only the rules `enabled` keeps, compiled into a query of their own: a run that selects a
    /// few rules (`--select security`, a configuration that turns a category off) does not pay
    /// for matching the others. Cached by language and rule ids.
    public func ruleSet(for language: Language, enabled: (LintRule) -> Bool) throws -> RuleSet {
        if let error = packErrors[language.name] { throw error }
        let all = try rules(for: language.name)
        let chosen = all.filter(enabled)
        if chosen.count == all.count { return try ruleSet(for: language) }
        return try ruleSet(language, chosen, key: language.name + "|" + chosen.map(\.id).joined(separator: ","))
    }

    private func ruleSet(_ language: Language, _ chosen: [LintRule], key: String) throws -> RuleSet {
        if let error = packErrors[language.name] { throw error }
        lock.lock()
        defer { lock.unlock() }
        if let cached = sets[key] { return try cached.get() }
        let result = Result { try RuleSet(language: language, rules: chosen) }
            .mapError { $0 as? RuleError ?? RuleError(file: "rules", rule: nil, problem: "\($0)") }
        sets[key] = result
        return try result.get()
    }
}
