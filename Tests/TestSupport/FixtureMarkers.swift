/// The one fixture language of the tests (`Fixtures/README.md`), read here and nowhere else:
///
/// - `$0` in a snippet is the cursor; `«…»` marks a range (a selection, an expected finding).
///   Both are removed from the text the test works on.
/// - A comment line whose text starts with `^` annotates the nearest code line above it: each
///   `^` stands under a column of that line, followed by a verb and its words (`^def Cart`,
///   `^ref total -> total@module`). Annotation lines stay in the file: they are comments.
/// - `expect: <topic>` at the end of a line, in the lint corpus, is read by `scripts/lint-accuracy`.
public enum FixtureMarkers {
    public struct Annotation: Equatable {
        /// 0-based line of the annotation comment.
        public let line: Int
        /// 0-based line of the code it annotates.
        public let codeLine: Int
        /// Byte offsets of that code line (without its line break).
        public let codeLineStart: Int
        public let codeLineEnd: Int
        /// The caret's column: bytes from the start of its line (the same as characters in ASCII).
        public let column: Int
        /// The verb and its words: `["def", "Cart"]`.
        public let words: [String]

        public var verb: String { words.first ?? "" }
    }

    /// The annotations of `source`, whose comments start with `#` or `//`.
    public static func annotations(in source: String) -> [Annotation] {
        var found: [Annotation] = []
        var lineStart = 0
        var code: (line: Int, start: Int, end: Int)?
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            defer { lineStart += bytes.count + 1 }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            var body: Substring?
            if trimmed.hasPrefix("#") { body = trimmed.dropFirst() } else if trimmed.hasPrefix("//") { body = trimmed.dropFirst(2) }
            guard let rest = body, rest.drop(while: { $0 == " " }).hasPrefix("^"), let annotated = code else {
                let end = bytes.last == UInt8(ascii: "\r") ? bytes.count - 1 : bytes.count
                code = (index, lineStart, lineStart + end)
                continue
            }
            var column = 0
            while column < bytes.count {
                guard bytes[column] == UInt8(ascii: "^") else { column += 1; continue }
                var end = column + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "^") { end += 1 }
                let words = String(decoding: bytes[(column + 1)..<end], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\r" }).map(String.init)
                found.append(Annotation(line: index, codeLine: annotated.line, codeLineStart: annotated.start, codeLineEnd: annotated.end,
                                        column: column, words: words))
                column = end
            }
        }
        return found
    }

    /// A snippet with its `$0` cursor and `«…»` ranges taken out: the text, the cursor's byte
    /// offset and the ranges' byte ranges in that text.
    public static func snippet(_ marked: String) -> (text: String, cursor: Int?, ranges: [Range<Int>]) {
        var text: [UInt8] = []
        var cursor: Int?
        var ranges: [Range<Int>] = []
        var opened: [Int] = []
        let bytes = Array(marked.utf8)
        let open = Array("«".utf8), close = Array("»".utf8)
        var index = 0
        func at(_ token: [UInt8]) -> Bool { index + token.count <= bytes.count && Array(bytes[index..<index + token.count]) == token }
        while index < bytes.count {
            if at(Array("$0".utf8)) {
                cursor = text.count
                index += 2
            } else if at(open) {
                opened.append(text.count)
                index += open.count
            } else if at(close), let start = opened.popLast() {
                ranges.append(start..<text.count)
                index += close.count
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: text, as: UTF8.self), cursor, ranges.sorted { $0.lowerBound < $1.lowerBound })
    }
}
