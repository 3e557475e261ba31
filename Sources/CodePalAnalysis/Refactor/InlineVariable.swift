import CodePalSyntax

/// Inline variable: a local assigned exactly once is replaced by its value at every use (in
/// parentheses unless the value is atomic), and its assignment is removed.
public enum InlineVariable {
    public enum Outcome {
        case refactoring(Refactoring)
        case refused(String)
    }

    /// nil when the cursor is not on a variable at all; a refusal explains the other cases.
    public static func action(at offset: Int, tree: SyntaxTree, text: SourceText, graph: ScopeGraph) -> Outcome? {
        let data = RefactorData.of(tree.language)
        guard let local = graph.definition(at: offset) else { return nil }
        let definition = graph.definitions[local]
        guard definition.kind == "variable" || definition.kind == "constant" else { return nil }
        let scope = graph.scopes[definition.scope]
        guard scope.parent != nil else { return .refused("`\(definition.name)` is module-level: other files may import it") }
        let sameName = graph.definitions.indices.filter { graph.definitions[$0].name == definition.name && graph.definitions[$0].scope == definition.scope }
        guard sameName.count == 1 else { return .refused("`\(definition.name)` is assigned more than once") }
        guard let nameNode = tree.root.namedDescendant(covering: definition.nameRange),
              let (assignment, shape) = assignment(of: nameNode, data: data),
              let target = assignment.child(field: shape.target), target.byteRange == definition.nameRange,
              let value = value(of: assignment, shape) else {
            return .refused("`\(definition.name)` is not a single assignment of one value")
        }
        let uses = graph.occurrences(of: local).filter { $0 != definition.nameRange }
        guard !uses.isEmpty else { return .refused("`\(definition.name)` is never used") }
        // A later write (`x = ...` in JavaScript, `x += 1`, `x++`) changes the variable after its assignment.
        if graph.references.contains(where: { $0.definition == local && $0.isWrite }) {
            return .refused("`\(definition.name)` is changed after its assignment")
        }
        for use in uses {
            guard let node = tree.root.namedDescendant(covering: use), var parent = node.parent else { continue }
            var target = node
            // Go writes the left side as a list: `x, y = 1, 2`, `x += 1`.
            if parent.kind == "expression_list", let outer = parent.parent { target = parent; parent = outer }
            if parent.kind.contains("assignment") && parent.child(field: "left")?.byteRange == target.byteRange || data.mutations.contains(parent.kind) {
                return .refused("`\(definition.name)` is changed after its assignment")
            }
        }
        // The statement must be this assignment alone (`x = 1`, `const x = 1;`), not one of several.
        guard let statement = ExtractVariable.enclosingStatement(assignment, data: data),
              statement.byteRange == assignment.byteRange
                || (0..<statement.namedChildCount).filter({ statement.namedChild($0)?.kind == assignment.kind }).count == 1
                  && (statement.namedChildCount == 1 || statement.child(field: "type") != nil)
                || declaresOnlyThis(statement, assignment) else {
            return .refused("`\(definition.name)` is declared together with other names")
        }
        // A new object (`[]`, `{}`, `Cart()`) has an identity: inlining it at several uses would
        // make several objects.
        if uses.count > 1, data.identityValues.contains(value.kind) {
            return .refused("`\(definition.name)` holds a new object; inlining it at \(uses.count) uses would create \(uses.count) objects")
        }
        var valueText = value.text(in: text.bytes)
        // Inside an f-string or template interpolation, quotes and braces of the value could end
        // the string or read as escaped braces.
        let interpolated = uses.contains { use in
            tree.root.namedDescendant(covering: use)?.ancestors().contains { data.interpolations.contains($0.kind) } ?? false
        }
        if interpolated, valueText.contains(where: { "\"'`{}".contains($0) }) {
            return .refused("`\(definition.name)` is used inside a string interpolation, where its value cannot be written")
        }
        if !data.atomic.contains(value.kind) || interpolated { valueText = "(" + valueText + ")" }
        // Without semicolons, a line that starts with `(` or `[` continues the line before it.
        if data.lineStartHazards, let first = valueText.first, "([`".contains(first) {
            for use in uses {
                let lineStart = text.lines.lineStarts[text.lines.line(containing: use.lowerBound)]
                if text.bytes[lineStart..<use.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    return .refused("inlining `\(definition.name)` would start a line with `\(first)`, which joins the line before it")
                }
            }
        }
        // A shorthand property (`{ result }`) keeps its key: `{ result: value }`. The shorthand is
        // the name itself in JS (`shorthand_property_identifier`), the name's parent in Rust
        // (`shorthand_field_initializer` holding an `identifier`).
        func isShorthand(_ node: Node) -> Bool {
            if data.shorthands.contains(node.kind) { return true }
            guard let parent = node.parent else { return false }
            return data.shorthands.contains(parent.kind) && parent.byteRange == node.byteRange
        }
        var edits = uses.map { use -> TextEdit in
            if let node = tree.root.namedDescendant(covering: use), isShorthand(node) {
                return TextEdit(range: use, newText: definition.name + ": " + value.text(in: text.bytes))
            }
            return TextEdit(range: use, newText: valueText)
        }
        edits.append(TextEdit(range: removal(of: statement, text: text), newText: ""))
        return .refactoring(Refactoring(title: "Inline variable `\(definition.name)`", kind: "refactor.inline", edits: edits))
    }

    /// The assigned value: the shape's `value` field, or with `value` "=" the named node after
    /// the `=` token (C#'s `variable_declarator` has no field for it).
    private static func value(of assignment: Node, _ shape: RefactorData.Assignment) -> Node? {
        guard shape.value == "=" else { return assignment.child(field: shape.value) }
        var afterEquals = false
        for index in 0..<assignment.childCount {
            guard let child = assignment.child(index) else { continue }
            if afterEquals, child.isNamed, !child.isComment { return child }
            if child.kind == "=" { afterEquals = true }
        }
        return nil
    }

    /// A statement whose one declaration (`int x = 1;`: a `variable_declaration` inside the
    /// statement, C#) holds this declarator and no other.
    private static func declaresOnlyThis(_ statement: Node, _ assignment: Node) -> Bool {
        guard let declaration = assignment.parent, declaration.parent?.byteRange == statement.byteRange,
              (0..<statement.namedChildCount).filter({ statement.namedChild($0)?.isComment == false }).count == 1 else { return false }
        return (0..<declaration.namedChildCount).filter { declaration.namedChild($0)?.kind == assignment.kind }.count == 1
    }

    private static func assignment(of name: Node, data: RefactorData) -> (Node, RefactorData.Assignment)? {
        for ancestor in name.ancestors().reversed().prefix(3) {
            if let shape = data.assignments.first(where: { $0.kind == ancestor.kind }) { return (ancestor, shape) }
        }
        return nil
    }

    /// The statement's whole lines when it stands alone on them, else just the statement.
    private static func removal(of statement: Node, text: SourceText) -> Range<Int> {
        let first = text.lines.line(containing: statement.startByte)
        let last = text.lines.line(containing: max(statement.startByte, statement.endByte - 1))
        let lineStart = text.lines.lineStarts[first]
        let lineEnd = last + 1 < text.lines.lineCount ? text.lines.lineStarts[last + 1] : text.count
        let before = text.bytes[lineStart..<statement.startByte]
        let after = text.bytes[statement.endByte..<text.lines.contentEnds[last]]
        if before.allSatisfy({ $0 == 0x20 || $0 == 0x09 }), after.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ";") }) {
            return lineStart..<lineEnd
        }
        return statement.byteRange
    }
}
