import CodePalAnalysis
import CodePalStore
import CodePalSyntax

/// The first definition or references request in a file just opened, answered before the file
/// is parsed. Parsing a whole file takes milliseconds per 10 KB (about 20 ms of CPU for a 75 KB
/// Python module), far more than a definition needs when the name is a local of the function
/// around it: the index, when it holds this very content (same hash), says which lines that
/// function spans, and only those lines are parsed, with the first line of each class or
/// function around it (tree-sitter's included ranges: nodes keep the file's offsets). The
/// answers are `EnclosingScopeDefinition`'s, from that piece's graph.
///
/// The piece is trusted only when its tree agrees with the index: a node around the position
/// that starts on the function's first line and ends on its last, free of syntax errors, under
/// no error node. A header that does not parse alone (a class line broken over several lines),
/// a function whose name is not on its first line (a C return type above it): no answer, and
/// the request waits for the whole file as before.
public enum IndexedPieceDefinition {
    static let callableKinds: Set<String> = ["function", "method", "constructor"]

    /// - Parameter spans: the file's symbols as the index holds them for this content.
    public static func answer(language: Language, text: SourceText, spans: [SymbolSpan], offset: Int) -> EnclosingScopeDefinition.PieceAnswer? {
        guard let (ranges, piece) = pieceRanges(text: text, spans: spans, offset: offset) else { return nil }
        let tree = Parser(language: language).parse(text, within: ranges)
        guard let node = pieceNode(tree: tree, text: text, range: ranges[ranges.count - 1], piece: piece, offset: offset) else { return nil }
        return EnclosingScopeDefinition.answer(tree: tree, text: text, piece: node, offset: offset)
    }

    /// The byte ranges to parse: the header line of each symbol around the piece, outermost
    /// first, then the piece's own lines (the outermost function around `offset` within the
    /// budget); nil when no function around `offset` fits.
    static func pieceRanges(text: SourceText, spans: [SymbolSpan], offset: Int) -> ([Range<Int>], SymbolSpan)? {
        let lines = text.lines
        guard offset >= 0, offset <= text.count, lines.lineCount > 0 else { return nil }
        let line = lines.line(containing: offset) + 1
        func start(_ line: Int) -> Int { lines.lineStarts[line - 1] }
        func end(_ line: Int) -> Int { line < lines.lineCount ? lines.lineStarts[line] : text.count }
        let around = spans.filter { $0.line >= 1 && $0.line <= line && line <= $0.endLine && $0.endLine <= lines.lineCount }
            .sorted { ($0.line, -$0.endLine) < ($1.line, -$1.endLine) }
        guard let piece = around.first(where: {
            callableKinds.contains($0.kind) && end($0.endLine) - start($0.line) <= EnclosingScopeDefinition.budget
        }) else { return nil }
        var ranges: [Range<Int>] = []
        for outer in around where outer.line < piece.line && outer.endLine >= piece.endLine {
            let header = start(outer.line)..<end(outer.line)
            if ranges.last.map({ $0.upperBound <= header.lowerBound }) ?? true { ranges.append(header) }
        }
        ranges.append(start(piece.line)..<end(piece.endLine))
        return (ranges, piece)
    }

    /// The largest node around `offset` inside the piece's lines, when the tree agrees with the
    /// index (see the type's comment).
    static func pieceNode(tree: SyntaxTree, text: SourceText, range: Range<Int>, piece: SymbolSpan, offset: Int) -> Node? {
        var node: Node? = tree.root.descendant(covering: offset..<offset)
        var found: Node?
        while let current = node {
            if range.lowerBound <= current.startByte && current.endByte <= range.upperBound { found = current } else if found != nil { break }
            node = current.parent
        }
        guard let found, !found.hasError, !found.isMissing,
              text.lines.line(containing: found.startByte) + 1 == piece.line,
              text.lines.line(containing: max(found.startByte, found.endByte - 1)) + 1 == piece.endLine else { return nil }
        var ancestor = found.parent
        while let current = ancestor {
            if current.isError { return nil }
            ancestor = current.parent
        }
        return found
    }
}
