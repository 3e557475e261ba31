import ArgumentParser
import CodePalAnalysis
import CodePalSyntax
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the lint rules or check them against their own examples.",
        subcommands: [List.self, Test.self, CheckFixes.self, CompareEngines.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List rules: id, severity, category, CWE, languages, engine.",
            discussion: """
                The engine is `matcher` for rules CodePal's own pattern matcher runs, or `tree-sitter (LANGUAGE: REASON)` \
                for a rule with a pattern the matcher cannot express, which then runs as a tree-sitter query.
                """)
        @OptionGroup var grammar: GrammarOptions

        func run() throws {
            let registry = try CommandSupport.registry(grammar)
            let catalog: RuleCatalog
            do { catalog = try RuleCatalog(registry: registry) } catch { CommandSupport.exit(with: error) }
            var fallbacks: [String: [String]] = [:]
            var engine = "matcher"
            for manifest in registry.manifests {
                let language = try registry.language(named: manifest.language)
                let set = try catalog.ruleSet(for: language)
                if set.engine == .treeSitter { engine = "tree-sitter" }
                for (id, reason) in set.fallbackRules {
                    fallbacks[id, default: []].append("\(language.name): \(reason)")
                }
            }
            for rule in catalog.rules.sorted(by: { $0.id < $1.id }) {
                let cwe = rule.cwe.map { "CWE-\($0)" }.joined(separator: ",")
                let ruleEngine = (fallbacks[rule.id].map { "tree-sitter (" + $0.sorted().joined(separator: "; ") + ")" } ?? engine) + (rule.optIn ? ", opt-in" : "")
                Console.out("\(rule.id)\t\(rule.severity.rawValue)\t\(rule.category.rawValue)\t\(cwe)\t\(rule.languages.joined(separator: ","))\t\(ruleEngine)\n")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rules against their examples: invalid snippets fire where marked «…», valid ones stay silent, fixes work.")
        @OptionGroup var grammar: GrammarOptions

        @Argument(help: "Rule ids or rule files (default: every rule).")
        var only: [String] = []

        func run() throws {
            let registry: LanguageRegistry
            do { registry = try CommandSupport.registry(grammar) } catch { CommandSupport.exit(with: error) }
            let catalog: RuleCatalog
            do { catalog = try RuleCatalog(registry: registry) } catch { CommandSupport.exit(with: error) }
            let selected = catalog.rules.filter { rule in
                only.isEmpty || only.contains(rule.id) || only.contains { rule.file.hasSuffix($0) || URL(fileURLWithPath: $0).standardizedFileURL.path == rule.file }
            }
            var failed = 0
            for rule in selected {
                let failures = RuleExampleRunner.check(rule, registry: registry)
                failed += failures.isEmpty ? 0 : 1
                for failure in failures { Console.out("FAIL \(failure)\n") }
            }
            // Our matcher skips a pattern that can never match; tree-sitter's compiler rejects the
            // whole rule set for it ("impossible pattern structure"), so a rule that passes its
            // examples can still hide a pattern that is dead.
            var rejected = 0
            for name in Set(selected.flatMap(\.languages)).sorted() {
                guard let language = try? registry.language(named: name) else { continue }
                do { _ = try catalog.ruleSet(for: language).query(engine: .treeSitter) } catch {
                    rejected += 1
                    Console.out("FAIL \(name): tree-sitter rejects the rule set: \(error)\n")
                }
            }
            // A language whose folder is broken (a rule file its language.json does not list) has
            // no rules in the catalog: without this its rules would drop out of the count unseen.
            for (language, problem) in catalog.summary.packErrors.sorted(by: { $0.key < $1.key }) {
                rejected += 1
                Console.out("FAIL \(language): \(problem)\n")
            }
            Console.out("\(selected.count - failed) passed, \(failed) failed\n")
            if failed > 0 || rejected > 0 { throw ExitCode(1) }
        }
    }
}

extension Rules {
    /// Applies every fix found in the files alone and reports those that leave a syntax error,
    /// leave their finding, or bring a new one (`FixAudit`): the fix property test on real code.
    struct CheckFixes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-fixes",
            abstract: "Apply each fix found in the files alone: it must parse, remove its finding and add none.")
        @OptionGroup var grammar: GrammarOptions
        @Argument(help: "Files or folders.") var paths: [String]
        @Option(help: "Skip files larger than this many bytes.") var maxBytes = 1_000_000

        func run() throws {
            let registry: LanguageRegistry
            do { registry = try CommandSupport.registry(grammar) } catch { CommandSupport.exit(with: error) }
            let catalog: RuleCatalog
            do { catalog = try RuleCatalog(registry: registry) } catch { CommandSupport.exit(with: error) }
            var audit = FixAudit(rules: catalog)
            var files = 0
            for path in paths {
                let list = FileManager.default.enumerator(atPath: path).map { $0.compactMap { $0 as? String }.map { path + "/" + $0 } } ?? [path]
                for file in list.sorted() {
                    guard let language = try? registry.language(forPath: file), let data = FileManager.default.contents(atPath: file),
                          data.count <= maxBytes, String(data: data, encoding: .utf8) != nil else { continue }
                    files += 1
                    audit.audit(Array(data), language: language, path: file, name: file)
                }
            }
            for problem in audit.problems { Console.out("FAIL \(problem)\n") }
            for (rule, count) in audit.appliedByRule.sorted(by: { $0.key < $1.key }) {
                let failing = audit.problems.filter { $0.rule == rule }.count
                Console.out("\(rule)\t\(count) fixes\t\(failing) problems\n")
            }
            Console.out("\(files) files, \(audit.applied) fixes: \(audit.applied - Set(audit.problems.map { "\($0.path):\($0.line):\($0.rule)" }).count) passed, \(Set(audit.problems.map { "\($0.path):\($0.line):\($0.rule)" }).count) failed\n")
            if !audit.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// Runs every file's rule set with tree-sitter's query cursor and with CodePal's matcher and
    /// reports where the matches (or their order) differ. For checking the matcher on a corpus.
    struct CompareEngines: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "compare-engines", abstract: "Compare the matcher with tree-sitter's queries on files.",
                                                        shouldDisplay: false)
        @OptionGroup var grammar: GrammarOptions
        @Argument(help: "Files or folders.") var paths: [String]
        @Option(help: "Differences to print per file.") var show = 5
        @Flag(help: "Compare every query file of the language too (taint, locals, symbols, ...), not only the rule set.")
        var queries = false
        @Flag(help: "Only time the parse and each engine's rule-set matches (predicates included, no comparison).")
        var timeOnly = false

        func run() throws {
            let registry = try CommandSupport.registry(grammar)
            let catalog = try RuleCatalog(registry: registry)
            var ruleQueries: [String: (Query, Query)] = [:]
            var fileQueries: [String: [(String, Query, Query)]] = [:]
            var files = 0, differing = 0, unordered = 0, total = 0
            var treeSitterTime = 0.0, matcherTime = 0.0, parseTime = 0.0
            for path in paths {
                let enumerator = FileManager.default.enumerator(atPath: path)
                let list = enumerator.map { $0.compactMap { $0 as? String }.map { path + "/" + $0 } } ?? [path]
                for file in list.sorted() {
                    guard let language = try? registry.language(forPath: file), let data = FileManager.default.contents(atPath: file) else { continue }
                    if ruleQueries[language.name] == nil {
                        let set = try catalog.ruleSet(for: language)
                        guard let a = try set.query(engine: .treeSitter), let b = try set.query(engine: .matcher) else { continue }
                        if !b.unsupportedPatterns.isEmpty { Console.out("\(language.name): unsupported \(b.unsupportedPatterns)\n") }
                        ruleQueries[language.name] = (a, b)
                        var named: [(String, Query, Query)] = []
                        if queries {
                            for name in language.queryNames {
                                guard let a = try language.compileQuery(named: name, engine: .treeSitter),
                                      let b = try language.compileQuery(named: name, engine: .matcher) else { continue }
                                if !b.unsupportedPatterns.isEmpty { Console.out("\(language.name) \(name): unsupported \(b.unsupportedPatterns)\n") }
                                named.append((name, a, b))
                            }
                        }
                        fileQueries[language.name] = named
                    }
                    let (a, b) = ruleQueries[language.name]!
                    let text = SourceText(bytes: Array(data))
                    let parseStart = Date()
                    let tree = Parser(language: language).parse(text.bytes)
                    parseTime += Date().timeIntervalSince(parseStart)
                    files += 1
                    if timeOnly {
                        let counts = EngineComparison.time(a, b, tree: tree, text: text)
                        treeSitterTime += counts.treeSitterSeconds
                        matcherTime += counts.matcherSeconds
                        total += counts.matches
                        continue
                    }
                    let (x, y, first, second) = EngineComparison.matches(a, b, tree: tree, text: text)
                    treeSitterTime += first
                    matcherTime += second
                    total += x.count
                    for (name, a, b) in fileQueries[language.name] ?? [] {
                        let (x, y, first, second) = EngineComparison.matches(a, b, tree: tree, text: text, aliases: false)
                        treeSitterTime += first
                        matcherTime += second
                        total += x.count
                        if x != y {
                            differing += 1
                            Console.out("DIFF \(file) [\(name)]: tree-sitter \(x.count), matcher \(y.count)\(x.sorted() == y.sorted() ? " (order only)" : "")\n")
                            var shown = 0
                            for i in 0..<min(x.count, y.count) where x[i] != y[i] && shown < show { Console.out("  #\(i) ts: \(x[i])\n     m:  \(y[i])\n"); shown += 1 }
                        }
                    }
                    if x == y { continue }
                    if x.sorted() == y.sorted() {
                        unordered += 1
                        Console.out("ORDER \(file)\n")
                        var shown = 0
                        for i in 0..<x.count where x[i] != y[i] && shown < show { Console.out("  #\(i) ts: \(x[i])\n     m:  \(y[i])\n"); shown += 1 }
                        continue
                    }
                    differing += 1
                    let onlyA = x.filter { !y.contains($0) }, onlyB = y.filter { !x.contains($0) }
                    Console.out("DIFF \(file): tree-sitter \(x.count), matcher \(y.count)\n")
                    for line in onlyA.prefix(show) { Console.out("  only tree-sitter: \(line)\n") }
                    for line in onlyB.prefix(show) { Console.out("  only matcher:     \(line)\n") }
                }
            }
            Console.out("\(files) files, \(total) matches; \(differing) differ, \(unordered) in another order; "
                        + String(format: "tree-sitter %.2f s, matcher %.2f s; parse %.2f s\n", treeSitterTime, matcherTime, parseTime))
        }
    }
}
