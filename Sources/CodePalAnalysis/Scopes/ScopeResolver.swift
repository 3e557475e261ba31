import CodePalSyntax

/// Computes the scope graph of one file from its language's `queries/locals.scm` (see
/// `LocalsCaptures` for the vocabulary). One query pass, one sort of the captured nodes, one sweep
/// over them with a stack of open scopes, then one lookup per reference: no parent chains.
public enum ScopeResolver {
    public static func resolve(tree: SyntaxTree, text: SourceText) throws -> ScopeGraph {
        let rootRange = tree.root.byteRange
        guard let query = try tree.language.query(named: "locals") else {
            return ScopeGraph(scopes: [.init(kind: "module", range: rootRange, parent: nil, visibleToNested: true, closed: false)],
                              definitions: [], references: [])
        }
        return resolve(tree: tree, text: text, query: query) { query.forEachMatch(in: tree.root, source: text.bytes, $0) }
    }

    /// The scope graph of the code under `node` alone, as if the rest of the file were not there:
    /// a name bound in a scope that lies inside `node` is bound as in the whole file's graph
    /// (every scope between the name and that one lies inside `node` too); names bound in the
    /// scopes around `node`, the root scope included, are not. A fraction of the whole file's
    /// cost when `node` is a small part of a large file.
    public static func resolve(tree: SyntaxTree, text: SourceText, under node: Node) throws -> ScopeGraph? {
        guard let query = try tree.language.query(named: "locals") else { return nil }
        return resolve(tree: tree, text: text, query: query) { query.forEachMatch(in: node, source: text.bytes, $0) }
    }

    /// The scope graph from matches of `locals.scm` that `forEachMatch` hands over, found by
    /// `query` (which may also hold other files' patterns: `Language.query(combining:)`).
    public static func resolve(tree: SyntaxTree, text: SourceText, query: Query,
                               forEachMatch: ((QueryMatch) -> Void) -> Void) -> ScopeGraph {
        let captures = LocalsCaptures(query: query, tree: tree, source: text.bytes, forEachMatch: forEachMatch)
        var builder = GraphBuilder(source: text.bytes, rootRange: tree.root.byteRange)
        builder.sweep(captures)
        return builder.finish(members: captures.members)
    }
}

/// The sweep and the binding, kept apart from the query reading.
private struct GraphBuilder {
    struct ScopeRecord {
        var kind: String
        let range: Range<Int>
        let parent: Int?
        let visibleToNested: Bool
        var closed = false
    }

    struct PendingDefinition {
        let name: Int32
        let kind: String
        let nameRange: Range<Int>
        let range: Range<Int>
        var scope: Int
        let importInfo: ScopeGraph.ImportInfo?
        /// Where uses in the same scope start to see it: the name, or the statement's end.
        let visibleFrom: Int
        /// Uses before `visibleFrom` look in the enclosing scopes.
        var sequential = false
    }

    struct PendingReference {
        let name: Int32
        let range: Range<Int>
        let scope: Int
        var isWrite = false
    }

    /// A pattern being defined (`a, (b, c) = ...`): the `@binding` names inside it take these.
    struct DefinitionRoot {
        let kind: String
        let scope: Int
        let statement: Range<Int>
        let importInfo: ScopeGraph.ImportInfo?
        let afterStatement: Bool
        let sequential: Bool
    }

    /// An open node; closing it restores what the sweep had before it.
    struct OpenNode {
        let end: Int
        let scope: Int
        let root: Int?
    }

    let source: [UInt8]
    var scopes: [ScopeRecord]
    var definitions: [PendingDefinition] = []
    var references: [PendingReference] = []
    var roots: [DefinitionRoot] = []
    var names: [String] = []
    var nameIDs: [String: Int32] = [:]
    var redirects: [UInt64: LocalsCaptures.Redirect] = [:]
    /// (scope, name) pairs defined so far in the sweep.
    var defined: Set<UInt64> = []

    init(source: [UInt8], rootRange: Range<Int>) {
        self.source = source
        scopes = [ScopeRecord(kind: "module", range: rootRange, parent: nil, visibleToNested: true)]
    }

    static func key(_ scope: Int, _ name: Int32) -> UInt64 { UInt64(scope) << 32 | UInt64(UInt32(bitPattern: name)) }

    mutating func intern(_ range: Range<Int>) -> Int32 {
        let lower = min(range.lowerBound, source.count), upper = min(range.upperBound, source.count)
        let name = String(decoding: source[lower..<upper], as: UTF8.self)
        if let id = nameIDs[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        nameIDs[name] = id
        return id
    }

    /// The scope a definition made from `current` goes to.
    func target(_ target: LocalsCaptures.Target, from current: Int) -> Int {
        var scope = current
        if target.fromParent, let parent = scopes[scope].parent { scope = parent }
        if target.kinds.isEmpty { return scope }
        var candidate: Int? = scope
        while let index = candidate {
            if target.kinds.contains(scopes[index].kind) { return index }
            candidate = scopes[index].parent
        }
        return 0
    }

    mutating func sweep(_ captures: LocalsCaptures) {
        var stack: [OpenNode] = []
        var scope = 0
        var root: Int?
        for fact in captures.facts {
            // A zero-width node at a container's end (a MISSING name) is taken as inside it.
            while let top = stack.last, top.end < fact.end {
                scope = top.scope
                root = top.root
                stack.removeLast()
            }
            let range = fact.start..<max(fact.start, fact.end)
            if fact.outer {
                stack.append(OpenNode(end: fact.end, scope: scope, root: root))
                scope = scopes[scope].parent ?? scope
                root = nil
            }
            if fact.scope >= 0 {
                let (kind, visible, closed) = captures.scopes[Int(fact.scope)]
                if fact.isRoot {
                    // The file's own node names the root scope's kind.
                    scopes[0].kind = kind
                } else {
                    stack.append(OpenNode(end: fact.end, scope: scope, root: root))
                    scopes.append(ScopeRecord(kind: kind, range: range, parent: scope, visibleToNested: visible, closed: closed))
                    scope = scopes.count - 1
                    root = nil
                }
            }
            let importBound = fact.importBound >= 0 ? captures.imports[Int(fact.importBound)].info : nil
            if fact.definition >= 0 {
                let definition = captures.definitions[Int(fact.definition)]
                let statement = definition.statement ?? range
                let into = target(definition.target, from: scope)
                if fact.isLeaf, definition.redeclarationAssigns || definition.visibleAssigns, !range.isEmpty,
                   definition.visibleAssigns ? definedVisible(intern(range), from: into) : defined.contains(Self.key(into, intern(range))) {
                    references.append(PendingReference(name: intern(range), range: range, scope: scope, isWrite: true))
                } else if fact.isLeaf {
                    define(range, kind: definition.kind, statement: statement, scope: into,
                           importInfo: importBound ?? definition.importInfo, bound: importBound != nil,
                           afterStatement: definition.afterStatement, sequential: definition.sequential)
                } else {
                    stack.append(OpenNode(end: fact.end, scope: scope, root: root))
                    roots.append(DefinitionRoot(kind: definition.kind, scope: into, statement: statement,
                                                importInfo: definition.importInfo, afterStatement: definition.afterStatement,
                                                sequential: definition.sequential))
                    root = roots.count - 1
                }
            } else if fact.binding, let root {
                let pattern = roots[root]
                define(range, kind: pattern.kind, statement: pattern.statement, scope: pattern.scope,
                       importInfo: importBound ?? pattern.importInfo, bound: importBound != nil,
                       afterStatement: pattern.afterStatement, sequential: pattern.sequential)
            } else if let redirect = fact.redirect, !range.isEmpty {
                let name = intern(range)
                redirects[Self.key(scope, name)] = redirect
                references.append(PendingReference(name: name, range: range, scope: scope))
            } else if fact.ignore || range.isEmpty {
                // A MISSING identifier (zero width) in a tree under repair names nothing yet.
                continue
            } else if fact.reference || fact.binding {
                references.append(PendingReference(name: intern(range), range: range, scope: scope, isWrite: fact.write))
            }
        }
    }

    /// Whether a definition of `name` so far is visible from `scope`: its own, or one of a scope
    /// around it, up to a closed scope.
    func definedVisible(_ name: Int32, from scope: Int) -> Bool {
        var current = scope
        var first = true
        while true {
            if (first || scopes[current].visibleToNested), defined.contains(Self.key(current, name)) { return true }
            guard !scopes[current].closed, let parent = scopes[current].parent else { return false }
            current = parent
            first = false
        }
    }

    mutating func define(_ range: Range<Int>, kind: String, statement: Range<Int>, scope: Int,
                         importInfo: ScopeGraph.ImportInfo?, bound: Bool, afterStatement: Bool, sequential: Bool) {
        guard !range.isEmpty else { return }
        defined.insert(Self.key(scope, intern(range)))
        definitions.append(PendingDefinition(name: intern(range), kind: bound ? "import" : kind, nameRange: range,
                                             range: statement, scope: scope, importInfo: importInfo,
                                             visibleFrom: afterStatement ? max(range.lowerBound, statement.upperBound) : range.lowerBound,
                                             sequential: sequential))
    }

    /// The definitions of each (scope, name), in document order, as slices of one array, so that
    /// choosing among many rebindings of one name is a binary search rather than a walk.
    struct Groups {
        var slice: [UInt64: (start: Int32, count: Int32)] = [:]
        var members: [Int32]

        init(_ definitions: [PendingDefinition]) {
            var counts: [UInt64: Int32] = [:]
            counts.reserveCapacity(definitions.count)
            for definition in definitions { counts[GraphBuilder.key(definition.scope, definition.name), default: 0] += 1 }
            slice.reserveCapacity(counts.count)
            var next: Int32 = 0
            for (key, count) in counts {
                slice[key] = (next, 0)
                next += count
            }
            members = Array(repeating: -1, count: definitions.count)
            for (index, definition) in definitions.enumerated() {
                let key = GraphBuilder.key(definition.scope, definition.name)
                let (start, filled) = slice[key]!
                members[Int(start + filled)] = Int32(index)
                slice[key] = (start, filled + 1)
            }
        }
    }

    /// The definition a use of `name` in `scope` at `position` means: the nearest scope defining
    /// it, where scopes hidden from nested ones count only for their own uses.
    /// `nested` starts the search as if from a scope inside `start` (for `nonlocal`).
    func lookup(_ name: Int32, in start: Int, at position: Int, groups: Groups, nested: Bool = false) -> Int? {
        var scope = start
        var first = !nested
        while true {
            if !redirects.isEmpty, let redirect = redirects[Self.key(scope, name)] {
                switch redirect {
                case .global:
                    return pick(groups.slice[Self.key(0, name)], at: position, groups: groups)
                case .nonlocal:
                    guard let parent = scopes[scope].parent else { return nil }
                    scope = parent
                    first = false
                    continue
                }
            }
            if (first || scopes[scope].visibleToNested) && !(nested && scope == 0),
               let group = groups.slice[Self.key(scope, name)], let found = pick(group, at: position, groups: groups),
               !(definitions[found].sequential && definitions[found].visibleFrom > position) {
                return found
            }
            guard !scopes[scope].closed, let parent = scopes[scope].parent else { return nil }
            scope = parent
            first = false
        }
    }

    /// Of the definitions of one name in one scope, the last one bound before `position` in the
    /// text, else the first: a use after a rebinding means the rebinding, and a use before every
    /// binding (hoisting, Python's function-wide locals) means the first. The same rule holds for
    /// uses in nested functions, although they may run later: which assignment a closure sees is a
    /// question of control flow, not of scopes.
    func pick(_ group: (start: Int32, count: Int32)?, at position: Int, groups: Groups) -> Int? {
        guard let group, group.count > 0 else { return nil }
        // The first member not yet bound at `position`; the one before it is the answer.
        var low = Int(group.start), high = Int(group.start + group.count)
        while low < high {
            let mid = (low + high) / 2
            if definitions[Int(groups.members[mid])].visibleFrom <= position { low = mid + 1 } else { high = mid }
        }
        return Int(groups.members[max(Int(group.start), low - 1)])
    }

    /// The nearest scope around `scope` whose names nested scopes see, short of the root (the
    /// function a `nonlocal` declaration refers to).
    func nearestEnclosingFunction(of scope: Int) -> Int? {
        var current = scopes[scope].parent
        while let index = current, index != 0 {
            if scopes[index].visibleToNested { return index }
            current = scopes[index].parent
        }
        return nil
    }

    mutating func finish(members: [(name: Range<Int>, object: Range<Int>)] = []) -> ScopeGraph {
        var groups = Groups(definitions)
        if !redirects.isEmpty {
            // A name declared `global`/`nonlocal` in a scope is bound where the declaration points.
            var moved = false
            for index in definitions.indices {
                let definition = definitions[index]
                guard let redirect = redirects[Self.key(definition.scope, definition.name)] else { continue }
                var into: Int?
                switch redirect {
                case .global: into = 0
                case .nonlocal:
                    if let parent = scopes[definition.scope].parent,
                       let found = lookup(definition.name, in: parent, at: definition.nameRange.lowerBound, groups: groups, nested: true) {
                        into = definitions[found].scope
                    } else {
                        // The enclosing function binds the name in no way the graph records as a
                        // definition (only `del frame` there, Python's other binding): `nonlocal`
                        // compiles only when one binds it, so the nearest one seen by nested scopes
                        // (not a class body, not the module) is the name's home.
                        into = nearestEnclosingFunction(of: definition.scope)
                    }
                }
                if let into, into != definition.scope {
                    definitions[index].scope = into
                    moved = true
                }
            }
            if moved { groups = Groups(definitions) }
        }
        let bound = references.map { reference in
            ScopeGraph.Reference(name: names[Int(reference.name)], range: reference.range,
                                 definition: lookup(reference.name, in: reference.scope, at: reference.range.lowerBound, groups: groups),
                                 isWrite: reference.isWrite, scope: reference.scope)
        }
        var objects: [Int: Int?] = [:]
        if !members.isEmpty { for reference in bound { objects[reference.range.lowerBound] = reference.definition } }
        let resolvedMembers = members.sorted { $0.name.lowerBound < $1.name.lowerBound }.map { member in
            ScopeGraph.Member(name: String(decoding: source[min(member.name.lowerBound, source.count)..<min(member.name.upperBound, source.count)], as: UTF8.self),
                              range: member.name, object: objects[member.object.lowerBound] ?? nil)
        }
        return ScopeGraph(
            scopes: scopes.map { .init(kind: $0.kind, range: $0.range, parent: $0.parent, visibleToNested: $0.visibleToNested, closed: $0.closed) },
            definitions: definitions.map {
                .init(name: names[Int($0.name)], kind: $0.kind, nameRange: $0.nameRange, range: $0.range, scope: $0.scope,
                      importInfo: $0.importInfo)
            },
            references: bound,
            members: resolvedMembers)
    }
}
