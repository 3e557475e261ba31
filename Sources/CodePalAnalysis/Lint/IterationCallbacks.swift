import CodePalSyntax

/// Functions whose body runs once per element, because they are passed to an iterating call:
/// `rows.forEach((row) => { csv += ... })` is a loop as much as `for (const row of rows)`.
/// Recognised by shape: a function node of `kinds` that is an argument of a call whose callee's
/// text matches `callee` (`\.(forEach|map)$`).
public struct IterationCallbacks: Sendable {
    let kinds: Set<String>
    let callee: String

    public init(kinds: Set<String>, callee: String) {
        self.kinds = kinds
        self.callee = callee
    }

    /// Going up from `reported` through `chain` (its ancestors, root first, as `Node.ancestors()`
    /// gives them), a node of `kinds` or an iteration callback comes before any node of `stop`.
    /// A loop's `alternative` (Python's `for ... else:`) runs once, after the loop, and its iterable
    /// once, before it: neither is in it.
    static func insideLoop(_ reported: Node, _ chain: [Node], kinds: Set<String>, stop: Set<String>, callbacks: IterationCallbacks?,
                           text: SourceText) -> Bool {
        enclosingLoop(reported, chain, kinds: kinds, stop: stop, callbacks: callbacks, text: text) != nil
    }

    /// Parts of a loop that run once, before its first turn: the iterable of a `for ... in/of`
    /// (`right`; `value` in Java, Rust and Ruby) and the initializer of a C-style `for`.
    static let runOnce = ["right", "value", "initializer"]

    /// The loop (or iteration callback) that `insideLoop` finds, if any.
    static func enclosingLoop(_ reported: Node, _ chain: [Node], kinds: Set<String>, stop: Set<String>, callbacks: IterationCallbacks?,
                              text: SourceText) -> Node? {
        for index in chain.indices.reversed() {
            let node = chain[index]
            if kinds.contains(node.kind) {
                let child = index + 1 < chain.count ? chain[index + 1] : reported
                if let alternative = node.child(field: "alternative"), alternative == child { continue }
                // `for m in re.compile(p).finditer(text):` compiles once; so does `for (const u of await list())`.
                if runOnce.contains(where: { node.child(field: $0) == child }) { continue }
                return node
            }
            if let callbacks, index >= 2, callbacks.isCallback(node, arguments: chain[index - 1], call: chain[index - 2], text: text) { return node }
            if stop.contains(node.kind) { return nil }
        }
        return nil
    }

    /// Whether `value` reads a name that `loop` binds on its turns: a name under one of the
    /// `binds` places (`parent_kind.field`: `variable_declarator.name`, `for_in_statement.left`,
    /// `arrow_function.parameters`), which the language's rule lists. A value that reads none
    /// is the same on every turn (`new RegExp(escape(query))` for a `query` from outside).
    static func readsLoopBinding(_ value: Node, loop: Node, binds: Set<String>, text: SourceText) -> Bool {
        var reads = Set<String>()
        value.walk { node in
            if node.childCount == 0, node.kind == "identifier" { reads.insert(node.text(in: text.bytes)) }
            return true
        }
        guard !reads.isEmpty else { return false }
        var bound = false
        loop.walkWithContext { visit in
            guard !bound else { return false }
            guard let field = visit.field, let parent = visit.parent, binds.contains("\(parent.kind).\(field)") else { return true }
            visit.node.walk { node in
                if node.childCount == 0, node.kind == "identifier", reads.contains(node.text(in: text.bytes)) { bound = true }
                return !bound
            }
            return false
        }
        return bound
    }

    func isCallback(_ node: Node, arguments: Node, call: Node, text: SourceText) -> Bool {
        guard kinds.contains(node.kind), call.child(field: "arguments") == arguments,
              let function = call.child(field: "function") else { return false }
        return RegexCache.matches(callee, function.text(in: text.bytes))
    }
}
