import CTreeSitter
import Foundation

/// A loaded grammar plus the language's data folder. `TSLanguage` is immutable and compiled queries
/// are read-only, so one instance is shared by every thread.
public final class Language: @unchecked Sendable {
    public let manifest: LanguageManifest
    public let directory: URL
    let pointer: OpaquePointer
    private let queryLock = NSLock()
    private var queries: [String: QueryEntry] = [:]

    public var name: String { manifest.language }
    public var displayName: String { manifest.displayName }

    init(manifest: LanguageManifest, directory: URL, pointer: OpaquePointer) {
        self.manifest = manifest
        self.directory = directory
        self.pointer = pointer
        annotationMacros = manifest.annotationMacros.map { AnnotationMacros(after: $0.after, statementLines: $0.statementLines ?? false) }
        callQualifiers = manifest.callQualifiers.map { CallQualifiers($0) }
    }

    public var abiVersion: UInt32 { ts_language_version(pointer) }

    /// The macros the parser reads as blanks, when the language declares any.
    public let annotationMacros: AnnotationMacros?
    /// Qualifiers the parser reads as blanks in front of a call (`std::strcpy(`), when declared.
    public let callQualifiers: CallQualifiers?

    /// The engine the language's query files run on: the matcher, which gives the same matches
    /// as tree-sitter's query cursor for every shipped query file (`codepal rules compare-engines
    /// --queries`); a query with a pattern the matcher cannot run is compiled for tree-sitter.
    public static let queryEngine = Query.Engine.matcher

    /// Compiles query text for `queryEngine`, falling back to tree-sitter for what the matcher
    /// cannot run.
    private func compile(_ text: String, file: String, lineOffsets: [(file: String, startByte: Int)]) throws -> Query {
        let query = try Query(language: self, source: text, file: file, lineOffsets: lineOffsets, mergingEqualShapes: true,
                              engine: Self.queryEngine)
        guard !query.unsupportedPatterns.isEmpty else { return query }
        return try Query(language: self, source: text, file: file, lineOffsets: lineOffsets, mergingEqualShapes: true, engine: .treeSitter)
    }

    /// The compiled query `queries/<name>.scm`, or nil when the language has none. Compiled once and
    /// cached, including a failure, so a broken query is reported once and never recompiled per request.
    public func query(named name: String) throws -> Query? {
        try cached(name) {
            guard let source = try QuerySource.load(name: name, language: self) else { return nil }
            return try compile(source.text, file: source.file, lineOffsets: source.lineOffsets)
        }
    }

    /// `queries/<name>.scm` compiled anew for `engine`, not cached: for comparing engines.
    public func compileQuery(named name: String, engine: Query.Engine) throws -> Query? {
        guard let source = try QuerySource.load(name: name, language: self) else { return nil }
        return try Query(language: self, source: source.text, file: source.file, lineOffsets: source.lineOffsets,
                         mergingEqualShapes: true, engine: engine)
    }

    /// The patterns of `queries/<name>.scm` that capture one of `captures` (or a capture named
    /// under one, `source` covering `source.parameter`), compiled on their own and cached: a cheap
    /// first pass that tells whether the whole query is worth running on a file.
    public func query(named name: String, onlyPatternsCapturing captures: [String]) throws -> Query? {
        try cached("\(name)#" + captures.joined(separator: ",")) {
            guard let source = try source(named: name, onlyPatternsCapturing: captures) else { return nil }
            return try compile(source.text, file: source.file, lineOffsets: source.lineOffsets)
        }
    }

    /// The text of those patterns (what `query(named:onlyPatternsCapturing:)` compiles).
    public func source(named name: String, onlyPatternsCapturing captures: [String]) throws -> QuerySource? {
        guard let full = try query(named: name), let source = try QuerySource.load(name: name, language: self) else { return nil }
        let bytes = Array(source.text.utf8)
        let starts = (0..<full.patternCount).map(full.startByte(ofPattern:)) + [bytes.count]
        var kept: [String] = []
        for index in 0..<full.patternCount {
            let pattern = String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
            let names = Query.captureNames(in: pattern)
            if names.contains(where: { name in captures.contains { name == $0 || name.hasPrefix($0 + ".") } }) { kept.append(pattern) }
        }
        return QuerySource(text: kept.joined(separator: "\n"), file: source.file, lineOffsets: [(source.file, 0)])
    }

    /// Several query files compiled as one query, so that one walk of a tree serves all of them
    /// (each whole-tree pass costs tree-sitter about a tenth of a parse). `sections[i]` are the
    /// pattern numbers of `names[i]`; each file's patterns keep their order, so a consumer that
    /// prefers earlier patterns still can. Nil when one of the files is missing.
    public func query(combining names: [String]) throws -> CombinedQuery? {
        try cached("+" + names.joined(separator: "+")) { () -> CombinedQuery? in
            var text = ""
            var lineOffsets: [(file: String, startByte: Int)] = []
            var starts: [Int] = []
            for name in names {
                guard let source = try QuerySource.load(name: name, language: self) else { return nil }
                let start = text.utf8.count
                starts.append(start)
                lineOffsets += source.lineOffsets.map { ($0.file, $0.startByte + start) }
                text += source.text + "\n"
            }
            let query = try compile(text, file: names.joined(separator: "+"), lineOffsets: lineOffsets)
            let bounds = starts + [text.utf8.count]
            let sections = names.indices.map { index in
                let inside = (0..<query.patternCount).filter { (bounds[index]..<bounds[index + 1]).contains(query.startByte(ofPattern: $0)) }
                return (inside.first ?? 0)..<((inside.last ?? -1) + 1)
            }
            return CombinedQuery(query: query, sections: sections)
        }
    }

    /// Compiles each query once, failures included, so a broken query is reported once. Each
    /// query has its own lock: one language's queries compile in parallel (tree-sitter takes
    /// milliseconds per pattern), and a thread never waits for a query it does not need.
    private func cached<T>(_ key: String, _ compile: () throws -> T?) throws -> T? {
        queryLock.lock()
        let entry = queries[key] ?? QueryEntry()
        queries[key] = entry
        queryLock.unlock()
        entry.lock.lock()
        defer { entry.lock.unlock() }
        if entry.result == nil {
            do {
                entry.result = .success(try compile())
            } catch let error as GrammarError {
                entry.result = .failure(error)
            }
        }
        return try entry.result!.get() as? T
    }

    /// Grammar symbols of the named node kind (a grammar may alias several symbols to one name).
    /// Comparing `Node.symbol` with these is far cheaper than making `Node.kind` strings in a walk.
    public func symbols(ofKind kind: String) -> Set<UInt16> {
        var result: Set<UInt16> = []
        for symbol in 0..<UInt16(truncatingIfNeeded: ts_language_symbol_count(pointer)) {
            guard ts_language_symbol_type(pointer, symbol) == TSSymbolTypeRegular, let name = ts_language_symbol_name(pointer, symbol),
                  String(cString: name) == kind else { continue }
            result.insert(symbol)
        }
        return result
    }

    /// Names of the query files this language ships, for checks that compile them all.
    public var queryNames: [String] {
        manifest.files(under: "queries", withExtensions: ["scm"]).map { String($0.dropFirst("queries/".count).dropLast(4)) }.sorted()
    }
}

private final class QueryEntry: @unchecked Sendable {
    let lock = NSLock()
    var result: Result<Any?, GrammarError>?
}

/// Query files compiled as one (`Language.query(combining:)`).
public struct CombinedQuery: Sendable {
    public let query: Query
    /// The pattern numbers of each file, in the order the files were named.
    public let sections: [Range<Int>]
}
