import Foundation

/// Which namespaces a file sees, for the `namespace` import style (C#): the one it declares
/// (`namespace Shop.Web { ... }` or `namespace Shop.Web;`), each namespace enclosing it (`Shop`),
/// the global namespace (""), and every namespace it imports with a plain `using Shop.Models;`
/// (`global using` too; not `using static`, an alias `using IO = System.IO;`, or a `using`
/// statement). Read from the lines of the text, as `ModuleManifests` reads directives: cheap
/// enough to ask of every file that mentions a name.
public enum NamespaceScope {
    /// The first namespace the text declares on a `directive` line, or nil (the global one).
    public static func declared(in text: String, directive: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let rest = line.drop { $0 == " " || $0 == "\t" }
            guard rest.hasPrefix(directive), let next = rest.dropFirst(directive.count).first, next == " " || next == "\t" else { continue }
            let name = dottedName(rest.dropFirst(directive.count))
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// The namespaces whose top-level names the text uses without qualifying them.
    public static func visible(from text: String, directive: String, keyword: String) -> Set<String> {
        var result: Set<String> = [""]
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("global ") { rest = rest.dropFirst("global ".count).drop { $0 == " " } }
            if rest.hasPrefix(directive + " ") || rest.hasPrefix(directive + "\t") {
                var parts = dottedName(rest.dropFirst(directive.count)).split(separator: ".")
                while !parts.isEmpty {
                    result.insert(parts.joined(separator: "."))
                    parts.removeLast()
                }
            } else if rest.hasPrefix(keyword + " ") {
                let body = rest.dropFirst(keyword.count).drop { $0 == " " }
                guard body.contains(";"), !body.contains("="), !body.contains("("), !body.hasPrefix("static ") else { continue }
                let name = dottedName(body)
                if !name.isEmpty, body.drop(while: { $0 != ";" }).count > 0 { result.insert(name) }
            }
        }
        return result
    }

    private static func dottedName(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
    }
}
