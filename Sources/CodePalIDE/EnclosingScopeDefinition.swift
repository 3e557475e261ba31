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

    /// What the piece can tell about the name at an offset.
    public enum PieceAnswer: Equatable, Sendable {
        /// A name bound in a scope inside the piece: the whole file's graph binds it the same way.
        case local(Answer)
        /// A member (`obj.name`, `self.total`) whose object is bound inside the piece, or is no
        /// name at all (`f().name`, `"x".join`): the whole file's graph binds neither the member
        /// nor its object to an import, so navigation looks the member up by name, as it would
        /// with the whole graph.
        case memberByName
        /// A word in a comment or in a string's text (`TextAtCursor`) that the graph of the piece
        /// binds to nothing: prose, not a name, so no definition (the whole graph has no
        /// definition, reference or member there either).
        case text
    }

    public static func answer(tree: SyntaxTree, text: SourceText, offset: Int) -> Answer? {
        guard let piece = piece(around: offset, in: tree), case .local(let answer) = answer(tree: tree, text: text, piece: piece, offset: offset) else {
            return nil
        }
        return answer
    }

    /// The answer from the piece around `offset` that fits the budget, members included.
    public static func pieceAnswer(tree: SyntaxTree, text: SourceText, offset: Int) -> PieceAnswer? {
        piece(around: offset, in: tree).flatMap { answer(tree: tree, text: text, piece: $0, offset: offset) }
    }

    /// The answer from the scope graph of `piece` alone; nil when the piece cannot tell.
    static func answer(tree: SyntaxTree, text: SourceText, piece: Node, offset: Int) -> PieceAnswer? {
        guard let graph = try? ScopeResolver.resolve(tree: tree, text: text, under: piece) else { return nil }
        func boundInside(_ index: Int) -> Bool {
            let definition = graph.definitions[index]
            let scope = graph.scopes[definition.scope].range
            return definition.scope != 0 && definition.importInfo == nil && definition.kind != "import"
                && piece.byteRange.lowerBound <= scope.lowerBound && scope.upperBound <= piece.byteRange.upperBound
        }
        if let index = graph.definition(at: offset) {
            guard boundInside(index) else { return nil }
            return .local(Answer(definition: graph.definitions[index].nameRange, occurrences: graph.occurrences(of: index)))
        }
        if graph.reference(at: offset) == nil, graph.member(at: offset) == nil, TextAtCursor.isText(tree: tree, text: text, offset: offset) {
            return .text
        }
        // A name that is a reference (bound outside the piece, or to nothing) is the whole graph's.
        // Otherwise only the name of an attribute access (`obj.name`): what the locals query
        // ignores elsewhere might be captured by a pattern rooted outside the piece.
        guard graph.reference(at: offset) == nil, let access = RefactorData.of(tree.language).attributeAccess,
              let node = tree.root.namedDescendant(covering: offset..<offset), piece.byteRange.contains(node.startByte),
              let parent = node.parent, parent.kind == access.kind, parent.child(field: access.name)?.byteRange == node.byteRange,
              let object = parent.child(field: access.object) else { return nil }
        // The object's binding: the reference that starts where the object does, as the whole
        // graph finds it. Bound outside the piece (an import, a module-level name), it is not ours.
        if let reference = graph.references.firstIndex(where: { $0.range.lowerBound == object.startByte }) {
            guard let definition = graph.references[reference].definition, boundInside(definition) else { return nil }
        }
        return .memberByName
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
