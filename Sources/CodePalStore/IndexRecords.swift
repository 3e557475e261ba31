import CodePalAnalysis
import CodePalSyntax

/// A file as the index stores it: where it is, what it hashed to, and its definitions.
public struct IndexedFile: Sendable {
    public let path: String
    public let hash: String
    public let language: String
    public let symbols: [IndexedSymbol]
    /// Names the file imports from other modules (`default` for default imports), with the
    /// module as written. Not stored (the `bindings` are): they tell whether the file has
    /// bindings worth resolving.
    public let imports: [IndexedImport]
    /// Names bound by imports whose module is a workspace file, with every occurrence.
    public var bindings: [IndexedBinding] = []
    /// Parameters and local variables (kinds `parameter` and `local`), kept apart from the
    /// symbols so that workspace-wide lookups by name never land on a function's locals.
    public var locals: [IndexedSymbol] = []
    /// Modification time (nanoseconds since 1970) and size when read; -1 when unknown.
    public var mtime: Int64 = -1
    public var size: Int64 = -1

    public init(path: String, hash: String, language: String, symbols: [IndexedSymbol], imports: [IndexedImport] = []) {
        self.path = path
        self.hash = hash
        self.language = language
        self.symbols = symbols
        self.imports = imports
    }
}

/// A name a file takes from another workspace file (`from .models import Cart`, `import
/// { total } from "./pricing"`), or passes on (`export * from "./pricing"`, name `*`).
public struct IndexedBinding: Sendable, Equatable {
    /// The name as the other module exports it (`default` for default imports).
    public let name: String
    /// The module's file, workspace-relative.
    public let target: String
    /// Whether other files can import the name from this file in turn: Python module-level
    /// imports, ECMAScript re-exports.
    public let exported: Bool
    public let occurrences: [StoredRange]

    public init(name: String, target: String, exported: Bool, occurrences: [StoredRange]) {
        self.name = name
        self.target = target
        self.exported = exported
        self.occurrences = occurrences
    }
}

/// A one-line range in every position encoding (0-based line and columns), so that answers
/// from the index need not read the file to convert positions.
public struct StoredRange: Sendable, Hashable {
    public let line: Int
    public let utf8: Range<Int>
    public let utf16: Range<Int>
    public let utf32: Range<Int>

    public init(line: Int, utf8: Range<Int>, utf16: Range<Int>, utf32: Range<Int>) {
        self.line = line
        self.utf8 = utf8
        self.utf16 = utf16
        self.utf32 = utf32
    }

    public init(_ range: Range<Int>, in text: SourceText) {
        let start8 = text.position(of: range.lowerBound, in: .utf8), end8 = text.position(of: range.upperBound, in: .utf8)
        let start16 = text.position(of: range.lowerBound, in: .utf16), end16 = text.position(of: range.upperBound, in: .utf16)
        let start32 = text.position(of: range.lowerBound, in: .utf32), end32 = text.position(of: range.upperBound, in: .utf32)
        let sameLine = end8.line == start8.line
        line = start8.line
        utf8 = start8.character..<(sameLine ? end8.character : start8.character)
        utf16 = start16.character..<(sameLine ? end16.character : start16.character)
        utf32 = start32.character..<(sameLine ? end32.character : start32.character)
    }

    /// The name of an indexed symbol where the index found it (its columns are 1-based).
    public init(nameOf symbol: IndexedSymbol) {
        line = symbol.line - 1
        utf8 = symbol.utf8Column - 1..<symbol.utf8Column - 1 + symbol.name.utf8.count
        utf16 = symbol.utf16Column - 1..<symbol.utf16Column - 1 + symbol.name.utf16.count
        utf32 = symbol.column - 1..<symbol.column - 1 + symbol.name.unicodeScalars.count
    }

    public func columns(_ encoding: PositionEncoding) -> Range<Int> {
        switch encoding {
        case .utf8: return utf8
        case .utf16: return utf16
        case .utf32: return utf32
        }
    }
}

public struct FileState: Sendable, Equatable {
    public let hash: String
    public let mtime: Int64
    public let size: Int64
}

public struct IndexedImport: Sendable, Hashable {
    public let name: String
    public let module: String

    public init(name: String, module: String) {
        self.name = name
        self.module = module
    }
}

/// A definition with 1-based positions of its name (what editors and `codepal symbols` show).
public struct IndexedSymbol: Sendable, Equatable {
    public let name: String
    public let kind: String
    public let container: String?
    public let line: Int
    public let column: Int
    public let endLine: Int
    /// The column of the name in UTF-16 code units and in bytes (1-based), for editors that
    /// negotiate those position encodings; `column` counts characters.
    public let utf16Column: Int
    public let utf8Column: Int
    public var signature: String?
    public var documentation: String?
    public var exported = false

    public init(name: String, kind: String, container: String?, line: Int, column: Int, endLine: Int,
                utf16Column: Int? = nil, utf8Column: Int? = nil) {
        self.name = name
        self.kind = kind
        self.container = container
        self.line = line
        self.column = column
        self.endLine = endLine
        self.utf16Column = utf16Column ?? column
        self.utf8Column = utf8Column ?? column
    }
}

/// The lines of a symbol (1-based: its name's line, and the last line of its definition).
public struct SymbolSpan: Sendable, Equatable {
    public let line: Int
    public let endLine: Int
    public let kind: String

    public init(line: Int, endLine: Int, kind: String) {
        self.line = line
        self.endLine = endLine
        self.kind = kind
    }
}

/// A search result: a symbol and the file it is in.
public struct SymbolMatch: Sendable {
    public let symbol: IndexedSymbol
    public let file: String
    public let quality: MatchQuality
}
