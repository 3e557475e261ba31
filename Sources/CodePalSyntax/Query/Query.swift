import CTreeSitter
import Foundation

/// A compiled tree-sitter query with its text predicates parsed. Immutable after creation, so
/// one instance serves every thread; each execution uses its own cursor.
///
/// Pattern indices are those of the patterns as written, even when `mergingEqualShapes`
/// compiled several of them as one (see `MergedPatterns`).
public final class Query: @unchecked Sendable {
    let pointer: OpaquePointer
    public let captureNames: [String]
    /// Per written pattern.
    let predicates: [[QueryPredicate]]
    /// `#set! key value` directives per written pattern, for query files that attach data to a pattern.
    public let properties: [[String: String]]
    let merged: MergedPatterns?

    /// - Parameter mergingEqualShapes: compile patterns that differ only in their predicates and
    ///   capture names once. Tree-sitter leaves text predicates to the host, so each such pattern
    ///   otherwise walks and matches the same nodes again: in a rule set most of them do.
    public init(language: Language, source: String, file: String, lineOffsets: [(file: String, startByte: Int)],
                mergingEqualShapes: Bool = false) throws {
        if mergingEqualShapes, let plan = MergedPatterns.plan(source), let pointer = try? Self.compile(language, plan.text, lineOffsets) {
            // Anything unexpected in the merged text falls back to compiling the query as written,
            // which also locates errors in the files the text came from.
            if Int(ts_query_pattern_count(pointer)) == plan.compiledCount,
               let read = try? Self.readPredicates(pointer, language: language, source: plan.text, lineOffsets: lineOffsets) {
                for carrier in plan.shapeCount..<plan.compiledCount { ts_query_disable_pattern(pointer, UInt32(carrier)) }
                let names = Self.captureNames(pointer)
                self.pointer = pointer
                captureNames = names
                predicates = plan.predicateSource.map { read[$0].predicates }
                properties = plan.predicateSource.map { read[$0].properties }
                merged = plan.resolved(captureNames: names)
                return
            }
            if Int(ts_query_pattern_count(pointer)) != plan.compiledCount { ts_query_delete(pointer) }
        }
        let pointer = try Self.compile(language, source, lineOffsets)
        let read = try Self.readPredicates(pointer, language: language, source: source, lineOffsets: lineOffsets)
        self.pointer = pointer
        captureNames = Self.captureNames(pointer)
        predicates = read.map(\.predicates)
        properties = read.map(\.properties)
        merged = nil
    }

    deinit { ts_query_delete(pointer) }

    /// The number of patterns as written.
    public var patternCount: Int { predicates.count }

    public func captureIndex(named name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// Where written pattern `index` starts in the query's source, in bytes.
    public func startByte(ofPattern index: Int) -> Int {
        merged?.starts[index] ?? Int(ts_query_start_byte_for_pattern(pointer, UInt32(index)))
    }

    private static func compile(_ language: Language, _ source: String, _ lineOffsets: [(file: String, startByte: Int)]) throws -> OpaquePointer {
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        guard let pointer = ts_query_new(language.pointer, source, UInt32(source.utf8.count), &errorOffset, &errorType) else {
            let location = locate(offset: Int(errorOffset), in: source, files: lineOffsets)
            throw GrammarError.badQuery(language: language.displayName, file: location.file, line: location.line,
                                        column: location.column, reason: describe(errorType, source: source, offset: Int(errorOffset)))
        }
        return pointer
    }

    private static func captureNames(_ pointer: OpaquePointer) -> [String] {
        (0..<ts_query_capture_count(pointer)).map { index in
            var length: UInt32 = 0
            let name = ts_query_capture_name_for_id(pointer, index, &length)!
            return String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self)
        }
    }

    /// Predicates and properties of each compiled pattern; deletes the query on failure.
    private static func readPredicates(_ pointer: OpaquePointer, language: Language, source: String,
                                       lineOffsets: [(file: String, startByte: Int)]) throws -> [(predicates: [QueryPredicate], properties: [String: String])] {
        var read: [(predicates: [QueryPredicate], properties: [String: String])] = []
        for pattern in 0..<ts_query_pattern_count(pointer) {
            do {
                read.append(try PredicateParser(query: pointer).parse(pattern: pattern))
            } catch let PredicateParser.Failure.invalid(reason) {
                let offset = Int(ts_query_start_byte_for_pattern(pointer, pattern))
                let location = locate(offset: offset, in: source, files: lineOffsets)
                ts_query_delete(pointer)
                throw GrammarError.badQuery(language: language.displayName, file: location.file, line: location.line,
                                            column: location.column, reason: reason)
            }
        }
        return read
    }

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
