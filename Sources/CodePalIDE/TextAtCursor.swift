import CodePalSyntax

/// Whether the word at a position is prose rather than code: inside a comment, or inside the text
/// of a string (not in an interpolation such as `f"{name}"`, whose names are nodes of their own).
/// Go to definition there has nothing to follow; it used to wait for the whole file's scope graph
/// and then guess by name from the index (a word of a docstring: every definition so named).
/// Strings the locals query binds (`#include "cart.h"`, `require "cart"`, Go's import paths) are
/// definitions, found before this is asked.
public enum TextAtCursor {
    public static func isText(tree: SyntaxTree, text: SourceText, offset: Int) -> Bool {
        let word = wordRange(at: offset, in: text)
        guard !word.isEmpty, let node = tree.root.descendant(covering: word) else { return false }
        // The smallest node around the whole word: a comment, or a string's text node (or the
        // string itself, in grammars whose strings have no text child).
        return node.isComment || isTextKind(node.kind)
    }

    static func isTextKind(_ kind: String) -> Bool {
        kind.contains("comment") || kind.contains("string") || kind.contains("heredoc")
    }

    /// The identifier-like word around `offset` (letters, digits, `_`, `$`, non-ASCII), as the
    /// navigator's lookups by name take it.
    public static func wordRange(at offset: Int, in text: SourceText) -> Range<Int> {
        let bytes = text.bytes
        func isWord(_ b: UInt8) -> Bool { b >= 0x80 || b == 0x5F || b == 0x24 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 }
        var start = min(max(0, offset), bytes.count)
        var end = start
        while start > 0, isWord(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, isWord(bytes[end]) { end += 1 }
        return start..<end
    }
}
