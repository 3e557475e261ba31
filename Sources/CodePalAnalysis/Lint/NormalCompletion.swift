import CodePalSyntax

/// The `falls-through` constraint: whether a statement can complete normally, that is, let
/// control run on to what follows it (a `switch` case into the next one). Structural, like
/// ESLint's no-fallthrough but without its code-path graph: a jump (`jumps`: break, return,
/// throw, continue) does not complete; a block completes when its last statement does (comments
/// aside); an `if` with an `else` when either branch does; a `try` when its `finally` does and
/// its body or a handler does; a `switch` (`switches`) when it has no default case (`defaults`),
/// holds a `break` (`breaks`, anywhere inside: conservative) or its last case can. Everything else
/// (loops, calls) may complete. Field names are tree-sitter's conventional ones:
/// `consequence`/`alternative`, `body`/`handler`/`finalizer`.
public struct NormalCompletion: Sendable {
    let jumps: Set<String>
    let blocks: Set<String>
    let conditionals: Set<String>
    let tries: Set<String>
    let comments: Set<String>
    var switches: Set<String> = []
    var defaults: Set<String> = []
    var breaks: Set<String> = []

    public init(jumps: Set<String>, blocks: Set<String>, conditionals: Set<String>, tries: Set<String>, comments: Set<String>) {
        self.jumps = jumps
        self.blocks = blocks
        self.conditionals = conditionals
        self.tries = tries
        self.comments = comments
    }

    func canComplete(_ node: Node, depth: Int = 0) -> Bool {
        guard depth < 64 else { return true }
        let kind = node.kind
        if jumps.contains(kind) { return false }
        if blocks.contains(kind) {
            guard let last = node.namedChildren.last(where: { !comments.contains($0.kind) }) else { return true }
            return canComplete(last, depth: depth + 1)
        }
        if conditionals.contains(kind) {
            guard let consequence = node.child(field: "consequence"), let alternative = node.child(field: "alternative") else { return true }
            return canComplete(consequence, depth: depth + 1) || canComplete(branchBody(alternative), depth: depth + 1)
        }
        if switches.contains(kind) {
            let body = node.child(field: "body") ?? node
            let cases = body.namedChildren.filter { !comments.contains($0.kind) }
            guard let last = cases.last, cases.contains(where: { defaults.contains($0.kind) }), !contains(breaks, in: body) else { return true }
            return canComplete(last, depth: depth + 1)
        }
        if tries.contains(kind) {
            if let finalizer = node.child(field: "finalizer"), !canComplete(branchBody(finalizer), depth: depth + 1) { return false }
            guard let body = node.child(field: "body") else { return true }
            if canComplete(body, depth: depth + 1) { return true }
            if let handler = node.child(field: "handler") { return canComplete(branchBody(handler), depth: depth + 1) }
            return false
        }
        return true
    }

    private func contains(_ kinds: Set<String>, in node: Node) -> Bool {
        guard !kinds.isEmpty else { return false }
        var stack = [node]
        while let next = stack.popLast() {
            if kinds.contains(next.kind) { return true }
            stack += next.namedChildren
        }
        return false
    }

    /// `else_clause`, `catch_clause`, `finally_clause`: their statement is their `body`, else their
    /// last named child.
    private func branchBody(_ clause: Node) -> Node {
        if blocks.contains(clause.kind) || jumps.contains(clause.kind) { return clause }
        return clause.child(field: "body") ?? clause.namedChildren.last(where: { !comments.contains($0.kind) }) ?? clause
    }
}
