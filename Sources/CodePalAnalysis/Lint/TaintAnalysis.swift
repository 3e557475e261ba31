import CodePalSyntax

/// Intra-procedural taint tracking driven by `queries/taint.scm`:
///
/// - `@source`: an expression whose value is untrusted (request data, `input()`, `location`, ...);
///   `@source.parameter`: a parameter that is untrusted from the start (route parameters).
/// - `@sanitizer`: an expression whose value is safe whatever goes in (`int(...)`, `shlex.quote(...)`).
/// - `@assign` with `@target` and `@value`: the target takes the value's taint (a plain name is
///   also cleaned by a clean value, unless the assignment is inside a `@branch`); `@update` with
///   `@target` and `@value`: taint is only added (`+=`, `list.append(x)`, `obj.field = x`).
/// - `@scope`: functions; names are looked up in their scope, then the enclosing ones.
/// - `@reference`: identifiers that read a variable; `@property`: identifiers that never do.
///
/// Taint flows through every other expression: concatenation, f-strings and template literals,
/// `%` and `.format`, containers, calls. It is a may-analysis in document order, per function.
final class TaintAnalysis {
    private struct Event {
        let offset: Int
        let tainted: Bool
    }

    private let text: SourceText
    private var sources: Set<NodeID> = []
    private var sanitizers: Set<NodeID> = []
    private var references: Set<NodeID> = []
    private var properties: Set<NodeID> = []
    private var scopes: Set<NodeID> = []
    private var branches: Set<NodeID> = []
    private var events: [String: [Event]] = [:]

    init?(tree: SyntaxTree, text: SourceText, sanitizerKinds: Set<String>) throws {
        guard let query = try tree.language.query(named: "taint") else { return nil }
        self.text = text
        var flows: [(node: Node, target: Node, value: Node, strong: Bool)] = []
        var taintedParameters: [Node] = []
        for match in query.matches(in: tree.root, source: text.bytes) {
            for capture in match.captures {
                let id = capture.node.id
                switch capture.name {
                case "source": sources.insert(id)
                case "source.parameter": taintedParameters.append(capture.node)
                case "sanitizer": sanitizers.insert(id)
                case let name where name.hasPrefix("sanitizer."):
                    if sanitizerKinds.contains(String(name.dropFirst("sanitizer.".count))) { sanitizers.insert(id) }
                case "reference": references.insert(id)
                case "property": properties.insert(id)
                case "scope": scopes.insert(id)
                case "branch": branches.insert(id)
                case "assign", "update":
                    if let target = match.first("target"), let value = match.first("value") {
                        flows.append((capture.node, target, value, capture.name == "assign"))
                    }
                default: break
                }
            }
        }
        for parameter in taintedParameters {
            record(name: parameter.text(in: text.bytes), scope: scope(of: parameter), offset: parameter.startByte, tainted: true)
        }
        for flow in flows.sorted(by: { $0.node.startByte < $1.node.startByte }) {
            let tainted = isTainted(flow.value, at: flow.node.startByte)
            let strong = flow.strong && flow.target.kind == "identifier" && !insideBranch(flow.node)
            guard tainted || strong else { continue }
            let scope = scope(of: flow.node)
            // The new value counts from the end of the value (and target), not the end of the
            // statement: a loop's variable is tainted inside its body.
            let from = max(flow.target.endByte, flow.value.endByte)
            for name in targetNames(flow.target) {
                record(name: name, scope: scope, offset: from, tainted: tainted)
            }
        }
        for key in events.keys { events[key]!.sort { $0.offset < $1.offset } }
    }

    /// Whether the value of `node` can carry untrusted data where it is evaluated.
    func isTainted(_ node: Node, at offset: Int? = nil) -> Bool {
        let at = offset ?? node.startByte
        var found = false
        node.walk { candidate in
            if found { return false }
            let id = candidate.id
            if sanitizers.contains(id) { return false }
            if sources.contains(id) { found = true; return false }
            if references.contains(id), !properties.contains(id), variableIsTainted(candidate.text(in: text.bytes), from: candidate, at: at) {
                found = true
                return false
            }
            return true
        }
        return found
    }

    private func variableIsTainted(_ name: String, from node: Node, at offset: Int) -> Bool {
        var scope: Node? = enclosingScope(node)
        while true {
            let key = "\(scope.map { "\($0.startByte)" } ?? "file")|\(name)"
            if let list = events[key], let last = list.last(where: { $0.offset <= offset }) { return last.tainted }
            guard let current = scope else { return false }
            scope = enclosingScope(current)
        }
    }

    private func record(name: String, scope: Node?, offset: Int, tainted: Bool) {
        let key = "\(scope.map { "\($0.startByte)" } ?? "file")|\(name)"
        events[key, default: []].append(Event(offset: offset, tainted: tainted))
    }

    private func scope(of node: Node) -> Node? { enclosingScope(node) }

    private func enclosingScope(_ node: Node) -> Node? {
        var current = node.parent
        while let candidate = current {
            if scopes.contains(candidate.id) { return candidate }
            current = candidate.parent
        }
        return nil
    }

    private func insideBranch(_ node: Node) -> Bool {
        var current = node.parent
        while let candidate = current, !scopes.contains(candidate.id) {
            if branches.contains(candidate.id) { return true }
            current = candidate.parent
        }
        return false
    }

    /// The names an assignment target binds: itself, every name of a tuple or list pattern, or
    /// the base object of `a.b` and `a[i]` (whose taint then covers the whole object).
    private func targetNames(_ target: Node) -> [String] {
        if target.kind == "identifier" { return [target.text(in: text.bytes)] }
        var names: [String] = []
        let isPattern = target.kind.contains("pattern") || target.kind.contains("tuple") || target.kind.contains("list")
        target.walk { node in
            if node.kind == "identifier" || node.kind == "shorthand_property_identifier_pattern" {
                if !properties.contains(node.id) { names.append(node.text(in: text.bytes)) }
                return isPattern
            }
            return isPattern || names.isEmpty
        }
        return isPattern ? names : Array(names.prefix(1))
    }
}
