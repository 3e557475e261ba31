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
        guard let keyword = tree.language.manifest.imports?.keyword.map({ Array($0.utf8) }), !keyword.isEmpty else { return [tree.root] }
        let bytes = text.bytes
        func isWordByte(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) || byte >= 0x80 }
        var found: [Node] = []
        var seen: Set<NodeID> = []
        var start = 0
        while start + keyword.count <= bytes.count, let hit = firstIndex(of: keyword, in: bytes, from: start) {
            start = hit + keyword.count
            if hit > 0, isWordByte(bytes[hit - 1]) { continue }
            if start < bytes.count, isWordByte(bytes[start]) { continue }
            guard let token = tree.root.descendant(covering: hit..<start) else { continue }
            let statement = token.parent ?? token
            // Later keywords of a statement already covered (`from a import b` has one) fall inside it.
            if let last = found.last, last.byteRange.contains(hit) { continue }
            if seen.insert(statement.id).inserted { found.append(statement) }
        }
        return found
    }

    private static func firstIndex(of word: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        let first = word[0]
        var index = start
        while index + word.count <= bytes.count {
            if bytes[index] == first, word.indices.allSatisfy({ bytes[index + $0] == word[$0] }) { return index }
            index += 1
        }
        return nil
    }
}
