import CodePalAnalysis
import CodePalSupport
import CodePalSyntax

extension LanguageServer {
    static let showMetricsCommand = "codepal.showMetrics"

    /// A lens above each function: "complexity 12 · cognitive 9". Clicking it shows the breakdown.
    func codeLens(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let context = try metricsContext(uri)
        let encoding = self.encoding
        return { token in
            let metrics = try context.metrics()
            try token.checkCancelled()
            return .array(metrics.functions.map { function in
                [
                    "range": context.snapshot.text.lspRange(ComplexityDiagnostics.anchor(function, context.snapshot.text), encoding),
                    "command": [
                        "title": .string("complexity \(function.cyclomatic) · cognitive \(function.cognitive)"),
                        "command": .string(Self.showMetricsCommand),
                        "arguments": [.string(uri), .string(function.qualifiedName)],
                    ],
                ]
            })
        }
    }

    /// `workspace/executeCommand` for `codepal.showMetrics`: the breakdown as a message.
    func executeCommand(_ params: JSON) throws -> RequestWork {
        let command = try params.requiredString("command")
        if let work = try learningCommand(command, params) { return work }
        guard command == Self.showMetricsCommand else { throw ResponseError.invalidParams("unknown command `\(command)`") }
        guard let uri = params["arguments"]?[0]?.string, let name = params["arguments"]?[1]?.string else {
            throw ResponseError.invalidParams("\(command) takes [uri, function name]")
        }
        let context = try metricsContext(uri)
        return { [weak self] _ in
            let metrics = try context.metrics()
            guard let function = metrics.functions.first(where: { $0.qualifiedName == name }) else {
                throw ResponseError.invalidParams("no function `\(name)` in \(uri)")
            }
            self?.showMessage(3, MetricsHover.plain(function, context.snapshot.text, context.configuration.complexity))
            return .null
        }
    }

    /// A document's snapshot with its shared analysis, for the requests that read its metrics.
    struct MetricsContext: @unchecked Sendable {
        let snapshot: DocumentSnapshot
        let analysis: FileAnalysis
        var configuration: Configuration { analysis.configuration }

        func metrics() throws -> FileMetrics {
            do {
                return try analysis.metrics(configuration.metrics)
            } catch {
                throw ResponseError.requestFailed("\(error)")
            }
        }
    }

    func metricsContext(_ uri: String) throws -> MetricsContext {
        let snapshot = try snapshot(uri)
        return MetricsContext(snapshot: snapshot, analysis: analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules))
    }
}
