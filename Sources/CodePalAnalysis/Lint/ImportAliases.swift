import CodePalSyntax
import Foundation

/// What imported names stand for in one file, from the language's `aliases.scm`: `@alias.name` is
/// the name the file uses, `@alias.module` the module it comes from and `@alias.member` the
/// imported member, if any. `import hashlib as hl` makes `hl` read as `hashlib`;
/// `from pickle import loads as l` makes `l` read as `pickle.loads` and `loads`; a plain
/// `from pickle import loads` makes `loads` read as `pickle.loads` too, so a rule can ask for the
/// qualified name and leave a same-named function of another module alone.
///
/// `#set! alias.name-match` gives a regular expression whose first group, in the captured text,
/// is the name: Go's `import "math/rand"` binds `rand`, the path's last element.
enum ImportAliases {
    static func of(_ tree: SyntaxTree, _ text: SourceText) -> TextAliases? {
        guard let query = try? tree.language.query(named: "aliases") else { return nil }
        let nameMatches = query.properties.map { $0["alias.name-match"].flatMap { try? NSRegularExpression(pattern: $0) } }
        var aliases = TextAliases()
        for node in ImportStatements.nodes(tree, text) {
            query.forEachMatch(in: node, source: text.bytes) { match in
                guard let captured = match.first("alias.name")?.text(in: text.bytes),
                      let module = match.first("alias.module")?.text(in: text.bytes) else { return }
                let name = nameMatches[match.pattern].map { Self.firstGroup(of: $0, in: captured) } ?? captured
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

    static func firstGroup(of regex: NSRegularExpression, in text: String) -> String {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), match.numberOfRanges > 1,
              let group = Range(match.range(at: 1), in: text) else { return text }
        return String(text[group])
    }
}
