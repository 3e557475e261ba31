import CodePalSyntax

/// Applies every fix of a file alone and checks what it leaves: the file parses no worse, the
/// finding it fixes is gone, and no new finding appears, except one that its own safe fix then
/// removes (removing `pdb.set_trace()` leaves `import pdb` unused: `check --fix` and a second
/// fix-all take it away). Shared by FixPropertyTests (the fixtures) and `codepal rules
/// check-fixes` (real code: the Python standard library, npm).
public struct FixAudit: Sendable {
    public struct Problem: Sendable, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let rule: String
        public let title: String
        public let isSafe: Bool
        /// The fixed finding's category: an unsafe fix of a quality rule may reveal another
        /// finding on purpose (`except Exception: pass` is still an empty handler).
        public let category: String
        public let what: String

        public var description: String { "\(path):\(line) \(rule) «\(title)»\(isSafe ? "" : " (unsafe)"): \(what)" }
    }

    public private(set) var applied = 0
    public private(set) var appliedByRule: [String: Int] = [:]
    public private(set) var problems: [Problem] = []

    private let rules: RuleCatalog
    private let configuration: Configuration

    public init(rules: RuleCatalog, configuration: Configuration = Configuration()) {
        self.rules = rules
        self.configuration = configuration
    }

    private struct Findings {
        var errors: Int
        var counts: [String: Int]
        var all: [Diagnostic]
    }

    private func findings(_ bytes: [UInt8], _ language: Language, _ path: String) -> Findings {
        let text = SourceText(bytes: bytes)
        let tree = Parser(language: language).parse(bytes)
        let found = FileAnalyzer.diagnostics(tree: tree, text: text, configuration: configuration, rules: rules, path: path)
            .filter { !$0.isSuppressed && $0.category != "complexity" }
        var counts: [String: Int] = [:]
        for finding in found where finding.code != "syntax" { counts[finding.code, default: 0] += 1 }
        return Findings(errors: found.filter { $0.code == "syntax" }.count, counts: counts, all: found)
    }

    /// Audits every fix of one file; `name` is how problems name the file.
    public mutating func audit(_ bytes: [UInt8], language: Language, path: String, name: String) {
        let text = SourceText(bytes: bytes)
        let before = findings(bytes, language, path)
        for finding in before.all {
            guard let fix = finding.fix else { continue }
            applied += 1
            appliedByRule[finding.code, default: 0] += 1
            let line = text.position(of: finding.range.lowerBound, in: .utf32).line + 1
            func report(_ what: String) {
                problems.append(Problem(path: name, line: line, rule: finding.code, title: fix.title, isSafe: fix.isSafe,
                                        category: finding.category, what: what))
            }
            let fixed = FixApplier.apply([fix], to: bytes)
            let after = findings(fixed, language, path)
            if after.errors > before.errors { report("the fixed file has syntax errors") }
            if after.counts[finding.code, default: 0] >= before.counts[finding.code, default: 0] { report("the finding is still there") }
            // What the fix brought in, after the safe fixes of those new findings, as `--fix` runs them.
            var settled = (bytes: fixed, found: after)
            for _ in 0..<3 {
                let new = settled.found.all.filter { finding in
                    finding.code != "syntax" && settled.found.counts[finding.code, default: 0] > before.counts[finding.code, default: 0]
                }
                let fixes = new.compactMap(\.fix).filter(\.isSafe)
                guard !fixes.isEmpty else { break }
                settled.bytes = FixApplier.apply(fixes, to: settled.bytes)
                settled.found = findings(settled.bytes, language, path)
            }
            if settled.found.errors > before.errors, after.errors <= before.errors { report("the follow-up fixes leave syntax errors") }
            for (code, count) in settled.found.counts.sorted(by: { $0.key < $1.key }) where count > before.counts[code, default: 0] {
                report("a new \(code) finding")
            }
        }
    }
}
