import CodePalSyntax
import Foundation

/// Runs a language's rules over one file and returns findings with their fixes.
public enum LintEngine {
    /// - Parameter metricsMatch: receives the matches of the rule set's `metrics.scm` patterns.
    public static func run(_ ruleSet: RuleSet, tree: SyntaxTree, text: SourceText, path: String? = nil,
                           metricsMatch: ((QueryMatch) -> Void)? = nil) throws -> [Diagnostic] {
        guard !ruleSet.compiled.isEmpty else { return [] }
        let aliases = ImportAliases.of(tree, text)
        var facts: TaintFacts??
        var analyses: [Set<String>: TaintAnalysis] = [:]
        var names = NameUses()
        var bindings: Bindings?
        var sourceMatches: [String: Bool] = [:]
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        // The matcher's query, then any rules it cannot run (tree-sitter's): their findings sort
        // in with the others below, but ties at one position follow this order.
        for compiled in ruleSet.compiled {
            let query = compiled.query
            for match in query.matches(in: tree.root, source: text.bytes, aliases: aliases) {
                guard compiled.ruleOfPattern[match.pattern] >= 0 else {
                    metricsMatch?(match)
                    continue
                }
                let rule = ruleSet.rules[compiled.ruleOfPattern[match.pattern]]
                guard let reported = reportNode(rule, match) else { continue }
                guard constraintsHold(rule, match, reported: reported, text: text, path: path, names: &names, bindings: &bindings,
                                      sourceMatches: &sourceMatches) else { continue }
                if !rule.taintedCaptures.isEmpty {
                    if facts == nil { facts = .some(try TaintFacts(tree: tree, text: text)) }
                    guard let shared = facts!, shared.hasSources else { continue }
                    let kinds = Set(rule.sanitizers)
                    if analyses[kinds] == nil { analyses[kinds] = TaintAnalysis.make(facts: shared, sanitizerKinds: kinds) }
                    guard let analysis = analyses[kinds], rule.taintedCaptures.allSatisfy({ name in match.nodes(name).contains { analysis.isTainted($0) } }) else { continue }
                }
                guard seen.insert("\(rule.id)@\(reported.startByte):\(reported.endByte)").inserted else { continue }
                findings.append(Diagnostic(range: reported.byteRange, severity: rule.severity, code: rule.id, category: rule.category.rawValue,
                                           message: fill(rule.message, match, text, query.properties[match.pattern]),
                                           fix: fix(rule, match, text, query.properties[match.pattern]), tags: rule.tags))
            }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The capture named by `report`, else the widest capture of the match.
    static func reportNode(_ rule: LintRule, _ match: QueryMatch) -> Node? {
        if let name = rule.report { return match.first(name) }
        return match.captures.max { $0.node.byteRange.count < $1.node.byteRange.count }?.node
    }

    static func constraintsHold(_ rule: LintRule, _ match: QueryMatch, reported: Node, text: SourceText, path: String?,
                                names: inout NameUses, bindings: inout Bindings?, sourceMatches: inout [String: Bool]) -> Bool {
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
            case .unreferenced(let capture, let within):
                guard let binding = match.first(capture), !names.isReferenced(binding, within: within, text: text) else { return false }
            case .resolvesTo(let capture, let regex):
                guard let node = match.first(capture) else { continue }
                if bindings == nil { bindings = Bindings(node.tree, text) }
                guard bindings!.resolves(node.text(in: text.bytes), to: regex) else { return false }
            }
        }
        return true
    }

    private static func hasAncestor(_ node: Node, in kinds: Set<String>) -> Bool {
        node.ancestors().contains { kinds.contains($0.kind) }
    }

    /// Replaces `{{capture}}` with the capture's text (one line, shortened) and `{{key}}` with the
    /// pattern's `#set! key value` property.
    static func fill(_ template: String, _ match: QueryMatch, _ text: SourceText, _ properties: [String: String]) -> String {
        guard template.contains("{{") else { return template }
        var out = template
        for (key, value) in properties { out = out.replacingOccurrences(of: "{{\(key)}}", with: value) }
        for capture in match.captures {
            let token = "{{\(capture.name)}}"
            guard out.contains(token) else { continue }
            var value = capture.node.text(in: text.bytes).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if value.count > 60 { value = String(value.prefix(57)) + "..." }
            out = out.replacingOccurrences(of: token, with: value)
        }
        return out
    }

    static func fix(_ rule: LintRule, _ match: QueryMatch, _ text: SourceText, _ properties: [String: String]) -> Fix? {
        // A span's first capture may be absent from some patterns: the span then starts at its last.
        guard let template = rule.fix, let node = match.first(template.span.to) else { return nil }
        let start = match.first(template.span.from)?.startByte ?? node.startByte
        var replacement = template.with
        for (key, value) in properties { replacement = replacement.replacingOccurrences(of: "{{\(key)}}", with: value) }
        for capture in match.captures {
            replacement = replacement.replacingOccurrences(of: "{{\(capture.name)}}", with: capture.node.text(in: text.bytes))
        }
        guard !replacement.contains("{{") else { return nil }
        let fix = Fix(title: template.title, range: min(start, node.startByte)..<node.endByte, replacement: replacement, isSafe: template.safety == .safe)
        return FixNames.introducesUnknownName(fix, tree: node.tree, text: text) ? nil : fix
    }
}
