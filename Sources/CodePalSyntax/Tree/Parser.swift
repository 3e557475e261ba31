import CTreeSitter

/// A tree-sitter parser for one language. Not shareable between threads: each document and each
/// worker owns its own (they are cheap to create).
public final class Parser {
    private let pointer: OpaquePointer
    public let language: Language

    public init(language: Language) {
        pointer = ts_parser_new()
        self.language = language
        // Cannot fail: the registry only hands out languages whose ABI it has checked.
        _ = ts_parser_set_language(pointer, language.pointer)
    }

    deinit { ts_parser_delete(pointer) }

    /// Parses only the bytes of `ranges` (sorted, not overlapping) of `text`, as if the rest were
    /// not there; nodes keep their offsets in the whole text. For answering from a piece of a
    /// large file (a function and the first lines of the classes around it) before the whole
    /// file is parsed: the cost is that of the piece.
    public func parse(_ text: SourceText, within ranges: [Range<Int>]) -> SyntaxTree {
        let tsRanges = ranges.map { range -> TSRange in
            let start = text.treeSitterPoint(of: range.lowerBound), end = text.treeSitterPoint(of: range.upperBound)
            return TSRange(start_point: TSPoint(row: UInt32(start.row), column: UInt32(start.column)),
                           end_point: TSPoint(row: UInt32(end.row), column: UInt32(end.column)),
                           start_byte: UInt32(range.lowerBound), end_byte: UInt32(range.upperBound))
        }
        let accepted = tsRanges.withUnsafeBufferPointer { ts_parser_set_included_ranges(pointer, $0.baseAddress, UInt32($0.count)) }
        defer { ts_parser_set_included_ranges(pointer, nil, 0) }
        // Ranges tree-sitter refuses (out of order) would silently mean the whole text.
        guard accepted else { return parse([]) }
        return parse(text.bytes)
    }

    /// Parses `bytes`, reusing `old` (already edited with `SyntaxTree.edit`) when given.
    /// Parsing never fails: syntax errors become ERROR and MISSING nodes in the tree.
    public func parse(_ bytes: [UInt8], reusing old: SyntaxTree? = nil) -> SyntaxTree {
        var reused = old
        var spans: [Range<Int>] = []
        var input = bytes
        if language.annotationMacros != nil || language.callQualifiers != nil {
            spans = language.annotationMacros?.spans(in: bytes) ?? []
            if let qualifiers = language.callQualifiers?.spans(in: bytes), !qualifiers.isEmpty {
                spans = (spans + qualifiers).sorted { $0.lowerBound < $1.lowerBound }
            }
            if !spans.isEmpty { input = AnnotationMacros.masked(bytes, spans: spans) }
            // A macro that appeared, vanished or was edited changes text the edit did not cover:
            // tree-sitter would reuse what it read there before, so the tree is built afresh.
            if let old, old.masksTouched || old.maskedSpans != spans { reused = nil }
        }
        let result: OpaquePointer? = input.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return ts_parser_parse_string(pointer, reused?.pointer, "", 0) }
            return ts_parser_parse_string(pointer, reused?.pointer, base.assumingMemoryBound(to: CChar.self), UInt32(raw.count))
        }
        if let result { return SyntaxTree(pointer: result, language: language, maskedSpans: spans) }
        // Only reachable if tree-sitter gave up (no timeout is set); an empty tree keeps callers total.
        ts_parser_reset(pointer)
        let empty = ts_parser_parse_string(pointer, nil, "", 0)!
        return SyntaxTree(pointer: empty, language: language)
    }
}
