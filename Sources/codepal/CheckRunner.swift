import CodePalAnalysis
import CodePalSyntax
import CodePalWorkspace
import Dispatch
import Foundation

/// Reads, parses and analyses the inputs on all cores; with fixes on, applies them in rounds
/// (re-analysing after each, as ruff does) until nothing more applies.
struct CheckRunner {
    struct Checked {
        let text: SourceText
        let diagnostics: [Diagnostic]
        /// The original and fixed content when fixes changed something.
        let fixed: (original: [UInt8], bytes: [UInt8], count: Int)?
    }

    enum Outcome {
        case checked(Checked)
        case skipped(String)
        case failed(String)
    }

    struct Result {
        let input: CheckInput
        let outcome: Outcome
        var path: String { input.path }
    }

    let registry: LanguageRegistry
    let rules: RuleCatalog
    let settings: [String: Configuration]
    let jobs: Int
    let applyFixes: Bool
    let unsafeFixes: Bool

    func run(_ inputs: [CheckInput]) -> [Result] {
        parallelMap(inputs, jobs: jobs) { Result(input: $0, outcome: check($0)) }
    }

    private func check(_ input: CheckInput) -> Outcome {
        let configuration = settings[input.path] ?? Configuration()
        let language: Language
        do {
            guard let found = try registry.language(forPath: input.path) else { return .skipped("no grammar for this file type") }
            language = found
        } catch {
            return .failed("\(error)")
        }
        if let problem = FileAnalyzer.problem(with: language, rules: rules, configuration: configuration) { return .failed("cannot analyse \(language.displayName): \(problem)") }
        let bytes: [UInt8]
        switch input {
        case .file(let path):
            switch SourceFile.read(path, maximumBytes: configuration.maximumFileBytes) {
            case .text(let b): bytes = b
            case .skipped(let reason): return .skipped(reason)
            case .failed(let reason): return .failed(reason)
            }
        case .stdin(_, let b):
            guard String(validating: b, as: UTF8.self) != nil else { return .skipped("not valid UTF-8") }
            bytes = b
        }
        let parser = Parser(language: language)
        func analyse(_ bytes: [UInt8]) -> (SourceText, [Diagnostic]) {
            let text = SourceText(bytes: bytes)
            let tree = parser.parse(bytes)
            return (text, FileAnalyzer.diagnostics(tree: tree, text: text, configuration: configuration, rules: rules, path: input.path))
        }
        var (text, diagnostics) = analyse(bytes)
        guard applyFixes else { return .checked(Checked(text: text, diagnostics: diagnostics, fixed: nil)) }
        var current = bytes
        var applied = 0
        for _ in 0..<5 {
            let fixes = diagnostics.filter { !$0.isSuppressed }.compactMap(\.fix).filter { $0.isSafe || unsafeFixes }
            guard !fixes.isEmpty else { break }
            let next = FixApplier.apply(fixes, to: current)
            guard next != current else { break }
            applied += fixes.count
            current = next
            (text, diagnostics) = analyse(current)
        }
        return .checked(Checked(text: text, diagnostics: diagnostics, fixed: current == bytes ? nil : (bytes, current, applied)))
    }
}
