import CodePalAnalysis
import CodePalStore
import CodePalSupport
import CodePalSyntax
import Foundation

extension LanguageServer {
    static let workspaceSymbolLimit = 200

    /// `workspace/symbol`: fuzzy search of the index, best matches first (see `IndexDatabase.search`).
    /// An empty result, not an error, when the session has no workspace folder.
    func workspaceSymbol(_ params: JSON) throws -> RequestWork {
        let query = params["query"]?.string ?? ""
        guard let index = workspaceIndex else { return { _ in .array([]) } }
        let encoding = self.encoding
        return { token in
            let matches = try index.search(query, limit: Self.workspaceSymbolLimit)
            if token.isCancelled { throw ResponseError.requestCancelled }
            return .array(matches.map { match in
                let symbol = match.symbol
                var object: [String: JSON] = [
                    "name": .string(symbol.name),
                    "kind": .int(Self.lspKind(SymbolKind(rawValue: symbol.kind) ?? .variable)),
                    "location": Self.location(index.absolutePath(match.file), symbol, encoding),
                ]
                if let container = symbol.container { object["containerName"] = .string(container) }
                return .object(object)
            })
        }
    }

    /// The range of an indexed symbol's name. Names are one line, so the end is the start plus
    /// the name's length in the session's position unit.
    static func location(_ path: String, _ symbol: IndexedSymbol, _ encoding: PositionEncoding) -> JSON {
        let line = symbol.line - 1
        let start: Int
        let length: Int
        switch encoding {
        case .utf8: start = symbol.utf8Column - 1; length = symbol.name.utf8.count
        case .utf16: start = symbol.utf16Column - 1; length = symbol.name.utf16.count
        case .utf32: start = symbol.column - 1; length = symbol.name.unicodeScalars.count
        }
        return [
            "uri": .string(DocumentURI.uri(forPath: path)),
            "range": ["start": ["line": .int(line), "character": .int(start)],
                      "end": ["line": .int(line), "character": .int(start + length)]],
        ]
    }
}
