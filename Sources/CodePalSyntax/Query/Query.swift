import CTreeSitter
import Foundation

/// A compiled query with its text predicates parsed. Immutable after creation, so
/// one instance serves every thread; each execution uses its own cursor.
///
/// Two engines run the same query text with the same results (matches, captures, order):
/// tree-sitter's query cursor, and `PatternMatcher`, our own, which finds its work by node kind
/// and depth instead of offering every node to every partial match (see `Match/`).
///
/// Pattern indices are those of the patterns as written, even when `mergingEqualShapes`
/// compiled several of them as one (see `MergedPatterns`).
public final class Query: @unchecked Sendable {
    public enum Engine: Sendable {
        /// tree-sitter's `ts_query_cursor`.
        case treeSitter
        /// `PatternMatcher`; patterns it cannot run are reported by `unsupportedPatterns`.
        case matcher
    }

    enum Backend {
        case treeSitter(OpaquePointer)
        case matcher(PatternProgram)
    }

    let backend: Backend
    public let engine: Engine
    public let captureNames: [String]
    /// Per written pattern.
    let predicates: [[QueryPredicate]]
    /// `#set! key value` directives per written pattern, for query files that attach data to a pattern.
    public let properties: [[String: String]]
    let merged: MergedPatterns?
    /// Written patterns the matcher cannot run, with the reason; they never match in this query
    /// (the caller runs them through a tree-sitter query). Empty for the tree-sitter engine.
    public let unsupportedPatterns: [Int: String]
    /// For the matcher: per compiled pattern and capture (`PatternProgram.earlyCaptures`), the
    /// predicates of each written pattern it stands for that read that capture alone.
    let earlyPredicates: [[[QueryPredicate]]?]
    /// For the matcher: which compiled patterns a file's text rules out.
    let literalFilter: LiteralFilter?

    /// - Parameter mergingEqualShapes: compile patterns that differ only in their predicates and
    ///   capture names once. Tree-sitter leaves text predicates to the host, so each such pattern
    ///   otherwise walks and matches the same nodes again: in a rule set most of them do.
    /// - Parameter mergingSections: where parts of `source` start that merge only among themselves
    ///   (`MergedPatterns.plan`).
    public init(language: Language, source: String, file: String, lineOffsets: [(file: String, startByte: Int)],
                mergingEqualShapes: Bool = false, mergingSections: [Int] = [], engine: Engine = .treeSitter) throws {
        self.engine = engine
        if mergingEqualShapes, let plan = MergedPatterns.plan(source, sections: mergingSections), let compiled = try? Self.compile(language, plan.text, lineOffsets, engine) {
            // Anything unexpected in the merged text falls back to compiling the query as written,
            // which also locates errors in the files the text came from.
            if compiled.patternCount == plan.compiledCount,
               let read = try? Self.readPredicates(compiled, language: language, source: plan.text, lineOffsets: lineOffsets) {
                compiled.disable(plan.shapeCount..<plan.compiledCount)
                let names = compiled.captureNames
                backend = compiled
                captureNames = names
                predicates = plan.predicateSource.map { read[$0].predicates }
                properties = plan.predicateSource.map { read[$0].properties }
                let merged = plan.resolved(captureNames: names)
                self.merged = merged
                unsupportedPatterns = Self.unsupported(compiled, members: merged.members)
                earlyPredicates = Self.earlyPredicates(compiled, predicates: predicates, merged: merged)
                literalFilter = Self.literalFilter(compiled, predicates: predicates, merged: merged)
                return
            }
            // A failed predicate read has deleted it already.
            if compiled.patternCount != plan.compiledCount { compiled.delete() }
        }
        let compiled = try Self.compile(language, source, lineOffsets, engine)
        let read = try Self.readPredicates(compiled, language: language, source: source, lineOffsets: lineOffsets)
        backend = compiled
        captureNames = compiled.captureNames
        predicates = read.map(\.predicates)
        properties = read.map(\.properties)
        merged = nil
        unsupportedPatterns = Self.unsupported(compiled, members: nil)
        earlyPredicates = Self.earlyPredicates(compiled, predicates: predicates, merged: nil)
        literalFilter = Self.literalFilter(compiled, predicates: predicates, merged: nil)
    }

    deinit { backend.delete() }

    /// The number of patterns as written.
    public var patternCount: Int { predicates.count }

    public func captureIndex(named name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// Where written pattern `index` starts in the query's source, in bytes.
    public func startByte(ofPattern index: Int) -> Int {
        if let merged { return merged.starts[index] }
        switch backend {
        case .treeSitter(let pointer): return Int(ts_query_start_byte_for_pattern(pointer, UInt32(index)))
        case .matcher(let program): return program.patternStarts[index]
        }
    }

    private static func unsupported(_ backend: Backend, members: [[Int]]?) -> [Int: String] {
        guard case .matcher(let program) = backend else { return [:] }
        var found: [Int: String] = [:]
        for (compiled, reason) in program.unsupported.enumerated() {
            guard let reason, !program.disabled.contains(compiled) else { continue }
            for written in members?[compiled] ?? [compiled] { found[written] = reason }
        }
        return found
    }

    /// Which captures let the matcher give a partial match up early, and by which predicates: a
    /// capture every match takes once (`PatternProgram.singleCaptures`), read alone by a predicate
    /// of every written pattern the compiled pattern stands for.
    private static func earlyPredicates(_ backend: Backend, predicates: [[QueryPredicate]], merged: MergedPatterns?) -> [[[QueryPredicate]]?] {
        guard case .matcher(let program) = backend else { return [] }
        let captureCount = program.captureNames.count
        program.earlyCaptures = Array(repeating: false, count: program.patternCount * captureCount)
        var found = [[[QueryPredicate]]?](repeating: nil, count: program.patternCount * captureCount)
        for pattern in 0..<program.patternCount where !program.disabled.contains(pattern) {
            let members = merged?.members[pattern] ?? [pattern]
            for capture in program.singleCaptures(of: pattern) {
                let checks = members.map { member -> [QueryPredicate] in
                    let id = merged?.captureMaps[member]?[capture] ?? capture
                    return predicates[member].filter { $0.captures == [id] && $0.isCheap }
                }
                guard checks.allSatisfy({ !$0.isEmpty }) else { continue }
                found[pattern * captureCount + capture] = checks
                program.earlyCaptures[pattern * captureCount + capture] = true
            }
        }
        return found
    }

    /// What each compiled pattern needs a file to contain (`LiteralFilter`): per written pattern
    /// it stands for, the texts its positive predicates on captures every match takes require.
    private static func literalFilter(_ backend: Backend, predicates: [[QueryPredicate]], merged: MergedPatterns?) -> LiteralFilter? {
        guard case .matcher(let program) = backend else { return nil }
        let needs = (0..<program.patternCount).map { pattern -> [[[[UInt8]]]]? in
            guard !program.disabled.contains(pattern) else { return nil }
            let single = program.singleCaptures(of: pattern)
            var members: [[[[UInt8]]]] = []
            for member in merged?.members[pattern] ?? [pattern] {
                let ids = Set(single.map { merged?.captureMaps[member]?[$0] ?? $0 })
                let clauses = predicates[member].compactMap { predicate -> [[UInt8]]? in
                    guard predicate.captures.count == 1, ids.contains(predicate.captures[0]) else { return nil }
                    return predicate.requiredLiterals
                }
                // A written pattern with no such predicate may match any file.
                if clauses.isEmpty { return nil }
                members.append(clauses)
            }
            return members
        }
        return LiteralFilter(needs: needs)
    }

    /// Whether a partial match of compiled `pattern` that captured `node` as `capture` can no
    /// longer pass its predicates, whichever written pattern it would be reported as.
    /// `textOnly` leaves regular expressions unread (they pass), so it gives up less, never more.
    func failsEarly(pattern: Int, capture: Int, node: TSNode, bytes: UnsafeBufferPointer<UInt8>, aliases: TextAliases?,
                    textOnly: Bool = false) -> Bool {
        guard let checks = earlyPredicates[pattern * captureNames.count + capture] else { return false }
        let start = Int(ts_node_start_byte(node))
        let range = start..<max(start, Int(ts_node_end_byte(node)))
        for member in checks where !member.contains(where: {
            !(textOnly && $0.isRegex) && !$0.holds(single: range, source: bytes, aliases: aliases)
        }) {
            return false
        }
        return true
    }

    private static func compile(_ language: Language, _ source: String, _ lineOffsets: [(file: String, startByte: Int)],
                                _ engine: Engine) throws -> Backend {
        switch engine {
        case .treeSitter:
            var errorOffset: UInt32 = 0
            var errorType = TSQueryErrorNone
            guard let pointer = ts_query_new(language.pointer, source, UInt32(source.utf8.count), &errorOffset, &errorType) else {
                throw badQuery(language, source, lineOffsets, offset: Int(errorOffset), errorType)
            }
            return .treeSitter(pointer)
        case .matcher:
            let program = PatternProgram(language: language.pointer)
            var compiler = PatternCompiler(source: Array(source.utf8), into: program)
            do {
                try compiler.compileAll()
            } catch let failure as PatternCompiler.Failure {
                switch failure {
                case .syntax(let offset): throw badQuery(language, source, lineOffsets, offset: offset, TSQueryErrorSyntax)
                case .nodeType(let offset): throw badQuery(language, source, lineOffsets, offset: offset, TSQueryErrorNodeType)
                case .field(let offset): throw badQuery(language, source, lineOffsets, offset: offset, TSQueryErrorField)
                case .capture(let offset): throw badQuery(language, source, lineOffsets, offset: offset, TSQueryErrorCapture)
                }
            }
            program.finish(stepOffsets: compiler.stepOffsets, source: Array(source.utf8))
            return .matcher(program)
        }
    }

    private static func badQuery(_ language: Language, _ source: String, _ lineOffsets: [(file: String, startByte: Int)],
                                 offset: Int, _ errorType: TSQueryError) -> GrammarError {
        let location = locate(offset: offset, in: source, files: lineOffsets)
        return GrammarError.badQuery(language: language.displayName, file: location.file, line: location.line,
                                     column: location.column, reason: describe(errorType, source: source, offset: offset))
    }

    /// Predicates and properties of each compiled pattern; deletes the compiled query on failure.
    private static func readPredicates(_ compiled: Backend, language: Language, source: String,
                                       lineOffsets: [(file: String, startByte: Int)]) throws -> [(predicates: [QueryPredicate], properties: [String: String])] {
        var read: [(predicates: [QueryPredicate], properties: [String: String])] = []
        for pattern in 0..<compiled.patternCount {
            do {
                read.append(try PredicateParser.parse(compiled.predicateTokens(pattern)))
            } catch let PredicateParser.Failure.invalid(reason) {
                let location = locate(offset: compiled.startByte(pattern), in: source, files: lineOffsets)
                compiled.delete()
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

extension Query.Backend {
    var patternCount: Int {
        switch self {
        case .treeSitter(let pointer): return Int(ts_query_pattern_count(pointer))
        case .matcher(let program): return program.patternCount
        }
    }

    var captureNames: [String] {
        switch self {
        case .treeSitter(let pointer):
            return (0..<ts_query_capture_count(pointer)).map { index in
                var length: UInt32 = 0
                let name = ts_query_capture_name_for_id(pointer, index, &length)!
                return String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self)
            }
        case .matcher(let program): return program.captureNames
        }
    }

    func predicateTokens(_ pattern: Int) -> [PredicateToken] {
        switch self {
        case .treeSitter(let pointer): return PredicateParser.tokens(query: pointer, pattern: UInt32(pattern))
        case .matcher(let program): return program.predicates[pattern]
        }
    }

    func startByte(_ pattern: Int) -> Int {
        switch self {
        case .treeSitter(let pointer): return Int(ts_query_start_byte_for_pattern(pointer, UInt32(pattern)))
        case .matcher(let program): return program.patternStarts[pattern]
        }
    }

    /// Patterns that never start a match (the carriers of merged predicates).
    func disable(_ patterns: Range<Int>) {
        switch self {
        case .treeSitter(let pointer): for pattern in patterns { ts_query_disable_pattern(pointer, UInt32(pattern)) }
        case .matcher(let program): program.disable(patterns)
        }
    }

    func delete() {
        if case .treeSitter(let pointer) = self { ts_query_delete(pointer) }
    }
}
