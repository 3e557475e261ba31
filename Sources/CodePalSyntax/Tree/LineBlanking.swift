import CTreeSitter

/// The tree a text would have without its first broken lines, for results that should not flicker
/// while the user types. One unclosed bracket (`msg = "x" + (`) makes tree-sitter wrap the rest of
/// a Python file in an ERROR node, so everything after it loses its shape. Blanking the line
/// where the first error starts (its bytes become spaces, so every offset and line stays where it
/// is) and parsing again, a few times at most, usually gives back the shape of the rest.
public enum LineBlanking {
    /// The repaired tree and text, or nil when the tree has no errors or no line could be blanked.
    /// Each round is an incremental reparse of one same-length edit.
    public static func repaired(_ tree: SyntaxTree, text: SourceText, maxLines: Int = 8) -> (tree: SyntaxTree, text: SourceText)? {
        guard tree.hasErrors else { return nil }
        let parser = Parser(language: tree.language)
        var bytes = text.bytes
        var current = tree.copy()
        var blanked = 0
        while current.hasErrors, blanked < maxLines, let error = firstError(in: current.root) {
            // The first line from the error's start that still holds something other than spaces.
            var line = text.lines.line(containing: min(error.startByte, max(0, bytes.count - 1)))
            while line < text.lines.lineCount,
                  !bytes[text.lines.lineStarts[line]..<text.lines.contentEnds[line]].contains(where: { $0 != UInt8(ascii: " ") }) {
                line += 1
            }
            guard line < text.lines.lineCount else { break }
            let start = text.lines.lineStarts[line], end = text.lines.contentEnds[line]
            for index in start..<end { bytes[index] = UInt8(ascii: " ") }
            let row = UInt32(line)
            let edit = TSInputEdit(start_byte: UInt32(start), old_end_byte: UInt32(end), new_end_byte: UInt32(end),
                                   start_point: TSPoint(row: row, column: 0), old_end_point: TSPoint(row: row, column: UInt32(end - start)),
                                   new_end_point: TSPoint(row: row, column: UInt32(end - start)))
            current.edit(edit)
            current = parser.parse(bytes, reusing: current)
            blanked += 1
        }
        return blanked > 0 ? (current, SourceText(bytes: bytes)) : nil
    }

    /// The first ERROR or MISSING node in document order.
    static func firstError(in root: Node) -> Node? {
        var node = root
        while true {
            if node.isError || node.isMissing { return node }
            guard let next = node.children.first(where: { $0.hasError || $0.isMissing }) else { return node.hasError ? node : nil }
            node = next
        }
    }
}
