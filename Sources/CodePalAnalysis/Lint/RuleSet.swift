import CodePalSyntax
import Foundation

/// The rules of one language compiled into a single query, so a file is matched against every
/// rule in one pass over its tree instead of one pass per rule.
///
/// On CodePal's matcher (`Query.Engine.matcher`), which reports exactly what tree-sitter's query
/// cursor reports but finds its work by node kind and depth, rules with a pattern the matcher
/// cannot run (`fallbackRules`; none of the shipped ones) are compiled into a tree-sitter query of
/// their own and run after it.
public final class RuleSet: @unchecked Sendable {
    /// Patterns of the rules (and of `metrics.scm`) compiled for one engine.
    struct Compiled {
        let query: Query
        /// Index into `rules` for each pattern of `query`; -1 for the metrics patterns.
        let ruleOfPattern: [Int]
        /// The metrics patterns of `query`, empty when they are not in it.
        let metricsPatterns: Range<Int>
        /// The patterns of `taint.scm` that find sources and those of `locals.scm`, riding the
        /// rules' walk (`Riders`), empty when they are not in it; their matches are deferred, not
        /// handed over as `QueryMatch`es.
        var taintPatterns: Range<Int> = 0..<0
        var localsPatterns: Range<Int> = 0..<0
        /// The patterns whose predicates see the file's import aliases: the rules'.
        var rulePatterns: Range<Int> = 0..<0
        /// Per capture id of `query`: a capture the taint facts' first pass looks for (`source…`,
        /// `handler.use`); a file whose taint matches take none has no source.
        var sourceCaptures: [Bool] = []

        var deferredPatterns: Range<Int> {
            guard !taintPatterns.isEmpty || !localsPatterns.isEmpty else { return 0..<0 }
            let all = [taintPatterns, localsPatterns].filter { !$0.isEmpty }
            return all.map(\.lowerBound).min()!..<all.map(\.upperBound).max()!
        }
    }

    public let language: Language
    public let rules: [LintRule]
    /// The main query, then the tree-sitter query of the rules the matcher cannot run.
    let compiled: [Compiled]
    /// Rules that run on tree-sitter's query cursor because the matcher cannot run one of their
    /// patterns, with the reason.
    public let fallbackRules: [String: String]
    /// The combined query text (rules, then metrics) and where each file's part starts.
    let source: String
    let lineOffsets: [(file: String, startByte: Int)]

    /// The patterns of the language's `metrics.scm`, compiled after the rules so that one walk of
    /// a file serves both lint and the complexity warnings (a whole-tree pass costs tree-sitter
    /// about a tenth of a parse); empty when the language has none. Their matches go to
    /// `LintEngine.run`'s `metricsMatch`. Import aliases widen positive predicates here as for
    /// rules; `metrics.scm` files have no predicates.
    public var metricsPatterns: Range<Int> { compiled.first?.metricsPatterns ?? 0..<0 }

    /// The engine of the main query (the one holding all rules but `fallbackRules`).
    public var engine: Query.Engine { compiled.first?.query.engine ?? RuleSet.defaultEngine }

    /// The engine rule sets run on unless told otherwise: the matcher, which gives the same matches
    /// as tree-sitter's query cursor (MatcherEquivalenceTests, `codepal rules compare-engines`) in
    /// less time.
    public static let defaultEngine = Query.Engine.matcher

    public init(language: Language, rules: [LintRule], engine: Query.Engine = RuleSet.defaultEngine) throws {
        self.language = language
        self.rules = rules
        for rule in rules {
            // Captures the rule names elsewhere must exist; read from its text, because compiling
            // every rule alone as well doubled the start-up cost of a language (a query costs
            // tree-sitter about a millisecond per pattern to analyse).
            let captures = Query.captureNames(in: rule.query)
            for fix in rule.fixes {
                for name in Set([fix.span.from, fix.span.to] + fix.when.map(\.capture)) where !captures.contains(name) {
                    throw RuleError(file: rule.file, rule: rule.id, problem: "fix replaces @\(name), which the query does not capture")
                }
            }
            for name in rule.taintedCaptures + [rule.built?.capture, rule.reportsProducedCapture ? nil : rule.report].compactMap({ $0 }) where !captures.contains(name) {
                throw RuleError(file: rule.file, rule: rule.id, problem: "@\(name) is not captured by the query")
            }
        }
        guard !rules.isEmpty else {
            compiled = []
            fallbackRules = [:]
            source = ""
            lineOffsets = []
            return
        }
        let metrics = try QuerySource.load(name: "metrics", language: language)
        let all = Self.text(rules, Array(rules.indices), metrics: metrics)
        source = all.text
        lineOffsets = all.offsets
        // The taint and scope facts the rules may ask for ride the same walk, on the matcher
        // only: the tree-sitter engine is the reference the matcher is compared with.
        if engine == .matcher, let riders = try Self.riders(language, rules) {
            var withRiders = all
            withRiders.add(riders)
            if let first = try? Self.compile(language, rules, withRiders, engine: engine), first.query.unsupportedPatterns.isEmpty {
                compiled = [first]
                fallbackRules = [:]
                return
            }
        }
        let first = try Self.compile(language, rules, all, engine: engine)
        var unsupported: [Int: String] = [:]
        var metricsUnsupported = false
        for (pattern, reason) in first.query.unsupportedPatterns {
            let rule = first.ruleOfPattern[pattern]
            if rule < 0 { metricsUnsupported = true } else { unsupported[rule] = unsupported[rule] ?? reason }
        }
        guard !unsupported.isEmpty || metricsUnsupported else {
            compiled = [first]
            fallbackRules = [:]
            return
        }
        var reasons: [String: String] = [:]
        for (rule, reason) in unsupported { reasons[rules[rule].id] = reason }
        fallbackRules = reasons
        let kept = rules.indices.filter { unsupported[$0] == nil }
        let moved = rules.indices.filter { unsupported[$0] != nil }
        var parts: [Compiled] = []
        if !kept.isEmpty || !metricsUnsupported {
            parts.append(try Self.compile(language, rules, Self.text(rules, kept, metrics: metricsUnsupported ? nil : metrics), engine: engine))
        }
        parts.append(try Self.compile(language, rules, Self.text(rules, moved, metrics: metricsUnsupported ? metrics : nil), engine: .treeSitter))
        // The metrics patterns' query first, so that `metricsPatterns` describes it.
        compiled = metricsUnsupported ? parts.reversed() : parts
    }

    private struct Text {
        var text = ""
        var offsets: [(file: String, startByte: Int)] = []
        /// Where each chosen rule's text starts, and which rule it is.
        var starts: [(start: Int, rule: Int)] = []
        var metricsStart: Int?
        /// Where `taint.scm` and `locals.scm` start when they ride along.
        var taintStart: Int?
        var localsStart: Int?

        mutating func add(_ riders: Riders) {
            for (name, source) in [("taint", riders.taint), ("locals", riders.locals)] {
                guard let source else { continue }
                let start = text.utf8.count
                if name == "taint" { taintStart = start } else { localsStart = start }
                offsets += source.lineOffsets.map { ($0.file, $0.startByte + start) }
                text += source.text + "\n"
            }
        }
    }

    /// The query files whose facts the rules ask for.
    struct Riders {
        var taint: QuerySource?
        var locals: QuerySource?
    }

    private static func riders(_ language: Language, _ rules: [LintRule]) throws -> Riders? {
        let taint = rules.contains { !$0.taintedCaptures.isEmpty || !$0.untaintedCaptures.isEmpty || $0.query.contains("flows-to") }
        let locals = rules.contains { rule in
            rule.constraints.contains { constraint in
                switch constraint {
                case .valueUnread, .unbound, .redefinesUnused, .nextRead: return true
                default: return false
                }
            }
        }
        // Of taint.scm, only the patterns that find sources: most files have none, and the
        // whole file's patterns (references, assignments, calls) cost the walk more than the
        // separate walk they save on the files that have one (`LintEngine.run`).
        let riders = Riders(taint: taint ? try language.source(named: "taint", onlyPatternsCapturing: TaintFacts.sourceCaptures) : nil,
                            locals: locals ? try QuerySource.load(name: "locals", language: language) : nil)
        return riders.taint == nil && riders.locals == nil ? nil : riders
    }

    private static func text(_ rules: [LintRule], _ chosen: [Int], metrics: QuerySource?) -> Text {
        var result = Text()
        for index in chosen {
            result.starts.append((result.text.utf8.count, index))
            result.offsets.append((rules[index].file, result.text.utf8.count))
            result.text += rules[index].query + "\n"
        }
        if let metrics {
            let start = result.text.utf8.count
            result.metricsStart = start
            result.offsets += metrics.lineOffsets.map { ($0.file, $0.startByte + start) }
            result.text += metrics.text + "\n"
        }
        return result
    }

    private static func compile(_ language: Language, _ rules: [LintRule], _ text: Text, engine: Query.Engine) throws -> Compiled {
        let query: Query
        do {
            // Each file riding along merges its shapes only with its own, so that its matches come
            // in the order of its own query: the taint facts and the scope graph read them in order.
            query = try Query(language: language, source: text.text, file: "rules", lineOffsets: text.offsets, mergingEqualShapes: true,
                              mergingSections: [text.taintStart, text.localsStart].compactMap { $0 }, engine: engine)
        } catch {
            // Only now compile the rules one by one, so the error names the rule and its own lines.
            for (_, index) in text.starts {
                let rule = rules[index]
                do {
                    _ = try Query(language: language, source: rule.query, file: rule.file, lineOffsets: [(rule.file, 0)], engine: engine)
                } catch {
                    throw RuleError(file: rule.file, rule: rule.id, problem: "query does not compile for \(language.name): \(error)")
                }
            }
            throw error
        }
        let ridersStart = [text.taintStart, text.localsStart].compactMap { $0 }.min() ?? Int.max
        let metricsStart = text.metricsStart ?? ridersStart
        let firstMetrics = (0..<query.patternCount).first { query.startByte(ofPattern: $0) >= metricsStart } ?? query.patternCount
        func section(_ start: Int?, _ end: Int?) -> Range<Int> {
            guard let start else { return 0..<0 }
            let end = end ?? Int.max
            let inside = (0..<query.patternCount).filter { (start..<end).contains(query.startByte(ofPattern: $0)) }
            return (inside.first ?? 0)..<((inside.last ?? -1) + 1)
        }
        // Each pattern belongs to the rule whose text it starts in.
        let ruleOfPattern = (0..<query.patternCount).map { pattern -> Int in
            let start = query.startByte(ofPattern: pattern)
            if start >= metricsStart { return -1 }
            var low = 0, high = text.starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if text.starts[mid].start <= start { low = mid } else { high = mid - 1 }
            }
            return text.starts[low].rule
        }
        let firstRider = (0..<query.patternCount).first { query.startByte(ofPattern: $0) >= ridersStart } ?? query.patternCount
        var compiled = Compiled(query: query, ruleOfPattern: ruleOfPattern,
                                metricsPatterns: text.metricsStart == nil ? 0..<0 : firstMetrics..<firstRider)
        compiled.rulePatterns = 0..<firstMetrics
        compiled.taintPatterns = section(text.taintStart, text.localsStart)
        compiled.localsPatterns = section(text.localsStart, nil)
        compiled.sourceCaptures = query.captureNames.map { $0.hasPrefix("source") || $0 == "handler.use" }
        return compiled
    }
}

extension RuleSet {
    /// The rule set's query compiled again for `engine`, for comparing engines.
    public func query(engine: Query.Engine) throws -> Query? {
        guard !rules.isEmpty else { return nil }
        return try Query(language: language, source: source, file: "rules", lineOffsets: lineOffsets, mergingEqualShapes: true, engine: engine)
    }
}
