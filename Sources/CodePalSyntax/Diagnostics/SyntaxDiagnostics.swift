/// A syntax error found in a tree, in byte offsets.
public struct SyntaxError: Hashable, Sendable {
    public let range: Range<Int>
    public let message: String

    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}

/// Turns ERROR and MISSING nodes into messages a person can act on: what was unexpected or what is
/// missing, and in which construct. One error per region: nested errors inside an ERROR node, and
/// regions that touch, are reported once.
public enum SyntaxDiagnostics {
    public static func errors(in tree: SyntaxTree, text: SourceText, limit: Int = 100) -> [SyntaxError] {
        let root = tree.root
        guard root.hasError else { return [] }
        var found: [SyntaxError] = []
        root.walk { node in
            if found.count >= limit { return false }
            if node.isMissing {
                found.append(missing(node))
                return false
            }
            if node.isError {
                found.append(unexpected(node, text: text))
                return false
            }
            return node.hasError
        }
        return merge(found)
    }

    private static func missing(_ node: Node) -> SyntaxError {
        let kind = node.kind
        let what = node.isNamed ? article(humanize(kind)) : "`\(kind)`"
        return SyntaxError(range: node.startByte..<node.startByte, message: "missing \(what)\(context(of: node))")
    }

    private static func unexpected(_ node: Node, text: SourceText) -> SyntaxError {
        let start = node.startByte
        let lineEnd = text.lines.contentEnds[text.lines.line(containing: start)]
        // An ERROR node can swallow many lines; underline only the first of them so the squiggle
        // points at where parsing went wrong rather than painting the rest of the file.
        var end = min(node.endByte, max(start, lineEnd))
        if end == start, start < text.count { end = min(text.count, start + 1) }
        guard let first = firstToken(in: node) else {
            let what = start >= text.count ? "end of file" : "`\(snippet(text.slice(start..<end)))`"
            return SyntaxError(range: start..<end, message: "unexpected \(what)\(context(of: node))")
        }
        let tokenText = snippet(text.slice(first.byteRange))
        let what: String
        if first.isNamed, first.kind != tokenText {
            what = "\(humanize(first.kind)) `\(tokenText)`"
        } else {
            what = "`\(tokenText)`"
        }
        return SyntaxError(range: start..<end, message: "unexpected \(what)\(context(of: node))")
    }

    /// The first leaf inside `node` that has text.
    private static func firstToken(in node: Node) -> Node? {
        var result: Node?
        node.walk { candidate in
            if result != nil { return false }
            if candidate.childCount == 0, candidate.endByte > candidate.startByte, candidate != node {
                result = candidate
                return false
            }
            return true
        }
        return result
    }

    private static func context(of node: Node) -> String {
        var current = node.parent
        while let parent = current, parent.isError { current = parent.parent }
        guard let parent = current, parent.parent != nil else { return "" }
        return " in \(humanize(parent.kind))"
    }

    private static func merge(_ errors: [SyntaxError]) -> [SyntaxError] {
        var merged: [SyntaxError] = []
        for error in errors.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = merged.last, error.range.lowerBound < last.range.upperBound
                || (error.range.lowerBound == last.range.upperBound && !error.range.isEmpty && !last.range.isEmpty) {
                merged[merged.count - 1] = SyntaxError(range: last.range.lowerBound..<max(last.range.upperBound, error.range.upperBound),
                                                       message: last.message)
            } else {
                merged.append(error)
            }
        }
        return merged
    }

    static func humanize(_ kind: String) -> String {
        kind.split(separator: "_").joined(separator: " ")
    }

    private static func article(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }

    private static func snippet(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 30 ? String(line.prefix(30)) + "…" : String(line)
    }
}
