import CodePalSyntax

/// The `reads-loop-variable` constraint: a closure made inside a loop that reads a variable the
/// loop rebinds on each turn. The closure looks the name up when it is called, by which time the
/// loop has moved on, so every closure the loop made sees the last value (flake8-bugbear's
/// B023). Every node kind comes from the rule, so the check serves any language whose closures
/// capture variables rather than values.
public struct LateBoundLoopReads: Sendable {
    /// Loop kinds; their targets are the identifiers under `targetField` of the loop itself or of
    /// a direct child (a comprehension's `for ... in` clauses).
    var loops: Set<String>
    /// Going up from the closure, these end the search for a loop: a loop outside the function
    /// that holds the closure rebinds nothing the closure reads late.
    var boundaries: Set<String>
    var targetField = "left"
    /// Statements that bind the name in `targetField` (in the loop body: rebound each turn; in
    /// the closure: the closure's own).
    var assignments: Set<String> = []
    var identifier = "identifier"
    /// Parent kind and field where an identifier is no variable read (`obj.name`, `f(name=1)`),
    /// or, under a closure's parameters, no parameter name (`x=x`: the default is read now).
    var notReads: [String: Set<String>] = [:]
    /// Kinds a closure passes through on the way to what uses it: parentheses, argument lists.
    var wrappers: Set<String> = []
    /// A closure directly in one of these leaves the loop with it (`return lambda: x`).
    var exits: Set<String> = []
    var calls: Set<String> = []
    /// A closure passed straight to a call whose function matches runs before the loop goes on
    /// (`sorted(rows, key=lambda r: r[i])`).
    var eager: String?

    /// The first read inside `closure` of a name its enclosing loop rebinds, or nil.
    func lateRead(in closure: Node, text: SourceText) -> Node? { lateReads(in: closure, text: text).first }

    /// Every read inside `closure` of a name its enclosing loop rebinds, in document order: each
    /// is a place that sees the last value (ruff's B023 reports each of them).
    func lateReads(in closure: Node, text: SourceText) -> [Node] {
        let ancestors = closure.ancestors()
        guard let loopIndex = ancestors.lastIndex(where: { loops.contains($0.kind) }),
              !ancestors[(loopIndex + 1)...].contains(where: { boundaries.contains($0.kind) }),
              !runsAtOnce(closure, parents: ancestors, text: text) else { return [] }
        let loop = ancestors[loopIndex]
        // The iterable is evaluated once, before any turn: a closure there reads nothing late.
        if let right = loop.child(field: "right"), right.byteRange.contains(closure.startByte) { return [] }
        var rebound = Set<String>()
        for part in [loop] + loop.namedChildren {
            if let target = part.child(field: targetField) { names(in: target, into: &rebound, text: text) }
        }
        loop.child(field: "body")?.walk { node in
            if boundaries.contains(node.kind) { return false }
            if assignments.contains(node.kind), let target = node.child(field: targetField) { names(in: target, into: &rebound, text: text) }
            return true
        }
        guard !rebound.isEmpty, let body = closure.child(field: "body") else { return [] }
        var own = Set<String>()
        closure.child(field: "parameters")?.walkWithContext { visit in
            if let parent = visit.parent, let field = visit.field, notReads[parent.kind]?.contains(field) == true { return false }
            if visit.node.kind == identifier { own.insert(visit.node.text(in: text.bytes)) }
            return true
        }
        body.walk { node in
            if assignments.contains(node.kind), let target = node.child(field: targetField) { names(in: target, into: &own, text: text) }
            // A function defined in the closure is the closure's own name (`def inner(): ...`).
            if boundaries.contains(node.kind), let name = node.child(field: "name") { names(in: name, into: &own, text: text) }
            return true
        }
        var found: [Node] = []
        body.walkWithContext { visit in
            if let parent = visit.parent, let field = visit.field, notReads[parent.kind]?.contains(field) == true { return false }
            guard visit.node.kind == identifier else { return true }
            let name = visit.node.text(in: text.bytes)
            if rebound.contains(name), !own.contains(name) { found.append(visit.node) }
            return false
        }
        return found.sorted { $0.startByte < $1.startByte }
    }

    /// The names a target binds: an identifier, or those of a tuple/list pattern. An attribute or
    /// subscript target (`self.x = ...`, `a[i] = ...`) binds no name.
    private func names(in target: Node, into names: inout Set<String>, text: SourceText) {
        if target.kind == identifier { names.insert(target.text(in: text.bytes)); return }
        guard target.kind.hasSuffix("pattern") || target.kind.hasSuffix("pattern_list") || target.kind == "expression_list" else { return }
        for child in target.namedChildren { self.names(in: child, into: &names, text: text) }
    }

    /// Called on the spot (`(lambda: x)()`), returned, or handed to an eager call.
    private func runsAtOnce(_ closure: Node, parents: [Node], text: SourceText) -> Bool {
        var child = closure
        for parent in parents.reversed() {
            if wrappers.contains(parent.kind) { child = parent; continue }
            if exits.contains(parent.kind) { return true }
            guard calls.contains(parent.kind), let function = parent.child(field: "function") else { return false }
            if function.byteRange == child.byteRange { return true }
            guard let eager else { return false }
            return RegexCache.matches(eager, function.text(in: text.bytes))
        }
        return false
    }
}
