import CodePalSyntax
import Foundation
import Yams

/// A rule file that cannot be used, with where and why.
public struct RuleError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let rule: String?
    public let problem: String

    public var description: String {
        "\(file)\(rule.map { ": rule \($0)" } ?? ""): \(problem)"
    }
}

/// Reads `rules/*.yml`. Strict on purpose: an unknown key or a missing example is an error, so a
/// typo cannot silently disable a check.
public enum RuleLoader {
    static let ruleKeys: Set<String> = ["id", "opt-in", "languages", "severity", "category", "message", "cwe", "owasp", "query", "report",
                                        "tainted", "untainted", "built", "sanitizers", "constraints", "fix", "explanation", "examples", "tags", "noqa"]

    /// The rules of the files a language pack lists; an unreadable file is an error.
    public static func load(files: [URL]) throws -> [LintRule] {
        var rules: [LintRule] = []
        for url in files {
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw RuleError(file: url.path, rule: nil, problem: "cannot be read: \(error.localizedDescription)")
            }
            rules += try parse(String(decoding: data, as: UTF8.self), file: url.path)
        }
        return rules
    }

    public static func parse(_ text: String, file: String) throws -> [LintRule] {
        let document: Any?
        do {
            document = try Yams.load(yaml: text)
        } catch {
            throw RuleError(file: file, rule: nil, problem: "not valid YAML: \(error)")
        }
        guard let root = document as? [String: Any], let list = root["rules"] as? [Any] else {
            throw RuleError(file: file, rule: nil, problem: "expected a mapping with a `rules:` list")
        }
        var seen: Set<String> = []
        return try list.enumerated().map { index, item in
            guard let fields = item as? [String: Any] else {
                throw RuleError(file: file, rule: "#\(index + 1)", problem: "a rule must be a mapping")
            }
            let rule = try build(fields, file: file, index: index)
            guard seen.insert(rule.id).inserted else { throw RuleError(file: file, rule: rule.id, problem: "duplicate id") }
            return rule
        }
    }

    private static func build(_ fields: [String: Any], file: String, index: Int) throws -> LintRule {
        let id = fields["id"] as? String ?? "#\(index + 1)"
        func fail(_ problem: String) -> RuleError { RuleError(file: file, rule: id, problem: problem) }
        if let unknown = Set(fields.keys).subtracting(ruleKeys).sorted().first { throw fail("unknown key `\(unknown)`") }
        func string(_ key: String) throws -> String {
            guard let value = fields[key] as? String, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw fail("`\(key)` is required and must be text")
            }
            return value
        }
        func strings(_ key: String) throws -> [String] {
            guard let raw = fields[key] else { return [] }
            if let one = raw as? String { return [one] }
            guard let list = raw as? [Any], list.allSatisfy({ $0 is String }) else { throw fail("`\(key)` must be a list of strings") }
            return list.map { $0 as! String }
        }
        guard fields["id"] is String, id.contains("/") else { throw fail("`id` is required, like `py/sql-injection`") }
        let languages = try strings("languages")
        if languages.isEmpty { throw fail("`languages` must name at least one language") }
        guard let severity = Severity(rawValue: try string("severity")) else {
            throw fail("`severity` must be one of error, warning, info, hint")
        }
        guard let category = LintRule.Category(rawValue: try string("category")) else {
            throw fail("`category` must be one of \(LintRule.Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var cwe: [Int] = []
        if let raw = fields["cwe"] {
            guard let list = raw as? [Any], let numbers = list.map({ $0 as? Int }) as? [Int] else { throw fail("`cwe` must be a list of numbers") }
            cwe = numbers
        }
        if category == .security, cwe.isEmpty { throw fail("security rules need `cwe`") }
        let examples = fields["examples"] as? [String: Any] ?? [:]
        let invalid = (examples["invalid"] as? [Any])?.compactMap { $0 as? String } ?? []
        let valid = (examples["valid"] as? [Any])?.compactMap { $0 as? String } ?? []
        guard invalid.count >= 2, valid.count >= 2 else {
            throw fail("`examples` needs at least two `invalid` and two `valid` snippets (found \(invalid.count) and \(valid.count))")
        }
        if let unmarked = invalid.first(where: { !$0.contains("«") || !$0.contains("»") }) {
            throw fail("invalid example does not mark the finding with « and »: \(unmarked.prefix(60))")
        }
        var fixes: [FixTemplate] = []
        if let raw = fields["fix"] {
            // One fix, or a list tried in order (the first whose `when` holds is offered).
            for item in (raw as? [Any]) ?? [raw] {
                guard let f = item as? [String: Any], let replace = f["replace"] as? String, let with = f["with"] as? String else {
                    throw fail("`fix` needs `replace` (a capture) and `with` (text)")
                }
                guard let safety = FixSafety(rawValue: f["safety"] as? String ?? "") else { throw fail("`fix.safety` must be safe or unsafe") }
                let unknown = Set(f.keys).subtracting(["title", "replace", "with", "safety", "when", "when-source"])
                guard unknown.isEmpty else { throw fail("unknown `fix` keys: \(unknown.sorted().joined(separator: ", "))") }
                var fix = FixTemplate(title: f["title"] as? String ?? "Fix \(id)", replace: replace, with: with, safety: safety)
                if let when = f["when"] {
                    guard let conditions = when as? [String: Any] else { throw fail("`fix.when` maps captures to regular expressions") }
                    for (capture, value) in conditions.sorted(by: { $0.key < $1.key }) {
                        guard let regex = value as? String, (try? NSRegularExpression(pattern: regex)) != nil else {
                            throw fail("`fix.when` of @\(capture) is not a regular expression")
                        }
                        fix.when.append((capture, regex))
                    }
                }
                if let source = f["when-source"] {
                    guard let regex = source as? String, (try? NSRegularExpression(pattern: regex)) != nil else {
                        throw fail("`fix.when-source` is not a regular expression")
                    }
                    fix.whenSource = regex
                }
                fixes.append(fix)
            }
        }
        let fix = fixes.first
        var rule = LintRule(id: id, languages: languages, severity: severity, category: category, message: try string("message"), cwe: cwe,
                            owasp: try strings("owasp"), query: try string("query"), report: fields["report"] as? String,
                            taintedCaptures: try strings("tainted"), sanitizers: try strings("sanitizers"), constraints: try constraints(fields["constraints"], fail: fail),
                            fix: fix, explanation: try string("explanation"), examples: RuleExamples(invalid: invalid, valid: valid),
                            file: file, tags: try strings("tags"))
        rule.fallbackFixes = Array(fixes.dropFirst())
        rule.noqa = try strings("noqa")
        rule.untaintedCaptures = try strings("untainted")
        if let raw = fields["built"] {
            guard let built = raw as? [String: Any], let capture = built["capture"] as? String,
                  Set(built.keys).isSubset(of: ["capture", "shape"]) else { throw fail("`built` takes `capture` and optionally `shape`") }
            let shape = built["shape"] as? String
            if let shape, (try? NSRegularExpression(pattern: shape)) == nil { throw fail("`built.shape` is not a regular expression") }
            rule.built = LintRule.BuiltText(capture: capture, shape: shape)
        }
        if let raw = fields["opt-in"] {
            guard let value = raw as? Bool else { throw fail("`opt-in` must be true or false") }
            rule.optIn = value
        }
        return rule
    }

    private static func constraints(_ raw: Any?, fail: (String) -> RuleError) throws -> [RuleConstraint] {
        guard let raw else { return [] }
        guard let list = raw as? [Any] else { throw fail("`constraints` must be a list") }
        return try list.map { item in
            guard let c = item as? [String: Any], c.count == 1, let (kind, value) = c.first else {
                throw fail("each constraint is a mapping with one key")
            }
            switch kind {
            case "secret-like":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String else { throw fail("secret-like needs `capture`") }
                return .secretLike(capture: capture, minLength: v["min-length"] as? Int ?? 12,
                                   minEntropy: (v["min-entropy"] as? Double) ?? Double(v["min-entropy"] as? Int ?? 3))
            case "not-inside", "inside":
                let kinds: [String]
                if let one = value as? String { kinds = [one] } else if let many = value as? [String] { kinds = many } else { throw fail("\(kind) takes node kinds") }
                return kind == "inside" ? .inside(kinds: Set(kinds)) : .notInside(kinds: Set(kinds))
            case "unreferenced":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String else { throw fail("unreferenced needs `capture`") }
                let within = (v["within"] as? [String]) ?? ((v["within"] as? String).map { [$0] } ?? [])
                let notUses = v["not-uses"] as? [String] ?? []
                guard notUses.allSatisfy({ $0.split(separator: ".").count == 2 }) else {
                    throw fail("unreferenced: `not-uses` lists places as parent_kind.field")
                }
                return .unreferenced(capture: capture, within: Set(within), comments: (v["comments"] as? Bool) ?? false, notUses: Set(notUses))
            case "path-not-matching":
                guard let regex = value as? String, (try? NSRegularExpression(pattern: regex)) != nil else { throw fail("path-not-matching takes a regular expression") }
                return .pathNotMatching(regex: regex)
            case "source-not-matching":
                guard let regex = value as? String, (try? NSRegularExpression(pattern: regex)) != nil else { throw fail("source-not-matching takes a regular expression") }
                return .sourceNotMatching(regex: regex)
            case "resolves-to":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let regex = v["matching"] as? String,
                      (try? NSRegularExpression(pattern: regex)) != nil else {
                    throw fail("resolves-to needs `capture` and `matching` (a regular expression)")
                }
                return .resolvesTo(capture: capture, regex: regex, nearest: v["nearest"] as? Bool ?? false)
            case "inside-before":
                guard let v = value as? [String: Any], let kinds = v["kinds"] as? [String], let stop = v["stop"] as? [String] else {
                    throw fail("inside-before needs `kinds` and `stop` (node kinds)")
                }
                var callbacks: IterationCallbacks?
                if let c = v["callbacks"] {
                    guard let c = c as? [String: Any], let functions = c["kinds"] as? [String], let callee = c["of"] as? String,
                          (try? NSRegularExpression(pattern: callee)) != nil else {
                        throw fail("inside-before's `callbacks` needs `kinds` (function node kinds) and `of` (a regular expression for the callee)")
                    }
                    callbacks = IterationCallbacks(kinds: Set(functions), callee: callee)
                }
                let invariant = v["invariant"] as? [String: Any]
                if let invariant, invariant["capture"] as? String == nil || invariant["binds"] as? [String] == nil {
                    throw fail("inside-before's `invariant` needs `capture` and `binds` (`parent_kind.field` places that bind a name)")
                }
                return .insideBefore(kinds: Set(kinds), stop: Set(stop), callbacks: callbacks, invariant: invariant?["capture"] as? String,
                                     binds: Set(invariant?["binds"] as? [String] ?? []))
            case "inside-named", "not-inside-named":
                guard let v = value as? [String: Any], let kinds = v["kinds"] as? [String], let regex = v["matching"] as? String,
                      (try? NSRegularExpression(pattern: regex)) != nil else {
                    throw fail("\(kind) needs `kinds` (node kinds) and `matching` (a regular expression)")
                }
                return .insideNamed(kinds: Set(kinds), regex: regex, negated: kind == "not-inside-named")
            case "inside-containing", "not-inside-containing":
                // A `{{capture}}` placeholder is checked as the word it will be replaced with.
                guard let v = value as? [String: Any], let kinds = v["kinds"] as? [String], let regex = v["matching"] as? String,
                      (try? NSRegularExpression(pattern: LintEngine.withCaptures(regex) { _ in "x" })) != nil else {
                    throw fail("\(kind) needs `kinds` (node kinds) and `matching` (a regular expression)")
                }
                return .insideContaining(kinds: Set(kinds), regex: regex, negated: kind == "not-inside-containing")
            case "value-unread":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String else { throw fail("value-unread needs `capture`") }
                return .valueUnread(capture: capture, loops: Set(v["loops"] as? [String] ?? []))
            case "unbound":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String else { throw fail("unbound needs `capture`") }
                return .unbound(capture: capture, environments: v["environments"] as? [String] ?? [])
            case "next-read":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String else { throw fail("next-read needs `capture`") }
                let callee = v["argument-of"] as? String ?? v["not-argument-of"] as? String
                if let callee, (try? NSRegularExpression(pattern: callee)) == nil { throw fail("next-read: `argument-of` takes a regular expression") }
                let kinds = v["read-in"] as? [String] ?? v["not-read-in"] as? [String] ?? []
                let negated = v["not-argument-of"] != nil || v["not-read-in"] != nil
                if negated && (v["argument-of"] != nil || v["read-in"] != nil) { throw fail("next-read: use either the `not-` keys or the others") }
                return .nextRead(capture: capture, parentKinds: Set(kinds), callee: callee, negated: negated, into: v["into"] as? String,
                                 any: v["any"] as? Bool ?? false)
            case "pastes-data":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let placeholder = v["placeholder"] as? String,
                      let fixed = v["fixed"] as? String, (try? NSRegularExpression(pattern: placeholder)) != nil,
                      (try? NSRegularExpression(pattern: fixed)) != nil else {
                    throw fail("pastes-data needs `capture`, `placeholder` and `fixed` (regular expressions)")
                }
                let guarded = v["guarded"] as? String
                if let guarded, (try? NSRegularExpression(pattern: guarded.replacingOccurrences(of: "{{value}}", with: "x"))) == nil {
                    throw fail("pastes-data: `guarded` takes a regular expression")
                }
                return .pastesData(capture: capture, PastedValues(placeholder: placeholder, fixed: fixed, guarded: guarded))
            case "reads-loop-variable":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let into = v["into"] as? String,
                      let loops = v["loops"] as? [String], let boundaries = v["boundaries"] as? [String] else {
                    throw fail("reads-loop-variable needs `capture`, `into`, `loops` and `boundaries`")
                }
                func kinds(_ key: String) -> Set<String> { Set(v[key] as? [String] ?? []) }
                var reads = LateBoundLoopReads(loops: Set(loops), boundaries: Set(boundaries))
                reads.targetField = v["target-field"] as? String ?? reads.targetField
                reads.identifier = v["identifier"] as? String ?? reads.identifier
                reads.assignments = kinds("assignments")
                reads.wrappers = kinds("wrappers")
                reads.exits = kinds("exits")
                reads.calls = kinds("calls")
                reads.notReads = (v["not-reads"] as? [String: Any] ?? [:]).mapValues { Set($0 as? [String] ?? []) }
                if let eager = v["eager"] as? String {
                    guard (try? NSRegularExpression(pattern: eager)) != nil else { throw fail("reads-loop-variable: `eager` takes a regular expression") }
                    reads.eager = eager
                }
                return .readsLoopVariable(capture: capture, into: into, reads: reads)
            case "redefines-unused":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let hidden = v["kinds"] as? [String] else {
                    throw fail("redefines-unused needs `capture` and `kinds` (definition kinds a new binding hides)")
                }
                func kinds(_ key: String) -> Set<String> { Set(v[key] as? [String] ?? []) }
                var exempt: (kinds: Set<String>, regex: String?) = ([], nil)
                if let e = v["exempt"] {
                    guard let e = e as? [String: Any], let regex = e["matching"] as? String, (try? NSRegularExpression(pattern: regex)) != nil else {
                        throw fail("redefines-unused: `exempt` needs `kinds` and `matching` (a regular expression)")
                    }
                    exempt = (Set(e["kinds"] as? [String] ?? []), regex)
                }
                var check = UnusedRedefinitions(hidden: Set(hidden), branches: kinds("branches"), qualified: kinds("qualified"),
                                                exemptKinds: exempt.kinds, exempt: exempt.regex)
                check.arms = kinds("arms")
                check.crossScope = kinds("cross-scope")
                check.assignmentKind = v["assignment-kind"] as? String
                check.assignments = kinds("assignments")
                check.deferred = v["deferred"] as? [String] ?? []
                return .redefinesUnused(capture: capture, check)
            case "falls-through":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let jumps = v["jumps"] as? [String] else {
                    throw fail("falls-through needs `capture` and `jumps` (node kinds)")
                }
                func kinds(_ key: String) -> Set<String> { Set(v[key] as? [String] ?? []) }
                var completion = NormalCompletion(jumps: Set(jumps), blocks: kinds("blocks"), conditionals: kinds("conditionals"),
                                                  tries: kinds("tries"), comments: kinds("comments"))
                completion.switches = kinds("switches")
                completion.defaults = kinds("defaults")
                completion.breaks = kinds("breaks")
                return .fallsThrough(capture: capture, completion: completion, negated: (v["negated"] as? Bool) ?? false)
            case "repeated-key":
                guard let v = value as? [String: Any], let capture = v["capture"] as? String, let entries = v["entries"] as? [String],
                      let keys = v["keys"] as? [String] else {
                    throw fail("repeated-key needs `capture`, `entries` (entry kinds) and `keys` (key kinds compared)")
                }
                let check = RepeatedKeys(entries: Set(entries), keys: Set(keys), names: Set(v["names"] as? [String] ?? []),
                                         keyField: v["key-field"] as? String ?? "key",
                                         valueField: (v["any-value"] as? Bool) == true ? nil : v["value-field"] as? String ?? "value")
                return .repeatedKey(capture: capture, check)
            default:
                throw fail("unknown constraint `\(kind)`")
            }
        }
    }
}
