import CodePalSyntax

/// Extract variable: the selected expression becomes a variable declared just before the
/// statement that contains it; optionally every equal expression of the same scope is replaced.
public enum ExtractVariable {
    public static func actions(selection: Range<Int>, tree: SyntaxTree, text: SourceText, graph: ScopeGraph) -> [Refactoring] {
        let data = RefactorData.of(tree.language)
        guard !data.blocks.isEmpty, let expression = expression(at: selection, tree: tree, text: text, data: data),
              let statement = enclosingStatement(expression, data: data) else { return [] }
        var value = expression.text(in: text.bytes)
        // A selection that spans lines may have relied on the brackets around it to continue the
        // line (Python); as a declaration of its own it keeps them.
        if value.contains("\n"), !expression.kind.hasPrefix("parenthesized") { value = "(" + value + ")" }
        let name = uniqueName(data.variablePrefix + suggestion(expression, text: text, data: data), graph: graph, at: expression.startByte, data: data)
        var results = [make(title: "Extract variable `\(name)`", occurrences: [expression.byteRange], statement: statement,
                            name: name, value: value, text: text, data: data)]
        let equal = equalExpressions(to: expression, text: text, graph: graph)
        if equal.count > 1, let first = equal.first, let firstStatement = tree.root.namedDescendant(covering: first).flatMap({ enclosingStatement($0, data: data) }) {
            results.append(make(title: "Extract variable `\(name)` (all \(equal.count) occurrences)", occurrences: equal,
                                statement: firstStatement, name: name, value: value, text: text, data: data))
        }
        return results
    }

    private static func make(title: String, occurrences: [Range<Int>], statement: Node, name: String, value: String,
                             text: SourceText, data: RefactorData) -> Refactoring {
        let lineStart = text.lines.lineStarts[text.lines.line(containing: statement.startByte)]
        let indent = String(decoding: text.bytes[lineStart..<statement.startByte].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
        let declaration = data.declaration.replacingOccurrences(of: "{name}", with: name).replacingOccurrences(of: "{value}", with: value)
        // The declaration goes before the statement; an occurrence that starts the statement is
        // replaced in the same edit, so that no two edits start at one offset.
        var edits = occurrences.filter { $0.lowerBound != statement.startByte }.map { TextEdit(range: $0, newText: name) }
        if let leading = occurrences.first(where: { $0.lowerBound == statement.startByte }) {
            edits.insert(TextEdit(range: leading, newText: declaration + "\n" + indent + name), at: 0)
        } else {
            edits.insert(TextEdit(range: statement.startByte..<statement.startByte, newText: declaration + "\n" + indent), at: 0)
        }
        return Refactoring(title: title, kind: "refactor.extract.variable", edits: edits)
    }

    /// The expression the selection covers (surrounding spaces ignored), or under an empty
    /// selection nothing: extracting needs a deliberate selection.
    static func expression(at selection: Range<Int>, tree: SyntaxTree, text: SourceText, data: RefactorData) -> Node? {
        var range = selection.clamped(to: 0..<text.count)
        while range.lowerBound < range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(text.bytes[range.lowerBound]) { range = (range.lowerBound + 1)..<range.upperBound }
        while range.upperBound > range.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(text.bytes[range.upperBound - 1]) { range = range.lowerBound..<(range.upperBound - 1) }
        guard !range.isEmpty, let node = tree.root.namedDescendant(covering: range), node.byteRange == range,
              !node.hasError, data.expressions.contains(node.kind) else { return nil }
        // Not a statement of its own (`print(x)` on its line, with or without `;`), and not the
        // callee of a call (`obj.method` would lose its receiver).
        if let parent = node.parent {
            if parent.child(field: "function")?.byteRange == node.byteRange { return nil }
            // An assignment target or declared pattern is not a value.
            // (Nor a module specifier.)
            // The left operand of a binary operator (`count($items) * 2`) is a value all the same.
            let isOperand = parent.kind.contains("binary") || parent.kind == "boolean_operator"
            for field in ["left", "name", "target", "pattern", "source", "module_name"] where parent.child(field: field)?.byteRange == node.byteRange {
                if field == "left", isOperand { continue }
                return nil
            }
            // Places that take a literal, not an expression (a JSX attribute's string).
            if data.literalContexts.contains(parent.kind) { return nil }
            // Parentheses that belong to a statement (`if (x)`): select the expression inside.
            if node.kind == "parenthesized_expression", !data.expressions.contains(parent.kind) { return nil }
            if data.blocks.contains(parent.kind) { return nil }
            let rest = text.bytes[node.endByte..<max(node.endByte, parent.endByte)]
            if parent.startByte == node.startByte, rest.allSatisfy({ $0 == UInt8(ascii: ";") || $0 == 0x20 }),
               let grandparent = parent.parent, data.blocks.contains(grandparent.kind) { return nil }
        }
        return node
    }

    /// The ancestor that is a statement of a block.
    static func enclosingStatement(_ node: Node, data: RefactorData) -> Node? {
        let chain = node.ancestors()
        for (index, ancestor) in chain.enumerated().reversed() where data.blocks.contains(ancestor.kind) {
            return index + 1 < chain.count ? chain[index + 1] : node
        }
        return nil
    }

    /// Expressions with the same text in the same innermost scope, in order.
    static func equalExpressions(to expression: Node, text: SourceText, graph: ScopeGraph) -> [Range<Int>] {
        let scope = innermostScope(graph, expression.startByte)
        let range = graph.scopes[scope].range
        let kind = expression.symbol
        let needle = text.bytes[expression.byteRange]
        var found: [Range<Int>] = []
        guard let root = expression.tree.root.namedDescendant(covering: range) else { return [expression.byteRange] }
        root.walk { node in
            if node.symbol == kind, node.byteRange.count == needle.count, text.bytes[node.byteRange].elementsEqual(needle),
               innermostScope(graph, node.startByte) == scope {
                found.append(node.byteRange)
                return false
            }
            return true
        }
        return found.isEmpty ? [expression.byteRange] : found
    }

    static func innermostScope(_ graph: ScopeGraph, _ offset: Int) -> Int {
        var innermost = 0
        for (index, scope) in graph.scopes.enumerated() where scope.range.contains(offset) { innermost = index }
        return innermost
    }

    /// `total(cart)` → `total`, `cart.items` → `items`, else `value`.
    static func suggestion(_ node: Node, text: SourceText, data: RefactorData) -> String {
        var named = node
        if let shape = CompletionData.of(node.tree.language).calls.first(where: { $0.kind == node.kind }), let callee = node.child(field: shape.function) {
            named = callee
        }
        var base = "value"
        if let access = data.attributeAccess, named.kind == access.kind, let name = named.child(field: access.name) {
            base = name.text(in: text.bytes)
        } else if named.kind == "identifier" || (named.byteRange != node.byteRange && named.isNamed && named.childCount == 0) {
            base = named.text(in: text.bytes)
        }
        base = String(base.drop { $0 == "#" || $0 == "$" })
        // A generic method's name ends where its type arguments start (`DeserializeObject<Cart>`).
        if let angle = base.firstIndex(of: "<") { base = String(base[..<angle]) }
        // Ruby's `empty?` and `permit!` name methods, not variables.
        while let last = base.last, last == "?" || last == "!" || last == "=" { base.removeLast() }
        if base.isEmpty || base.first!.isNumber || CompletionData.of(node.tree.language).keywords.contains(base) || ["self", "this", "new"].contains(base) {
            base = "value"
        }
        return base
    }

    /// The suggestion, else `total_value`/`totalValue` when the name is taken, else numbered.
    static func uniqueName(_ base: String, graph: ScopeGraph, at offset: Int, data: RefactorData) -> String {
        let visible = Set(graph.visibleNames(at: offset).map { graph.definitions[$0].name })
        guard visible.contains(base) else { return base }
        let qualified = base == "value" ? base : (data.naming == "camel" ? base + "Value" : base + "_value")
        if !visible.contains(qualified) { return qualified }
        var n = 2
        while visible.contains("\(qualified)\(n)") { n += 1 }
        return "\(qualified)\(n)"
    }
}
