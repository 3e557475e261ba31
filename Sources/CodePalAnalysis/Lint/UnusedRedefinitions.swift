import CodePalSyntax

/// The `redefines-unused` constraint (pyflakes' F811): a name bound again in the same scope while
/// its previous binding, a `def`, a class or an import, was never used. Read from the scope graph
/// the undefined-name rule already builds: no second pass over the file.
///
/// What does not count, as in ruff: bindings on different paths of a conditional (`try: import
/// json` / `except ImportError: json = None`, the two arms of an `if`), a previous binding whose
/// declaration matches `exempt` (`@overload`), and submodule imports of different paths
/// (`import os.path` after `import os`).
public struct UnusedRedefinitions: Sendable {
    /// Definition kinds a new binding hides (`function`, `class`, `import`).
    public var hidden: Set<String>
    /// Node kinds whose children are alternative paths: bindings count only on the same one.
    public var branches: Set<String>
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

    /// Per file: each definition's previous one of the same name and scope, and which are read
    /// (themselves or an earlier binding of the name).
    struct Index {
        let graph: ScopeGraph
        private var previous: [Int: Int] = [:]
        private var used: Set<Int> = []

        init(graph: ScopeGraph) {
            self.graph = graph
            var last: [String: Int] = [:]
            for (index, definition) in graph.definitions.enumerated() {
                let key = "\(definition.scope):\(definition.name)"
                if let earlier = last[key] { previous[index] = earlier }
                last[key] = index
            }
            for reference in graph.references where !reference.isWrite {
                if let definition = reference.definition { used.insert(definition) }
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
        func isUsed(_ definition: Int) -> Bool { used.contains(definition) }
    }

    /// The earlier definition that `name` (a binding) hides unused, if any.
    func hiddenDefinition(by name: Node, index: Index, text: SourceText) -> ScopeGraph.Definition? {
        guard let current = index.definition(named: name.byteRange), let earlier = index.previous(of: current),
              !index.isUsed(earlier) else { return nil }
        let definition = index.graph.definitions[earlier]
        guard hidden.contains(definition.kind),
              let earlierName = name.tree.root.namedDescendant(covering: definition.nameRange),
              earlierName.byteRange == definition.nameRange else { return nil }
        let newPath = name.ancestors(), oldPath = earlierName.ancestors()
        guard branchPath(newPath, name) == branchPath(oldPath, earlierName),
              qualifiedName(newPath, name, text) == qualifiedName(oldPath, earlierName, text) else { return nil }
        if let exempt, let declaration = oldPath.last(where: { exemptKinds.contains($0.kind) }),
           RegexCache.matches(exempt, declaration.text(in: text.bytes)) {
            return nil
        }
        return definition
    }

    /// For each enclosing branching node, which of its children leads to the name.
    private func branchPath(_ path: [Node], _ node: Node) -> [Int] {
        var steps: [Int] = []
        for (level, ancestor) in path.enumerated() where branches.contains(ancestor.kind) {
            let child = level + 1 < path.count ? path[level + 1] : node
            steps.append(ancestor.startByte)
            steps.append(child.startByte)
        }
        return steps
    }

    private func qualifiedName(_ path: [Node], _ node: Node, _ text: SourceText) -> String {
        guard let parent = path.last, qualified.contains(parent.kind) else { return node.text(in: text.bytes) }
        return parent.text(in: text.bytes)
    }
}
