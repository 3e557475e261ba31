import CTreeSitter
import Foundation

/// A compiled tree-sitter query with its text predicates parsed. Immutable after creation, so
/// one instance serves every thread; each execution uses its own cursor.
public final class Query: @unchecked Sendable {
    let pointer: OpaquePointer
    public let captureNames: [String]
    let predicates: [[QueryPredicate]]
    /// `#set! key value` directives per pattern, for query files that attach data to a pattern.
    public let properties: [[String: String]]

    public init(language: Language, source: String, file: String, lineOffsets: [(file: String, startByte: Int)]) throws {
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        let length = UInt32(source.utf8.count)
        guard let pointer = ts_query_new(language.pointer, source, length, &errorOffset, &errorType) else {
            let location = Self.locate(offset: Int(errorOffset), in: source, files: lineOffsets)
            throw GrammarError.badQuery(language: language.displayName, file: location.file, line: location.line,
                                        column: location.column, reason: Self.describe(errorType, source: source, offset: Int(errorOffset)))
        }
        self.pointer = pointer
        let captureCount = ts_query_capture_count(pointer)
        captureNames = (0..<captureCount).map { index in
            var length: UInt32 = 0
            let name = ts_query_capture_name_for_id(pointer, index, &length)!
            return String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self)
        }
        var predicates: [[QueryPredicate]] = []
        var properties: [[String: String]] = []
        for pattern in 0..<ts_query_pattern_count(pointer) {
            do {
                let parsed = try PredicateParser(query: pointer).parse(pattern: pattern)
                predicates.append(parsed.predicates)
                properties.append(parsed.properties)
            } catch let PredicateParser.Failure.invalid(reason) {
                let offset = Int(ts_query_start_byte_for_pattern(pointer, pattern))
                let location = Self.locate(offset: offset, in: source, files: lineOffsets)
                ts_query_delete(pointer)
                throw GrammarError.badQuery(language: language.displayName, file: location.file, line: location.line,
                                            column: location.column, reason: reason)
            }
        }
        self.predicates = predicates
        self.properties = properties
    }

    deinit { ts_query_delete(pointer) }

    public var patternCount: Int { Int(ts_query_pattern_count(pointer)) }

    public func captureIndex(named name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// Where pattern `index` starts in the query's source, in bytes.
    public func startByte(ofPattern index: Int) -> Int { Int(ts_query_start_byte_for_pattern(pointer, UInt32(index))) }

    private static func describe(_ error: TSQueryError, source: String, offset: Int) -> String {
        let bytes = Array(source.utf8)
        var end = offset
        while end < bytes.count, end - offset < 40, bytes[end] != 0x0A, bytes[end] != 0x20, bytes[end] != 0x29 { end += 1 }
        let near = String(decoding: bytes[min(offset, bytes.count)..<min(end, bytes.count)], as: UTF8.self)
        switch error {
        case TSQueryErrorNodeType: return "unknown node type `\(near)`"
        case TSQueryErrorField: return "unknown field `\(near)`"
        case TSQueryErrorCapture: return "unknown capture `\(near)`"
        case TSQueryErrorStructure: return "impossible pattern structure near `\(near)`"
        case TSQueryErrorLanguage: return "grammar version is incompatible with the query engine"
        default: return "syntax error near `\(near)`"
        }
    }

    /// Maps a byte offset in the concatenated query text back to the file and 1-based line and column.
    static func locate(offset: Int, in source: String, files: [(file: String, startByte: Int)]) -> (file: String, line: Int, column: Int) {
        let part = files.last { $0.startByte <= offset } ?? (file: "<query>", startByte: 0)
        let bytes = Array(source.utf8)
        var line = 1
        var column = 1
        for i in part.startByte..<min(offset, bytes.count) {
            if bytes[i] == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (part.file, line, column)
    }
}
