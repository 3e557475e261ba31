import CodePalSyntax
import Foundation

/// Runs a language's rules over one file and returns findings with their fixes.
public enum LintEngine {
    /// - Parameters:
    ///   - scopeGraph: the file's scope graph when the caller keeps one per revision (the server
    ///     does, for navigation): asked for only when a name rule needs it.
    ///   - metricsMatch: receives the matches of the rule set's `metrics.scm` patterns.
    public static func run(_ ruleSet: RuleSet, tree: SyntaxTree, text: SourceText, path: String? = nil,
                           scopeGraph: (() -> ScopeGraph?)? = nil,
                           metricsMatch: ((QueryMatch) -> Void)? = nil) throws -> [Diagnostic] {
        guard !ruleSet.compiled.isEmpty else { return [] }
        let aliases = ImportAliases.of(tree, text)
        var facts: TaintFacts??
        var analyses: [Set<String>: TaintAnalysis] = [:]
        /// For sink-first rules (`built:`): facts made whether or not the file reads request data,
        /// and analyses in which unchecked parameters are untrusted too.
        var uncheckedFacts: TaintFacts??
        var uncheckedAnalyses: [Set<String>: TaintAnalysis] = [:]
        var uncheckedKindsInFile: Set<String>?
        /// The sanitizer kinds that can make one analysis differ from another in this file: those
        /// some node is marked with and those of its guards. A rule's other kinds change nothing,
        /// so rules agreeing on these share one analysis (each costs several passes over the file).
        var kindsInFile: Set<String>?
        var flowsReaching: [String: Bool] = [:]
        /// Findings of flow patterns: dropped where a pattern of the same rule already reports
        /// around them (the random call inside `token = Math.random().toString(36)`).
        var flowFindings: [Int] = []
        var names = NameUses()
        var bindings: Bindings?
        var graph: ScopeGraph??
        var sourceMatches: [String: Bool] = [:]
        var containing: [ContainingKey: Bool] = [:]
        var unbound: [[String]: UnboundNames] = [:]
        var redefinitions: UnusedRedefinitions.Index?
        var repeatedKeys = RepeatedKeys.Index()
        var findings: [Diagnostic] = []
        /// Finding index by rule and range: one finding per place, the one with a fix when
        /// several patterns of the rule match there.
        var seen: [String: Int] = [:]
        // One walk per compiled query. The main one also keeps the matches of `taint.scm` and
        // `locals.scm` when they ride along, as records made into facts only if a rule asks.
        var deferred = DeferredMatches()
        var riders: RuleSet.Compiled?
        let walks = ruleSet.compiled.map { compiled -> (RuleSet.Compiled, [QueryMatch]) in
            var matches: [QueryMatch] = []
            if compiled.deferredPatterns.isEmpty {
                compiled.query.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases) { matches.append($0) }
            } else {
                riders = compiled
                compiled.query.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases, aliasedPatterns: compiled.rulePatterns,
                                            deferring: compiled.deferredPatterns, into: &deferred) { matches.append($0) }
            }
            return (compiled, matches)
        }
        let records = deferred
        let riding = riders
        func makeFacts() throws -> TaintFacts? {
            guard let riders = riding, !riders.taintPatterns.isEmpty else { return try TaintFacts(tree: tree, text: text) }
            // The walk carried the first pass (the patterns that find sources); a file with a
            // source then walks the whole of taint.scm.
            let anySource = records.contains(capturing: riders.sourceCaptures, in: riders.taintPatterns, query: riders.query, source: text.bytes)
            guard anySource, let full = try TaintFacts.queries(tree.language)?.all else {
                return TaintFacts(tree: tree, text: text, anySource: false) { _ in }
            }
            return TaintFacts(tree: tree, text: text, anySource: true) { body in full.forEachMatch(in: tree.root, source: text.bytes, body) }
        }
        let makeGraph = { (node: Node) -> ScopeGraph? in
            if let kept = scopeGraph?() { return kept }
            guard let riders = riding, !riders.localsPatterns.isEmpty else { return try? ScopeResolver.resolve(tree: node.tree, text: text) }
            return ScopeResolver.resolve(tree: tree, text: text, query: riders.query) { body in
                records.forEach(in: riders.localsPatterns, query: riders.query, tree: tree, source: text.bytes, body)
            }
        }
        // The matcher's query, then any rules it cannot run (tree-sitter's): their findings sort
        // in with the others below, but ties at one position follow this order.
        for (compiled, matches) in walks {
            let query = compiled.query
            for match in matches {
                guard compiled.ruleOfPattern[match.pattern] >= 0 else {
                    metricsMatch?(match)
                    continue
                }
                let rule = ruleSet.rules[compiled.ruleOfPattern[match.pattern]]
                // A report naming what a constraint finds (`into:`) starts from the match and moves there.
                guard var reported = reportNode(rule, match) ?? (rule.reportsProducedCapture ? match.captures.first?.node : nil) else { continue }
                var produced: [String: Node] = [:]
                var further: [Node] = []
                guard constraintsHold(rule, match, properties: query.properties[match.pattern], reported: reported, text: text, path: path,
                                      names: &names, bindings: &bindings,
                                      graph: &graph, makeGraph: makeGraph, sourceMatches: &sourceMatches, containing: &containing,
                                      unbound: &unbound, redefinitions: &redefinitions,
                                      repeatedKeys: &repeatedKeys, produced: &produced, further: &further) else { continue }
                if let name = rule.report, let node = produced[name] { reported = node }
                // A pattern of a flow rule (`(#set! flows-to "secret")`) reports a value that reaches a
                // `@sink.<kind>` of taint.scm: `random.randint(...)` that ends in a session.
                if let sinkKind = query.properties[match.pattern]["flows-to"] {
                    if facts == nil { facts = .some(try makeFacts()) }
                    guard let shared = facts!, shared.hasSources,
                          reaches(reported, sinkKind, shared, Set(rule.sanitizers), cache: &flowsReaching) else { continue }
                }
                if let built = rule.built {
                    // Most files hold no text of the sink's shape anywhere: no facts needed then.
                    if let shape = built.shape {
                        if sourceMatches[shape] == nil { sourceMatches[shape] = RegexCache.matches(shape, text.string) }
                        guard sourceMatches[shape]! else { continue }
                    }
                    // A comment right after `execute(` is what an anchored capture lands on; the
                    // text is the argument after it.
                    guard let sinkNode = match.first(built.capture).map(TaintSinkPlacement.skippingComments) else { continue }
                    if uncheckedFacts == nil {
                        uncheckedFacts = .some(try TaintFacts.queries(tree.language).map { query in
                            TaintFacts(tree: tree, text: text, anySource: true) { body in query.all.forEachMatch(in: tree.root, source: text.bytes, body) }
                        })
                    }
                    // Text without a name in it (a literal) is built from nothing.
                    guard let shared = uncheckedFacts!, shared.hasSources, TaintBuiltText.readsAName(sinkNode, facts: shared) else { continue }
                    // As for the taint rules below: families whose sanitizers this file never uses
                    // share one analysis instead of making one each.
                    if uncheckedKindsInFile == nil { uncheckedKindsInFile = Self.kindsInFile(shared) }
                    let kinds = Set(rule.sanitizers).intersection(uncheckedKindsInFile!)
                    let sanitized = { (node: Node) in
                        shared.genericSanitizers.contains(node.id) || kinds.contains { shared.sanitizersByKind[$0]?.contains(node.id) == true }
                    }
                    guard let value = TaintBuiltText.unchecked(sinkNode, shape: built.shape, facts: shared, analysis: {
                        if let known = uncheckedAnalyses[kinds] { return known }
                        let made = TaintAnalysis.make(facts: shared, sanitizerKinds: kinds, unchecked: true)
                        uncheckedAnalyses[kinds] = made
                        return made
                    }, sanitizer: sanitized) else { continue }
                    produced["value"] = value
                }
                var sinkArgument: Node?
                if !rule.taintedCaptures.isEmpty || !rule.untaintedCaptures.isEmpty {
                    if facts == nil { facts = .some(try makeFacts()) }
                    var analysis: TaintAnalysis?
                    if let shared = facts!, shared.hasSources {
                        if kindsInFile == nil { kindsInFile = Self.kindsInFile(shared) }
                        let kinds = Set(rule.sanitizers).intersection(kindsInFile!)
                        if analyses[kinds] == nil { analyses[kinds] = TaintAnalysis.make(facts: shared, sanitizerKinds: kinds) }
                        analysis = analyses[kinds]
                    }
                    if !rule.taintedCaptures.isEmpty {
                        let unpositioned = facts??.unpositioned ?? []
                        var reportedCandidates: [Node]?
                        guard let analysis, rule.taintedCaptures.allSatisfy({ name in
                            match.nodes(name).contains { node in
                                let candidates = TaintSinkPlacement.candidates(node, unpositioned: unpositioned)
                                if node == reported { reportedCandidates = candidates }
                                return candidates.contains { analysis.isTainted($0) }
                            }
                        }) else { continue }
                        // The argument that holds the data, when comments shifted the pattern's count.
                        if let name = rule.report, rule.taintedCaptures.contains(name) {
                            let candidates = reportedCandidates ?? TaintSinkPlacement.candidates(reported, unpositioned: unpositioned)
                            if candidates.count > 1, let tainted = candidates.last(where: { analysis.isTainted($0) }) { sinkArgument = tainted }
                        }
                    }
                    if let analysis, rule.untaintedCaptures.contains(where: { name in match.nodes(name).contains { analysis.isTainted($0) } }) { continue }
                }
                // A sink anchored on a comment (`execute(  # noqa` before the SQL) is the argument after it,
                // and a sink in a call written over several lines is reported from the call's first line.
                var range = reported.byteRange
                var keepsFix = true
                if !rule.taintedCaptures.isEmpty || rule.built != nil {
                    let sink = sinkArgument ?? TaintSinkPlacement.skippingComments(reported)
                    keepsFix = sink == reported
                    reported = sink
                    range = TaintSinkPlacement.range(of: sink, bytes: text.bytes)
                } else if rule.report == TaintSinkPlacement.sinkCapture {
                    // A sink found by its shape alone (`"SELECT ..." + x` passed to `query(`) sits
                    // where a taint rule's would: on the first line of a call written over several.
                    let sink = TaintSinkPlacement.skippingComments(reported)
                    keepsFix = sink == reported
                    reported = sink
                    range = TaintSinkPlacement.range(of: sink, bytes: text.bytes)
                } else if rule.category == .security {
                    range = TaintSinkPlacement.keywordSettingRange(of: reported, bytes: text.bytes)
                }
                // More places the same match reports (every late read of one closure), each with its own message.
                if let name = rule.report {
                    for node in further where seen["\(rule.id)@\(node.startByte):\(node.endByte)"] == nil {
                        seen["\(rule.id)@\(node.startByte):\(node.endByte)"] = findings.count
                        findings.append(Diagnostic(range: node.byteRange, severity: rule.severity, code: rule.id, category: rule.category.rawValue,
                                                   message: fill(rule.message, match, text, query.properties[match.pattern], produced: produced.merging([name: node]) { $1 }),
                                                   fix: nil, tags: rule.tags))
                    }
                }
                let key = "\(rule.id)@\(reported.startByte):\(reported.endByte)"
                if let earlier = seen[key] {
                    guard keepsFix, findings[earlier].fix == nil, let better = fix(rule, match, text, query.properties[match.pattern]) else { continue }
                    findings[earlier].fix = better
                    continue
                }
                seen[key] = findings.count
                if query.properties[match.pattern]["flows-to"] != nil { flowFindings.append(findings.count) }
                findings.append(Diagnostic(range: range, severity: rule.severity, code: rule.id, category: rule.category.rawValue,
                                           message: fill(rule.message, match, text, query.properties[match.pattern], produced: produced),
                                           fix: keepsFix ? fix(rule, match, text, query.properties[match.pattern]) : nil, tags: rule.tags))
            }
        }
        if !flowFindings.isEmpty {
            let flows = Set(flowFindings)
            let covered = Set(flowFindings.filter { index in
                findings.indices.contains { other in
                    other != index && !flows.contains(other) && findings[other].code == findings[index].code
                        && findings[other].range.lowerBound <= findings[index].range.lowerBound
                        && findings[index].range.upperBound <= findings[other].range.upperBound
                }
            })
            findings = findings.indices.filter { !covered.contains($0) }.map { findings[$0] }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the value of `node` reaches a `@sink.<kind>`: first every followed source of the
    /// file at once (most files with a random number send none of them anywhere), then `node` alone.
    private static func reaches(_ node: Node, _ kind: String, _ facts: TaintFacts, _ sanitizers: Set<String>,
                                cache: inout [String: Bool]) -> Bool {
        guard let sinks = facts.sinksByKind[kind], !sinks.isEmpty else { return false }
        let all = facts.sourcesByKind.values.flatMap { $0 }
        if all.contains(where: { $0.byteRange.contains(node.startByte) && node.endByte <= $0.endByte }) {
            let anyKey = "*|\(kind)"
            if cache[anyKey] == nil {
                let analysis = TaintAnalysis.make(facts: facts, sanitizerKinds: sanitizers, following: all)
                cache[anyKey] = sinks.contains { analysis.isTainted($0) }
            }
            guard cache[anyKey] == true else { return false }
        }
        let key = "\(node.startByte):\(node.endByte)|\(kind)"
        if let known = cache[key] { return known }
        let analysis = TaintAnalysis.make(facts: facts, sanitizerKinds: sanitizers, following: [node])
        let result = sinks.contains { analysis.isTainted($0) }
        cache[key] = result
        return result
    }

    /// The capture named by `report`, else the widest capture of the match.
    static func reportNode(_ rule: LintRule, _ match: QueryMatch) -> Node? {
        if let name = rule.report { return match.first(name) }
        return match.captures.max { $0.node.byteRange.count < $1.node.byteRange.count }?.node
    }

    /// The sanitizer kinds that can make one analysis of `facts` differ from another: those some
    /// node is marked with and those of its guards.
    static func kindsInFile(_ facts: TaintFacts) -> Set<String> {
        Set(facts.sanitizersByKind.filter { !$0.value.isEmpty }.keys).union(facts.guardEffects.compactMap(\.kind))
    }

    /// An `inside-containing` check already answered in this file: the enclosing range (-1 for
    /// the whole file) and the expression, kept apart rather than joined into one string per match.
    struct ContainingKey: Hashable {
        let start: Int
        let end: Int
        let pattern: String
    }

    static func constraintsHold(_ rule: LintRule, _ match: QueryMatch, properties: [String: String] = [:], reported: Node, text: SourceText, path: String?,
                                names: inout NameUses, bindings: inout Bindings?, graph: inout ScopeGraph??, makeGraph: (Node) -> ScopeGraph?,
                                sourceMatches: inout [String: Bool], containing: inout [ContainingKey: Bool], unbound: inout [[String]: UnboundNames],
                                redefinitions: inout UnusedRedefinitions.Index?, repeatedKeys: inout RepeatedKeys.Index,
                                produced: inout [String: Node], further: inout [Node]) -> Bool {
        for constraint in rule.constraints {
            switch constraint {
            case .secretLike(let capture, let minLength, let minEntropy):
                guard let node = match.first(capture), SecretHeuristics.looksSecret(SecretHeuristics.unquote(node.text(in: text.bytes)),
                                                                                   minLength: minLength, minEntropy: minEntropy) else { return false }
            case .notInside(let kinds):
                if hasAncestor(reported, in: kinds) { return false }
            case .inside(let kinds):
                if !hasAncestor(reported, in: kinds) { return false }
            case .pathNotMatching(let pattern):
                if let path, RegexCache.matches(pattern, path) { return false }
            case .sourceNotMatching(let pattern):
                if sourceMatches[pattern] == nil { sourceMatches[pattern] = RegexCache.matches(pattern, text.string) }
                if sourceMatches[pattern]! { return false }
            case .unreferenced(let capture, let within, let comments, let notUses):
                guard let binding = match.first(capture),
                      !names.isReferenced(binding, within: within, text: text, comments: comments, notUses: notUses) else { return false }
            case .resolvesTo(let capture, let regex, let nearest):
                guard let node = match.first(capture) else { continue }
                if bindings == nil { bindings = Bindings(node.tree, text) }
                let name = node.text(in: text.bytes)
                guard nearest ? bindings!.resolves(name, before: node.startByte, to: regex) : bindings!.resolves(name, to: regex) else { return false }
            case .pastesData(let capture, let values):
                guard let node = match.first(capture) else { continue }
                if bindings == nil { bindings = Bindings(node.tree, text) }
                guard values.pastesData(node, text, bindings: &bindings!) else { return false }
            case .insideBefore(let kinds, let stop, let callbacks, let invariant, let binds):
                guard let loop = IterationCallbacks.enclosingLoop(reported, reported.ancestors(), kinds: kinds, stop: stop, callbacks: callbacks, text: text)
                else { return false }
                if let invariant, let value = match.first(invariant),
                   IterationCallbacks.readsLoopBinding(value, loop: loop, binds: binds, text: text) { return false }
            case .insideNamed(let kinds, let regex, let negated):
                let named = reported.ancestors().contains { ancestor in
                    guard kinds.contains(ancestor.kind),
                          let name = ancestor.child(field: "name") ?? ancestor.child(field: "left") ?? ancestor.child(field: "key")
                            ?? ancestor.child(field: "declarator") ?? ancestor.child(field: "pattern")
                            ?? ancestor.child(field: "trait") ?? ancestor.child(field: "field") ?? ancestor.child(field: "type")
                            ?? Self.unlabelledKey(ancestor) else { return false }
                    return RegexCache.matches(regex, name.text(in: text.bytes))
                }
                if named == negated { return false }
            case .insideContaining(let kinds, let regex, let negated):
                let enclosing = reported.ancestors().last(where: { kinds.contains($0.kind) })
                if enclosing == nil, negated { continue }
                var pattern = regex
                let withCaptureTexts = regex.contains("{{")
                if withCaptureTexts {
                    var missing = false
                    pattern = withCaptures(regex) { name in
                        guard let node = match.first(name) else { missing = true; return "" }
                        return NSRegularExpression.escapedPattern(for: node.text(in: text.bytes))
                    }
                    // A pattern of the rule without that capture is not what the check is about.
                    if missing { continue }
                }
                // Once per expression and enclosing range: the range is often the whole file
                // (`kinds: [program]`), and reading it again for every match grew with the square
                // of the file's size.
                let key = ContainingKey(start: enclosing?.startByte ?? -1, end: enclosing?.endByte ?? -1, pattern: pattern)
                if containing[key] == nil {
                    let body = enclosing?.text(in: text.bytes) ?? text.string
                    containing[key] = withCaptureTexts ? RegexCache.matchesUncached(pattern, body) : RegexCache.matches(pattern, body)
                }
                if containing[key]! == negated { return false }
            case .valueUnread(let capture, let loops):
                guard let node = match.first(capture) else { return false }
                if graph == nil { graph = .some(makeGraph(node)) }
                guard let resolved = graph!, UnreadValues(graph: resolved, loops: loops).isUnread(node) else { return false }
            case .fallsThrough(let capture, let completion, let negated):
                // A pattern of the rule without that capture is not what the check is about.
                guard let node = match.first(capture) else { continue }
                if completion.canComplete(node) == negated { return false }
            case .repeatedKey(let capture, let check):
                guard let key = match.first(capture), check.isRepeat(key, index: &repeatedKeys, text: text) else { return false }
            case .unbound(let capture, let environments):
                // Like pyflakes and ESLint, not in a file that does not parse: while a name is
                // being typed, the half-written line would report it.
                guard let node = match.first(capture), !node.tree.root.hasError else { return false }
                if unbound[environments] == nil {
                    if graph == nil { graph = .some(makeGraph(node)) }
                    guard let resolved = graph! else { return false }
                    unbound[environments] = UnboundNames(graph: resolved, language: node.tree.language, environments: environments, text: text,
                                                           tree: node.tree)
                }
                // A pattern with `(#set! names-in-text "true")` captures text that names code
                // (a string annotation): the names it reads are checked.
                if properties["names-in-text"] != nil {
                    guard unbound[environments]!.hasUnboundName(inText: node, text: text) else { return false }
                } else {
                    guard unbound[environments]!.isUnbound(node) else { return false }
                }
            case .redefinesUnused(let capture, let check):
                guard let node = match.first(capture), !node.tree.root.hasError else { return false }
                if redefinitions == nil {
                    if graph == nil { graph = .some(makeGraph(node)) }
                    guard let resolved = graph! else { return false }
                    redefinitions = UnusedRedefinitions.Index(graph: resolved, deferred: check.deferred)
                }
                guard check.hiddenDefinition(by: node, index: redefinitions!, text: text) != nil else { return false }
            case .readsLoopVariable(let capture, let into, let reads):
                guard let closure = match.first(capture) else { return false }
                let late = reads.lateReads(in: closure, text: text)
                guard let read = late.first else { return false }
                produced[into] = read
                further = Array(late.dropFirst())
            case .nextRead(let capture, let kinds, let callee, let negated, let into, let any):
                guard let node = match.first(capture) else { return false }
                if graph == nil { graph = .some(makeGraph(node)) }
                let accept: ((Node) -> Bool)? = any ? { NextReads.matches($0, parentKinds: kinds, callee: callee, text: text) != negated } : nil
                guard let resolved = graph! else { return false }
                // Every read on the path is a finding when the rule reports reads (`into`), the first one alone otherwise.
                let reads = into == nil ? [NextReads(graph: resolved).nextRead(after: node, text: text, accept: accept)].compactMap { $0 }
                    : NextReads(graph: resolved).nextReads(after: node, text: text, accept: accept)
                guard let read = reads.first, NextReads.matches(read, parentKinds: kinds, callee: callee, text: text) != negated else { return false }
                if let into {
                    produced[into] = read
                    further = reads.dropFirst().filter { NextReads.matches($0, parentKinds: kinds, callee: callee, text: text) != negated }
                }
            }
        }
        return true
    }

    private static let placeholder = try! NSRegularExpression(pattern: #"\{\{([A-Za-z0-9_.]+)\}\}"#)

    /// `pattern` with each `{{name}}` replaced by `value(name)`.
    static func withCaptures(_ pattern: String, _ value: (String) -> String) -> String {
        var out = pattern
        for found in placeholder.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern)).reversed() {
            guard let whole = Range(found.range, in: pattern), let name = Range(found.range(at: 1), in: pattern) else { continue }
            out.replaceSubrange(whole, with: value(String(pattern[name])))
        }
        return out
    }

    /// The key of an entry written `key => value` without field names (PHP's
    /// `array_element_initializer`: `'pin' => mt_rand(...)`): its first of two named children.
    private static func unlabelledKey(_ node: Node) -> Node? {
        guard node.namedChildCount == 2, node.child(field: "value") == nil else { return nil }
        return node.namedChild(0)
    }

    private static func hasAncestor(_ node: Node, in kinds: Set<String>) -> Bool {
        node.ancestors().contains { kinds.contains($0.kind) }
    }

    /// Replaces `{{capture}}` with the capture's text (one line, shortened) and `{{key}}` with the
    /// pattern's `#set! key value` property.
    static func fill(_ template: String, _ match: QueryMatch, _ text: SourceText, _ properties: [String: String],
                     produced: [String: Node] = [:]) -> String {
        guard template.contains("{{") else { return template }
        var out = template
        for (key, value) in properties { out = out.replacingOccurrences(of: "{{\(key)}}", with: value) }
        for capture in match.captures.map({ ($0.name, $0.node) }) + produced.map({ ($0.key, $0.value) }) {
            let token = "{{\(capture.0)}}"
            guard out.contains(token) else { continue }
            var value = capture.1.text(in: text.bytes).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if value.count > 60 { value = String(value.prefix(57)) + "..." }
            out = out.replacingOccurrences(of: token, with: value)
        }
        return out
    }

    /// The rule's fix for this match: `{{capture}}` and `{{key}}` filled in, and
    /// `{{capture/regex/replacement/}}` the capture's text with every match of the regular
    /// expression replaced (`$1` for groups). No fix when a capture it names is not in the match.
    static func fix(_ rule: LintRule, _ match: QueryMatch, _ text: SourceText, _ properties: [String: String]) -> Fix? {
        for template in rule.fixes {
            if let fix = fix(template, match, text, properties) { return fix }
        }
        return nil
    }

    private static func fix(_ template: FixTemplate, _ match: QueryMatch, _ text: SourceText, _ properties: [String: String]) -> Fix? {
        // A span's first capture may be absent from some patterns: the span then starts at its last.
        guard let node = match.first(template.span.to) else { return nil }
        for condition in template.when {
            guard let captured = match.first(condition.capture), RegexCache.matches(condition.regex, captured.text(in: text.bytes)) else { return nil }
        }
        if let source = template.whenSource, !RegexCache.matches(source, text.string) { return nil }
        let start = match.first(template.span.from)?.startByte ?? node.startByte
        var replacement = template.with
        for (key, value) in properties { replacement = replacement.replacingOccurrences(of: "{{\(key)}}", with: value) }
        if replacement.contains("/}}") { replacement = substituted(replacement, match, text) }
        for capture in match.captures {
            replacement = replacement.replacingOccurrences(of: "{{\(capture.name)}}", with: capture.node.text(in: text.bytes))
        }
        guard !replacement.contains("{{") else { return nil }
        let fix = Fix(title: template.title, range: min(start, node.startByte)..<node.endByte, replacement: replacement, isSafe: template.safety == .safe)
        return FixNames.introducesUnknownName(fix, tree: node.tree, text: text) ? nil : fix
    }

    private static let substitution = try! NSRegularExpression(pattern: #"\{\{([A-Za-z0-9_.]+)/((?:[^/\\]|\\.)*)/((?:[^/\\]|\\.)*)/\}\}"#)

    private static func substituted(_ template: String, _ match: QueryMatch, _ text: SourceText) -> String {
        var out = template
        let whole = NSRange(template.startIndex..., in: template)
        for found in substitution.matches(in: template, range: whole).reversed() {
            guard let token = Range(found.range, in: template), let name = Range(found.range(at: 1), in: template),
                  let pattern = Range(found.range(at: 2), in: template), let with = Range(found.range(at: 3), in: template),
                  let node = match.first(String(template[name])),
                  let regex = try? NSRegularExpression(pattern: template[pattern].replacingOccurrences(of: "\\/", with: "/")) else { continue }
            let value = node.text(in: text.bytes)
            let replaced = regex.stringByReplacingMatches(in: value, range: NSRange(value.startIndex..., in: value),
                                                          withTemplate: template[with].replacingOccurrences(of: "\\/", with: "/"))
            let offset = template.distance(from: template.startIndex, to: token.lowerBound)
            let start = out.index(out.startIndex, offsetBy: offset)
            out.replaceSubrange(start..<out.index(start, offsetBy: template.distance(from: token.lowerBound, to: token.upperBound)), with: replaced)
        }
        return out
    }
}
