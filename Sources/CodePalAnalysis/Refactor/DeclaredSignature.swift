import CodePalSyntax

/// What extract function needs to write a method in a language that declares types and checked
/// exceptions (Java), read from the source rather than inferred: a variable's type is the text of
/// the `type` field of its declaration, and the exceptions a statement may throw are the
/// `throw new X(...)` the selection holds. Nothing here knows a language; `refactor.json` names
/// the field, the placeholders and the exceptions that need no declaration.
enum DeclaredSignature {
    /// The declared type of the variable whose name is at `nameRange`: the `type` field of the
    /// name's parent or grandparent (`int x` of a parameter, `List<T> xs = ...` of a local,
    /// `for (Item it : items)`); nil when there is none or it is a placeholder (`var`).
    static func type(ofNameAt nameRange: Range<Int>, tree: SyntaxTree, text: SourceText, data: RefactorData.DeclaredTypes) -> String? {
        guard var node = tree.root.namedDescendant(covering: nameRange) else { return nil }
        for _ in 0..<3 {
            guard let parent = node.parent else { return nil }
            node = parent
            if let type = node.child(field: data.field) {
                let written = type.text(in: text.bytes)
                return data.unknown.contains(written) ? nil : written
            }
        }
        return nil
    }

    /// Checked exceptions thrown by the statements and not caught by a `try` among them: the names
    /// the new method would need to declare. Exceptions whose names `unchecked` lists, or ending
    /// in `Error`, need no declaration.
    static func checkedThrows(in statements: [Node], text: SourceText, data: RefactorData, exceptions: RefactorData.Exceptions) -> [String] {
        var thrown: [String] = []
        for statement in statements {
            statement.walk { node in
                if data.functions.contains(node.kind) { return false }
                guard node.kind == exceptions.throwStatement, let value = node.namedChild(0), value.kind == exceptions.creation,
                      let type = value.child(field: "type") else { return true }
                let name = type.text(in: text.bytes)
                let simple = String(name.split(separator: ".").last ?? Substring(name))
                guard !exceptions.unchecked.contains(simple), !simple.hasSuffix("Error"), !thrown.contains(simple),
                      !caught(simple, at: node, within: statements, text: text, exceptions: exceptions) else { return true }
                thrown.append(simple)
                return true
            }
        }
        return thrown
    }

    /// Whether a `try` inside the selection, around `node`, catches `name` (or a catch-all).
    private static func caught(_ name: String, at node: Node, within statements: [Node], text: SourceText, exceptions: RefactorData.Exceptions) -> Bool {
        let outer = statements.first!.startByte..<statements.last!.endByte
        for ancestor in node.ancestors() where ancestor.kind == exceptions.tryStatement && outer.contains(ancestor.startByte) {
            for clause in ancestor.namedChildren where clause.kind == exceptions.catchClause {
                let caughtText = clause.namedChildren.first { $0.kind != "block" }?.text(in: text.bytes) ?? ""
                let words = caughtText.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init)
                if words.contains(name) || words.contains { exceptions.catchAll.contains($0) } { return true }
            }
        }
        return false
    }

    /// The `throws ...` clause of the enclosing function, as written (` throws IOException`), and
    /// the names it declares.
    static func declaredThrows(of function: Node, text: SourceText, exceptions: RefactorData.Exceptions) -> (clause: String, names: [String]) {
        guard let clause = function.namedChildren.first(where: { $0.kind == exceptions.throwsClause }) else { return ("", []) }
        let written = clause.text(in: text.bytes)
        let names = clause.namedChildren.map { String($0.text(in: text.bytes).split(separator: ".").last ?? "") }
        return (" " + written.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " "), names)
    }

    /// Whether the enclosing function is a static member (`static` among its modifiers).
    static func isStatic(_ function: Node, text: SourceText, keyword: String) -> Bool {
        if let modifiers = function.namedChildren.first(where: { $0.kind == "modifiers" }) {
            return modifiers.children.contains { $0.text(in: text.bytes) == keyword }
        }
        // Grammars that give each modifier a node of its own among the function's children (C#).
        return function.namedChildren.contains { $0.kind == "modifier" && $0.text(in: text.bytes) == keyword }
    }
}
