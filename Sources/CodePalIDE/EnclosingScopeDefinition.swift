import CodePalAnalysis
import CodePalSyntax

/// The definition of a name bound inside a small piece of the file around it (a parameter, a
/// local, a comprehension variable), from the scope graph of that piece alone: for the first
/// request in a large file just opened, whose whole graph is still being made (a locals query
/// over the whole file, tens of milliseconds). Names the piece does not bind in a scope of its
/// own (module-level names, imports, builtins) get no answer here; the whole graph has them.
public enum EnclosingScopeDefinition {
    /// The largest piece tried, in bytes: a graph of this much code costs well under a
    /// millisecond (release build), and most functions fit.
    static let budget = 16_384

    public struct Answer: Equatable, Sendable {
        /// The definition's name.
        public let definition: Range<Int>
        /// The definition's name and every reference bound to it, in document order.
        public let occurrences: [Range<Int>]
    }

    public static func answer(tree: SyntaxTree, text: SourceText, offset: Int) -> Answer? {
        guard let piece = piece(around: offset, in: tree),
              let graph = try? ScopeResolver.resolve(tree: tree, text: text, under: piece),
              let index = graph.definition(at: offset) else { return nil }
        let definition = graph.definitions[index]
        let scope = graph.scopes[definition.scope].range
        guard definition.scope != 0, definition.importInfo == nil, definition.kind != "import",
              piece.byteRange.lowerBound <= scope.lowerBound, scope.upperBound <= piece.byteRange.upperBound else { return nil }
        return Answer(definition: definition.nameRange, occurrences: graph.occurrences(of: index))
    }

    /// The largest node around `offset` that fits the budget, below the root.
    static func piece(around offset: Int, in tree: SyntaxTree) -> Node? {
        var node = tree.root.descendant(covering: offset..<offset)
        var best: Node?
        while let current = node, current.byteRange != tree.root.byteRange {
            if current.byteRange.count <= budget { best = current } else if best != nil { break }
            node = current.parent
        }
        return best
    }
}
