import CodePalSyntax

public struct MetricsOptions: Sendable, Equatable {
    /// Fold closures and lambdas into the function around them (the SonarSource rule). When
    /// false, each becomes its own "(anonymous)" record, as lizard reports JavaScript.
    public var foldAnonymousFunctions = true
    /// Count Halstead operators and operands (a hash per leaf). Complexity warnings do not
    /// use them, so the linter turns them off.
    public var halstead = true

    public init(foldAnonymousFunctions: Bool = true, halstead: Bool = true) {
        self.foldAnonymousFunctions = foldAnonymousFunctions
        self.halstead = halstead
    }
}

/// Complexity metrics for every function of a file, from the language's `queries/metrics.scm`.
/// One pass over the tree, driven entirely by the roles the query assigns, so every language
/// shares this code.
public enum MetricsEngine {
    public static func measure(tree: SyntaxTree, text: SourceText, options: MetricsOptions = .init()) throws -> FileMetrics {
        guard let query = try tree.language.query(named: "metrics") else { return FileMetrics() }
        return measure(tree: tree, text: text, options: options) { query.forEachMatch(in: tree.root, source: text.bytes, $0) }
    }

    /// The metrics from matches of `metrics.scm` that `forEachMatch` hands over, found by a query
    /// that may also hold other patterns (a `RuleSet`); their pattern numbers keep the file's order.
    public static func measure(tree: SyntaxTree, text: SourceText, options: MetricsOptions,
                               forEachMatch: ((QueryMatch) -> Void) -> Void) -> FileMetrics {
        let roles = RoleTable(tree: tree, text: text, forEachMatch: forEachMatch)
        var pass = MetricsPass(roles: roles, root: tree.root, text: text, options: options)
        tree.root.traverse(enter: { pass.enter($0) }, leave: { pass.leave($0) })
        return pass.finish()
    }
}

/// Roles by node, from the query matches. When patterns disagree about a node, the earliest
/// pattern in the file wins (specific patterns first, as in the symbols query).
struct RoleTable {
    struct Entry {
        let pattern: Int
        let role: MetricRole
        let name: Node?
    }

    private(set) var entries: [NodeID: Entry] = [:]
    /// The entries by start byte, for a walk in document order to meet them without hashing
    /// every node of the file.
    private(set) var ordered: [(start: Int, id: NodeID, entry: Entry)] = []
    /// Boolean expressions by their node, with their operator, for sequence counting.
    private(set) var logicalOperators: [NodeID: String] = [:]

    init(tree: SyntaxTree, text: SourceText, forEachMatch: ((QueryMatch) -> Void) -> Void) {
        var logicalTokens: [Node] = []
        forEachMatch { match in
            let name = match.first("name")
            for capture in match.captures {
                guard let role = MetricRole(rawValue: capture.name) else { continue }
                let id = capture.node.id
                if let existing = entries[id], existing.pattern <= match.pattern { continue }
                entries[id] = Entry(pattern: match.pattern, role: role, name: role == .function || role == .class ? name : nil)
                if role == .logical { logicalTokens.append(capture.node) }
            }
        }
        ordered = entries.map { (start: $0.key.startByte, id: $0.key, entry: $0.value) }.sorted { $0.start < $1.start }
        // Each boolean operator's expression (the token's parent), for sequence counting.
        for token in logicalTokens where entries[token.id]?.role == .logical {
            if let parent = token.parent { logicalOperators[parent.id] = token.text(in: text.bytes) }
        }
    }

    subscript(_ node: Node) -> Entry? { entries[node.id] }

    /// The entry of `node` for a walk in document order; `position` is the walk's place in
    /// `ordered`, kept by the caller between calls.
    func next(_ node: Node, position: inout Int) -> Entry? {
        let start = node.startByte
        while position < ordered.count, ordered[position].start < start { position += 1 }
        var i = position
        guard i < ordered.count, ordered[i].start == start else { return nil }
        let id = node.id
        while i < ordered.count, ordered[i].start == start {
            if ordered[i].id == id { return ordered[i].entry }
            i += 1
        }
        return nil
    }
}
