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
        for node in ImportStatements.nodes(tree, text) {
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
}
