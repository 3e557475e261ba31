import CodePalSyntax

/// The `redefines-unused` constraint (pyflakes' F811, as ruff reads it): a name bound again while
/// its previous binding, a `def`, a class, an import or an assignment, was never used. Read from
/// the scope graph the undefined-name rule already builds: no second pass over the file.
///
/// What does not count: bindings on different paths of a conditional (`try: import json` /
/// `except ImportError: json = None`, the two arms of an `if`), an assignment after an
/// assignment (`x = 1` then `x = 2` is ordinary code), a previous binding whose declaration
/// matches `exempt` (`@overload`), and submodule imports of different paths (`import os.path`
/// after `import os`). A binding in a function also hides an unused import of the scopes
/// around it (`crossScope` kinds): `def f(pointer)` when the module imports `pointer`.
public struct UnusedRedefinitions: Sendable {
    /// Definition kinds a new binding hides (`function`, `class`, `import`, `variable`).
    public var hidden: Set<String>
    /// Of those, kinds hidden by a binding in a nested function too.
    public var crossScope: Set<String> = []
    /// The definition kind of plain assignments and the statements that make them: a variable
    /// counts only when one of these made it, and one assignment after another is no redefinition.
    public var assignmentKind: String?
    public var assignments: Set<String> = []
    /// Scope kinds whose bodies run later (functions): their uses of a name see its last binding.
    public var deferred: [String] = []
    /// Statements whose `arms` are alternative paths (`if`, `try`, `with` bodies that may not
    /// run, `match` cases): bindings count only on the same one. What a statement evaluates
    /// before its arms (a condition, `with ... as f`) is on the path around it.
    public var branches: Set<String>
    public var arms: Set<String> = []
    /// Parents whose whole text is what a name imports (`dotted_name`: `import a.b` binds `a`
    /// but is the import of `a.b`).
    public var qualified: Set<String>
    /// The previous binding is left alone when its nearest enclosing node of `exemptKinds`
    /// starts with text matching `exempt` (`@overload` on a `decorated_definition`).
    public var exemptKinds: Set<String>
    public var exempt: String?

    public init(hidden: Set<String>, branches: Set<String>, qualified: Set<String>, exemptKinds: Set<String>, exempt: String?) {
        self.hidden = hidden
        self.branches = branches
        self.qualified = qualified
        self.exemptKinds = exemptKinds
        self.exempt = exempt
    }

    /// Per file: each definition's previous one of the same name and scope, and which are used.
    struct Index {
        let graph: ScopeGraph
        private var previous: [Int: Int] = [:]
        private var last: [String: Int] = [:]
        private var used: Set<Int> = []

        init(graph: ScopeGraph, deferred: [String]) {
            self.graph = graph
            for (index, definition) in graph.definitions.enumerated() {
                let key = "\(definition.scope):\(definition.name)"
                if let earlier = last[key] { previous[index] = earlier }
                last[key] = index
            }
            let innermost = graph.lookupScopes()
            for (position, reference) in graph.references.enumerated() where !reference.isWrite {
                guard let definition = reference.definition else { continue }
                let target = graph.definitions[definition]
                // A function body runs once its scope has: its uses see the name's last binding.
                if !deferred.isEmpty, graph.runsLater(innermost[position], within: target.scope, deferred: deferred),
                   let final = last["\(target.scope):\(target.name)"] {
                    used.insert(final)
                } else if innermost[position] == target.scope,
                          target.range.contains(reference.range.lowerBound) || target.nameRange.lowerBound > reference.range.lowerBound {
                    // Run before the definition binds (by its own statement: `class C(C)`, `def f(x=f)`,
                    // `policy = policy.default` in a class body; or earlier): the binding before it, or
                    // the scopes around.
                    if let earlier = previous[definition] {
                        used.insert(earlier)
                    } else if let outer = enclosing(target.name, around: target.scope) {
                        used.insert(outer)
                    }
                } else {
                    used.insert(definition)
                }
            }
            // A use of an earlier binding of the name counts for the later ones, as in ruff (a
            // binding inherits the references of the one it shadows): after `def f` ... `f(1)`,
            // redefining `f` again and again is a pattern, not a slip.
            for index in graph.definitions.indices {
                if let earlier = previous[index], used.contains(earlier) { used.insert(index) }
            }
        }

        /// The definition whose name is exactly `range` (definitions are in document order of names).
        func definition(named range: Range<Int>) -> Int? {
            let definitions = graph.definitions
            var low = 0, high = definitions.count
            while low < high {
                let mid = (low + high) / 2
                if definitions[mid].nameRange.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            return low < definitions.count && definitions[low].nameRange == range ? low : nil
        }

        func previous(of definition: Int) -> Int? { previous[definition] }

        /// A binding a `global` or `nonlocal` declaration moved out of the scope it is written in:
        /// the innermost scope around its name is neither its scope nor the one it opens (`def f`).
        func isDeclaredElsewhere(_ definition: Int) -> Bool {
            let target = graph.definitions[definition]
            guard var around = graph.innermostScopes(of: [target.nameRange.lowerBound]).first else { return false }
            // A `def` or class name sits inside the scope it opens.
            if graph.scopes[around].range == target.range, let parent = graph.scopes[around].parent { around = parent }
            return around != target.scope
        }
        func isUsed(_ definition: Int) -> Bool { used.contains(definition) }

        /// The last definition of `name` in the nearest scope around `scope` that has one, skipping
        /// scopes hidden from nested ones (class bodies).
        func enclosing(_ name: String, around scope: Int) -> Int? {
            var current = graph.scopes[scope].parent
            while let index = current {
                if graph.scopes[index].visibleToNested, let found = last["\(index):\(name)"] { return found }
                current = graph.scopes[index].closed ? nil : graph.scopes[index].parent
            }
            return nil
        }
    }

    /// The earlier definition that `name` (a binding) hides unused, if any.
    func hiddenDefinition(by name: Node, index: Index, text: SourceText) -> ScopeGraph.Definition? {
        guard let current = index.definition(named: name.byteRange) else { return nil }
        let graph = index.graph
        let earlier: Int
        if let previous = index.previous(of: current) {
            earlier = previous
        } else if !crossScope.isEmpty, deferred.contains(graph.scopes[graph.definitions[current].scope].kind),
                  let outer = index.enclosing(graph.definitions[current].name, around: graph.definitions[current].scope),
                  crossScope.contains(graph.definitions[outer].kind) {
            earlier = outer
        } else {
            return nil
        }
        guard !index.isUsed(earlier), !index.isDeclaredElsewhere(current), !index.isDeclaredElsewhere(earlier) else { return nil }
        let definition = graph.definitions[earlier]
        guard hidden.contains(definition.kind),
              let earlierName = name.tree.root.namedDescendant(covering: definition.nameRange),
              earlierName.byteRange == definition.nameRange else { return nil }
        let newPath = name.ancestors(), oldPath = earlierName.ancestors()
        if let assignmentKind, definition.kind == assignmentKind {
            // A variable counts when an assignment made it, and not against another assignment.
            guard madeByAssignment(definition, oldPath),
                  !(graph.definitions[current].kind == assignmentKind && madeByAssignment(graph.definitions[current], newPath)) else { return nil }
        }
        guard branchPath(newPath, name) == branchPath(oldPath, earlierName) else { return nil }
        // A submodule import (`import a.b` binds `a`) is redefined only by the same import; it
        // redefines an import only of the same path, and any other definition.
        let word = name.text(in: text.bytes)
        let newQualified = qualifiedName(newPath, name, text), oldQualified = qualifiedName(oldPath, earlierName, text)
        let newIsImport = graph.definitions[current].importInfo != nil, oldIsImport = definition.importInfo != nil
        if oldIsImport, oldQualified != word, !(newIsImport && newQualified == oldQualified) { return nil }
        if newIsImport, oldIsImport, newQualified != oldQualified { return nil }
        if let exempt, let declaration = oldPath.last(where: { exemptKinds.contains($0.kind) }),
           RegexCache.matches(exempt, declaration.text(in: text.bytes)) {
            return nil
        }
        return definition
    }

    /// Whether the statement of a variable definition (the deepest enclosing node with its range)
    /// is an assignment.
    private func madeByAssignment(_ definition: ScopeGraph.Definition, _ path: [Node]) -> Bool {
        guard let statement = path.last(where: { $0.byteRange == definition.range }) else { return false }
        return assignments.contains(statement.kind)
    }

    /// The arms of branching statements (or of arms) that lead to the name.
    private func branchPath(_ path: [Node], _ node: Node) -> [Int] {
        var steps: [Int] = []
        for (level, ancestor) in path.enumerated().dropFirst() where arms.contains(ancestor.kind) {
            let parent = path[level - 1].kind
            if branches.contains(parent) || arms.contains(parent) { steps.append(ancestor.startByte) }
        }
        return steps
    }

    private func qualifiedName(_ path: [Node], _ node: Node, _ text: SourceText) -> String {
        guard let parent = path.last, qualified.contains(parent.kind) else { return node.text(in: text.bytes) }
        return parent.text(in: text.bytes)
    }
}
