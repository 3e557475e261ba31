import CodePalSyntax

/// Where a file's imports can be, for the queries that read only imports (`aliases.scm`,
/// `imports.scm`): the parent of each token spelling the language's import keyword
/// (`imports.keyword` in `language.json`) as a word, which is the import statement. Running such
/// a query on these few subtrees instead of the whole tree cost a twentieth as much. The whole
/// tree when the language names no keyword; a language that names one must root those queries'
/// patterns at statements holding the keyword.
public enum ImportStatements {
    public static func nodes(_ tree: SyntaxTree, _ text: SourceText) -> [Node] {
        guard let keyword = tree.language.manifest.imports?.keyword, !keyword.isEmpty else { return [tree.root] }
        let bytes = text.bytes
        let length = keyword.utf8.count
        var found: [Node] = []
        var seen: Set<NodeID> = []
        var start = 0
        while let hit = ByteSearch.firstIndex(of: keyword, in: bytes, from: start) {
            start = hit + length
            if hit > 0, ByteSearch.isWordByte(bytes[hit - 1]) { continue }
            if start < bytes.count, ByteSearch.isWordByte(bytes[start]) { continue }
            guard let token = tree.root.descendant(covering: hit..<start) else { continue }
            let statement = token.parent ?? token
            // Later keywords of a statement already covered (`from a import b` has one) fall inside it.
            if let last = found.last, last.byteRange.contains(hit) { continue }
            if seen.insert(statement.id).inserted { found.append(statement) }
        }
        return found
    }
}
