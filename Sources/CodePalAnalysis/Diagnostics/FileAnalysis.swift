import CodePalSyntax
import Foundation

/// What the engines say about one revision of a file, each part computed on first use and then
/// shared. The server keeps one per open document revision, so that publishing diagnostics, code
/// actions, hover, code lenses, the outline and the learning recorder never redo one another's
/// work: metrics were once measured three times per revision and lint run again per code action.
///
/// Trees are not safe to read from two threads at once, so each part works on its own copy of
/// the tree (cheap: tree-sitter shares the nodes); parts compute in parallel, and a second asker
/// of the same part waits for the first answer instead of computing it again.
public final class FileAnalysis: @unchecked Sendable {
    public let text: SourceText
    public let configuration: Configuration
    /// The revision's tree, taken from `treeSource` when a part first needs it: an analysis made
    /// while the document's opening parse runs does not wait for it until then.
    private var tree: SyntaxTree? { treeMemo.get { treeSource() } }
    private let treeSource: @Sendable () -> SyntaxTree?
    private let treeMemo = Memo<SyntaxTree?>()
    private let rules: RuleCatalog?
    private let path: String?

    private let findingsMemo = Memo<[Diagnostic]>()
    private let outlineMemo = Memo<Result<[DocumentSymbol], Error>>()
    private let graphMemo = Memo<ScopeGraph?>()
    private let metricsLock = NSLock()
    private var metricsMemos: [(options: MetricsOptions, memo: Memo<Result<FileMetrics, Error>>)] = []

    /// How many times each part was computed, for tests that check the sharing.
    public var computations: [String: Int] {
        countLock.lock()
        defer { countLock.unlock() }
        return counted
    }
    private var counted: [String: Int] = [:]
    private let countLock = NSLock()

    public convenience init(tree: SyntaxTree?, text: SourceText, configuration: Configuration, rules: RuleCatalog?, path: String?) {
        let copy = tree?.copy()
        self.init(lazyTree: { copy }, text: text, configuration: configuration, rules: rules, path: path)
    }

    /// - Parameter lazyTree: gives the revision's tree (called once, when a part first needs it;
    ///   it may wait for a parse that is still running).
    public init(lazyTree: @escaping @Sendable () -> SyntaxTree?, text: SourceText, configuration: Configuration, rules: RuleCatalog?, path: String?) {
        self.treeSource = lazyTree
        self.text = text
        self.configuration = configuration
        self.rules = rules
        self.path = path
    }

    /// Lint and complexity findings as `codepal check` reports them, suppressed ones included
    /// (marked `isSuppressed`).
    public var findings: [Diagnostic] {
        findingsMemo.get {
            count("findings")
            // Lint's name rules take the revision's scope graph, the one navigation and the
            // refactorings read, instead of building their own.
            let result = FileAnalyzer.analysis(tree: tree?.copy(), text: text, configuration: configuration, rules: rules, path: path,
                                               scopeGraph: { self.scopeGraph })
            if let metrics = result.metrics {
                memo(for: FileAnalyzer.complexityMetricsOptions(configuration)).offer(.success(metrics))
            }
            return result.diagnostics
        }
    }

    /// Function metrics under `options`; the complexity warnings' measurement is reused when the
    /// options are the same.
    public func metrics(_ options: MetricsOptions) throws -> FileMetrics {
        try memo(for: options).get {
            count("metrics")
            guard let tree = tree?.copy() else { return .success(FileMetrics()) }
            return Result { try MetricsEngine.measure(tree: tree, text: text, options: options) }
        }.get()
    }

    /// The scope graph (from `queries/locals.scm`), made once per revision for lint, navigation,
    /// rename and the refactorings; nil without a tree or a locals query that compiles.
    public var scopeGraph: ScopeGraph? {
        graphMemo.get {
            count("scopeGraph")
            guard let tree = tree?.copy() else { return nil }
            return try? ScopeResolver.resolve(tree: tree, text: text)
        }
    }

    /// Whether the scope graph is made already (false while it is being made): a request that
    /// cannot wait for it may answer from a part of the file instead.
    public var hasScopeGraph: Bool { graphMemo.peek() != nil }

    /// The outline as the editor shows it while the user types (`SymbolExtractor.outlineWhileTyping`).
    public func outline() throws -> [DocumentSymbol] {
        try outlineMemo.get {
            count("outline")
            guard let tree = tree?.copy() else { return .success([]) }
            return Result { try SymbolExtractor.outlineWhileTyping(tree: tree, text: text) }
        }.get()
    }

    private func memo(for options: MetricsOptions) -> Memo<Result<FileMetrics, Error>> {
        metricsLock.lock()
        defer { metricsLock.unlock() }
        if let found = metricsMemos.first(where: { $0.options == options }) { return found.memo }
        let memo = Memo<Result<FileMetrics, Error>>()
        metricsMemos.append((options, memo))
        return memo
    }

    private func count(_ part: String) {
        countLock.lock()
        counted[part, default: 0] += 1
        countLock.unlock()
    }
}

/// A value computed once; askers that arrive while it is being computed wait for it.
final class Memo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func get(_ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let computed = compute()
        value = computed
        return computed
    }

    /// The value when it is computed, without waiting for one being computed.
    func peek() -> Value? {
        guard lock.try() else { return nil }
        defer { lock.unlock() }
        return value
    }

    /// Stores a value computed elsewhere, unless one is there already.
    func offer(_ offered: Value) {
        lock.lock()
        if value == nil { value = offered }
        lock.unlock()
    }
}
