import CodePalSyntax

/// How a language looks names up in the order its code runs, for undefined names
/// (`globals.json`'s `sourceOrder`). The scope graph binds a use before every binding of its scope
/// to the first one (right for navigation: a Python local is local to all of its function); when
/// a function, class or module body runs, such a use finds nothing yet.
struct SourceOrder: Decodable, Sendable {
    /// The statement that unbinds names (`del x`), and the lists of names it takes (`del a, b`).
    var deletion: String?
    var deletionLists: [String] = []
    /// Enclosing nodes that make a deletion conditional: after `if c: del x` the name may still be bound.
    var conditional: [String] = []
    /// Clauses whose `as` name is unbound again when they end (`except E as e:`).
    var handlers: [String] = []
    /// Scope kinds whose bodies run top to bottom (not comprehensions, whose loop runs before
    /// the element written first) and kinds of scopes whose bodies run later, when called.
    var sequential: [String] = []
    var deferred: [String] = []
    /// Statements that declare where a name lives (`global x`, `nonlocal x`): their names are no uses.
    var declarations: [String] = []

    private enum CodingKeys: String, CodingKey { case deletion, deletionLists, conditional, handlers, sequential, deferred, declarations }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        deletion = try c.decodeIfPresent(String.self, forKey: .deletion)
        deletionLists = try c.decodeIfPresent([String].self, forKey: .deletionLists) ?? []
        conditional = try c.decodeIfPresent([String].self, forKey: .conditional) ?? []
        handlers = try c.decodeIfPresent([String].self, forKey: .handlers) ?? []
        sequential = try c.decodeIfPresent([String].self, forKey: .sequential) ?? []
        deferred = try c.decodeIfPresent([String].self, forKey: .deferred) ?? []
        declarations = try c.decodeIfPresent([String].self, forKey: .declarations) ?? []
    }
}

/// The references a scope graph binds that are unbound when the code runs in source order, as
/// pyflakes and ruff read it (function bodies deferred to the end of the scope around them):
/// - a use before every binding of its own scope, with no binding in a scope around it
///   (`print(y)` then `y = 1`; `conn.write()` in a loop before `conn = ...`);
/// - a use after `del x` of its scope with no binding since, or from a function defined after the
///   scope's last word on the name, an unconditional `del` (`del os` then `def cwd(): return os.getcwd()`);
/// - a use after an `except ... as e:` clause of the `e` it bound, when nothing bound `e` before.
struct SourceOrderLookups {
    let graph: ScopeGraph
    let tree: SyntaxTree
    let text: SourceText
    let order: SourceOrder

    func unboundStarts(known: Set<String>) -> Set<Int> {
        let scopes = graph.scopes
        let innermost = graph.lookupScopes()
        var definedIn: [Int: Set<String>] = [:]
        var firstDefinition: [String: Int] = [:]
        var lastDefinition: [String: Int] = [:]
        for (index, definition) in graph.definitions.enumerated() {
            definedIn[definition.scope, default: []].insert(definition.name)
            let key = "\(definition.scope):\(definition.name)"
            if firstDefinition[key] == nil { firstDefinition[key] = index }
            lastDefinition[key] = index
        }
        let deletions = deletionEvents(innermost: innermost)
        let handlerEnds = handlerBindings()
        var unbound: Set<Int> = []
        for (index, reference) in graph.references.enumerated() {
            guard let bound = reference.definition, !known.contains(reference.name) else { continue }
            let definition = graph.definitions[bound]
            let position = reference.range.lowerBound
            let scope = innermost[index]
            let key = "\(definition.scope):\(definition.name)"
            if definition.scope == scope, definition.nameRange.lowerBound > position, order.sequential.contains(scopes[scope].kind) {
                // Bound only later in its own scope: the scopes around it decide.
                var outer = scopes[scope].parent
                var found = false
                while let current = outer, !found {
                    found = scopes[current].visibleToNested && definedIn[current]?.contains(reference.name) == true
                    outer = scopes[current].closed ? nil : scopes[current].parent
                }
                if !found { unbound.insert(position) }
                continue
            }
            if let events = deletions[key] {
                let definitionsBefore: (Int) -> Int? = { limit in
                    graph.definitions.indices.last { graph.definitions[$0].scope == definition.scope && graph.definitions[$0].name == definition.name
                        && graph.definitions[$0].nameRange.lowerBound < limit }.map { graph.definitions[$0].nameRange.lowerBound }
                }
                if definition.scope == scope {
                    // The latest event before the use: a deletion leaves it unbound.
                    if let deleted = events.last(where: { $0 < position }), (definitionsBefore(position) ?? -1) < deleted {
                        unbound.insert(position)
                        continue
                    }
                } else if runsLater(scope, within: definition.scope), let deleted = events.last, (definitionsBefore(Int.max) ?? -1) < deleted,
                          scopes[childScope(of: definition.scope, holding: scope)].range.lowerBound > deleted {
                    // A function defined after the deletion runs after it. One defined before it
                    // may run in between, and modules do just that: `def_op` used by `name_op`
                    // while opcode.py builds its tables, then `del def_op, name_op` (pyflakes
                    // reports those; they work).
                    unbound.insert(position)
                    continue
                }
            }
            if let end = handlerEnds[bound], firstDefinition[key] == bound,
               position >= end || runsLater(scope, within: definition.scope) && lastDefinition[key] == bound {
                // After its clause, or from a function that runs once the clause has ended.
                unbound.insert(position)
            }
        }
        return unbound
    }

    /// `starts` without the names of declarations (`global x` names no value).
    func withoutDeclarations(_ starts: Set<Int>) -> Set<Int> {
        guard !order.declarations.isEmpty else { return starts }
        let declarations = Set(order.declarations)
        return starts.filter { start in
            guard let node = tree.root.descendant(covering: start..<(start + 1)) else { return true }
            return !node.ancestors().contains { declarations.contains($0.kind) }
        }
    }

    /// The scope directly inside `outer` that holds `scope` (`scope` itself when it is directly inside).
    private func childScope(of outer: Int, holding scope: Int) -> Int {
        var current = scope
        while let parent = graph.scopes[current].parent, parent != outer { current = parent }
        return current
    }

    private func runsLater(_ scope: Int, within outer: Int) -> Bool {
        graph.runsLater(scope, within: outer, deferred: order.deferred)
    }

    /// The positions of unconditional deletions of each (scope, name), ascending.
    private func deletionEvents(innermost: [Int]) -> [String: [Int]] {
        guard let kind = order.deletion else { return [:] }
        var events: [String: [Int]] = [:]
        let conditional = Set(order.conditional)
        for statement in statements(of: [kind], keyword: "del") {
            let path = statement.ancestors()
            // `del a, b` deletes both; `del a[0]` and `del a.b` delete neither.
            for target in statement.namedChildren.flatMap({ order.deletionLists.contains($0.kind) ? $0.namedChildren : [$0] }) {
                guard let index = graph.reference(at: target.startByte), graph.references[index].range == target.byteRange else { continue }
                let scope = graph.scopes[innermost[index]]
                let isConditional = path.contains { conditional.contains($0.kind) && scope.range.lowerBound < $0.startByte }
                guard !isConditional else { continue }
                events["\(innermost[index]):\(graph.references[index].name)", default: []].append(target.startByte)
            }
        }
        return events.mapValues { $0.sorted() }
    }

    /// Definitions made by a handler's `as` (the clause's children before its body), with where
    /// the clause ends.
    private func handlerBindings() -> [Int: Int] {
        guard !order.handlers.isEmpty else { return [:] }
        var ends: [Int: Int] = [:]
        for clause in statements(of: Set(order.handlers), keyword: "except") {
            for child in clause.namedChildren.dropLast() {
                for (index, definition) in graph.definitions.enumerated() where child.byteRange.contains(definition.nameRange.lowerBound) {
                    ends[index] = clause.endByte
                }
            }
        }
        return ends
    }

    /// The nodes of `kinds` whose first token is the word `keyword`, found from the text (rare
    /// words, so no walk over the tree).
    private func statements(of kinds: Set<String>, keyword: String) -> [Node] {
        let needle = Array(keyword.utf8)
        var found: [Node] = []
        text.bytes.withUnsafeBufferPointer { haystack in
            var from = 0
            while let at = ByteSearch.firstIndex(of: needle, in: haystack, from: from) {
                from = at + needle.count
                guard at == 0 || !ByteSearch.isWordByte(haystack[at - 1]),
                      from >= haystack.count || !ByteSearch.isWordByte(haystack[from]),
                      let token = tree.root.descendant(covering: at..<from), let parent = token.parent,
                      kinds.contains(parent.kind), parent.startByte == at else { continue }
                found.append(parent)
            }
        }
        return found
    }
}

extension ScopeGraph {
    /// For each reference, the scope it was looked up from (the innermost scope around it when
    /// the graph does not say).
    func lookupScopes() -> [Int] {
        let innermost = innermostScopes(of: references.map(\.range.lowerBound))
        return references.indices.map { references[$0].scope ?? innermost[$0] }
    }

    /// For each position (ascending), the innermost scope whose range holds it.
    func innermostScopes(of positions: [Int]) -> [Int] {
        var stack = [0]
        var next = 1
        var result: [Int] = []
        result.reserveCapacity(positions.count)
        for position in positions {
            while next < scopes.count, scopes[next].range.lowerBound <= position {
                while stack.count > 1, scopes[stack.last!].range.upperBound <= scopes[next].range.lowerBound { stack.removeLast() }
                stack.append(next)
                next += 1
            }
            while stack.count > 1, scopes[stack.last!].range.upperBound <= position { stack.removeLast() }
            result.append(stack.last!)
        }
        return result
    }

    /// Whether code of `scope` runs after `outer` has: it is in a scope of a `deferred` kind (a
    /// function) nested in `outer`.
    func runsLater(_ scope: Int, within outer: Int, deferred: [String]) -> Bool {
        var current: Int? = scope
        while let index = current, index != outer {
            if deferred.contains(scopes[index].kind) { return true }
            current = scopes[index].parent
        }
        return false
    }
}
