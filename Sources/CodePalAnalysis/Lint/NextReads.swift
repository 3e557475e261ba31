import CodePalSyntax

/// The `next-read` constraint: what happens next to the variable a capture names, following the
/// statements of its function in order, not only the adjacent one. From the capture (a `free(p)`
/// argument, the `p` of `p = malloc(n)`), the next occurrence of the same variable in the same
/// function is found in the scope graph; an assignment there ends the search (the variable holds
/// something new), and a read is tested against the rule: its parent's node kind (`read-in`, a
/// dereference such as `p->next`) or the call it is an argument of (`argument-of`, `free(p)`
/// again). Conservatively, a read counts only where it runs whenever the capture ran: not in
/// another branch of a conditional or loop that holds the capture, nor after one.
struct NextReads {
    let graph: ScopeGraph
    /// Kinds whose parts run only sometimes: the capture and the read must be in the same part.
    static let branching: Set<String> = ["if_statement", "else_clause", "conditional_expression", "for_statement", "for_range_loop",
                                         "while_statement", "switch_statement", "catch_clause", "lambda_expression"]
    /// Kinds whose whole span runs together once entered (a `case` and its statements).
    static let sections: Set<String> = ["case_statement"]

    /// The read that follows `node`, if one does before any assignment and runs whenever `node` does.
    func nextRead(after node: Node) -> Node? {
        let range = node.byteRange
        guard let definition = variable(at: range) else { return nil }
        let defined = graph.definitions[definition]
        // Only locals and parameters: a global's next use may be in another function.
        guard graph.scopes[defined.scope].parent != nil else { return nil }
        let after = graph.references.filter { $0.definition == definition && $0.range.lowerBound >= range.upperBound }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard let next = after.first, !next.isWrite,
              let read = node.tree.root.namedDescendant(covering: next.range), runsWhenever(node, runs: read) else { return nil }
        // `&p` hands the variable to code that may assign it (`query(&features)`): not followed.
        if let parent = read.parent, parent.kind == "pointer_expression", parent.child(0)?.kind == "&" { return nil }
        return read
    }

    /// Whether the read's parent has one of `kinds`, or the read is an argument of a call whose
    /// function's name matches `callee`.
    static func matches(_ read: Node, parentKinds: Set<String>, callee: String?, text: SourceText) -> Bool {
        guard let parent = read.parent else { return false }
        if parentKinds.contains(parent.kind) { return true }
        guard let callee, parent.kind == "argument_list", let call = parent.parent, let function = call.child(field: "function") else { return false }
        return RegexCache.matches(callee, function.text(in: text.bytes))
    }

    private func variable(at range: Range<Int>) -> Int? {
        if let index = graph.definitions.firstIndex(where: { $0.nameRange == range }) { return index }
        guard let reference = graph.reference(at: range.lowerBound), graph.references[reference].range == range else { return nil }
        return graph.references[reference].definition
    }

    /// Statements after which the block goes no further.
    static let exits: Set<String> = ["return_statement", "goto_statement", "break_statement", "continue_statement", "throw_statement"]

    private func runsWhenever(_ start: Node, runs read: Node) -> Bool {
        let target = read.byteRange
        var child = start
        for ancestor in start.ancestors().reversed() {
            if ancestor.kind.hasSuffix("function_definition") || ancestor.kind == "translation_unit" { break }
            if Self.sections.contains(ancestor.kind), !ancestor.byteRange.contains(target.lowerBound) { return false }
            if Self.branching.contains(ancestor.kind), !child.byteRange.contains(target.lowerBound) { return false }
            // A block inside a block is, in C, mostly a loop macro's body (`HMAP_FOR_EACH (...) {`),
            // whose macro assigns the variable on each turn where we cannot see it.
            if ancestor.kind == "compound_statement", ancestor.parent?.kind == "compound_statement", !ancestor.byteRange.contains(target.lowerBound) {
                return false
            }
            // `free(p); return 0; ... error: free(p);`: nothing after the exit runs from here.
            for index in 0..<ancestor.namedChildCount {
                guard let sibling = ancestor.namedChild(index), sibling.startByte >= child.endByte, sibling.endByte <= target.lowerBound else { continue }
                if Self.exits.contains(sibling.kind) { return false }
            }
            child = ancestor
        }
        return true
    }
}
