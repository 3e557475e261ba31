import CodePalSyntax
import Foundation

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
/// | `@reference.write` | a reference that assigns the variable rather than reading it (`err = f()`) |
/// | `@reference.global`, `@reference.nonlocal` | also declares that the name, in this scope, is the module's (`global`) or the nearest enclosing function's (`nonlocal`) |
/// | `@ignore` | an identifier that names nothing here (attribute and keyword names, imported module paths) |
/// | `@statement` | the whole declaration, for `Definition.range` of the match's definitions |
/// | `@import.module`, `@import.name` | the module path and imported name of the match's definitions |
/// | `@import.bound` | a name defined by another pattern that is an import too (`const x = require('m')`) |
/// | `@member` with `@member.object` | a name looked up in what the object refers to (`pkg.Name` of an imported package); not a reference of its own |
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
/// - `definition.sequential`: uses before the name is bound do not see it, they look in the
///   enclosing scopes (block scoping without hoisting: Go's `x := x * 2` reads the outer `x`).
/// - `definition.redeclaration-assigns`: a name already defined in the same scope is not defined
///   again but assigned (Go's `n, err := f()` after an `err` of the same block: a write of it).
/// - `definition.visible-assigns`: the same for a name defined earlier in a scope around it that
///   it sees (Ruby: `total = 0; items.each { |i| total += i }` writes the method's `total`).
/// - `import.default`: an ES default import.
/// - `definition.name-match`: a regular expression whose first group, found in the captured
///   text, is the defined name and its range (Go's `import "database/sql"` defines `sql`, the
///   last part of the path); the capture is then one name even when it has parts (PHP's `$x`).
/// - `scope.hidden-from-nested` on a scope pattern: its names are not visible from scopes nested
///   in it (Python class bodies).
/// - `scope.closed` on a scope pattern: the names of the scopes around it are not visible in it
///   (Ruby's `def`: a method body sees only its own locals).
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
        var write = false
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
        /// Uses before the binding look outwards instead (`definition.sequential`).
        let sequential: Bool
        /// An earlier definition of the name in the same scope is assigned instead.
        let redeclarationAssigns: Bool
        /// ... or in the same scope or one around it that sees it (`definition.visible-assigns`).
        var visibleAssigns = false
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
        case scope(String), outer, definition(String), binding, reference, write, ignore, redirect(Redirect)
        case statement, importModule, importName, importBound, member, memberObject, none
    }

    /// Captured nodes in document order, a container before what it contains.
    let facts: [Facts]
    let scopes: [(kind: String, visibleToNested: Bool, closed: Bool)]
    let definitions: [DefinitionCapture]
    let imports: [(pattern: Int, info: ScopeGraph.ImportInfo)]
    /// `@member` names with the range of their `@member.object`, in no particular order.
    let members: [(name: Range<Int>, object: Range<Int>)]

    init(query: Query, tree: SyntaxTree, source: [UInt8], forEachMatch: ((QueryMatch) -> Void) -> Void) {
        let roles: [Role] = query.captureNames.map { name in
            switch name {
            case "outer": return .outer
            case "binding": return .binding
            case "reference": return .reference
            case "reference.write": return .write
            case "reference.global": return .redirect(.global)
            case "reference.nonlocal": return .redirect(.nonlocal)
            case "ignore": return .ignore
            case "statement": return .statement
            case "import.module": return .importModule
            case "import.name": return .importName
            case "import.bound": return .importBound
            case "member": return .member
            case "member.object": return .memberObject
            default:
                if name.hasPrefix("scope.") { return .scope(String(name.dropFirst("scope.".count))) }
                if name.hasPrefix("definition.") { return .definition(String(name.dropFirst("definition.".count))) }
                return .none
            }
        }
        let targets = query.properties.map { Target($0["definition.scope"]) }
        let nameMatches = query.properties.map { $0["definition.name-match"].flatMap { try? NSRegularExpression(pattern: $0) } }
        var members: [(name: Range<Int>, object: Range<Int>)] = []

        var facts: [Facts] = []
        var scopes: [(kind: String, visibleToNested: Bool, closed: Bool)] = []
        var definitions: [DefinitionCapture] = []
        var imports: [(pattern: Int, info: ScopeGraph.ImportInfo)] = []
        var indexOf: [NodeID: Int] = [:]
        let rootID = tree.root.id
        func slot(_ node: Node, narrowedBy regex: NSRegularExpression? = nil) -> Int {
            let id = node.id
            if let index = indexOf[id] { return index }
            var range = node.byteRange
            if let regex { range = Self.narrow(range, source: source, regex: regex) }
            facts.append(Facts(start: range.lowerBound, end: range.upperBound, isRoot: id == rootID))
            indexOf[id] = facts.count - 1
            return facts.count - 1
        }

        forEachMatch { match in
            var statement: Range<Int>?
            var module: String?
            var importedName: String?
            var member: Node?
            var memberObject: Node?
            for capture in match.captures {
                switch roles[capture.index] {
                case .statement: statement = capture.node.byteRange
                case .importModule: module = capture.node.text(in: source)
                case .importName: importedName = capture.node.text(in: source)
                case .member: member = capture.node
                case .memberObject: memberObject = capture.node
                default: break
                }
            }
            if let member, let memberObject {
                members.append((member.byteRange, memberObject.byteRange))
                facts[slot(member)].ignore = true
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
                    scopes.append((kind, properties["scope.hidden-from-nested"] == nil, properties["scope.closed"] != nil))
                case .outer:
                    facts[slot(capture.node)].outer = true
                case .definition(let kind):
                    let index = slot(capture.node, narrowedBy: nameMatches[match.pattern])
                    if facts[index].definition >= 0, definitions[Int(facts[index].definition)].pattern <= match.pattern { continue }
                    facts[index].definition = Int32(definitions.count)
                    definitions.append(DefinitionCapture(pattern: match.pattern, kind: kind, target: targets[match.pattern],
                                                                statement: statement, importInfo: importInfo,
                                                                afterStatement: properties["definition.after-statement"] != nil,
                                                                sequential: properties["definition.sequential"] != nil,
                                                                redeclarationAssigns: properties["definition.redeclaration-assigns"] != nil,
                                                                visibleAssigns: properties["definition.visible-assigns"] != nil))
                    // A name found by `definition.name-match` is one name, whatever parts it has
                    // (PHP's `$total`: `$` and `total`), not a pattern of several.
                    facts[index].isLeaf = capture.node.childCount == 0 || nameMatches[match.pattern] != nil
                case .binding: facts[slot(capture.node)].binding = true
                case .reference: facts[slot(capture.node)].reference = true
                case .write:
                    let index = slot(capture.node)
                    facts[index].reference = true
                    facts[index].write = true
                case .ignore: facts[slot(capture.node)].ignore = true
                case .redirect(let redirect): facts[slot(capture.node)].redirect = redirect
                case .importBound:
                    guard let importInfo else { continue }
                    let index = slot(capture.node)
                    if facts[index].importBound >= 0, imports[Int(facts[index].importBound)].pattern <= match.pattern { continue }
                    facts[index].importBound = Int32(imports.count)
                    imports.append((match.pattern, importInfo))
                case .statement, .importModule, .importName, .member, .memberObject, .none:
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
        self.members = members
    }

    /// The range of the first group of `regex` in the text of `range` (the whole range when it
    /// does not match).
    static func narrow(_ range: Range<Int>, source: [UInt8], regex: NSRegularExpression) -> Range<Int> {
        let upper = min(range.upperBound, source.count)
        guard range.lowerBound < upper else { return range }
        let text = String(decoding: source[range.lowerBound..<upper], as: UTF8.self)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), match.numberOfRanges > 1,
              let group = Range(match.range(at: 1), in: text) else { return range }
        let start = range.lowerBound + text.utf8.distance(from: text.startIndex, to: group.lowerBound)
        return start..<(start + text[group].utf8.count)
    }
}
