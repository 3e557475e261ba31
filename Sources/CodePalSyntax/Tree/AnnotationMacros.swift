/// Words the parser should read as blanks: macros that expand to attributes where the grammar
/// expects a name (`class JUCE_API Widget : public Component`, `struct Q_DECL_EXPORT Point`).
/// Without a preprocessor, tree-sitter takes the macro for the class's name and the real name for
/// a function, and the class's body turns into errors. `language.json` names the keywords after
/// which an upper-case word followed by another name is such a macro (`annotationMacros.after`).
/// The parser gets a copy of the text with those words turned into spaces, so every offset stays
/// the text's own.
public struct AnnotationMacros: Sendable {
    private let keywords: [[UInt8]]

    public init(after keywords: [String]) {
        self.keywords = keywords.map { Array($0.utf8) }
    }

    /// The byte ranges of the macro words of `bytes`, in order.
    public func spans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { text in
            let count = text.count
            var index = 0
            while index < count {
                // Only words that start after a non-word byte.
                guard Self.isWordStart(text[index]), index == 0 || !Self.isWordByte(text[index - 1]) else { index += 1; continue }
                let keywordEnd = Self.wordEnd(text, from: index)
                defer { index = keywordEnd }
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
