import ArgumentParser
import CodePalAnalysis
import CodePalSyntax
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the lint rules or check them against their own examples.",
        subcommands: [List.self, Test.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List rules: id, severity, category, CWE, languages.")
        @OptionGroup var grammar: GrammarOptions

        func run() throws {
            let catalog = try CommandSupport.catalog(grammar)
            for rule in catalog.rules.sorted(by: { $0.id < $1.id }) {
                let cwe = rule.cwe.map { "CWE-\($0)" }.joined(separator: ",")
                Console.out("\(rule.id)\t\(rule.severity.rawValue)\t\(rule.category.rawValue)\t\(cwe)\t\(rule.languages.joined(separator: ","))\n")
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
            Console.out("\(selected.count - failed) passed, \(failed) failed\n")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
