import CodePalSyntax
import Foundation

/// The rules of one language compiled into a single query, so a file is matched against every
/// rule in one pass over its tree instead of one pass per rule.
public final class RuleSet: @unchecked Sendable {
    public let language: Language
    public let rules: [LintRule]
    let query: Query?
    /// Rule index for each pattern of the combined query; -1 for the metrics patterns.
    let ruleOfPattern: [Int]
    /// The patterns of the language's `metrics.scm`, compiled after the rules so that one walk of
    /// a file serves both lint and the complexity warnings (a whole-tree pass costs tree-sitter
    /// about a tenth of a parse); empty when the language has none. Their matches go to
    /// `LintEngine.run`'s `metricsMatch`. Import aliases widen positive predicates here as for
    /// rules; `metrics.scm` files have no predicates.
    public let metricsPatterns: Range<Int>
    /// The combined query text (rules, then metrics) and where each file's part starts.
    let source: String
    let lineOffsets: [(file: String, startByte: Int)]

    public init(language: Language, rules: [LintRule]) throws {
        self.language = language
        self.rules = rules
        var combined = ""
        var offsets: [(file: String, startByte: Int)] = []
        var starts: [Int] = []
        for rule in rules {
            // Captures the rule names elsewhere must exist; read from its text, because compiling
            // every rule alone as well doubled the start-up cost of a language (a query costs
            // tree-sitter about a millisecond per pattern to analyse).
            let captures = Query.captureNames(in: rule.query)
            if let fix = rule.fix, !captures.contains(fix.replace) {
                throw RuleError(file: rule.file, rule: rule.id, problem: "fix replaces @\(fix.replace), which the query does not capture")
            }
            for name in rule.taintedCaptures + [rule.report].compactMap({ $0 }) where !captures.contains(name) {
                throw RuleError(file: rule.file, rule: rule.id, problem: "@\(name) is not captured by the query")
            }
            starts.append(combined.utf8.count)
            offsets.append((rule.file, combined.utf8.count))
            combined += rule.query + "\n"
        }
        guard !rules.isEmpty else {
            query = nil
            ruleOfPattern = []
            metricsPatterns = 0..<0
            source = ""
            lineOffsets = []
            return
        }
        let metricsStart = combined.utf8.count
        if let metrics = try QuerySource.load(name: "metrics", language: language) {
            offsets += metrics.lineOffsets.map { ($0.file, $0.startByte + metricsStart) }
            combined += metrics.text + "\n"
        }
        let compiled: Query
        do {
            compiled = try Query(language: language, source: combined, file: "rules", lineOffsets: offsets, mergingEqualShapes: true)
        } catch {
            // Only now compile the rules one by one, so the error names the rule and its own lines.
            for rule in rules {
                do {
                    _ = try Query(language: language, source: rule.query, file: rule.file, lineOffsets: [(rule.file, 0)])
                } catch {
                    throw RuleError(file: rule.file, rule: rule.id, problem: "query does not compile for \(language.name): \(error)")
                }
            }
            throw error
        }
        query = compiled
        source = combined
        lineOffsets = offsets
        let firstMetrics = (0..<compiled.patternCount).first { compiled.startByte(ofPattern: $0) >= metricsStart } ?? compiled.patternCount
        metricsPatterns = firstMetrics..<compiled.patternCount
        // Each pattern belongs to the rule whose text it starts in.
        ruleOfPattern = (0..<compiled.patternCount).map { pattern in
            let start = compiled.startByte(ofPattern: pattern)
            if start >= metricsStart { return -1 }
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= start { low = mid } else { high = mid - 1 }
            }
            return low
        }
    }
}

extension RuleSet {
    /// The rule set's query compiled again for `engine`, for comparing engines.
    public func query(engine: Query.Engine) throws -> Query? {
        guard !rules.isEmpty else { return nil }
        return try Query(language: language, source: source, file: "rules", lineOffsets: lineOffsets, mergingEqualShapes: true, engine: engine)
    }
}

/// Every rule of every language, loaded from `Grammars/*/rules/` once and compiled per language
/// on first use. A rule file may serve several languages (TypeScript rules apply to TSX).
public final class RuleCatalog: @unchecked Sendable {
    public let rules: [LintRule]
    private let registry: LanguageRegistry
    private let lock = NSLock()
    private var sets: [String: Result<RuleSet, RuleError>] = [:]
    private let byId: [String: LintRule]
    private let documentation: [String: String]

    public init(registry: LanguageRegistry) throws {
        self.registry = registry
        var rules: [LintRule] = []
        for manifest in registry.manifests {
            rules += try RuleLoader.load(directory: registry.directory.appendingPathComponent(manifest.language).appendingPathComponent("rules"))
        }
        var byId: [String: LintRule] = [:]
        for rule in rules {
            if let other = byId[rule.id] {
                throw RuleError(file: rule.file, rule: rule.id, problem: "id already used in \(other.file)")
            }
            byId[rule.id] = rule
        }
        self.rules = rules
        self.byId = byId
        documentation = byId.mapValues { URL(fileURLWithPath: $0.file).absoluteString }
    }

    public func rule(_ id: String) -> LintRule? { byId[id] }

    /// The `file://` URI of the rule's YAML (its explanation and examples), made once per rule:
    /// diagnostics carry it on every publication.
    public func documentationURI(_ id: String) -> String? { documentation[id] }

    public func ruleSet(for language: Language) throws -> RuleSet {
        try ruleSet(language, rules.filter { $0.languages.contains(language.name) }, key: language.name)
    }

    /// Only the rules `enabled` keeps, compiled into a query of their own: a run that selects a
    /// few rules (`--select security`, a configuration that turns a category off) does not pay
    /// for matching the others. Cached by language and rule ids.
    public func ruleSet(for language: Language, enabled: (LintRule) -> Bool) throws -> RuleSet {
        let all = rules.filter { $0.languages.contains(language.name) }
        let chosen = all.filter(enabled)
        if chosen.count == all.count { return try ruleSet(for: language) }
        return try ruleSet(language, chosen, key: language.name + "|" + chosen.map(\.id).joined(separator: ","))
    }

    private func ruleSet(_ language: Language, _ chosen: [LintRule], key: String) throws -> RuleSet {
        lock.lock()
        defer { lock.unlock() }
        if let cached = sets[key] { return try cached.get() }
        let result = Result { try RuleSet(language: language, rules: chosen) }
            .mapError { $0 as? RuleError ?? RuleError(file: "rules", rule: nil, problem: "\($0)") }
        sets[key] = result
        return try result.get()
    }
}
