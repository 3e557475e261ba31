import CodePalSyntax

/// What imported names stand for in one file, from the language's `aliases.scm`: `@alias.name` is
/// the name the file uses, `@alias.module` the module it comes from and `@alias.member` the
/// imported member, if any. `import hashlib as hl` makes `hl` read as `hashlib`;
/// `from pickle import loads as l` makes `l` read as `pickle.loads` and `loads`; a plain
/// `from pickle import loads` makes `loads` read as `pickle.loads` too, so a rule can ask for the
/// qualified name and leave a same-named function of another module alone.
enum ImportAliases {
    static func of(_ tree: SyntaxTree, _ text: SourceText) -> TextAliases? {
        guard let query = try? tree.language.query(named: "aliases") else { return nil }
        var aliases = TextAliases()
        for node in statements(tree, text) {
            query.forEachMatch(in: node, source: text.bytes) { match in
                guard let name = match.first("alias.name")?.text(in: text.bytes),
                      let module = match.first("alias.module")?.text(in: text.bytes) else { return }
                guard let member = match.first("alias.member")?.text(in: text.bytes) else {
                    aliases.add(name, standsFor: module)
                    return
                }
                aliases.add(name, standsFor: "\(module).\(member)")
                aliases.add(name, standsFor: member)
            }
        }
        return aliases.isEmpty ? nil : aliases
    }

    /// Where imports can be: the parent of each node spelling the language's import keyword as a
    /// word (the statement, for the keyword's own token), so that the query visits a few small
    /// subtrees; a query over the whole tree cost 5 % of a lint run. The whole tree when the
    /// language names no keyword.
    private static func statements(_ tree: SyntaxTree, _ text: SourceText) -> [Node] {
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
