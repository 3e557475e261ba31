/// Namespace qualifiers the parser reads as blanks in front of a call: with `callQualifiers:
/// ["std::", "::"]`, `std::strcpy(dst, src)` parses as `strcpy(dst, src)`. C++ shares C's rules,
/// whose patterns name the callee as a plain identifier (the C grammar has no qualified names), and
/// real C++ calls the C library through `std::`. Offsets stay the text's own, like
/// `AnnotationMacros`; a qualifier in front of anything but a name and `(` (`std::vector<int>`,
/// `std::cout`, `Widget::draw(`) is left alone.
public struct CallQualifiers: Sendable {
    private let qualifiers: [[UInt8]]

    public init(_ qualifiers: [String]) {
        self.qualifiers = qualifiers.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// The byte ranges of the qualifier chains (`::std::` counts once), in order.
    public func spans(in bytes: [UInt8]) -> [Range<Int>] {
        guard !qualifiers.isEmpty else { return [] }
        let firsts = Set(qualifiers.map { $0[0] })
        var spans: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { text in
            let count = text.count
            var index = 0
            while index < count {
                // A chain starts where no name or `::` chain continues into it (`Widget::draw(` stays).
                guard firsts.contains(text[index]), index == 0 || !(Self.isWordByte(text[index - 1]) || text[index - 1] == 0x3A) else {
                    index += 1
                    continue
                }
                var cursor = index
                while let matched = qualifiers.first(where: { Self.hasPrefix(text, at: cursor, $0) }) { cursor += matched.count }
                guard cursor > index, cursor < count, Self.isWordStart(text[cursor]) else {
                    index += 1
                    continue
                }
                var nameEnd = cursor
                while nameEnd < count, Self.isWordByte(text[nameEnd]) { nameEnd += 1 }
                var paren = nameEnd
                while paren < count, text[paren] == 0x20 || text[paren] == 0x09 { paren += 1 }
                if paren < count, text[paren] == 0x28 { spans.append(index..<cursor) }
                index = nameEnd
            }
        }
        return spans
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: [UInt8]) -> Bool {
        guard start + prefix.count <= text.count else { return false }
        for (offset, byte) in prefix.enumerated() where text[start + offset] != byte { return false }
        return true
    }

    private static func isWordStart(_ byte: UInt8) -> Bool { isWordByte(byte) && !(byte >= 0x30 && byte <= 0x39) }

    private static func isWordByte(_ byte: UInt8) -> Bool { ByteSearch.isWordByte(byte) }
}
