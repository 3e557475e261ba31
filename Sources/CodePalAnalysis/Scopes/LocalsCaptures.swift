import CodePalSyntax

/// What a language's `queries/locals.scm` says about each node, read from one pass of the query.
///
/// The capture names are the whole vocabulary; the resolver knows no node kinds:
///
/// | capture | meaning |
/// |---|---|
/// | `@scope.<kind>` | the node opens a scope of that kind (module, function, class, comprehension, block, type) |
/// | `@outer` | the node is evaluated in the scope around the innermost one (default values, decorators, base classes, a comprehension's first iterable) |
/// | `@definition.<kind>` | a name defined here; on a node with children (a tuple or destructuring pattern), the `@binding` names inside it are defined, with this kind |
/// | `@binding` | a name inside a pattern: defined when the pattern is a `@definition`, else a reference (`[a, b] = [b, a]`) |
/// | `@reference` | a name that refers to a definition |
/// | `@reference.global`, `@reference.nonlocal` | also declares that the name, in this scope, is the module's (`global`) or the nearest enclosing function's (`nonlocal`) |
/// | `@ignore` | an identifier that names nothing here (attribute and keyword names, imported module paths) |
/// | `@statement` | the whole declaration, for `Definition.range` of the match's definitions |
/// | `@import.module`, `@import.name` | the module path and imported name of the match's definitions |
/// | `@import.bound` | a name defined by another pattern that is an import too (`const x = require('m')`) |
///
/// A definition beats `@ignore`, which beats `@reference`. When several patterns define one node,
/// the earliest pattern wins. Captures starting with `_` are free for predicates.
///
/// Pattern properties (`#set!`):
/// - `definition.scope`: where a definition goes: `parent` (the scope around the one containing
///   the name, e.g. a function's own name) and/or scope kinds to look for outwards
///   (`"function module"` hoists JavaScript's `var`); the innermost scope by default.
/// - `definition.after-statement`: the name is bound when its `@statement` ends, so uses inside
///   the statement see earlier definitions (`v = v + 1`).
/// - `import.default`: an ES default import.
/// - `scope.hidden-from-nested` on a scope pattern: its names are not visible from scopes nested
///   in it (Python class bodies).
struct LocalsCaptures {
    /// Facts about one captured node, merged over every match that captured it. Kept small (the
    /// larger parts live in side tables) because every identifier of a file has one and they are sorted.
    struct Facts {
        let start: Int
        let end: Int
        /// The tree's root node: its scope capture names the root scope rather than opening one.
        let isRoot: Bool
        var isLeaf = true
        var outer = false
        var binding = false
        var reference = false
        var ignore = false
        var redirect: Redirect?
        /// Indices into `scopes`, `definitions` and `imports`, or -1.
        var scope: Int32 = -1
        var definition: Int32 = -1
        var importBound: Int32 = -1

        var isContainer: Bool { scope >= 0 || outer || (definition >= 0 && !isLeaf) }
    }

    struct DefinitionCapture {
        let pattern: Int
        let kind: String
        let target: Target
        let statement: Range<Int>?
        let importInfo: ScopeGraph.ImportInfo?
        /// The name is bound once its whole statement has run (`v = v + 1`).
        let afterStatement: Bool
    }

    /// Where a definition goes, from `#set! definition.scope`.
    struct Target {
        var fromParent = false
        var kinds: [String] = []

        init(_ property: String?) {
            for word in (property ?? "").split(separator: " ") {
                if word == "parent" { fromParent = true } else { kinds.append(String(word)) }
            }
        }
    }

    enum Redirect { case global, nonlocal }

    private enum Role {
        case scope(String), outer, definition(String), binding, reference, ignore, redirect(Redirect)
        case statement, importModule, importName, importBound, none
    }

    /// Captured nodes in document order, a container before what it contains.
    let facts: [Facts]
    let scopes: [(kind: String, visibleToNested: Bool)]
    let definitions: [DefinitionCapture]
    let imports: [(pattern: Int, info: ScopeGraph.ImportInfo)]

    init(query: Query, tree: SyntaxTree, source: [UInt8], forEachMatch: ((QueryMatch) -> Void) -> Void) {
        let roles: [Role] = query.captureNames.map { name in
            switch name {
            case "outer": return .outer
            case "binding": return .binding
            case "reference": return .reference
            case "reference.global": return .redirect(.global)
            case "reference.nonlocal": return .redirect(.nonlocal)
            case "ignore": return .ignore
            case "statement": return .statement
            case "import.module": return .importModule
            case "import.name": return .importName
            case "import.bound": return .importBound
            default:
                if name.hasPrefix("scope.") { return .scope(String(name.dropFirst("scope.".count))) }
                if name.hasPrefix("definition.") { return .definition(String(name.dropFirst("definition.".count))) }
                return .none
            }
        }
        let targets = query.properties.map { Target($0["definition.scope"]) }

        var facts: [Facts] = []
        var scopes: [(kind: String, visibleToNested: Bool)] = []
        var definitions: [DefinitionCapture] = []
        var imports: [(pattern: Int, info: ScopeGraph.ImportInfo)] = []
        var indexOf: [NodeID: Int] = [:]
        let rootID = tree.root.id
        func slot(_ node: Node) -> Int {
            let id = node.id
            if let index = indexOf[id] { return index }
            facts.append(Facts(start: node.startByte, end: node.endByte, isRoot: id == rootID))
            indexOf[id] = facts.count - 1
            return facts.count - 1
        }

        forEachMatch { match in
            var statement: Range<Int>?
            var module: String?
            var importedName: String?
            for capture in match.captures {
                switch roles[capture.index] {
                case .statement: statement = capture.node.byteRange
                case .importModule: module = capture.node.text(in: source)
                case .importName: importedName = capture.node.text(in: source)
                default: break
                }
            }
            let properties = query.properties[match.pattern]
            var importInfo: ScopeGraph.ImportInfo?
            if let module {
                let isDefault = properties["import.default"] != nil
                importInfo = ScopeGraph.ImportInfo(module: module, importedName: isDefault ? (importedName ?? "default") : importedName,
                                                   isDefault: isDefault)
            }
            for capture in match.captures {
                switch roles[capture.index] {
                case .scope(let kind):
                    let index = slot(capture.node)
                    facts[index].scope = Int32(scopes.count)
                    scopes.append((kind, properties["scope.hidden-from-nested"] == nil))
                case .outer:
                    facts[slot(capture.node)].outer = true
                case .definition(let kind):
                    let index = slot(capture.node)
                    if facts[index].definition >= 0, definitions[Int(facts[index].definition)].pattern <= match.pattern { continue }
                    facts[index].definition = Int32(definitions.count)
                    definitions.append(DefinitionCapture(pattern: match.pattern, kind: kind, target: targets[match.pattern],
                                                                statement: statement, importInfo: importInfo,
                                                                afterStatement: properties["definition.after-statement"] != nil))
                    facts[index].isLeaf = capture.node.childCount == 0
                case .binding: facts[slot(capture.node)].binding = true
                case .reference: facts[slot(capture.node)].reference = true
                case .ignore: facts[slot(capture.node)].ignore = true
                case .redirect(let redirect): facts[slot(capture.node)].redirect = redirect
                case .importBound:
                    guard let importInfo else { continue }
                    let index = slot(capture.node)
                    if facts[index].importBound >= 0, imports[Int(facts[index].importBound)].pattern <= match.pattern { continue }
                    facts[index].importBound = Int32(imports.count)
                    imports.append((match.pattern, importInfo))
                case .statement, .importModule, .importName, .none:
                    break
                }
            }
        }

        // Matches arrive grouped by pattern, not in document order. Nodes nest, so sorting by start
        // and then by longest first puts every container before its contents; a container and a
        // leaf with the same range (`as x`: the target and its identifier) are ordered container first.
        facts.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.isRoot != b.isRoot { return a.isRoot }
            return a.isContainer && !b.isContainer
        }
        self.facts = facts
        self.scopes = scopes
        self.definitions = definitions
        self.imports = imports
    }
}
