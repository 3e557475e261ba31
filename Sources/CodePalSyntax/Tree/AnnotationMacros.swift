/// Words the parser should read as blanks: macros that expand to attributes where the grammar
/// expects a name (`class JUCE_API Widget : public Component`, `struct Q_DECL_EXPORT Point`).
/// Without a preprocessor, tree-sitter takes the macro for the class's name and the real name for
/// a function, and the class's body turns into errors. `language.json` names the keywords after
/// which an upper-case word followed by another name is such a macro (`annotationMacros.after`).
/// The parser gets a copy of the text with those words turned into spaces, so every offset stays
/// the text's own.
///
/// With `statementLines`, a line that holds nothing but an upper-case macro call without a `;`
/// (`JUCE_DECLARE_NON_COPYABLE (Widget)`, `Q_OBJECT`) is blanked too: such macros expand to
/// declarations with their own semicolons, and tree-sitter otherwise reads the next line into
/// them. Only after a line that ends a statement or block (`;`, `{`, `}`, `:`, a directive or
/// nothing) and before one that does not continue it (`;`, `{`, an operator, `.`, `,`, `)`).
public struct AnnotationMacros: Sendable {
    private let keywords: [[UInt8]]
    private let statementLines: Bool

    public init(after keywords: [String], statementLines: Bool = false) {
        self.keywords = keywords.map { Array($0.utf8) }
        self.statementLines = statementLines
    }

    /// The byte ranges of the macro words of `bytes`, in order.
    public func spans(in bytes: [UInt8]) -> [Range<Int>] {
        let words = wordSpans(in: bytes)
        guard statementLines else { return words }
        return (words + lineSpans(in: bytes)).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Lines that are one upper-case macro call: `NAME`, `NAME (balanced arguments)`.
    private func lineSpans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { text in
            let count = text.count
            var lineStart = 0
            var previousEnd: UInt8 = 0x3B  // the file starts as after a `;`
            var previousIsDirective = false
            var previousMasked = false
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, text[lineEnd] != 0x0A { lineEnd += 1 }
                let maskedBefore = spans.count
                defer {
                    // Blank and comment lines leave the state of the line before them.
                    let first = Self.skipBlanks(text, from: lineStart, to: lineEnd)
                    let isComment = first < lineEnd && (text[first] == 0x2A || (text[first] == 0x2F && first + 1 < lineEnd && (text[first + 1] == 0x2F || text[first + 1] == 0x2A)))
                    if !isComment, let last = Self.lastCode(text, lineStart, Self.lineCommentStart(text, lineStart, lineEnd)) {
                        previousMasked = spans.count > maskedBefore
                        previousEnd = text[last]
                        previousIsDirective = text[first] == 0x23
                    }
                    lineStart = lineEnd + 1
                }
                let start = Self.skipBlanks(text, from: lineStart, to: lineEnd)
                guard start < lineEnd, Self.isWordStart(text[start]),
                      previousIsDirective || previousMasked || [0x3B, 0x7B, 0x7D, 0x3A].contains(previousEnd) else { continue }
                let nameEnd = Self.wordEnd(text, from: start)
                guard nameEnd <= lineEnd, Self.isUpperCaseWord(text[start..<nameEnd]), Self.hasUnderscoreOrLength(text[start..<nameEnd]) else { continue }
                var end = nameEnd
                var called = false
                var cursor = Self.skipBlanks(text, from: nameEnd, to: lineEnd)
                if cursor < lineEnd, text[cursor] == 0x28 {
                    var depth = 0
                    while cursor < lineEnd {
                        if text[cursor] == 0x28 { depth += 1 } else if text[cursor] == 0x29 { depth -= 1; if depth == 0 { break } }
                        cursor += 1
                    }
                    guard cursor < lineEnd, depth == 0 else { continue }
                    end = cursor + 1
                    called = true
                }
                let rest = Self.skipBlanks(text, from: end, to: lineEnd)
                var next = lineEnd
                while next < count, text[next] == 0x20 || text[next] == 0x09 || text[next] == 0x0A || text[next] == 0x0D { next += 1 }
                // An indented macro call before a block is a loop macro in a function body
                // (`HMAP_FOR_EACH (node, field, map) {`): blanked, the block stays a block.
                let opensBlock = rest < lineEnd ? text[rest] == 0x7B : next < count && text[next] == 0x7B
                if called, start > lineStart, opensBlock {
                    spans.append(start..<end)
                    continue
                }
                // Nothing but blanks or a line comment after the call on its line ...
                guard rest == lineEnd || (rest + 1 < lineEnd && text[rest] == 0x2F && text[rest + 1] == 0x2F) else { continue }
                // ... and the next code does not continue it.
                if next < count, Self.continuations.contains(text[next]) { continue }
                // The last enumerator of an enum (`enum { ONLY_ONE }`) is a bare word before `}`.
                if !called, next < count, text[next] == 0x7D { continue }
                // A return type on its own line: `NDIS_STATUS\nOvsDoActions(ctx)`.
                if !called, next < count, Self.isWordStart(text[next]) {
                    let after = Self.skipSpaces(text, from: Self.wordEnd(text, from: next))
                    if after < count, text[after] == 0x28 { continue }
                }
                spans.append(start..<end)
            }
        }
        return spans
    }

    /// Characters that continue a line's expression or make it a definition's head.
    private static let continuations: Set<UInt8> = Set(";{.,)?=<>|&*/+-[:".utf8)

    private static func skipBlanks(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0D { index += 1 }
        return index
    }

    /// Where a `//` comment starts on the line (strings are not looked into), else the line's end.
    private static func lineCommentStart(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index + 1 < end {
            if text[index] == 0x2F, text[index + 1] == 0x2F { return index }
            index += 1
        }
        return end
    }

    private static func lastCode(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var index = end - 1
        while index >= start, text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0D { index -= 1 }
        return index >= start ? index : nil
    }

    /// `Q_OBJECT`, `JUCE_LEAK_DETECTOR`: an underscore, or long enough not to be a constant like `PI`.
    private static func hasUnderscoreOrLength(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        word.contains(0x5F) && word.count >= 4
    }

    /// Words a specifier, not a type, so that `static SIZE_T count(` keeps its type.
    private static let specifiers: Set<String> = ["static", "inline", "virtual", "extern", "const", "constexpr", "friend",
                                                  "explicit", "typedef", "return", "new", "case", "else", "throw",
                                                  "define", "undef", "ifdef", "ifndef", "if", "elif"]

    /// `tresult PLUGIN_API connect (`, `Set JUCE_CALLTYPE mono()`, `char* EXPORT_API name (`: an
    /// upper-case word with an underscore between a type and a function's name.
    private func callingConvention(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        guard end - start >= 4, Self.isUpperCaseWord(text[start..<end]), text[start..<end].contains(0x5F) else { return nil }
        var before = start - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == 0x0A || text[before] == 0x0D { before -= 1 }
        // After a declarator: `void draw() const SMTG_OVERRIDE;`, `int size() JUCE_OVERRIDE {`.
        // Also with arguments: `... *dev)\n    OVS_REQUIRES(dev->mutex)\n{`.
        if before >= 0, before < start - 1, text[before] == 0x29 || Self.endsWithWord(text, before, ["const", "noexcept"]) {
            var end = end
            var next = Self.skipSpaces(text, from: end)
            if next < text.count, text[next] == 0x28, let close = Self.closingParenthesis(text, from: next) {
                end = close + 1
                next = Self.skipSpaces(text, from: end)
            }
            if next < text.count, text[next] == 0x3B || text[next] == 0x7B || text[next] == 0x3D
                || Self.startsWithWord(text, next, ["override", "final", "const", "noexcept"]) {
                return start..<end
            }
        }
        guard before >= 0, before < start - 1, Self.isWordByte(text[before]) || text[before] == 0x2A || text[before] == 0x26 || text[before] == 0x3E else { return nil }
        if Self.isWordByte(text[before]) {
            var wordStart = before
            while wordStart > 0, Self.isWordByte(text[wordStart - 1]) { wordStart -= 1 }
            // `static __inline NDIS_STATUS f(`: after a specifier (`inline` in any spelling:
            // `__inline`, `__forceinline`, `forcedinline`), the upper-case word is the return type.
            let word = String(decoding: text[wordStart...before], as: UTF8.self)
            if Self.specifiers.contains(word) || word.lowercased().hasSuffix("inline") { return nil }
        }
        let nameStart = Self.skipSpaces(text, from: end)
        guard nameStart > end, nameStart < text.count, Self.isWordStart(text[nameStart]) else { return nil }
        let nameEnd = Self.wordEnd(text, from: nameStart)
        if nameEnd - nameStart == 8, text[nameStart..<nameEnd].elementsEqual("operator".utf8) { return start..<end }
        let paren = Self.skipSpaces(text, from: nameEnd)
        guard paren < text.count, text[paren] == 0x28 else { return nil }
        return start..<end
    }

    /// The `)` closing the `(` at `open`, within 4 KiB.
    private static func closingParenthesis(_ text: UnsafeBufferPointer<UInt8>, from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < min(text.count, open + 4096) {
            if text[index] == 0x28 { depth += 1 } else if text[index] == 0x29 { depth -= 1; if depth == 0 { return index } }
            index += 1
        }
        return nil
    }

    private static func endsWithWord(_ text: UnsafeBufferPointer<UInt8>, _ last: Int, _ words: [String]) -> Bool {
        guard last >= 0, isWordByte(text[last]) else { return false }
        var start = last
        while start > 0, isWordByte(text[start - 1]) { start -= 1 }
        return words.contains { $0.utf8.elementsEqual(text[start...last]) }
    }

    private static func startsWithWord(_ text: UnsafeBufferPointer<UInt8>, _ first: Int, _ words: [String]) -> Bool {
        guard first < text.count, isWordStart(text[first]) else { return false }
        let end = wordEnd(text, from: first)
        return words.contains { $0.utf8.elementsEqual(text[first..<end]) }
    }

    private func wordSpans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { text in
            let count = text.count
            var index = 0
            while index < count {
                // Only words that start after a non-word byte.
                guard Self.isWordStart(text[index]), index == 0 || !Self.isWordByte(text[index - 1]) else { index += 1; continue }
                let keywordEnd = Self.wordEnd(text, from: index)
                defer { index = keywordEnd }
                if statementLines, let span = callingConvention(text, index, keywordEnd) {
                    spans.append(span)
                    continue
                }
                // A library's own spelling of `inline` before a type (JUCE's `forcedinline`): an
                // unknown word to the parser, which then takes it for the type and fails on the rest.
                if statementLines, Self.isInlineSpelling(text[index..<keywordEnd]) {
                    let next = Self.skipSpaces(text, from: keywordEnd)
                    if next > keywordEnd, next < count, Self.isWordStart(text[next]) {
                        spans.append(index..<keywordEnd)
                        continue
                    }
                }
                guard keywords.contains(where: { $0.count == keywordEnd - index && $0.elementsEqual(text[index..<keywordEnd]) }) else { continue }
                let macroStart = Self.skipSpaces(text, from: keywordEnd)
                guard macroStart > keywordEnd, macroStart < count, Self.isWordStart(text[macroStart]) else { continue }
                let macroEnd = Self.wordEnd(text, from: macroStart)
                guard Self.isUpperCaseWord(text[macroStart..<macroEnd]) else { continue }
                let nameStart = Self.skipSpaces(text, from: macroEnd)
                guard nameStart > macroEnd, nameStart < count, Self.isWordStart(text[nameStart]) else { continue }
                spans.append(macroStart..<macroEnd)
            }
        }
        return spans
    }

    /// `forcedinline`, `always_inline`: lower-case, ending in `inline`, not `inline` itself nor a
    /// compiler's own `__inline`/`__forceinline` (the grammars know those).
    private static func isInlineSpelling(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count > 6, let first = word.first, first != 0x5F, word.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }) else { return false }
        return word.suffix(6).elementsEqual("inline".utf8)
    }

    /// `bytes` with the macro words of `spans` replaced by spaces.
    static func masked(_ bytes: [UInt8], spans: [Range<Int>]) -> [UInt8] {
        var copy = bytes
        for span in spans { for index in span { copy[index] = 0x20 } }
        return copy
    }

    private static func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { isWordStart(byte) || (byte >= 0x30 && byte <= 0x39) }

    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < text.count, isWordByte(text[end]) { end += 1 }
        return end
    }

    private static func skipSpaces(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] == 0x20 || text[end] == 0x09 || text[end] == 0x0A || text[end] == 0x0D { end += 1 }
        return end
    }

    /// Two characters or more, upper-case letters, digits and `_`, with a letter: `JUCE_API`, `DLL_EXPORT`.
    private static func isUpperCaseWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= 2 else { return false }
        var letter = false
        for byte in word {
            if byte >= 0x41 && byte <= 0x5A { letter = true } else if !(byte == 0x5F || (byte >= 0x30 && byte <= 0x39)) { return false }
        }
        return letter
    }
}
