import CodePalAnalysis

/// A file as the index stores it: where it is, what it hashed to, and its definitions.
public struct IndexedFile: Sendable {
    public let path: String
    public let hash: String
    public let language: String
    public let symbols: [IndexedSymbol]
    /// Names the file imports from other modules (`default` for default imports), with the
    /// module as written.
    public let imports: [IndexedImport]
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

/// A search result: a symbol and the file it is in.
public struct SymbolMatch: Sendable {
    public let symbol: IndexedSymbol
    public let file: String
    public let quality: MatchQuality
}
