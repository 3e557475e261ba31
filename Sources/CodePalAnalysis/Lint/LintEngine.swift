import CodePalSyntax
import Foundation

/// Runs a language's rules over one file and returns findings with their fixes.
public enum LintEngine {
    /// - Parameter metricsMatch: receives the matches of the rule set's `metrics.scm` patterns.
    public static func run(_ ruleSet: RuleSet, tree: SyntaxTree, text: SourceText, path: String? = nil,
                           metricsMatch: ((QueryMatch) -> Void)? = nil) throws -> [Diagnostic] {
        guard let query = ruleSet.query else { return [] }
        var facts: TaintFacts??
        var analyses: [Set<String>: TaintAnalysis] = [:]
        var names = NameCounts()
        var bindings: Bindings?
        var sourceMatches: [String: Bool] = [:]
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        for match in query.matches(in: tree.root, source: text.bytes, aliases: ImportAliases.of(tree, text)) {
            guard ruleSet.ruleOfPattern[match.pattern] >= 0 else {
                metricsMatch?(match)
                continue
            }
            let rule = ruleSet.rules[ruleSet.ruleOfPattern[match.pattern]]
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
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The capture named by `report`, else the widest capture of the match.
    static func reportNode(_ rule: LintRule, _ match: QueryMatch) -> Node? {
        if let name = rule.report { return match.first(name) }
        return match.captures.max { $0.node.byteRange.count < $1.node.byteRange.count }?.node
    }

    static func constraintsHold(_ rule: LintRule, _ match: QueryMatch, reported: Node, text: SourceText, path: String?,
                                names: inout NameCounts, bindings: inout Bindings?, sourceMatches: inout [String: Bool]) -> Bool {
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
        guard let template = rule.fix, let node = match.first(template.replace) else { return nil }
        var replacement = template.with
        for (key, value) in properties { replacement = replacement.replacingOccurrences(of: "{{\(key)}}", with: value) }
        for capture in match.captures {
            replacement = replacement.replacingOccurrences(of: "{{\(capture.name)}}", with: capture.node.text(in: text.bytes))
        }
        return Fix(title: template.title, range: node.byteRange, replacement: replacement, isSafe: template.safety == .safe)
    }
}

/// Whether a name occurs in a scope other than where it is bound. Deliberately lexical: a false
/// "used" only hides a warning, while a false "unused" would suggest deleting live code.
struct NameCounts {
    /// Strings that name code (the language's `name-strings.scm`): where each starts and the hash
    /// of its unquoted value. Found only when a name seems unused, which real code rarely has,
    /// since that query is a pass over the whole tree.
    private var nameStrings: [(start: Int, value: UInt64)]?
    /// The text leaves inside string literals: `"phone"` or `'axios'` does not use a name.
    private var stringContent: Set<UInt16>?

    mutating func isReferenced(_ binding: Node, within kinds: Set<String>, text: SourceText) -> Bool {
        let chain = binding.ancestors()
        guard let root = chain.last(where: { kinds.contains($0.kind) }) ?? chain.first else { return true }
        if stringContent == nil {
            let language = binding.tree.language
            stringContent = language.symbols(ofKind: "string_content").union(language.symbols(ofKind: "string_fragment"))
        }
        let name = text.bytes[binding.byteRange]
        if Self.leaves(equalTo: name, in: root, text: text, content: stringContent!, limit: 2) > 1 { return true }
        if nameStrings == nil { nameStrings = Self.nameStrings(binding.tree, text) }
        let scope = root.byteRange
        let value = Self.hash(name)
        return nameStrings!.contains { scope.contains($0.start) && $0.value == value }
    }

    /// The named leaves under `root` outside string contents whose text is `name`, counted up to
    /// `limit`. Found by searching the text and asking the tree what sits at each occurrence,
    /// which for a used name stops at its first use: counting every leaf of the scope instead
    /// cost a tenth of a lint run.
    static func leaves(equalTo name: ArraySlice<UInt8>, in root: Node, text: SourceText, content: Set<UInt16>, limit: Int) -> Int {
        guard !name.isEmpty, name.count <= 128 else { return 0 }
        let needle = Array(name)
        let end = root.endByte
        // A tokenizer never splits a run of word characters into two names, so for a word-like
        // name only occurrences between non-word characters can be leaves (`re` in `return` is not).
        let wordLike = ByteSearch.isWordByte(needle[0]) && ByteSearch.isWordByte(needle[needle.count - 1])
        var count = 0
        text.bytes.withUnsafeBufferPointer { haystack in
            var from = root.startByte
            while count < limit, let at = ByteSearch.firstIndex(of: needle, in: haystack, from: from), at + needle.count <= end {
                from = at + 1
                let range = at..<at + needle.count
                if wordLike, (at > 0 && ByteSearch.isWordByte(haystack[at - 1])) || (range.upperBound < haystack.count && ByteSearch.isWordByte(haystack[range.upperBound])) {
                    continue
                }
                if let node = root.namedDescendant(covering: range), node.byteRange == range, node.childCount == 0,
                   !content.contains(node.symbol) {
                    count += 1
                }
            }
        }
        return count
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { ContentHash.fnv1a(bytes) }

    private static func nameStrings(_ tree: SyntaxTree, _ text: SourceText) -> [(start: Int, value: UInt64)] {
        guard let query = try? tree.language.query(named: "name-strings") else { return [] }
        var found: [(start: Int, value: UInt64)] = []
        query.forEachMatch(in: tree.root, source: text.bytes) { match in
            for node in match.nodes("use") where node.byteRange.count <= 130 {
                let value = unquoted(text.bytes[node.byteRange])
                if !value.isEmpty { found.append((node.startByte, hash(value))) }
            }
        }
        return found
    }

    /// The bytes between a string literal's quotes (after any prefix letters such as `f`, `rb`).
    static func unquoted(_ literal: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = literal
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        while let first = s.first, isLetter(first), s.count > 1 { s = s.dropFirst() }
        for quote in [[UInt8]("\"\"\"".utf8), Array("'''".utf8), [0x22], [0x27], [0x60]]
        where s.starts(with: quote) && s.reversed().starts(with: quote) && s.count >= quote.count * 2 {
            return s.dropFirst(quote.count).dropLast(quote.count)
        }
        return s
    }
}

/// Names bound to values in one file, from the language's `bindings.scm` (`@binding.name`,
/// `@binding.value`): what `const run = promisify(exec)`, `import { exec as run }` or
/// `const HOST = "0.0.0.0"` makes a name stand for. Lexical and scope-blind, like `NameCounts`: a
/// name counts as resolved when any of its bindings matches.
struct Bindings {
    private var values: [String: [String]] = [:]
    /// Answers by expression and name: a file calls the same few names over and over.
    private var answers: [String: [String: Bool]] = [:]

    init(_ tree: SyntaxTree, _ text: SourceText) {
        guard let query = try? tree.language.query(named: "bindings") else { return }
        query.forEachMatch(in: tree.root, source: text.bytes) { match in
            // Aliases and constants are short; a long value (a whole function) is never what a rule
            // looks for, and matching it on every call would cost time.
            guard let name = match.first("binding.name"), let value = match.first("binding.value"),
                  value.byteRange.count <= 512 else { return }
            values[name.text(in: text.bytes), default: []].append(value.text(in: text.bytes))
        }
    }

    /// The text itself or what it is bound to, through up to four names, matches the expression.
    mutating func resolves(_ text: String, to pattern: String) -> Bool {
        if let known = answers[pattern]?[text] { return known }
        let answer = follow(text, pattern)
        answers[pattern, default: [:]][text] = answer
        return answer
    }

    private func follow(_ text: String, _ pattern: String) -> Bool {
        var pending = [text]
        var seen: Set<String> = []
        for _ in 0..<5 {
            var next: [String] = []
            for candidate in pending where seen.insert(candidate).inserted {
                if RegexCache.matches(pattern, candidate) { return true }
                next += values[candidate] ?? []
            }
            if next.isEmpty { return false }
            pending = next
        }
        return false
    }
}

/// Compiled expressions of the `path-not-matching`, `source-not-matching` and `resolves-to`
/// constraints; compiling per match was a measurable cost.
enum RegexCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: NSRegularExpression] = [:]

    static func matches(_ pattern: String, _ path: String) -> Bool {
        lock.lock()
        let regex: NSRegularExpression?
        if let cached = compiled[pattern] {
            regex = cached
        } else {
            regex = try? NSRegularExpression(pattern: pattern)
            compiled[pattern] = regex
        }
        lock.unlock()
        guard let regex else { return false }
        return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }
}
