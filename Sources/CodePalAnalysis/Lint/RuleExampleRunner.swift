import CodePalSyntax

/// Checks a rule against its own examples, as ast-grep's rule tests do: every `invalid` snippet
/// fires exactly on the ranges marked `«…»`, every `valid` snippet stays silent, and every fix
/// yields code that parses no worse and no longer fires (a fix whose captures a match lacks is not
/// made there; at least one invalid example must show the fix).
public enum RuleExampleRunner {
    public struct Failure: CustomStringConvertible, Sendable {
        public let rule: String
        public let file: String
        public let language: String
        public let problem: String
        public var description: String { "\(file): \(rule) [\(language)]: \(problem)" }
    }

    public static func check(_ rule: LintRule, registry: LanguageRegistry) -> [Failure] {
        var failures: [Failure] = []
        for name in rule.languages {
            func fail(_ problem: String) { failures.append(Failure(rule: rule.id, file: rule.file, language: name, problem: problem)) }
            let language: Language
            let ruleSet: RuleSet
            do {
                language = try registry.language(named: name)
                ruleSet = try RuleSet(language: language, rules: [rule])
            } catch {
                fail("\(error)")
                continue
            }
            var fixed = 0
            for (index, marked) in rule.examples.invalid.enumerated() {
                let (source, expected) = strip(marked)
                let text = SourceText(source)
                let tree = Parser(language: language).parse(text.bytes)
                let found: [Diagnostic]
                do { found = try LintEngine.run(ruleSet, tree: tree, text: text) } catch { fail("invalid example \(index + 1): engine error: \(error)"); continue }
                let ranges = found.filter { !$0.isSuppressed }.map(\.range)
                if Set(ranges) != Set(expected) {
                    fail("invalid example \(index + 1): expected findings at \(describe(expected, source)), got \(describe(ranges, source))")
                }
                // A fix applies where its captures are present (`LintEngine.fix`): every fix made
                // must be sound, and at least one example must show one.
                if rule.fix != nil, found.contains(where: { $0.fix != nil }) {
                    fixed += 1
                    failures += checkFix(rule, ruleSet, language, source, found, index: index)
                }
            }
            if rule.fix != nil, fixed == 0 { fail("no invalid example produces a fix") }
            for (index, source) in rule.examples.valid.enumerated() {
                let text = SourceText(source)
                let tree = Parser(language: language).parse(text.bytes)
                let found = ((try? LintEngine.run(ruleSet, tree: tree, text: text)) ?? []).filter { !$0.isSuppressed }
                if !found.isEmpty { fail("valid example \(index + 1) fires at \(describe(found.map(\.range), source))") }
            }
        }
        return failures
    }

    private static func checkFix(_ rule: LintRule, _ ruleSet: RuleSet, _ language: Language, _ source: String,
                                 _ found: [Diagnostic], index: Int) -> [Failure] {
        let fixes = found.compactMap(\.fix)
        guard !fixes.isEmpty else { return [] }
        let fixed = FixApplier.apply(fixes, to: Array(source.utf8))
        let before = SyntaxDiagnostics.errors(in: Parser(language: language).parse(Array(source.utf8)), text: SourceText(source)).count
        let text = SourceText(bytes: fixed)
        let tree = Parser(language: language).parse(fixed)
        var problems: [String] = []
        let after = SyntaxDiagnostics.errors(in: tree, text: text).count
        if after > before { problems.append("fix introduces syntax errors: \(text.string.debugDescription)") }
        // Findings without a fix may remain; every fixed one must be gone.
        let unfixable = found.filter { $0.fix == nil }.count
        if let again = try? LintEngine.run(ruleSet, tree: tree, text: text), again.count > unfixable {
            problems.append("rule still fires after the fix: \(text.string.debugDescription)")
        }
        return problems.map { Failure(rule: rule.id, file: rule.file, language: language.name, problem: "invalid example \(index + 1): \($0)") }
    }

    /// Removes `«` and `»` markers, returning the text and the marked byte ranges.
    static func strip(_ marked: String) -> (String, [Range<Int>]) {
        var out: [UInt8] = []
        var ranges: [Range<Int>] = []
        var open: [Int] = []
        for scalar in marked.unicodeScalars {
            if scalar == "«" { open.append(out.count); continue }
            if scalar == "»", let start = open.popLast() { ranges.append(start..<out.count); continue }
            out.append(contentsOf: Array(String(scalar).utf8))
        }
        return (String(decoding: out, as: UTF8.self), ranges)
    }

    private static func describe(_ ranges: [Range<Int>], _ source: String) -> String {
        if ranges.isEmpty { return "nothing" }
        let bytes = Array(source.utf8)
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
            .map { "`" + String(decoding: bytes[$0.clamped(to: 0..<bytes.count)], as: UTF8.self) + "`" }.joined(separator: ", ")
    }
}
