import CodePalSyntax
import Foundation

/// Runs a rule set's query with both engines over one file and lists where their matches differ:
/// the check that `PatternMatcher` reproduces tree-sitter's query cursor on real code.
public enum EngineComparison {
    /// One match as text: pattern, then each capture's name and byte range, in order.
    public static func describe(_ match: QueryMatch) -> String {
        "p\(match.pattern)" + match.captures.map { " @\($0.name)=\($0.node.startByte)-\($0.node.endByte)" }.joined()
    }

    /// The matches of each engine, described, in the order each reports them.
    /// - Parameter aliases: read the file's import aliases, as a rule set does.
    public static func matches(_ treeSitter: Query, _ matcher: Query, tree: SyntaxTree, text: SourceText, aliases withAliases: Bool = true)
        -> (treeSitter: [String], matcher: [String], treeSitterSeconds: Double, matcherSeconds: Double) {
        let aliases = withAliases ? ImportAliases.of(tree, text) : nil
        var a: [String] = [], b: [String] = []
        var start = Date()
        treeSitter.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases) { a.append(describe($0)) }
        let first = Date().timeIntervalSince(start)
        start = Date()
        matcher.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases) { b.append(describe($0)) }
        return (a, b, first, Date().timeIntervalSince(start))
    }

    /// Each engine's time for the matches of one file (predicates included, no match described).
    public static func time(_ treeSitter: Query, _ matcher: Query, tree: SyntaxTree, text: SourceText)
        -> (matches: Int, treeSitterSeconds: Double, matcherSeconds: Double) {
        let aliases = ImportAliases.of(tree, text)
        var count = 0
        var start = Date()
        treeSitter.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases) { _ in count += 1 }
        let first = Date().timeIntervalSince(start)
        start = Date()
        matcher.forEachMatch(in: tree.root, source: text.bytes, aliases: aliases) { _ in }
        return (count, first, Date().timeIntervalSince(start))
    }
}
