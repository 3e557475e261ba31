import CodePalSyntax

/// The `value-unread` constraint: an assignment whose value nothing reads, because the variable
/// is assigned again before any use, or not used at all afterwards (Go's `err` overwritten before
/// it is checked). Read from the file's scope graph (`locals.scm`, whose `@reference.write` marks
/// assignments), in document order, conservatively:
///
/// - a later assignment overwrites only when it is in the same scope as this one or around it
///   (an assignment in another branch of an `if` or `switch` may not run);
/// - inside a loop (`loops`, node kinds), a read anywhere in the loop may come on the next turn;
/// - a variable that a nested function uses, a parameter and a named result (kind `result`,
///   read by a bare `return`) are left alone.
struct UnreadValues {
    let graph: ScopeGraph
    let loops: Set<String>

    /// Whether the value assigned at `node` (a definition's name or a `@reference.write`) is never read.
    func isUnread(_ node: Node) -> Bool {
        let range = node.byteRange
        guard let definition = definitionAssigned(at: range) else { return false }
        let defined = graph.definitions[definition]
        guard defined.kind != "parameter", defined.kind != "result", graph.scopes[defined.scope].parent != nil else { return false }
        let home = function(containing: defined.nameRange.lowerBound)
        var occurrences: [(range: Range<Int>, isWrite: Bool)] = [(defined.nameRange, true)]
        for reference in graph.references where reference.definition == definition {
            // Used or assigned from a nested function: when that runs is not known here.
            if function(containing: reference.range.lowerBound) != home { return false }
            occurrences.append((reference.range, reference.isWrite))
        }
        occurrences.sort { $0.range.lowerBound < $1.range.lowerBound }
        let scope = innermostScope(at: range.lowerBound)
        for occurrence in occurrences where occurrence.range.lowerBound > range.lowerBound {
            if !occurrence.isWrite { return false }
            // The assignment's value is computed first: `err = check(out, err)` reads it.
            if let statement = statement(around: occurrence.range, in: node),
               occurrences.contains(where: { !$0.isWrite && $0.range.lowerBound > occurrence.range.lowerBound && statement.contains($0.range.lowerBound) }) {
                return false
            }
            // Overwritten here, unless this assignment sits in a branch that may not run.
            if enclosesOrEquals(innermostScope(at: occurrence.range.lowerBound), scope) { break }
        }
        // A loop around the assignment may read it on its next turn.
        for loop in node.ancestors() where loops.contains(loop.kind) {
            if occurrences.contains(where: { !$0.isWrite && loop.byteRange.contains($0.range.lowerBound) }) { return false }
        }
        return true
    }

    /// The statement holding the name at `range`: its nearest ancestor that is a statement,
    /// declaration or assignment.
    private func statement(around range: Range<Int>, in any: Node) -> Range<Int>? {
        guard let node = any.tree.root.namedDescendant(covering: range) else { return nil }
        let chain = [node] + node.ancestors().reversed()
        return chain.first { $0.kind.hasSuffix("statement") || $0.kind.hasSuffix("declaration") || $0.kind.hasSuffix("assignment") }?.byteRange
    }

    private func definitionAssigned(at range: Range<Int>) -> Int? {
        if let index = graph.definitions.firstIndex(where: { $0.nameRange == range }) { return index }
        guard let reference = graph.reference(at: range.lowerBound), graph.references[reference].range == range,
              graph.references[reference].isWrite else { return nil }
        return graph.references[reference].definition
    }

    /// Scopes are in preorder: the last one containing the position is the innermost.
    private func innermostScope(at byte: Int) -> Int {
        var innermost = 0
        for (index, scope) in graph.scopes.enumerated() where scope.range.lowerBound <= byte && byte < scope.range.upperBound { innermost = index }
        return innermost
    }

    private func function(containing byte: Int) -> Int {
        var scope: Int? = innermostScope(at: byte)
        while let index = scope {
            if graph.scopes[index].kind == "function" { return index }
            scope = graph.scopes[index].parent
        }
        return 0
    }

    /// `outer` is `inner` or one of its enclosing scopes.
    private func enclosesOrEquals(_ outer: Int, _ inner: Int) -> Bool {
        var scope: Int? = inner
        while let index = scope {
            if index == outer { return true }
            scope = graph.scopes[index].parent
        }
        return false
    }
}
