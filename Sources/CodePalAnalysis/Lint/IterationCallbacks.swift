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
    /// A loop's `alternative` (Python's `for ... else:`) runs once, after the loop: not in it.
    static func insideLoop(_ reported: Node, _ chain: [Node], kinds: Set<String>, stop: Set<String>, callbacks: IterationCallbacks?,
                           text: SourceText) -> Bool {
        for index in chain.indices.reversed() {
            let node = chain[index]
            if kinds.contains(node.kind) {
                let child = index + 1 < chain.count ? chain[index + 1] : reported
                if let alternative = node.child(field: "alternative"), alternative == child { continue }
                return true
            }
            if let callbacks, index >= 2, callbacks.isCallback(node, arguments: chain[index - 1], call: chain[index - 2], text: text) { return true }
            if stop.contains(node.kind) { return false }
        }
        return false
    }

    func isCallback(_ node: Node, arguments: Node, call: Node, text: SourceText) -> Bool {
        guard kinds.contains(node.kind), call.child(field: "arguments") == arguments,
              let function = call.child(field: "function") else { return false }
        return RegexCache.matches(callee, function.text(in: text.bytes))
    }
}
