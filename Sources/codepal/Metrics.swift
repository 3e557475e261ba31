import ArgumentParser
import CodePalAnalysis
import CodePalSupport
import CodePalSyntax
import CodePalWorkspace
import Foundation

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report complexity metrics per function.",
        discussion: """
        Cyclomatic complexity is counted as lizard counts it; cognitive complexity follows SonarSource's \
        whitepaper; nesting is the deepest nesting of control structures. Closures are folded into the \
        function around them unless --closures separate.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }
    enum Field: String, ExpressibleByArgument, CaseIterable {
        case cognitive, cyclomatic, nesting, nloc, parameters, returns, maintainability, name, file
    }
    enum Closures: String, ExpressibleByArgument, CaseIterable { case fold, separate }
    enum Level: String, ExpressibleByArgument, CaseIterable { case function, `class`, file }

    @OptionGroup var grammar: GrammarOptions

    @Argument(help: "Files and folders (default: the current directory).")
    var paths: [String] = []

    @Option(help: "table, json or csv.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Sort by cognitive, cyclomatic, nesting, nloc, parameters, returns, maintainability, name or file.", valueName: "field"))
    var sort: Field = .cognitive

    @Option(help: ArgumentHelp("Only the first N functions after sorting.", valueName: "n"))
    var top: Int?

    @Option(help: "fold (default) or separate: report closures as their own \"(anonymous)\" functions.")
    var closures: Closures = .fold

    @Option(help: "function (default), class (method count and summed complexity) or file (totals).")
    var level: Level = .function

    @Option(help: ArgumentHelp("Parallel jobs (default: all cores).", valueName: "n"))
    var jobs: Int?

    struct Row {
        let file: String
        let text: SourceText
        let function: FunctionMetrics
        var line: Int { text.position(of: function.nameRange.lowerBound, in: .utf32).line + 1 }
        var endLine: Int { text.position(of: max(function.range.lowerBound, function.range.upperBound - 1), in: .utf32).line + 1 }
    }

    func run() throws {
        let registry: LanguageRegistry
        do { registry = try CommandSupport.registry(grammar) } catch { CommandSupport.exit(with: error) }
        var ioErrors = 0
        var files: [String] = []
        for path in paths.isEmpty ? ["."] : paths {
            switch WorkspaceWalker.files(at: path, registry: registry) {
            case .success(let found): files.append(contentsOf: found)
            case .failure(let error):
                Console.err("codepal: \(path): \(error.message)\n")
                ioErrors += 1
            }
        }
        let options = MetricsOptions(foldAnonymousFunctions: closures == .fold)
        let batch = SourceBatch(registry: registry, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let results = batch.map(files) { _, text, tree in Result { try MetricsEngine.measure(tree: tree, text: text, options: options) } }
        var rows: [Row] = []
        var aggregates: [AggregateRow] = []
        for result in results {
            switch result.outcome {
            case .analyzed(let text, .success(let metrics)):
                rows += metrics.functions.map { Row(file: result.path, text: text, function: $0) }
                aggregates += AggregateRow.rows(level, file: result.path, text: text, metrics: metrics)
            case .analyzed(_, .failure(let error)):
                Console.err("codepal: \(result.path): \(error)\n")
                ioErrors += 1
            case .skipped(let reason):
                Console.err("codepal: \(result.path): skipped: \(reason)\n")
            case .failed(let reason):
                Console.err("codepal: \(result.path): \(reason)\n")
                ioErrors += 1
            }
        }
        if level != .function {
            aggregates.sort { $0.cognitive != $1.cognitive ? $0.cognitive > $1.cognitive : ($0.file, $0.line) < ($1.file, $1.line) }
            if let top { aggregates = Array(aggregates.prefix(max(0, top))) }
            switch format {
            case .table: Console.out(AggregateRow.table(aggregates, level))
            case .csv: Console.out(AggregateRow.csv(aggregates))
            case .json: Console.out(JSON.array(aggregates.map(\.json)).text + "\n")
            }
            if ioErrors > 0 { throw ExitCode(2) }
            return
        }
        rows.sort(by: order)
        if let top { rows = Array(rows.prefix(max(0, top))) }
        switch format {
        case .table: Console.out(MetricsTable.render(rows))
        case .csv: Console.out(MetricsTable.csv(rows))
        case .json: Console.out(JSON.array(rows.map(MetricsTable.json)).text + "\n")
        }
        if ioErrors > 0 { throw ExitCode(2) }
    }

    /// Descending for numbers (worst first; ascending for maintainability), then by location.
    private func order(_ a: Row, _ b: Row) -> Bool {
        func key(_ r: Row) -> Double {
            switch sort {
            case .cognitive: return Double(-r.function.cognitive)
            case .cyclomatic: return Double(-r.function.cyclomatic)
            case .nesting: return Double(-r.function.nesting)
            case .nloc: return Double(-r.function.nloc)
            case .parameters: return Double(-r.function.parameters)
            case .returns: return Double(-r.function.returns)
            case .maintainability: return r.function.maintainability
            case .name, .file: return 0
            }
        }
        switch sort {
        case .name where a.function.qualifiedName != b.function.qualifiedName: return a.function.qualifiedName < b.function.qualifiedName
        default:
            let (ka, kb) = (key(a), key(b))
            if ka != kb { return ka < kb }
        }
        return a.file != b.file ? a.file < b.file : a.function.range.lowerBound < b.function.range.lowerBound
    }
}

enum MetricsTable {
    static let headers = ["cognitive", "cyclomatic", "nesting", "nloc", "params", "returns", "MI", "function", "location"]

    static func cells(_ r: Metrics.Row) -> [String] {
        let f = r.function
        return [String(f.cognitive), String(f.cyclomatic), String(f.nesting), String(f.nloc), String(f.parameters),
                String(f.returns), String(Int(f.maintainability.rounded())), f.qualifiedName, "\(r.file):\(r.line)"]
    }

    /// Aligned columns: numbers right-aligned, names left-aligned.
    static func render(_ rows: [Metrics.Row]) -> String {
        let table = [headers] + rows.map(cells)
        var widths = Array(repeating: 0, count: headers.count)
        for row in table { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let numeric = 7
        return table.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i < numeric ? pad + cell : (i == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func csv(_ rows: [Metrics.Row]) -> String {
        let header = "file,name,qualified_name,line,end_line,cyclomatic,cognitive,nesting,nloc,parameters,returns,halstead_volume,maintainability\n"
        return header + rows.map { r in
            let f = r.function
            return [quote(r.file), quote(f.name), quote(f.qualifiedName), String(r.line), String(r.endLine), String(f.cyclomatic),
                    String(f.cognitive), String(f.nesting), String(f.nloc), String(f.parameters), String(f.returns),
                    String(format: "%.1f", f.halstead.volume), String(format: "%.1f", f.maintainability)].joined(separator: ",")
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }

    static func json(_ r: Metrics.Row) -> JSON {
        let f = r.function
        return [
            "file": .string(r.file), "name": .string(f.name), "qualified_name": .string(f.qualifiedName),
            "line": .int(r.line), "endLine": .int(r.endLine), "cyclomatic": .int(f.cyclomatic), "cognitive": .int(f.cognitive),
            "nesting": .int(f.nesting), "nloc": .int(f.nloc), "parameters": .int(f.parameters), "returns": .int(f.returns),
            "halstead_volume": .double((f.halstead.volume * 10).rounded() / 10),
            "maintainability": .double((f.maintainability * 10).rounded() / 10),
        ]
    }

    private static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

/// A class or file with its summed metrics, for `--level class|file`.
struct AggregateRow {
    let file: String
    let name: String
    let line: Int
    let functions: Int
    /// Files only: a class's lines are not tracked separately from its methods.
    let nloc: Int?
    let cyclomatic: Int
    let cognitive: Int
    let maxCognitive: Int

    static func rows(_ level: Metrics.Level, file: String, text: SourceText, metrics: FileMetrics) -> [AggregateRow] {
        switch level {
        case .function: return []
        case .file:
            return [AggregateRow(file: file, name: file, line: 1, functions: metrics.functions.count, nloc: metrics.nloc,
                                 cyclomatic: metrics.cyclomatic, cognitive: metrics.cognitive,
                                 maxCognitive: metrics.functions.map(\.cognitive).max() ?? 0)]
        case .class:
            return metrics.classes.map { c in
                let methods = metrics.functions.filter { c.range.contains($0.range.lowerBound) }
                return AggregateRow(file: file, name: c.qualifiedName, line: text.position(of: c.range.lowerBound, in: .utf8).line + 1,
                                    functions: c.methods, nloc: nil, cyclomatic: c.cyclomatic,
                                    cognitive: c.cognitive, maxCognitive: methods.map(\.cognitive).max() ?? 0)
            }
        }
    }

    var json: JSON {
        var object: [String: JSON] = ["file": .string(file), "name": .string(name), "line": .int(line), "functions": .int(functions),
                                      "cyclomatic": .int(cyclomatic), "cognitive": .int(cognitive), "max_cognitive": .int(maxCognitive)]
        if let nloc { object["nloc"] = .int(nloc) }
        return .object(object)
    }

    static func table(_ rows: [AggregateRow], _ level: Metrics.Level) -> String {
        let header = ["cognitive", "cyclomatic", "max cognitive", level == .class ? "methods" : "functions", level == .file ? "nloc" : "", level == .class ? "class" : "file", level == .class ? "location" : ""]
        let cells = rows.map { r in
            [String(r.cognitive), String(r.cyclomatic), String(r.maxCognitive), String(r.functions), r.nloc.map(String.init) ?? "",
             level == .class ? r.name : r.file, level == .class ? "\(r.file):\(r.line)" : ""]
        }
        let table = [header] + cells
        let used = (0..<header.count).filter { i in table.contains { !$0[i].isEmpty } }
        var widths = [Int: Int]()
        for row in table { for i in used { widths[i] = max(widths[i] ?? 0, row[i].count) } }
        return table.map { row in
            used.map { i in
                let pad = String(repeating: " ", count: widths[i]! - row[i].count)
                return i < 5 ? pad + row[i] : row[i] + (i == used.last ? "" : pad)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func csv(_ rows: [AggregateRow]) -> String {
        "file,name,line,functions,nloc,cyclomatic,cognitive,max_cognitive\n" + rows.map {
            "\($0.file),\($0.name),\($0.line),\($0.functions),\($0.nloc.map(String.init) ?? ""),\($0.cyclomatic),\($0.cognitive),\($0.maxCognitive)\n"
        }.joined()
    }
}
