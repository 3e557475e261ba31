import ArgumentParser
import CodePalAnalysis
import CodePalLSP
import CodePalSyntax
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
        for result in results {
            switch result.outcome {
            case .analyzed(let text, .success(let metrics)):
                rows += metrics.functions.map { Row(file: result.path, text: text, function: $0) }
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
