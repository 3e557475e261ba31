import CodePalSyntax

/// Folding ranges from the language's `queries/folds.scm`: `@fold` marks a node whose lines fold
/// (a body, a block, an argument list), `@fold.comment` a comment, `@fold.imports` an import
/// statement (consecutive ones fold together). A range covers the node's first line to the line
/// before its closing bracket, so that `}` stays visible; nodes on one line give none.
public enum FoldingRanges {
    public enum Kind: String, Sendable { case region, comment, imports }

    public struct Range: Sendable, Equatable {
        public let startLine: Int
        public let endLine: Int
        public let kind: Kind
    }

    /// Nothing for a language without `folds.scm`.
    public static func ranges(tree: SyntaxTree, text: SourceText) throws -> [Range] {
        guard let query = try tree.language.query(named: "folds") else { return [] }
        var result: [Range] = []
        var seen: Set<Int> = []
        var imports: [(start: Int, end: Int)] = []
        query.forEachMatch(in: tree.root, source: text.bytes) { match in
            for capture in match.captures {
                let node = capture.node
                let start = text.lines.line(containing: node.startByte)
                let last = max(node.startByte, node.endByte - 1)
                var end = text.lines.line(containing: last)
                switch capture.name {
                case "fold.imports":
                    imports.append((start, end))
                    continue
                case "fold.comment":
                    guard end > start, seen.insert(start).inserted else { continue }
                    result.append(Range(startLine: start, endLine: end, kind: .comment))
                case "fold":
                    // The closing bracket's line stays visible when it holds nothing else.
                    // So does a closing keyword (Ruby's `end`): the node's last token, a word.
                    var closer = last
                    if last < text.bytes.count, ![UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]")].contains(text.bytes[last]) {
                        closer = node.childCount > 0 ? node.child(node.childCount - 1).flatMap(Self.closingWord) ?? -1 : -1
                    }
                    if closer >= 0, closer < text.bytes.count {
                        let lineStart = text.lines.lineStarts[end]
                        if lineStart <= closer, text.bytes[lineStart..<closer].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { end -= 1 }
                    }
                    guard end > start, seen.insert(start).inserted else { continue }
                    result.append(Range(startLine: start, endLine: end, kind: .region))
                default:
                    continue
                }
            }
        }
        // Runs of import statements on consecutive lines fold as one.
        var run: (start: Int, end: Int)?
        for item in imports.sorted(by: { $0.start < $1.start }) {
            if let current = run, item.start <= current.end + 1 {
                run = (current.start, max(current.end, item.end))
            } else {
                if let current = run, current.end > current.start { result.append(Range(startLine: current.start, endLine: current.end, kind: .imports)) }
                run = item
            }
        }
        if let current = run, current.end > current.start { result.append(Range(startLine: current.start, endLine: current.end, kind: .imports)) }
        return result.sorted { ($0.startLine, $0.endLine) < ($1.startLine, $1.endLine) }
    }

    /// The start of an anonymous keyword token that closes a node (`end`), else nil.
    private static func closingWord(_ child: Node) -> Int? {
        guard !child.isNamed, child.endByte > child.startByte, child.kind.allSatisfy({ $0.isLetter }) else { return nil }
        return child.startByte
    }
}
