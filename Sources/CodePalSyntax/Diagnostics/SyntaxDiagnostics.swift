/// A syntax error found in a tree, in byte offsets.
public struct SyntaxError: Hashable, Sendable {
    public let range: Range<Int>
    public let message: String

    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}

/// Turns ERROR and MISSING nodes into messages a person can act on. Tree-sitter 0.20 cannot say
/// which tokens it expected, so the messages come from the shape of the error region: a missing
/// token, a bracket left open, code that stops after an operator, a lone unexpected token, or
/// otherwise the region quoted. One error per region: nested errors inside an ERROR node, and
/// regions that touch, are reported once.
public enum SyntaxDiagnostics {
    public static func errors(in tree: SyntaxTree, text: SourceText, limit: Int = 100) -> [SyntaxError] {
        let root = tree.root
        guard root.hasError else { return [] }
        var found: [SyntaxError] = []
        let blocks = tree.language.manifest.keywordBlocks
        root.walkWithContext { visit in
            let node = visit.node
            if found.count >= limit { return false }
            if node.isMissing {
                found.append(missing(node, parent: visit.parent))
                return false
            }
            if node.isError {
                found.append(describe(errorNode: node, parent: visit.parent, text: text, blocks: blocks))
                return false
            }
            return node.hasError
        }
        return merge(found)
    }

    private static func missing(_ node: Node, parent: Node?) -> SyntaxError {
        let kind = node.kind
        let what = node.isNamed ? article(humanize(kind)) : "`\(kind)`"
        return SyntaxError(range: node.startByte..<node.startByte, message: "missing \(what)\(context(parent))")
    }

    private static let openers: [String: String] = ["(": ")", "[": "]", "{": "}"]
    private static let closers: Set<String> = [")", "]", "}"]

    private static func describe(errorNode node: Node, parent: Node?, text: SourceText,
                                 blocks: LanguageManifest.KeywordBlocks? = nil) -> SyntaxError {
        let start = node.startByte
        let firstLineEnd = text.lines.contentEnds[text.lines.line(containing: start)]
        // An ERROR node can swallow many lines; underline only the first so the squiggle points
        // at where parsing went wrong rather than painting the rest of the file.
        var end = min(node.endByte, max(start, firstLineEnd))
        if end == start, start < text.count { end = min(text.count, start + 1) }
        let where_ = context(parent)
        let leaves = tokens(in: node, limit: 4096)
        guard let first = leaves.first else {
            let what = start >= text.count ? "end of file" : "`\(snippet(text.slice(start..<end)))`"
            return SyntaxError(range: start..<end, message: "unexpected \(what)\(where_)")
        }
        if let open = unclosedBracket(in: leaves, text: text) {
            return SyntaxError(range: open.byteRange, message: "`\(open.kind)` is never closed\(where_)")
        }
        if let blocks, let open = unclosedKeyword(in: leaves, blocks) {
            return SyntaxError(range: open.byteRange, message: "`\(open.kind)` is never closed with `\(blocks.closer)`\(where_)")
        }
        let last = leaves[leaves.count - 1]
        let lastText = text.slice(last.byteRange)
        // An operator ending its line (`return a +`): the rest of the expression is missing.
        if !last.isNamed, lastText.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && $0 != "_" }),
           !closers.contains(lastText), lastText != ";", endsLine(last.endByte, text),
           leaves.count > 1 || lastText != "," && node.previousSibling.map({ $0.endByte > $0.startByte && !$0.isExtra && endsOnLine(of: node.startByte, $0, text) }) == true {
            return SyntaxError(range: last.byteRange, message: "incomplete code: expected something after `\(lastText)`\(where_)")
        }
        if leaves.count == 1 {
            return SyntaxError(range: first.byteRange, message: "unexpected \(describeToken(first, text))\(where_)")
        }
        return SyntaxError(range: start..<end, message: "invalid syntax: `\(snippet(text.slice(start..<end)))`\(where_)")
    }

    /// The leaves with text inside `node`, in order.
    private static func tokens(in node: Node, limit: Int) -> [Node] {
        var result: [Node] = []
        node.walk { candidate in
            if result.count >= limit { return false }
            if candidate.childCount == 0 {
                if candidate.endByte > candidate.startByte, !candidate.isExtra { result.append(candidate) }
                return false
            }
            return true
        }
        return result
    }

    /// The outermost opening bracket among `leaves` that no later leaf closes.
    private static func unclosedBracket(in leaves: [Node], text: SourceText) -> Node? {
        var stack: [(node: Node, closer: String)] = []
        for leaf in leaves where !leaf.isNamed {
            let kind = leaf.kind
            if let closer = openers[kind] {
                stack.append((leaf, closer))
            } else if closers.contains(kind), let top = stack.last, top.closer == kind {
                stack.removeLast()
            }
        }
        return stack.first?.node
    }

    /// The first block keyword of the region whose closing keyword never comes.
    private static func unclosedKeyword(in leaves: [Node], _ blocks: LanguageManifest.KeywordBlocks) -> Node? {
        var stack: [Node] = []
        for leaf in leaves where !leaf.isNamed {
            let kind = leaf.kind
            if blocks.openers.contains(kind) {
                stack.append(leaf)
            } else if kind == blocks.closer, !stack.isEmpty {
                stack.removeLast()
            }
        }
        return stack.first
    }

    /// Whether `node` ends on the line holding `offset` (code before a lone operator on its line).
    private static func endsOnLine(of offset: Int, _ node: Node, _ text: SourceText) -> Bool {
        text.lines.line(containing: max(node.startByte, node.endByte - 1)) == text.lines.line(containing: offset)
    }

    private static func endsLine(_ offset: Int, _ text: SourceText) -> Bool {
        var i = offset
        while i < text.count {
            switch text.bytes[i] {
            case 0x20, 0x09: i += 1
            case 0x0A, 0x0D: return true
            default: return false
            }
        }
        return true
    }

    private static func describeToken(_ token: Node, _ text: SourceText) -> String {
        let tokenText = snippet(text.slice(token.byteRange))
        return token.isNamed && token.kind != tokenText ? "\(humanize(token.kind)) `\(tokenText)`" : "`\(tokenText)`"
    }

    private static func context(_ parent: Node?) -> String {
        guard let parent, !parent.isError, parent.parent != nil || parent.childCount == 0 else { return "" }
        // The root (module, program) adds nothing a reader would not know.
        if parent.tree.root == parent { return "" }
        return " in \(humanize(parent.kind))"
    }

    private static func merge(_ errors: [SyntaxError]) -> [SyntaxError] {
        var merged: [SyntaxError] = []
        for error in errors.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = merged.last, error.range.lowerBound < last.range.upperBound {
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
        let line = text.prefix { $0 != "\n" && $0 != "\r" }.trimmingCharacters(in: .whitespaces)
        return line.count > 40 ? String(line.prefix(40)) + "…" : String(line)
    }
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

private extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}
