import ArgumentParser
import CodePalAnalysis
import CodePalStore
import CodePalSupport
import CodePalSyntax
import CodePalWorkspace
import Dispatch
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check files and folders: syntax errors, lint rules, complexity limits.",
        discussion: """
        Text output: path:line:column: severity [rule] message (columns count characters).
        Exit status: 0 no findings at or above --severity, 1 findings, 2 usage, configuration or I/O error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github, markdown }

    @OptionGroup var grammar: GrammarOptions

    @Argument(help: "Files and folders to check (default: the current directory).")
    var paths: [String] = []

    @Option(help: "text, json, sarif (2.1.0), github (workflow annotations) or markdown (a review comment).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only findings on lines changed since this git ref (committed, staged or not; new files whole).", valueName: "ref"))
    var changedSince: String?

    @Option(help: ArgumentHelp("A coverage report (lcov, Cobertura XML or coverage.py JSON): also report the functions no test runs (with --changed-since, the changed ones), with their complexity.", valueName: "file"))
    var coverage: String?

    @Flag(help: "Apply safe fixes to the files.")
    var fix = false

    @Flag(help: "Also apply unsafe fixes (with --fix or --diff).")
    var unsafeFixes = false

    @Flag(help: "Print the fixes as a unified diff instead of writing them.")
    var diff = false

    @Option(help: ArgumentHelp("Only these rule ids, id prefixes or categories (comma-separated, repeatable).", valueName: "selectors"))
    var select: [String] = []

    @Option(name: .customLong("extend-select"), help: ArgumentHelp("Add these rule ids, id prefixes or categories to the selection; names opt-in rules such as js/console-log.", valueName: "selectors"))
    var extendSelect: [String] = []

    @Option(help: ArgumentHelp("Skip these rule ids, id prefixes or categories (comma-separated, repeatable).", valueName: "selectors"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Lowest severity that fails the run: error, warning, info or hint.", valueName: "level"))
    var severity: String = "hint"

    @Option(help: ArgumentHelp("Use this configuration file instead of the nearest .codepal.toml.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Check standard input as a file with this name.", valueName: "name"))
    var stdinFilename: String?

    @Flag(help: "Check files that .gitignore excludes too.")
    var noIgnore = false

    @Flag(help: "Report `codepal: ignore` comments that suppress nothing.")
    var reportUnusedSuppressions = false

    @Option(help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Neither read nor write the result cache.")
    var noCache = false

    @Option(help: ArgumentHelp("Keep the result cache here (default: .codepal/ in the workspace: the nearest folder above the first path with .codepal, a configuration file or .git).", valueName: "dir"))
    var cacheDir: String?

    func run() throws {
        guard let threshold = Severity(rawValue: severity) else {
            CommandSupport.exit(with: CommandSupport.usage("--severity must be error, warning, info or hint"))
        }
        if fix && diff { CommandSupport.exit(with: CommandSupport.usage("use --fix or --diff, not both")) }
        let registry: LanguageRegistry
        do { registry = try CommandSupport.registry(grammar) } catch { CommandSupport.exit(with: error) }
        let cacheFolder = noCache || stdinFilename != nil ? nil : self.cacheFolder()
        let keys = cacheFolder.map { _ in CheckCacheKeys(registry: registry) }
        let summaryPath = cacheFolder.map { ($0 as NSString).appendingPathComponent("rule-catalog.txt") }
        var storedSummary: RuleCatalogSummary?
        if let summaryPath, let keys, let text = try? String(contentsOfFile: summaryPath, encoding: .utf8) {
            storedSummary = RuleCatalogSummary(decoding: text, key: keys.run)
        }
        let rules: RuleCatalog
        do { rules = try storedSummary.map { RuleCatalog(registry: registry, summary: $0) } ?? RuleCatalog(registry: registry) } catch {
            CommandSupport.exit(with: error)
        }
        let configurations = ConfigurationCache(explicit: config)
        configurations.onWarning = { Console.err("codepal: warning: \($0)\n") }

        var changed: ChangedLines?
        if let ref = changedSince {
            do { changed = try ChangedLines.since(ref, in: paths.first.map { Self.folder(of: $0) } ?? ".") } catch {
                CommandSupport.exit(with: CommandSupport.usage("--changed-since: \(error)"))
            }
        }
        var testCoverage: TestCoverage?
        if let coverage {
            do { testCoverage = try TestCoverage.read(coverage) } catch { CommandSupport.exit(with: CommandSupport.usage("--coverage: \(error)")) }
        }
        var ioErrors = 0
        var inputs: [CheckInput] = []
        if let name = stdinFilename {
            inputs.append(.stdin(name: name, bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
        } else {
            for path in paths.isEmpty ? ["."] : paths {
                switch WorkspaceWalker.files(at: path, registry: registry, respectGitignore: !noIgnore) {
                case .success(let found): inputs += found.map { .file($0) }
                case .failure(let error):
                    Console.err("codepal: \(path): \(error.message)\n")
                    ioErrors += 1
                }
            }
        }
        // Configuration errors stop the run before any output: findings under a half-read
        // configuration would mislead.
        var settings: [String: Configuration] = [:]
        for input in inputs {
            do { settings[input.path] = try adjusted(configurations.configuration(forFile: input.path)) } catch { CommandSupport.exit(with: error) }
        }
        inputs = inputs.filter { input in
            guard case .file(let path) = input, let configuration = settings[path] else { return true }
            return CheckScope.includes(path, configuration) && (changed?.mentions(path) ?? true)
        }

        var runner = CheckRunner(registry: registry, rules: rules, settings: settings,
                                 jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                 applyFixes: fix || diff, unsafeFixes: unsafeFixes)
        let cache = cacheFolder.flatMap(openCache)
        if let cache, let keys {
            runner.cache = Self.prepare(cache, inputs: inputs, keys: keys)
            // The next run reads no rule file for the files it answers from the cache.
            if storedSummary == nil, let summaryPath, let text = rules.summary.encoded(key: keys.run) {
                try? text.write(toFile: summaryPath, atomically: true, encoding: .utf8)
            }
        }
        let output = diff || (fix && stdinFilename != nil) ? nil
            : FindingStream(format: format, rules: rules, lessons: { Lessons.load(registry) }, version: CodePalVersion.string)
        var skipped = 0, fixedCount = 0, visibleCount = 0, fixable = 0
        var failing = false
        var diffs = ""
        // Checked, written out and forgotten chunk by chunk: a run's memory then stays that of a
        // chunk whatever the size of the tree (ten copies of the stdlib held 654 MB at once).
        for start in stride(from: 0, to: inputs.count, by: Self.chunkSize) {
            let results = runner.run(Array(inputs[start..<min(inputs.count, start + Self.chunkSize)]))
            if let cache { Self.store(results, in: cache) }
            var records: [FindingRecord] = []
            for result in results {
                switch result.outcome {
                case .skipped(let reason):
                    Console.err("codepal: \(result.path): skipped: \(reason)\n")
                    skipped += 1
                case .failed(let reason):
                    Console.err("codepal: \(result.path): \(reason)\n")
                    ioErrors += 1
                case .checked(let checked):
                    records += checked.diagnostics.map { FindingRecord(path: result.path, text: checked.text, diagnostic: $0, suggesting: format == .markdown) }
                    if let testCoverage, case .file(let path) = result.input, let lines = testCoverage.lines(of: path) {
                        records += untested(path, checked.text, lines, registry: registry, changed: changed)
                    }
                    guard let fixed = checked.fixed else { continue }
                    fixedCount += fixed.count
                    if diff {
                        diffs += UnifiedDiff.render(path: result.path, old: String(decoding: fixed.original, as: UTF8.self),
                                                    new: String(decoding: fixed.bytes, as: UTF8.self))
                    } else if case .stdin = result.input {
                        Console.out(String(decoding: fixed.bytes, as: UTF8.self))
                    } else {
                        do { try FileWriter.replace(result.path, expecting: fixed.original, with: fixed.bytes) } catch {
                            Console.err("codepal: \(error)\n")
                            ioErrors += 1
                        }
                    }
                }
            }
            if let changed {
                // Untested functions were chosen by their whole range already.
                records = records.filter { $0.diagnostic.code == UntestedFunctions.code || changed.touches($0.path, lines: $0.start().line...$0.end().line) }
            }
            let visible = records.filter { !$0.diagnostic.isSuppressed }
            output?.write(records, visible: visible)
            visibleCount += visible.count
            fixable += visible.filter { $0.diagnostic.fix.map { $0.isSafe || unsafeFixes } ?? false }.count
            if visible.contains(where: { $0.diagnostic.severity >= threshold }) { failing = true }
        }
        output?.finish()
        if diff { Console.out(diffs) }
        let checked = inputs.count - skipped
        var summary = "checked \(checked) file\(checked == 1 ? "" : "s"): \(visibleCount) finding\(visibleCount == 1 ? "" : "s")"
        if fixedCount > 0 { summary += diff ? ", \(fixedCount) fixable" : ", \(fixedCount) fixed" }
        if skipped > 0 { summary += ", \(skipped) skipped" }
        if !fix && !diff && fixable > 0 { summary += " (\(fixable) fixable with --fix\(unsafeFixes ? " --unsafe-fixes" : ""))" }
        Console.err(summary + "\n")
        if ioErrors > 0 { throw ExitCode(2) }
        if failing && !diff { throw ExitCode(1) }
    }

    /// Files checked between two writes of output: enough to keep every core busy, few enough
    /// that their sources and findings are a small part of memory.
    static let chunkSize = 1024

    private func cacheFolder() -> String {
        cacheDir ?? (CheckCacheLocation.workspace(of: paths.first ?? ".") as NSString).appendingPathComponent(".codepal")
    }

    private func openCache(_ folder: String) -> CheckCache? {
        do {
            try CheckCacheLocation.prepare(folder)
            return try CheckCache(path: (folder as NSString).appendingPathComponent("check-cache.sqlite"),
                                  warn: { Console.err("codepal: warning: \($0)\n") })
        } catch {
            Console.err("codepal: warning: result cache not used: \(error)\n")
            return nil
        }
    }

    private static func prepare(_ cache: CheckCache, inputs: [CheckInput], keys: CheckCacheKeys) -> CheckRunner.Cache? {
        let current = FileManager.default.currentDirectoryPath
        var absolute: [String: String] = [:]
        for case .file(let path) in inputs {
            absolute[path] = ((path.hasPrefix("/") ? path : (current as NSString).appendingPathComponent(path)) as NSString).standardizingPath
        }
        do {
            return CheckRunner.Cache(keys: keys, stored: try cache.entries(for: Array(absolute.values)), absolute: absolute)
        } catch {
            Console.err("codepal: warning: result cache not read: \(error)\n")
            return nil
        }
    }

    /// A cache that cannot be written costs the next run time, not this run's answer.
    private static func store(_ results: [CheckRunner.Result], in cache: CheckCache) {
        let entries = results.compactMap { result -> (path: String, key: String, diagnostics: [Diagnostic])? in
            guard case .checked(let checked) = result.outcome, let fresh = checked.fresh else { return nil }
            return (fresh.path, fresh.key, checked.diagnostics)
        }
        do { try cache.store(entries) } catch { Console.err("codepal: warning: result cache not written: \(error)\n") }
    }

    /// Functions of the file that no test runs; with `--changed-since`, only those whose lines changed.
    private func untested(_ path: String, _ text: SourceText, _ lines: TestCoverage.Lines, registry: LanguageRegistry,
                          changed: ChangedLines?) -> [FindingRecord] {
        guard let language = try? registry.language(forPath: path),
              let metrics = try? MetricsEngine.measure(tree: Parser(language: language).parse(text.bytes), text: text, options: MetricsOptions(halstead: false))
        else { return [] }
        let functions = metrics.functions.filter { function in
            changed?.touches(path, lines: UntestedFunctions.lines(of: function, in: text)) ?? true
        }
        var selected = metrics
        selected.functions = functions
        return UntestedFunctions.diagnostics(selected, text: text, coverable: lines.coverable, executed: lines.executed)
            .map { FindingRecord(path: path, text: text, diagnostic: $0) }
    }

    /// The folder a path names or holds, for finding its git repository.
    static func folder(of path: String) -> String {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            ? (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent : path
    }

    /// The file's settings with the command line's --select/--ignore on top.
    private func adjusted(_ configuration: Configuration) -> Configuration {
        var result = configuration
        func split(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        }
        if !select.isEmpty { result.lint.select = split(select) }
        result.lint.extendSelect += split(extendSelect)
        result.lint.ignore += split(ignore)
        if reportUnusedSuppressions { result.lint.reportUnusedSuppressions = true }
        return result
    }
}

enum CheckInput {
    case file(String)
    case stdin(name: String, bytes: [UInt8])

    var path: String {
        switch self {
        case .file(let path): return path
        case .stdin(let name, _): return name
        }
    }
}

/// `include`/`exclude` globs of `[lint]`, relative to the configuration's folder.
enum CheckScope {
    static func includes(_ path: String, _ configuration: Configuration) -> Bool {
        let base = configuration.root ?? FileManager.default.currentDirectoryPath
        if !configuration.lint.exclude.isEmpty, IgnoreRules(base: base, lines: configuration.lint.exclude).verdict(path, isDirectory: false) == true {
            return false
        }
        if !configuration.lint.include.isEmpty {
            return IgnoreRules(base: base, lines: configuration.lint.include).verdict(path, isDirectory: false) == true
        }
        return true
    }
}
