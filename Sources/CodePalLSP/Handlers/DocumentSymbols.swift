import CodePalAnalysis
import CodePalSupport
import CodePalSyntax

extension LanguageServer {
    func documentSymbol(_ params: JSON) throws -> RequestWork {
        let uri = try params.documentURI()
        let snapshot = try snapshot(uri)
        let analysis = analyses.analysis(of: snapshot, configuration: configuration(for: uri), rules: rules)
        let encoding = self.encoding
        let hierarchical = client.hierarchicalDocumentSymbols
        return { token in
            guard snapshot.tree != nil else { return [] }
            let symbols: [DocumentSymbol]
            do {
                symbols = try analysis.outline()
            } catch {
                throw ResponseError.requestFailed("\(error)")
            }
            try token.checkCancelled()
            if hierarchical { return .array(symbols.map { Self.symbolJSON($0, snapshot.text, encoding) }) }
            return .array(Self.flatSymbols(symbols, container: nil, uri: snapshot.uri, snapshot.text, encoding))
        }
    }

    static func symbolJSON(_ symbol: DocumentSymbol, _ text: SourceText, _ encoding: PositionEncoding) -> JSON {
        var json: [String: JSON] = [
            "name": .string(symbol.name),
            "kind": .int(lspKind(symbol.kind)),
            "range": text.lspRange(symbol.range, encoding),
            "selectionRange": text.lspRange(symbol.selectionRange, encoding),
        ]
        if let signature = symbol.signature { json["detail"] = .string(signature) }
        if !symbol.children.isEmpty {
            json["children"] = .array(symbol.children.map { symbolJSON($0, text, encoding) })
        }
        return .object(json)
    }

    /// `SymbolInformation[]` for clients without hierarchical support.
    static func flatSymbols(_ symbols: [DocumentSymbol], container: String?, uri: String, _ text: SourceText, _ encoding: PositionEncoding) -> [JSON] {
        symbols.flatMap { symbol -> [JSON] in
            var json: [String: JSON] = [
                "name": .string(symbol.name),
                "kind": .int(lspKind(symbol.kind)),
                "location": ["uri": .string(uri), "range": text.lspRange(symbol.range, encoding)],
            ]
            if let container { json["containerName"] = .string(container) }
            return [.object(json)] + flatSymbols(symbol.children, container: symbol.name, uri: uri, text, encoding)
        }
    }

    /// LSP 3.17 SymbolKind numbers.
    static func lspKind(_ kind: SymbolKind) -> Int {
        switch kind {
        case .module: return 2
        case .namespace: return 3
        case .class: return 5
        case .method: return 6
        case .property: return 7
        case .field: return 8
        case .constructor: return 9
        case .enum: return 10
        case .interface: return 11
        case .function: return 12
        case .variable: return 13
        case .constant: return 14
        case .enumMember: return 22
        case .struct: return 23
        case .type: return 26
        }
    }
}
