import CodePalSyntax

/// Extract function (or method): whole selected statements of a function move into a new
/// function placed after the enclosing one. Parameters are the variables the statements read
/// that are defined before them in the enclosing functions; return values are the variables they
/// assign that are read afterwards. Statements using `self`/`this` become a method. Refused, with
/// the reason, when the statements return, yield, break, continue or await, when JavaScript
/// would need several return values, or when a typed language (Go) would need parameters or
/// results whose types are unknown.
public enum ExtractFunction {
    public enum Outcome {
        case refactoring(Refactoring)
        case refused(String)
    }

    /// nil when the selection is not a run of whole statements inside a function.
    public static func action(selection: Range<Int>, tree: SyntaxTree, text: SourceText, graph: ScopeGraph) -> Outcome? {
        let data = RefactorData.of(tree.language)
        guard !data.blocks.isEmpty, let (block, statements) = selectedStatements(selection, tree: tree, text: text, data: data),
              let first = statements.first, let last = statements.last else { return nil }
        let range = first.startByte..<last.endByte
        // The function around the statements, and the outermost definition holding them.
        let chain = block.ancestors() + [block]
        guard let functionIndex = chain.lastIndex(where: { data.functions.contains($0.kind) }) else { return nil }
        let function = chain[functionIndex]
        var jump: String?
        for statement in statements {
            statement.walk { node in
                if jump == nil, data.jumps.contains(node.kind) { jump = node.kind.replacingOccurrences(of: "_statement", with: "").replacingOccurrences(of: "_expression", with: "") }
                return jump == nil && !data.functions.contains(node.kind)
            }
        }
        if let jump { return .refused("the statements contain `\(jump)`, which cannot move into another function") }

        // Variables read inside and defined before, in the enclosing functions (not module-level).
        var parameters: [String] = []
        var declarations: [String: Range<Int>] = [:]
        var assigned: Set<String> = []
        var usesReceiver = false
        for reference in graph.references where range.contains(reference.range.lowerBound) {
            guard let index = reference.definition else { continue }
            let definition = graph.definitions[index]
            guard graph.scopes[definition.scope].parent != nil, !range.contains(definition.nameRange.lowerBound),
                  definition.nameRange.lowerBound < range.lowerBound else { continue }
            if reference.isWrite { assigned.insert(definition.name) }
            if definition.name == data.methodReceiver { usesReceiver = true; continue }
            if !parameters.contains(definition.name) {
                parameters.append(definition.name)
                declarations[definition.name] = definition.nameRange
            }
        }
        if let receiver = data.methodReceiver, !usesReceiver {
            // `this` is a keyword, not a variable: look for it in the text of the nodes (PHP's
            // `$this` is a variable node of that text that names no variable).
            let receiverBytes = Array(receiver.utf8)
            for statement in statements {
                statement.walk { node in
                    if node.kind == receiver || (node.endByte - node.startByte == receiverBytes.count && node.childCount > 0
                                                 && text.bytes[node.startByte..<node.endByte].elementsEqual(receiverBytes)) {
                        usesReceiver = true
                    }
                    return !usesReceiver
                }
            }
        }
        // Variables assigned inside and read after, within the function.
        var results: [(name: String, declaredBefore: Bool)] = []
        for (index, definition) in graph.definitions.enumerated() where range.contains(definition.nameRange.lowerBound) {
            let readAfter = graph.references.contains { reference in
                reference.range.lowerBound >= range.upperBound && function.byteRange.contains(reference.range.lowerBound)
                    && reference.name == definition.name
                    && (reference.definition == index || reference.definition.map { graph.definitions[$0].scope == definition.scope } ?? false)
            }
            guard readAfter, !results.contains(where: { $0.name == definition.name }) else { continue }
            let before = graph.definitions.contains { $0.name == definition.name && $0.scope == definition.scope && $0.nameRange.lowerBound < range.lowerBound }
            results.append((definition.name, before))
            if declarations[definition.name] == nil { declarations[definition.name] = definition.nameRange }
        }
        if data.outValuesNeedPointers {
            // Also variables declared before and changed inside (`total = ...`, `n += 2`, `i++`).
            var assigned = results.map(\.name)
            for reference in graph.references where range.contains(reference.range.lowerBound) && !assigned.contains(reference.name) {
                guard let index = reference.definition, !range.contains(graph.definitions[index].nameRange.lowerBound),
                      let node = tree.root.namedDescendant(covering: reference.range), let parent = node.parent else { continue }
                let changed = reference.isWrite || data.mutations.contains(parent.kind)
                    || data.assignments.contains { $0.kind == parent.kind && parent.child(field: $0.target)?.byteRange == node.byteRange }
                let readAfter = graph.references.contains {
                    $0.definition == index && $0.range.lowerBound >= range.upperBound && function.byteRange.contains($0.range.lowerBound)
                }
                if changed, readAfter { assigned.append(reference.name) }
            }
            if let first = assigned.first {
                let names = assigned.map { "`\($0)`" }.joined(separator: ", ")
                return .refused("the statements assign \(names), used afterwards; the new function would have to write \(assigned.count == 1 ? "it" : "them") "
                                + "through a pointer parameter (`int *\(first)`), which is not done automatically")
            }
        }
        // Variables declared before and assigned inside (`total = total + x`, `count++` where the
        // language marks them `@reference.write`), read after: results too.
        for reference in graph.references where reference.isWrite && range.contains(reference.range.lowerBound) {
            guard let index = reference.definition, !range.contains(graph.definitions[index].nameRange.lowerBound),
                  !results.contains(where: { $0.name == reference.name }) else { continue }
            let readAfter = graph.references.contains {
                $0.definition == index && $0.range.lowerBound >= range.upperBound && function.byteRange.contains($0.range.lowerBound)
            }
            if readAfter { results.append((reference.name, true)) }
        }
        var signature = (parameters: parameters.joined(separator: ", "), result: data.noResultType, throwsClause: "", isStatic: false)
        if data.typedSignatures, !parameters.isEmpty || !results.isEmpty {
            var types: [String: String] = [:]
            if let declared = data.declaredTypes {
                for name in parameters + results.map(\.name) {
                    guard let at = declarations[name] else { continue }
                    types[name] = DeclaredSignature.type(ofNameAt: at, tree: tree, text: text, data: declared)
                }
            }
            let needed = parameters.filter { types[$0] == nil }.map { "parameter `\($0)`" } + results.filter { types[$0.name] == nil }.map { "result `\($0.name)`" }
            if !needed.isEmpty {
                return .refused("the new function would need the types of its \(needed.joined(separator: ", ")), which are not known here")
            }
            signature.parameters = parameters.map { name in
                let template = assigned.contains(name) ? (data.assignedParameter ?? data.typedParameter) : data.typedParameter
                return template.replacingOccurrences(of: "{type}", with: types[name]!).replacingOccurrences(of: "{name}", with: name)
            }
                .joined(separator: ", ")
            if results.count == 1 { signature.result = data.typedResult.replacingOccurrences(of: "{type}", with: types[results[0].name]!) }
        }
        if let exceptions = data.exceptions {
            let thrown = DeclaredSignature.checkedThrows(in: statements, text: text, data: data, exceptions: exceptions)
            let declared = DeclaredSignature.declaredThrows(of: function, text: text, exceptions: exceptions)
            if let missing = thrown.first(where: { !declared.names.contains($0) && !declared.names.contains(where: exceptions.catchAll.contains) }) {
                return .refused("the statements throw `\(missing)`, a checked exception the new method would have to declare while its caller catches it here; extract the whole try statement instead")
            }
            signature.throwsClause = declared.clause
        }
        if let keyword = data.staticKeyword { signature.isStatic = DeclaredSignature.isStatic(function, text: text, keyword: keyword) }
        if results.count > 1, data.reassignTemplate != nil {
            return .refused("the statements change \(results.count) variables used afterwards (\(results.map(\.name).joined(separator: ", "))); extract fewer")
        }

        // Where the new function goes: after the enclosing method in its class, else after the
        // top-level statement holding the selection.
        // A method goes after the method holding the statements (the ancestor that is a member
        // of the class body), even when the statements sit in a closure inside it.
        let memberIndex = chain.indices.last { $0 > 0 && data.classBodies.contains(chain[$0 - 1].kind) && $0 <= functionIndex }
        let isMethod = (usesReceiver || data.membersOnly || data.membersWhenInClass) && memberIndex != nil
        if data.membersOnly, memberIndex == nil { return .refused("the statements are not inside a method of a class") }
        let anchor: Node
        if isMethod, let memberIndex {
            anchor = chain[memberIndex]
        } else {
            guard let topLevel = chain.count > 1 ? chain[1] : nil else { return nil }
            anchor = topLevel
        }
        let anchorIndent = indentation(of: anchor, text)
        let bodyIndent = anchorIndent + data.indentUnit
        let name = ExtractVariable.uniqueName(data.naming == "camel" ? "extracted" : "extracted", graph: graph, at: range.lowerBound, data: data)
        var declared = signature.parameters
        if isMethod, data.receiverParameter ?? (data.methodReceiver == "self") { declared = (["self"] + parameters).joined(separator: ", ") }
        let body = reindent(text, statements: range, from: indentation(of: first, text), to: bodyIndent)
        let values = results.map(\.name).joined(separator: ", ")
        let returnLine = results.isEmpty ? "" : bodyIndent + data.returnTemplate.replacingOccurrences(of: "{values}", with: values) + "\n"
        let template = isMethod ? (data.method ?? data.function) : data.function
        let definitionText = template.replacingOccurrences(of: "{name}", with: name)
            .replacingOccurrences(of: "{parameters}", with: declared)
            .replacingOccurrences(of: "{returnType}", with: signature.result)
            .replacingOccurrences(of: "{static}", with: signature.isStatic ? (data.staticKeyword ?? "") + " " : "")
            .replacingOccurrences(of: "{throws}", with: signature.throwsClause)
            .replacingOccurrences(of: "{body}", with: body)
            .replacingOccurrences(of: "{return}", with: returnLine)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : (String($0.element).hasPrefix(bodyIndent) ? String($0.element) : anchorIndent + $0.element) }
            .joined(separator: "\n")
        let receiverCall = data.methodCall.replacingOccurrences(of: "{receiver}", with: data.methodReceiver ?? "self").replacingOccurrences(of: "{name}", with: name)
        let call = (isMethod && !data.membersOnly && !data.membersWhenInClass ? receiverCall : name) + "(" + parameters.joined(separator: ", ") + ")"
        var callText = call
        if !results.isEmpty {
            let template = results.allSatisfy(\.declaredBefore) ? (data.reassignTemplate ?? data.callTemplate) : data.callTemplate
            callText = template.replacingOccurrences(of: "{targets}", with: values).replacingOccurrences(of: "{call}", with: call)
                .replacingOccurrences(of: "{type}", with: signature.result)
        } else if data.callTemplate.hasSuffix(";") {
            // A language whose statements end with `;` ends the bare call with one too.
            callText += ";"
        }
        let separator = anchorIndent.isEmpty ? "\n\n\n" : "\n\n"
        let edits = [
            TextEdit(range: range, newText: callText),
            // The anchor's own line break ends the new definition.
            TextEdit(range: anchor.endByte..<anchor.endByte,
                     newText: separator + anchorIndent + String(definitionText.reversed().drop { $0 == "\n" }.reversed())),
        ]
        return .refactoring(Refactoring(title: isMethod ? "Extract method `\(name)`" : "Extract function `\(name)`",
                                        kind: "refactor.extract.function", edits: edits))
    }

    /// The block whose statements the selection covers exactly (surrounding whitespace aside).
    static func selectedStatements(_ selection: Range<Int>, tree: SyntaxTree, text: SourceText, data: RefactorData) -> (Node, [Node])? {
        var range = selection.clamped(to: 0..<text.count)
        let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        while range.lowerBound < range.upperBound, blank.contains(text.bytes[range.lowerBound]) { range = (range.lowerBound + 1)..<range.upperBound }
        while range.upperBound > range.lowerBound, blank.contains(text.bytes[range.upperBound - 1]) { range = range.lowerBound..<(range.upperBound - 1) }
        guard !range.isEmpty, var node = tree.root.namedDescendant(covering: range) else { return nil }
        while !data.blocks.contains(node.kind) {
            guard let parent = node.parent else { return nil }
            node = parent
        }
        // Statements only: a `case` label's value is a child of its clause too.
        // (By range: `ts_node_field_name_for_child` misreports fields in tree-sitter 0.20.)
        let label = node.child(field: "value")?.byteRange
        let statements = node.namedChildren.filter { $0.byteRange != label && !data.labels.contains($0.kind) }
        let inside = statements.filter { range.contains($0.startByte) || $0.byteRange.overlaps(range) }
        guard let first = inside.first, let last = inside.last, first.startByte == range.lowerBound,
              last.endByte == range.upperBound || last.endByte == range.upperBound + 1 else { return nil }
        // Where a block ends in a value (Rust's tail expression), only its statements move.
        if !data.statements.isEmpty {
            guard inside.allSatisfy({ data.statements.contains($0.kind) || $0.isComment }), inside.contains(where: { !$0.isComment }) else { return nil }
        }
        return (node, inside)
    }

    private static func indentation(of node: Node, _ text: SourceText) -> String {
        let start = text.lines.lineStarts[text.lines.line(containing: node.startByte)]
        return String(decoding: text.bytes[start..<node.startByte].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
    }

    /// The statements' lines with `from` replaced by `to` at the start of each line.
    private static func reindent(_ text: SourceText, statements range: Range<Int>, from: String, to: String) -> String {
        let lines = String(decoding: text.bytes[range], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line -> String in
            if index == 0 { return to + line }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return "" }
            return to + (line.hasPrefix(from) ? String(line.dropFirst(from.count)) : String(line))
        }.joined(separator: "\n") + "\n"
    }
}
