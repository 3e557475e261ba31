import CodePalSyntax

/// Intra-procedural taint tracking driven by `queries/taint.scm`:
///
/// - `@source`: an expression whose value is untrusted (request data, `input()`, `location`, ...);
///   `@source.parameter`: a parameter that is untrusted from the start (route parameters).
/// - `@source.<kind>` (other than `parameter`): a value that matters only to the rules that follow
///   that kind (`random.randint(...)` for weak randomness); such rules ask whether one value
///   reaches a `@sink.<kind>` (a session, a cookie, a name for a secret), not whether a sink holds
///   request data.
/// - `@sanitizer`: an expression whose value is safe whatever goes in (`int(...)`, `shlex.quote(...)`).
/// - `@assign` with `@target` and `@value`: the target takes the value's taint (a plain name is
///   also cleaned by a clean value, unless the assignment is inside a `@branch`); `@update` with
///   `@target` and `@value`: taint is only added (`+=`, `list.append(x)`, `obj.field = x`).
/// - `@scope`: functions; names are looked up in their scope, then the enclosing ones.
/// - `@reference`: identifiers that read a variable; `@property`: identifiers that never do.
///
/// - `@from` in a flow: where its new value counts from, when that is not the end of the value
///   (a comprehension's element comes before its `for`).
/// - `@passes` with `@passes.value`: a call whose value is that of a part the analysis would not
///   otherwise look into (`useMemo(() => html, [])`: the callback's body).
/// - `@setter.state` and `@setter.function` in one match, `@setter.call` with `@setter.argument`
///   in another: a call of the function by that name writes its argument into the state variable
///   (React's `const [html, setHtml] = useState("")`), wherever it is called.
/// - `@handler.use`: a function passed by name where its first parameter receives untrusted data
///   (`addEventListener("message", onMessage)`); `@handler.name` with `@handler.parameter`: a
///   function's name and first parameter, tainted when the name is so used.
/// - `@registrar` in a `@source.parameter` match: the plain name of the decorator registering the
///   function; its parameters count only when the file defines no function or class so named.
/// - `@guard…`: checks that make a variable safe where they hold (see `TaintGuards`); a check of
///   the kind `prefixed` (`".." in name`) makes it safe only where it is used as `@prefixed`: right
///   after a fixed folder in a concatenation or a format (`BASE + "/" + name`, `f"{BASE}/{name}"`),
///   not through a join, where an absolute name replaces the folder.
/// - `@subscript` with `@subscript.object` and `@subscript.key`, `@entry` with `@entry.key` and
///   `@entry.value`: a read by constant key (`cfg["cmd"]`, `cfg.cmd`) of a variable last given a
///   literal container is worth that entry alone, unless tainted data was added to it since; by
///   any other key (`targets[name]`, `targets.get(name, "/")` with `@subscript.default`), worth
///   its entries (and the default), whatever the key.
/// - `@constant` with `@constant.condition`, `@constant.then` and `@constant.else`: a conditional
///   whose condition may be constant (`if False:`, `if DEBUG:` where `DEBUG` is only ever
///   assigned `False`); the arm that cannot run carries no taint (see `ConstantConditions`).
/// - `@function` with `@function.name` and `@function.parameters`, `@function.return` (a returned
///   value), `@call.function` with `@call.arguments`: functions of the file and calls of them by
///   name, for what crosses a call (see `TaintCalls`).
/// - `@constructor` with `@constructor.class` and `@constructor.parameters` (and
///   `@constructor.receiver` when the first parameter is the object itself, Python's `self`): a
///   class's constructor, run by a call of the class by name.
/// - `@method` with `@method.name` and `@method.parameters` (and `@method.receiver` for a first
///   parameter that is the object itself), `@call.method` with `@call.arguments`: a method of a
///   class and a call of a method on the object itself (`self.search(q)`, `this.search(q)`),
///   bound by name when exactly one method of the file has that name; with `@call.instance`, on an
///   object of a class of the file: a name assigned one, or one made in place (`Filter(p).clause()`,
///   `new Query().brand(b).text()`).
/// - `@argument.unpositioned`: arguments without a position (keyword arguments, spreads), for
///   `TaintSinkPlacement.candidates`.
/// - `@field` with `@field.name`: a field of the object a method runs on (`self.name`,
///   `this.name`); `@field.class`: the classes fields belong to, with `@field.class.name` when
///   several nodes are one class (an ES5 constructor function and the functions put on its
///   prototype: `function Webhook(s) { this.url = s.url }`, `Webhook.prototype.ping = function`).
///   A field written with untrusted
///   data anywhere in its class is untrusted wherever the class reads it.
///
/// Taint flows through every other expression: concatenation, f-strings and template literals,
/// `%` and `.format`, containers, calls. It is a may-analysis in document order, per function.
/// What `taint.scm` says about one file, computed once and shared by the analyses of every
/// sanitizer combination the file's rules ask for.
final class TaintFacts {
    let text: SourceText
    private(set) var sources: Set<NodeID> = []
    /// `@source.<kind>` and `@sink.<kind>` nodes by kind (`random`, `secret`).
    private(set) var sourcesByKind: [String: [Node]] = [:]
    private(set) var sinksByKind: [String: [Node]] = [:]
    private(set) var genericSanitizers: Set<NodeID> = []
    private(set) var sanitizersByKind: [String: Set<NodeID>] = [:]
    private(set) var references: Set<NodeID> = []
    private(set) var prefixedUses: Set<NodeID> = []
    /// Arguments without a position (`@argument.unpositioned`: keyword arguments, spreads).
    private(set) var unpositioned: Set<NodeID> = []
    private(set) var properties: Set<NodeID> = []
    private var scopes: Set<NodeID> = []
    /// Starts of the scopes that write the variables of the scopes around them (`@scope.closure`:
    /// Ruby's blocks, JavaScript's functions): an assignment there to a name the enclosing scope
    /// already holds is that name's.
    private(set) var closureScopes: Set<Int> = []
    /// Flows that bind a new name in their own scope whatever encloses it (`@declares`: `let x =`);
    /// a flow whose node is its own target (a loop variable, a block's parameter) does too.
    private(set) var declarations: Set<NodeID> = []
    private var branches: Set<NodeID> = []
    private(set) var flows: [(node: Node, target: Node, value: Node, strong: Bool, from: Int?)] = []
    private(set) var passes: [NodeID: Node] = [:]
    private(set) var taintedParameters: [Node] = []
    /// `@unchecked`: parameters whose values nobody checked, for the sink-first rules (`built:`);
    /// untrusted only in the analysis made with `unchecked: true`. `@checked` takes some back:
    /// parameters the language fills itself (an array method's callback).
    private(set) var uncheckedParameters: [Node] = []
    /// `@built` nodes (text put together: concatenation, interpolation, `%`, `format`, `join`) and
    /// their `@built.part`s, the values pasted in (see `TaintBuiltText`).
    private(set) var builtParts: [NodeID: [Node]] = [:]
    /// Flow by its node, for values that contain flows (`a = b = c`, `f(x := y)`).
    private(set) var flowIndex: [NodeID: Int] = [:]
    /// Enclosing scopes of every reference and flow, innermost first (start offsets; -1 is the
    /// file). Computed in one walk: `ts_node_parent` descends from the root on every call, which
    /// made per-reference parent chains quadratic on large classes.
    private(set) var scopeChains: [NodeID: [Int]] = [:]
    private(set) var inBranch: Set<NodeID> = []
    /// Flow indices in the order their new values take effect (the end of their value), so that
    /// everything inside a value, guards of a `? :` included, is settled before the flow is.
    private(set) var flowOrder: [Int] = []
    private(set) var guardEffects: [TaintGuards.Effect] = []
    /// Where plain assignments inside conditional code count (see `TaintBranches`).
    private(set) var branchRegions = TaintBranches()
    /// Reads by a constant key (the object and the key's text), and literal containers' entries.
    private(set) var subscripts: [NodeID: (object: Node, key: String?, fallback: Node?)] = [:]
    private(set) var entries: [NodeID: [String: Node]] = [:]
    /// Arms of conditionals that never run, by byte range (usually none).
    private(set) var deadRanges: [Range<Int>] = []
    /// Functions of the file and their calls by name.
    private(set) var calls = TaintCalls()
    /// Calls of the file's functions that return something, to the function's name (summaries).
    private(set) var summarizedCalls: [NodeID: String] = [:]
    /// Fields of `self`/`this` by node: their name, and (once scopes are indexed) their class.
    private(set) var fields: [NodeID: String] = [:]
    private var classes: Set<NodeID> = []
    /// The start of the first node of a class given as several (`@field.class.name`), by node.
    private var classOwners: [NodeID: Int] = [:]
    private(set) var fieldClass: [NodeID: Int] = [:]
    /// Flows whose target is a field, by index.
    private(set) var fieldWrites: [Int] = []
    /// False when the file has no source at all, and then nothing else is computed.
    private(set) var hasSources = false
    /// Plain-name assignments by name and scope, in document order, for looking up where a checked value
    /// came from (built on first use: most files have no guard).
    private var assignmentsByName: [String: [Int: ScopeAssignments]]?

    /// The whole taint query of `language` and its first-pass subset, compiled (and cached).
    static func queries(_ language: Language) throws -> (all: Query, sources: Query?)? {
        guard let query = try language.query(named: "taint") else { return nil }
        return (query, try language.query(named: "taint", onlyPatternsCapturing: sourceCaptures))
    }

    /// The captures of the first pass: a file whose matches take none has no source.
    static let sourceCaptures = ["source", "handler.use"]

    /// The facts from walks of `taint.scm` of their own (the rule set's walk carries them when it
    /// can: `init(tree:text:anySource:matches:)`).
    convenience init?(tree: SyntaxTree, text: SourceText) throws {
        guard let (query, firstPass) = try Self.queries(tree.language) else { return nil }
        // Most files read no untrusted data at all: the patterns that find it, alone, tell so for
        // a fraction of the whole query's cost.
        var any = true
        if let firstPass {
            any = false
            firstPass.forEachMatch(in: tree.root, source: text.bytes) { match in
                if match.captures.contains(where: { $0.name.hasPrefix("source") || $0.name == "handler.use" }) { any = true }
            }
        }
        self.init(tree: tree, text: text, anySource: any) { body in query.forEachMatch(in: tree.root, source: text.bytes, body) }
    }

    /// The facts from the matches of `taint.scm` that `matches` hands over, in the order a walk
    /// finds them; nothing is read when `anySource` says no match captures a source.
    init(tree: SyntaxTree, text: SourceText, anySource: Bool, matches: ((QueryMatch) -> Void) -> Void) {
        self.text = text
        guard anySource else { return }
        let guards = TaintGuards()
        var constants = ConstantConditions()
        var setters: [String: Node] = [:]
        var setterCalls: [(name: String, argument: Node)] = []
        var handlerUses: Set<String> = []
        var handlers: [(name: String, parameter: Node)] = []
        var classNames: Set<String> = []
        var instanceCalls: [(receiver: Node, call: (name: String, call: Node, arguments: Node))] = []
        var typedInstances: [(name: String, className: String)] = []
        var namedClasses: [(name: String, node: Node)] = []
        var checked: Set<NodeID> = []
        /// Parameters of functions registered by a decorator of plain name (`@registrar`), kept
        /// when the file defines no function or class of that name: the decorator then comes
        /// from a library (an import, a marker a library made), not a wrapper of the file's own.
        var registered: [(parameter: Node, registrar: String)] = []
        var definedNames: Set<String> = []
        matches { match in
            for capture in match.captures {
                let id = capture.node.id
                if capture.name.hasPrefix("guard"), guards.add(capture.name, capture.node, match, source: text.bytes) { continue }
                if capture.name == "constant" { constants.add(match); continue }
                switch capture.name {
                case "function":
                    if let name = match.first("function.name") {
                        definedNames.insert(name.text(in: text.bytes))
                        calls.define(name: name.text(in: text.bytes), function: capture.node, parameters: match.first("function.parameters"))
                    }
                case "constructor":
                    if let name = match.first("constructor.class") {
                        calls.defineConstructor(className: name.text(in: text.bytes), function: capture.node,
                                                parameters: match.first("constructor.parameters"),
                                                skipsReceiver: match.first("constructor.receiver") != nil)
                    }
                case "method":
                    if let name = match.first("method.name") {
                        calls.defineMethod(name: name.text(in: text.bytes), function: capture.node, parameters: match.first("method.parameters"),
                                           skipsReceiver: match.first("method.receiver") != nil)
                    }
                case "call.method":
                    // A call without an argument list (Ruby's `search_term`, `self.search_term`):
                    // `@call.empty` is the call, and its method name stands for no arguments.
                    let empty = match.first("call.empty")
                    if let arguments = empty == nil ? match.first("call.arguments") : capture.node, let call = empty ?? arguments.parent {
                        let key = TaintCalls.methodKey(capture.node.text(in: text.bytes))
                        if let receiver = match.first("call.instance") {
                            instanceCalls.append((receiver, (key, call, arguments)))
                        } else {
                            calls.calls.append((key, call, arguments))
                        }
                    }
                case "class.name": classNames.insert(capture.node.text(in: text.bytes))
                case "instance.name":
                    if let type = match.first("instance.class") {
                        typedInstances.append((capture.node.text(in: text.bytes), type.text(in: text.bytes)))
                    }
                case "field":
                    if let name = match.first("field.name") { fields[id] = name.text(in: text.bytes) }
                case "field.class":
                    classes.insert(id)
                    if let name = match.first("field.class.name") { namedClasses.append((name.text(in: text.bytes), capture.node)) }
                case "function.return": calls.returns.append(capture.node)
                case "function.method": calls.markMethod(capture.node)
                case "call.function":
                    if let arguments = match.first("call.arguments"), let call = arguments.parent {
                        calls.calls.append((capture.node.text(in: text.bytes), call, arguments))
                    }
                case "source": sources.insert(id)
                case "source.parameter":
                    if let registrar = match.first("registrar") {
                        registered.append((capture.node, registrar.text(in: text.bytes)))
                    } else {
                        taintedParameters.append(capture.node)
                    }
                case "unchecked": uncheckedParameters.append(capture.node)
                case "checked": checked.insert(id)
                case "built.part":
                    if let built = match.first("built") { builtParts[built.id, default: []].append(capture.node) }
                case let name where name.hasPrefix("source."): sourcesByKind[String(name.dropFirst("source.".count)), default: []].append(capture.node)
                case let name where name.hasPrefix("sink."): sinksByKind[String(name.dropFirst("sink.".count)), default: []].append(capture.node)
                case "sanitizer": genericSanitizers.insert(id)
                case let name where name.hasPrefix("sanitizer."):
                    sanitizersByKind[String(name.dropFirst("sanitizer.".count)), default: []].insert(id)
                case "reference": references.insert(id)
                case "prefixed": prefixedUses.insert(id)
                case "argument.unpositioned": unpositioned.insert(id)
                case "subscript":
                    if let object = match.first("subscript.object"), let key = match.first("subscript.key") {
                        // A formatted key (`f"{k}"`) is not a constant: it may be any entry.
                        let keyText = key.text(in: text.bytes)
                        let formatted = keyText.prefix(while: { $0.isLetter }).contains { $0 == "f" || $0 == "F" }
                        let literal = (key.kind == "string" && !formatted) || key.kind == "property_identifier"
                        subscripts[id] = (object, literal ? Self.keyText(keyText) : nil, match.first("subscript.default"))
                    }
                case "entry":
                    if let key = match.first("entry.key"), let value = match.first("entry.value"), let container = capture.node.parent {
                        entries[container.id, default: [:]][Self.keyText(key.text(in: text.bytes))] = value
                    }
                case "property": properties.insert(id)
                case "scope": scopes.insert(id)
                case "scope.closure": closureScopes.insert(capture.node.startByte)
                case "declares": declarations.insert(id)
                case "branch": branches.insert(id)
                case "assign", "update":
                    if let target = match.first("target"), let value = match.first("value") {
                        // Just before the element, so that a check of the comprehension's own `if`
                        // (a guard on the element, at its start) comes after the binding it checks.
                        flows.append((capture.node, target, value, capture.name == "assign", match.first("from").map { $0.startByte - 1 }))
                    }
                case "passes":
                    if let value = match.first("passes.value") { passes[id] = value }
                case "setter.function":
                    if let state = match.first("setter.state") { setters[capture.node.text(in: text.bytes)] = state }
                case "handler.use": handlerUses.insert(capture.node.text(in: text.bytes))
                case "handler.name":
                    if let parameter = match.first("handler.parameter") { handlers.append((capture.node.text(in: text.bytes), parameter)) }
                case "setter.call":
                    if let argument = match.first("setter.argument") {
                        setterCalls.append((capture.node.text(in: text.bytes), argument))
                    }
                default: break
                }
            }
        }
        for call in setterCalls {
            // The state's own identifier is the flow's node: its taint belongs to the component's
            // scope, wherever the setter is called (an effect, a handler).
            if let state = setters[call.name], state.startByte < call.argument.startByte {
                flows.append((state, state, call.argument, false, nil))
            }
        }
        for handler in handlers where handlerUses.contains(handler.name) { taintedParameters.append(handler.parameter) }
        for entry in registered where !definedNames.contains(entry.registrar) && !classNames.contains(entry.registrar) {
            taintedParameters.append(entry.parameter)
        }
        // Parameters the language itself fills (`(item, index)` of an array method's callback)
        // hold the array's elements and numbers, not anything a caller chose.
        if !checked.isEmpty { uncheckedParameters.removeAll { checked.contains($0.id) } }
        if !namedClasses.isEmpty {
            var first: [String: Int] = [:]
            for (name, node) in namedClasses { first[name] = min(first[name] ?? node.startByte, node.startByte) }
            for (name, node) in namedClasses { classOwners[node.id] = first[name] }
        }
        if !instanceCalls.isEmpty, !classNames.isEmpty {
            // Also names declared with a class of the file as their type: a service injected
            // through the constructor (`private readonly search: SearchService`), then called as
            // `this.search.run(q)`.
            let instances = instanceNames(classes: classNames)
                .union(typedInstances.filter { classNames.contains($0.className) }.map(\.name))
            for instanceCall in instanceCalls {
                let receiver = instanceCall.receiver
                // An object made in place (`OrderFilter(params).where()`, `new Query().brand(b).text()`).
                let made = receiver.kind != "identifier" && constructedClass(receiver).map(classNames.contains) == true
                if made || instances.contains(receiver.text(in: text.bytes)) { calls.calls.append(instanceCall.call) }
            }
        }
        calls.bytes = text.bytes
        calls.resolve()
        // A function the file calls by name takes what those calls pass (`page(title, escape(body))`):
        // its parameters are followed from the calls, not unchecked.
        if !uncheckedParameters.isEmpty, !calls.calls.isEmpty {
            let called = Set(calls.calledParameters.map(\.startByte))
            uncheckedParameters.removeAll { called.contains($0.startByte) }
        }
        summarizedCalls = calls.summarizedCalls()
        // A function that returns request data makes its calls sources (`get_id()`), through any
        // number of such helpers.
        if !sources.isEmpty {
            let promoted = calls.callsOfFunctions(.any, returning: { self.containsSource($0, skippingSanitized: true) })
            for call in promoted { sources.insert(call.id) }
            // Such a call keeps the sanitizer kinds its returned sources share: a helper returning
            // `os.Getenv(...)` is still the environment, not request data.
            for _ in 0..<3 {
                var changed = false
                for call in promoted {
                    for kind in sharedSourceKinds(calls.returns(ofCall: call)) where sanitizersByKind[kind, default: []].insert(call.id).inserted {
                        changed = true
                    }
                }
                if !changed { break }
            }
        }
        // Without a source nothing can be tainted: most files of a code base never read request
        // data, and indexing their scopes cost more than the rest of their taint analysis.
        hasSources = !sources.isEmpty || !taintedParameters.isEmpty || !sourcesByKind.isEmpty || !uncheckedParameters.isEmpty
        guard hasSources else { return }
        // Only reads of names that are given a literal container somewhere matter.
        // (A call of the file's own functions may return a literal object: `out = filter(q)`, then `out.where`.)
        let containerNames = Set(flows.filter { entries[$0.value.id] != nil || summarizedCalls[TaintAnalysis.unwrapped($0.value).id] != nil }
            .map { $0.target.text(in: text.bytes) })
        subscripts = subscripts.filter { containerNames.contains($0.value.object.text(in: text.bytes)) }
        flows.sort { $0.node.startByte < $1.node.startByte }
        for (index, flow) in flows.enumerated() where flowIndex[flow.node.id] == nil { flowIndex[flow.node.id] = index }
        var wanted = references
        for flow in flows { wanted.insert(flow.node.id) }
        for parameter in taintedParameters { wanted.insert(parameter.id) }
        for parameter in uncheckedParameters { wanted.insert(parameter.id) }
        for parameter in calls.allParameters { wanted.insert(parameter.id) }
        if !guards.isEmpty { for site in guards.siteNodes { wanted.insert(site.id) } }
        indexScopes(tree.root, wanted: wanted)
        for (index, flow) in flows.enumerated() where fields[flow.target.id] != nil && fieldClass[flow.target.id] != nil {
            fieldWrites.append(index)
        }
        // Ties (the bindings of one comprehension) in the order of their values: `for y in x`
        // after `for x in xs`.
        flowOrder = flows.indices.sorted { (recordOffset($0), flows[$0].value.startByte) < (recordOffset($1), flows[$1].value.startByte) }
        guardEffects = guards.effects(self)
        let branchFlows = flows.indices.filter { inBranch.contains(flows[$0].node.id) && flows[$0].strong && isVariable(flows[$0].target) }
        if !branchFlows.isEmpty {
            branchRegions = TaintBranches(flows: branchFlows, flowNode: { self.flows[$0].node }, branches: branches,
                                          isScope: { self.scopes.contains($0.id) }, arms: guards.arms())
        }
        deadRanges = constants.deadRanges(flows: flows.map { ($0.target, $0.value, $0.strong) }, bytes: text.bytes)
    }

    /// Names the file assigns an object of one of its own classes (`store = AttachmentStore(root)`,
    /// `const repo = new UserRepo(db)`), wherever they are assigned: lexical, like bindings, so that
    /// a module-level instance used inside handlers counts. A method call on such a name reaches the
    /// class's method as `self.name(...)` would.
    private func instanceNames(classes: Set<String>) -> Set<String> {
        var names: Set<String> = []
        for flow in flows where flow.strong && isVariable(flow.target) {
            guard let made = constructedClass(flow.value), classes.contains(made) else { continue }
            names.insert(flow.target.text(in: text.bytes))
        }
        return names
    }

    /// The class whose object an expression is, when it is made in place: a call of a name
    /// (`Search(q)`, `new Search(q)`), or a chain of method calls on one, which builders return
    /// (`new ListingQuery().brand(b).sort(s)`); nil for anything else.
    private func constructedClass(_ node: Node) -> String? {
        var value = TaintAnalysis.unwrapped(node)
        if value.kind == "await", let inner = value.namedChildren.first { value = inner }
        for _ in 0..<8 {
            guard let callee = value.child(field: "function") ?? value.child(field: "constructor") else { return nil }
            if callee.kind == "identifier" { return callee.text(in: text.bytes) }
            // A method of the object: go down to the object it was called on.
            guard let object = callee.child(field: "object"), callee.child(field: "attribute") != nil || callee.child(field: "property") != nil
            else { return nil }
            value = TaintAnalysis.unwrapped(object)
        }
        return nil
    }

    /// A key's text without quotes or string prefixes, so that `"cmd"`, `'cmd'` and `cmd` agree.
    static func keyText(_ raw: String) -> String {
        guard let quote = raw.firstIndex(where: { $0 == "\"" || $0 == "'" || $0 == "`" }),
              raw[..<quote].allSatisfy(\.isLetter), raw.last == raw[quote], raw.distance(from: quote, to: raw.endIndex) >= 2 else { return raw }
        return String(raw[raw.index(after: quote)..<raw.index(before: raw.endIndex)])
    }

    /// Whether `node` lies in an arm of a conditional that never runs.
    func isDead(_ node: Node) -> Bool {
        deadRanges.contains { $0.contains(node.startByte) }
    }

    /// Where flow `index`'s new value counts from: the end of the value (and target), not the end
    /// of the statement, so that a loop's variable is tainted inside its body.
    func recordOffset(_ index: Int) -> Int { flows[index].from ?? max(flows[index].target.endByte, flows[index].value.endByte) }

    /// The sanitizer kinds every `@source` inside `values` has (none when they hold no source).
    private func sharedSourceKinds(_ values: [Node]) -> Set<String> {
        var shared: Set<String>?
        for value in values {
            value.walk { inner in
                guard sources.contains(inner.id) else { return true }
                let kinds = Set(sanitizersByKind.filter { $0.value.contains(inner.id) }.map(\.key))
                shared = shared.map { $0.intersection(kinds) } ?? kinds
                return false
            }
        }
        return shared ?? []
    }

    /// Whether `node` holds a `@source` (a check of request data itself, not of a variable).
    /// Whether request data appears in `node`; with `skippingSanitized`, only where it is not
    /// under a sanitizer for every sink: a helper returning `candidate if candidate.origin ==
    /// request.origin else fallback` returns no request data (the comparison is a boolean).
    func containsSource(_ node: Node, skippingSanitized: Bool = false) -> Bool {
        var found = false
        node.walk { inner in
            if found { return false }
            if skippingSanitized, genericSanitizers.contains(inner.id), !sources.contains(inner.id) { return false }
            if sources.contains(inner.id) { found = true }
            return !found
        }
        return found
    }

    func isScope(_ node: Node) -> Bool { scopes.contains(node.id) }

    /// Whether `node` is a plain variable: an identifier, or a node taint.scm reads as a variable
    /// (`@reference`, not `@property`) though it has parts (PHP's `$name`).
    func isVariable(_ node: Node) -> Bool {
        node.kind == "identifier" || (references.contains(node.id) && !properties.contains(node.id))
    }

    /// "class start|name" for a field of `self`/`this` inside a class, else nil.
    func fieldKey(of node: Node) -> String? {
        guard let name = fields[node.id], let owner = fieldClass[node.id] else { return nil }
        return "\(owner)|\(name)"
    }

    /// The last assignment of the plain name `name` taking effect before `offset` in one of the
    /// scopes of `chain`.
    func reachingAssignment(of name: String, before offset: Int, chain: [Int]) -> Int? {
        if assignmentsByName == nil {
            var byName: [String: [Int: [Int]]] = [:]
            for (index, flow) in flows.enumerated() where flow.strong && isVariable(flow.target) {
                guard let scope = scopeChains[flow.node.id]?.first else { continue }
                byName[flow.target.text(in: text.bytes), default: [:]][scope, default: []].append(index)
            }
            assignmentsByName = byName.mapValues { $0.mapValues { ScopeAssignments(indices: $0, offsets: $0.map(recordOffset)) } }
        }
        // The latest assignment of any scope of the chain (a search per scope, not a scan of every
        // assignment of the name: big files assign names like `result` thousands of times).
        guard let byScope = assignmentsByName?[name] else { return nil }
        var latest: Int?
        for scope in chain {
            guard let found = byScope[scope]?.last(before: offset) else { continue }
            latest = max(latest ?? found, found)
        }
        return latest
    }

    /// A name's assignments in one scope, in flow order, with the least of their offsets from
    /// each one on: that least never decreases, so the last assignment taking effect by an
    /// offset is found by a binary search even though the offsets themselves are not sorted.
    private struct ScopeAssignments {
        let indices: [Int]
        let leastFrom: [Int]

        init(indices: [Int], offsets: [Int]) {
            self.indices = indices
            var least = offsets
            for i in stride(from: least.count - 2, through: 0, by: -1) { least[i] = min(least[i], least[i + 1]) }
            leastFrom = least
        }

        /// The flow index of the last assignment whose offset is at most `offset`.
        func last(before offset: Int) -> Int? {
            var low = 0, high = leastFrom.count
            while low < high {
                let mid = (low + high) / 2
                if leastFrom[mid] <= offset { low = mid + 1 } else { high = mid }
            }
            return low > 0 ? indices[low - 1] : nil
        }
    }

    /// One walk recording, for the nodes that need it, the chain of enclosing scopes and whether
    /// a branch lies between the node and its scope.
    private func indexScopes(_ root: Node, wanted: Set<NodeID>) {
        var chain: [Int] = [-1]
        var branchDepth: [Int] = [0]
        var undo: [(NodeID, Bool)] = []
        var classStack: [(id: NodeID, start: Int)] = []
        // Where the nodes this walk looks at start, sorted: a subtree holding none of them is not
        // entered (most of a file's nodes are neither scopes, branches, classes nor wanted).
        var starts: [Int] = []
        starts.reserveCapacity(wanted.count + scopes.count + branches.count)
        for set in [wanted, scopes, branches, classes] { starts += set.map(\.startByte) }
        starts += fields.keys.map(\.startByte)
        starts.sort()
        func startsWithin(_ node: Node) -> Int {
            var low = 0, high = starts.count
            while low < high { let mid = (low + high) / 2; if starts[mid] < node.startByte { low = mid + 1 } else { high = mid } }
            var count = 0
            var i = low
            while i < starts.count, starts[i] <= node.endByte, count < 2 { count += 1; i += 1 }
            return count
        }
        root.traverse(enter: { node in
            let id = node.id
            let isWanted = wanted.contains(id)
            if isWanted {
                // A scope that is itself looked up (a comprehension, whose `if` is a check of its
                // own variables) starts its chain with itself.
                scopeChains[id] = scopes.contains(id) ? [node.startByte] + chain.reversed() : chain.reversed()
                if branchDepth[branchDepth.count - 1] > 0 { inBranch.insert(id) }
            }
            if !fields.isEmpty {
                if classes.contains(id) { classStack.append((id, classOwners[id] ?? node.startByte)) }
                if fields[id] != nil, let owner = classStack.last { fieldClass[id] = owner.start }
            }
            if scopes.contains(id) {
                chain.append(node.startByte)
                branchDepth.append(0)
                undo.append((id, true))
            } else if branches.contains(id) {
                branchDepth[branchDepth.count - 1] += 1
                undo.append((id, false))
            } else if !classes.contains(id) {
                // Not entered, so not left either: only nodes that keep no state across their
                // subtree may be skipped. The node itself counts once among the starts.
                let own = isWanted || fields[id] != nil ? 1 : 0
                return startsWithin(node) > own
            }
            return true
        }, leave: { node in
            if classStack.last?.id == node.id { classStack.removeLast() }
            while let (owner, isScope) = undo.last, owner == node.id {
                undo.removeLast()
                if isScope {
                    chain.removeLast()
                    branchDepth.removeLast()
                } else {
                    branchDepth[branchDepth.count - 1] -= 1
                }
            }
        })
    }
}

/// Which variables carry untrusted data where, for one set of sanitizer kinds.
final class TaintAnalysis {
    private struct Event {
        let offset: Int
        let tainted: Bool
        /// Clean only where used right after a fixed folder (a `prefixed` check).
        var onlyPrefixed = false
    }

    private let facts: TaintFacts
    private let sanitizers: Set<NodeID>
    /// The nodes whose values are tainted: the file's `@source`s, or the ones a flow rule follows.
    private let sources: Set<NodeID>
    /// Taint of each flow's value, so a chain `a = b = c = …` is evaluated once per link, not
    /// once per link per enclosing link.
    private var flowTaint: [Int: Bool] = [:]
    /// Per "scope|name", sorted by offset.
    private var events: [String: [Event]] = [:]
    /// Texts of request-data expressions that a guard checks (`ALLOWED.has(req.query.x) ? req.query.x : …`).
    private var guardedExpressions: Set<String> = []
    /// Fields ("class start|name") some method of their class writes untrusted data into.
    private let taintedFields: Set<String>
    /// Whether each of the file's functions returns taint, from an earlier round of the analysis
    /// (nil in the first round, where a call of one is worth its arguments).
    private let knownReturns: [String: Bool]?
    /// For the file's functions whose every return is a literal object (`return { where, params }`),
    /// whether each key's entry returns taint, from the same earlier round: destructuring a call
    /// by key (`const { where } = filter(q)`) takes that entry alone.
    private let knownEntryReturns: [String: [String: Bool]]?
    private var text: SourceText { facts.text }

    /// The analysis for one set of sanitizer kinds, with what crosses calls of the file's own
    /// functions: a helper whose every return is sanitized sanitizes (`to_id(x)` returning
    /// `int(x)`), and a parameter receives the taint of the arguments it is called with, until
    /// nothing more changes (a few rounds: helpers calling helpers).
    ///
    /// With `following`, only those nodes (and calls of the file's functions returning them) are
    /// sources, and nothing sanitizes: a number made from a weak random value is as guessable.
    ///
    /// With `unchecked`, the parameters taint.scm marks `@unchecked` (every function's, whatever
    /// registers it) are untrusted as well: the sink-first rules ask whether a value anyone could
    /// have chosen, rather than known request data, is pasted into a query or a command.
    static func make(facts: TaintFacts, sanitizerKinds: Set<String>, following: [Node]? = nil, unchecked: Bool = false) -> TaintAnalysis {
        var origin: Origin = unchecked ? .unchecked : .requestData
        if let following {
            // Calls of the file's functions that return the value (or something made from it)
            // carry it too, through helpers of helpers.
            var followed = Set(following.map(\.id))
            for _ in 0..<3 where !facts.calls.calls.isEmpty {
                let probe = TaintAnalysis(facts: facts, sanitizerKinds: sanitizerKinds, origin: .only(followed), taintedParameters: [], taintedFields: [])
                let promoted = facts.calls.callsOfFunctions(.any) { probe.isTainted($0) }.filter { followed.insert($0.id).inserted }
                if promoted.isEmpty { break }
            }
            origin = .only(followed)
        }
        var analysis = TaintAnalysis(facts: facts, sanitizerKinds: sanitizerKinds, origin: origin, taintedParameters: [], taintedFields: [])
        guard !facts.calls.calls.isEmpty || !facts.fieldWrites.isEmpty else { return analysis }
        var tainted: [Node] = []
        var known: Set<NodeID> = following == nil ? Set(facts.taintedParameters.map(\.id)) : []
        if unchecked { known.formUnion(facts.uncheckedParameters.map(\.id)) }
        var fields: Set<String> = []
        for _ in 0..<4 {
            let more = facts.calls.parametersReceiving { argument in analysis.isTainted(argument) }.filter { known.insert($0.id).inserted }
            let moreFields = facts.fieldWrites.filter { analysis.taintOfFlow($0) }.compactMap { facts.fieldKey(of: facts.flows[$0].target) }
                .filter { fields.insert($0).inserted }
            if more.isEmpty && moreFields.isEmpty { break }
            tainted += more
            analysis = TaintAnalysis(facts: facts, sanitizerKinds: sanitizerKinds, origin: origin, taintedParameters: tainted, taintedFields: fields)
        }
        // Then calls of the file's functions are worth what those return: two rounds, the first
        // from returns judged with calls worth their arguments (over-approximated), the second
        // from returns judged with those summaries.
        guard !facts.summarizedCalls.isEmpty else { return analysis }
        for _ in 0..<2 {
            let summaries = analysis.returnSummaries()
            let entrySummaries = analysis.entryReturnSummaries()
            if summaries == analysis.knownReturns && entrySummaries == analysis.knownEntryReturns { break }
            analysis = TaintAnalysis(facts: facts, sanitizerKinds: sanitizerKinds, origin: origin, taintedParameters: tainted, taintedFields: fields,
                                     knownReturns: summaries, knownEntryReturns: entrySummaries)
        }
        return analysis
    }

    private enum Origin {
        case requestData
        /// Request data and every `@unchecked` parameter.
        case unchecked
        case only(Set<NodeID>)
    }

    private init(facts: TaintFacts, sanitizerKinds: Set<String>, origin: Origin, taintedParameters extra: [Node], taintedFields: Set<String>,
                 knownReturns: [String: Bool]? = nil, knownEntryReturns: [String: [String: Bool]]? = nil) {
        self.facts = facts
        self.taintedFields = taintedFields
        self.knownReturns = knownReturns
        self.knownEntryReturns = knownEntryReturns
        var sanitizers: Set<NodeID> = []
        var initial = extra
        switch origin {
        case .requestData, .unchecked:
            sources = facts.sources
            sanitizers = facts.genericSanitizers
            for kind in sanitizerKinds { sanitizers.formUnion(facts.sanitizersByKind[kind] ?? []) }
            for call in facts.calls.callsOfFunctions(returning: { sanitizers.contains($0.id) }) { sanitizers.insert(call.id) }
            // A parameter marked as a sanitizer kind this rule accepts (`@sanitizer.cli` on a
            // command-line option) says where its data comes from: untrusted for other rules only.
            initial = facts.taintedParameters.filter { !sanitizers.contains($0.id) } + extra
            if case .unchecked = origin { initial += facts.uncheckedParameters.filter { !sanitizers.contains($0.id) } }
        case .only(let ids):
            sources = ids
        }
        self.sanitizers = sanitizers
        for parameter in initial {
            record(name: parameter.text(in: text.bytes), scope: facts.scopeChains[parameter.id]?.first ?? -1, offset: parameter.startByte, tainted: true)
        }
        // Flows and guards in the order they take effect; at one offset, guards first (the end of
        // a checked branch comes before the assignment whose value holds it).
        let effects = facts.guardEffects.filter { $0.kind == nil || sanitizerKinds.contains($0.kind!) }
        // Orders at one offset: a checked region's end, a check, a flow, the end of a region of
        // conditional code (`TaintBranches`: 3 a region, 5 a join), what a check proves after its
        // conditional.
        var steps: [(offset: Int, order: Int, tie: Int, item: Int)] = facts.flowOrder.map { (facts.recordOffset($0), 2, 0, $0) }
        for (index, effect) in effects.enumerated() {
            steps.append((effect.offset, effect.isAfter ? 4 : 1, 0, index))
            if let until = effect.until { steps.append((until, 0, 0, index)) }
            if effect.isExpression { guardedExpressions.insert(effect.name) }
        }
        let branches = facts.branchRegions
        if !branches.isEmpty {
            for step in branches.steps() { steps.append((step.offset, 3, step.tie, step.isJoin ? -1 - step.item : step.item)) }
        }
        if !effects.isEmpty || !branches.isEmpty { steps.sort { ($0.offset, $0.order, $0.tie) < ($1.offset, $1.order, $1.tie) } }
        var cleaned: Set<Int> = []
        for step in steps {
            switch step.order {
            case 2: apply(flow: step.item)
            case 3: settle(branchStep: step.item)
            case 1, 4:
                let effect = effects[step.item]
                let scopes = effect.isExpression ? [-1] : facts.scopeChains[effect.site] ?? [-1]
                if let flow = effect.requiredFlow, taintOfFlow(flow) { continue }
                guard effect.isExpression || variableIsTainted(effect.name, scopes: scopes, at: effect.offset) else { continue }
                record(name: effect.name, scope: scopes.first ?? -1, offset: effect.offset, tainted: false,
                       onlyPrefixed: effect.kind == Self.prefixedKind)
                cleaned.insert(step.item)
            default:
                // Past the checked region the variable may again hold what it held before.
                guard cleaned.contains(step.item) else { continue }
                let effect = effects[step.item]
                let scopes = effect.isExpression ? [-1] : facts.scopeChains[effect.site] ?? [-1]
                record(name: effect.name, scope: scopes.first ?? -1, offset: step.offset, tainted: true)
            }
        }
    }

    private func apply(flow index: Int) {
        let flow = facts.flows[index]
        if flow.target.kind == "object_pattern", let bound = destructuredByKey(flow.target, from: flow.value, at: flow.node.startByte) {
            let scope = facts.scopeChains[flow.node.id]?.first ?? -1
            let from = facts.recordOffset(index)
            for (name, tainted) in bound where tainted { record(name: name, scope: scope, offset: from, tainted: true) }
            return
        }
        // `a, b = x, y` and `[$where, $args] = $this->conditions($q)`: each name takes its own position.
        if SequenceDestructuring.assigns(flow.node), let targets = SequenceDestructuring.targets(flow.target),
           let parts = positions(of: flow.value, count: targets.count, at: flow.node.startByte) {
            let scope = facts.scopeChains[flow.node.id]?.first ?? -1
            let from = facts.recordOffset(index)
            let strong = flow.strong && !facts.inBranch.contains(flow.node.id)
            for (target, tainted) in zip(targets, parts) where tainted || (strong && facts.isVariable(target)) {
                for name in targetNames(target) { record(name: name, scope: scope, offset: from, tainted: tainted) }
            }
            return
        }
        let tainted = taintOfFlow(index)
        // In conditional code, a clean value counts until its region ends (`settle`).
        let region = facts.inBranch.contains(flow.node.id) ? facts.branchRegions.regionOfFlow[index] : nil
        let strong = flow.strong && facts.isVariable(flow.target) && (!facts.inBranch.contains(flow.node.id) || region != nil)
        guard tainted || strong else { return }
        let chain = facts.scopeChains[flow.node.id] ?? [-1]
        let from = facts.recordOffset(index)
        let declares = flow.node == flow.target || facts.declarations.contains(flow.node.id)
        for name in targetNames(flow.target) {
            let scope = declares ? chain.first ?? -1 : writtenScope(name, chain: chain, at: from, strong: flow.strong)
            // A clean value written into an enclosing scope's variable from a block or callback
            // does not clean it: the block may not run at all.
            if !tainted, scope != chain.first { continue }
            record(name: name, scope: scope, offset: from, tainted: tainted)
            if let region, strong { regionNames[region, default: []].insert(BranchKey(scope: scope, name: name)) }
        }
    }

    private struct BranchKey: Hashable {
        let scope: Int
        let name: String
    }

    /// Names assigned in each region of conditional code, and per join the state each arm left.
    private var regionNames: [Int: Set<BranchKey>] = [:]
    private var joinNames: [Int: Set<BranchKey>] = [:]
    private var armStates: [Int: [BranchKey: [Int: Bool]]] = [:]

    private func isTainted(_ key: BranchKey, at offset: Int) -> Bool {
        variableIsTainted(key.name, scopes: [key.scope], at: offset)
    }

    /// The end of a region of conditional code (`item` ≥ 0) or of a conditional whose two arms
    /// join (`-1 - item`): what the names assigned inside hold from there on.
    private func settle(branchStep item: Int) {
        let branches = facts.branchRegions
        if item < 0 {
            let index = -1 - item
            let join = branches.joins[index]
            for key in joinNames[index] ?? [] {
                let before = isTainted(key, at: join.start - 1)
                var after = false, reached = false
                for arm in 0..<2 where !join.exits[arm] {
                    reached = true
                    after = after || (armStates[index]?[key]?[arm] ?? before)
                }
                record(name: key.name, scope: key.scope, offset: join.end, tainted: reached ? after : before)
                if let parent = join.parent { regionNames[parent, default: []].insert(key) }
            }
            return
        }
        let region = branches.regions[item]
        guard let names = regionNames[item] else { return }
        for key in names {
            let now = isTainted(key, at: region.end)
            if let join = region.join {
                // An arm of an `if`/`else`: the other arm starts from what held before the conditional.
                let before = isTainted(key, at: branches.joins[join].start - 1)
                armStates[join, default: [:]][key, default: [:]][region.arm] = now
                joinNames[join, default: []].insert(key)
                record(name: key.name, scope: key.scope, offset: region.end, tainted: before)
            } else {
                // The region may not run: either value.
                let before = isTainted(key, at: region.start - 1)
                record(name: key.name, scope: key.scope, offset: region.end, tainted: before || now)
            }
            if let parent = region.parent { regionNames[parent, default: []].insert(key) }
        }
    }

    /// The scope whose variable `name` an assignment in the innermost scope of `chain` writes: its
    /// own, unless it holds no such name yet and an enclosing one does, and either the write only
    /// adds to the value (`out << x`, `list.append(x)`: the object the name holds, wherever it
    /// was made) or the scopes crossed share their enclosing variables (`@scope.closure`: a Ruby
    /// block's `sql += x`, a JavaScript callback's `html = html + x`).
    private func writtenScope(_ name: String, chain: [Int], at offset: Int, strong: Bool) -> Int {
        guard let own = chain.first, chain.count > 1 else { return chain.first ?? -1 }
        for (position, scope) in chain.enumerated() {
            if let first = events["\(scope)|\(name)"]?.first, first.offset <= offset { return scope }
            if strong && !facts.closureScopes.contains(scope) { break }
            if position + 1 == chain.count { break }
        }
        return own
    }

    fileprivate func taintOfFlow(_ index: Int) -> Bool {
        if let known = flowTaint[index] { return known }
        let flow = facts.flows[index]
        let tainted = isTainted(flow.value, at: flow.node.startByte)
        flowTaint[index] = tainted
        return tainted
    }

    /// Whether `node` is a sanitizer for this analysis's kinds (or for every kind).
    func isSanitizer(_ node: Node) -> Bool { sanitizers.contains(node.id) }

    /// Whether the value of `node` can carry untrusted data where it is evaluated.
    func isTainted(_ node: Node, at offset: Int? = nil) -> Bool {
        if !facts.deadRanges.isEmpty, facts.isDead(node) { return false }
        let at = offset ?? node.startByte
        var found = false
        let root = node.id
        node.walk { candidate in
            if found { return false }
            let id = candidate.id
            // An assignment inside a value (`a = b = c`, `f(x := y)`) is worth its value; a
            // comprehension's binding (a flow with @from) is not the comprehension's value.
            if id != root, let flow = facts.flowIndex[id], facts.flows[flow].from == nil {
                found = taintOfFlow(flow)
                return false
            }
            if let inner = facts.passes[id] {
                found = isTainted(inner, at: max(at, inner.startByte))
                return false
            }
            if sanitizers.contains(id) { return false }
            // A call of the file's own function is worth its returns (its parameters carry what
            // any call passes them), so an argument that the function never returns stays out.
            if let knownReturns, let name = facts.summarizedCalls[id] {
                found = sources.contains(id) || knownReturns[name] ?? true
                return false
            }
            if !facts.subscripts.isEmpty, let access = facts.subscripts[id] {
                if let entry = entryRead(access, at: max(at, candidate.startByte)) {
                    found = entry.values.contains { isTainted($0, at: entry.offset) } || access.fallback.map { isTainted($0, at: at) } == true
                    return false
                }
                if let entry = calledEntryRead(access, at: max(at, candidate.startByte)) {
                    found = entry
                    return false
                }
            }
            if !guardedExpressions.isEmpty, candidate.childCount > 0, isGuarded(candidate) { return false }
            if sources.contains(id) { found = true; return false }
            if !taintedFields.isEmpty, let key = facts.fieldKey(of: candidate), taintedFields.contains(key) { found = true; return false }
            if facts.references.contains(id), !facts.properties.contains(id),
               variableIsTainted(candidate.text(in: text.bytes), scopes: facts.scopeChains[id] ?? [-1], at: max(at, candidate.startByte),
                                 prefixed: facts.prefixedUses.contains(id)) {
                found = true
                return false
            }
            return true
        }
        return found
    }

    /// Which of the file's functions return taint, now that every assignment is known.
    private func returnSummaries() -> [String: Bool] {
        facts.calls.functions.mapValues { function in function.returns.contains { isTainted($0) } }
    }

    /// Per function whose every return is a literal object with no spread: which keys can hold taint.
    /// A sequence literal's positions are the keys `#0`, `#1`, ... (`return where, args`).
    private func entryReturnSummaries() -> [String: [String: Bool]] {
        var result: [String: [String: Bool]] = [:]
        for (name, function) in facts.calls.functions where !function.returns.isEmpty {
            var keys: [String: Bool] = [:]
            var literal = true
            for value in function.returns {
                if let elements = SequenceDestructuring.elements(Self.unwrapped(value)) {
                    for (position, element) in elements.enumerated() { keys["#\(position)"] = (keys["#\(position)"] ?? false) || isTainted(element) }
                    continue
                }
                guard let table = facts.entries[value.id], !Self.spreads(value) else { literal = false; break }
                for (key, entry) in table { keys[key] = (keys[key] ?? false) || isTainted(entry) }
            }
            if literal { result[name] = keys }
        }
        return result
    }

    /// The value inside `await`, parentheses and TypeScript's casts and `!`.
    static func unwrapped(_ node: Node) -> Node {
        var value = node
        while ["await_expression", "parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression"].contains(value.kind),
              let inner = value.namedChild(0) {
            value = inner
        }
        return value
    }

    /// `out.where` of `out = filter(q)`: that key's entry in what the file's function returns
    /// (every return a literal object, from the previous round); nil when that cannot be told or
    /// tainted data went into the variable since.
    private func calledEntryRead(_ access: (object: Node, key: String?, fallback: Node?), at offset: Int) -> Bool? {
        guard let key = access.key, let knownEntryReturns else { return nil }
        let name = access.object.text(in: text.bytes)
        let chain = facts.scopeChains[access.object.id] ?? [-1]
        guard let flow = facts.reachingAssignment(of: name, before: offset, chain: chain) else { return nil }
        let call = Self.unwrapped(facts.flows[flow].value)
        guard let function = facts.summarizedCalls[call.id], let table = knownEntryReturns[function], !sources.contains(call.id),
              let scope = facts.scopeChains[facts.flows[flow].node.id]?.first, let list = events["\(scope)|\(name)"] else { return nil }
        let assigned = facts.recordOffset(flow)
        if list.contains(where: { $0.offset > assigned && $0.offset <= offset && ($0.tainted || $0.onlyPrefixed) }) { return nil }
        return table[key] ?? false
    }

    /// Whether a literal container takes entries it does not name (`{ ...defaults, a: 1 }`, `{**base}`).
    private static func spreads(_ literal: Node) -> Bool {
        literal.namedChildren.contains { $0.kind == "spread_element" || $0.kind == "dictionary_splat" }
    }

    /// What each position of a destructured value holds: the elements of a sequence literal, or
    /// the positions of what the file's function returns when every return is a sequence literal
    /// of that length (from the previous round); nil when that cannot be told.
    private func positions(of value: Node, count: Int, at offset: Int) -> [Bool]? {
        let value = Self.unwrapped(value)
        if let elements = SequenceDestructuring.elements(value) {
            return elements.count == count ? elements.map { isTainted($0, at: offset) } : nil
        }
        guard let name = facts.summarizedCalls[value.id], !sources.contains(value.id), let table = knownEntryReturns?[name],
              table.count == count else { return nil }
        return (0..<count).map { table["#\($0)"] }.allSatisfy { $0 != nil } ? (0..<count).map { table["#\($0)"]! } : nil
    }

    /// `const { where, params } = filter(q)` (or `= opts`, a variable last given a literal object):
    /// each name a key binds takes what that key holds, when the value is known to be a literal
    /// object (the returns of the file's function, from the previous round); nil when it is not,
    /// or the pattern has parts other than plain keys (a rest, a computed key), and the whole
    /// value counts.
    private func destructuredByKey(_ pattern: Node, from value: Node, at offset: Int) -> [(String, Bool)]? {
        let value = Self.unwrapped(value)
        var bound: [(name: String, key: String)] = []
        for child in pattern.namedChildren {
            switch child.kind {
            case "shorthand_property_identifier_pattern":
                let name = child.text(in: text.bytes)
                bound.append((name, name))
            case "object_assignment_pattern":
                guard let left = child.child(field: "left"), left.kind == "shorthand_property_identifier_pattern" else { return nil }
                let name = left.text(in: text.bytes)
                bound.append((name, name))
            case "pair_pattern":
                guard let key = child.child(field: "key"), key.kind == "property_identifier" || key.kind == "string",
                      var target = child.child(field: "value") else { return nil }
                if target.kind == "assignment_pattern", let left = target.child(field: "left") { target = left }
                guard target.kind == "identifier" else { return nil }
                bound.append((target.text(in: text.bytes), TaintFacts.keyText(key.text(in: text.bytes))))
            case "comment":
                continue
            default:
                return nil
            }
        }
        if value.kind == "identifier" {
            var result: [(String, Bool)] = []
            for (name, key) in bound {
                guard let read = entryRead((object: value, key: key, fallback: nil), at: offset) else { return nil }
                result.append((name, read.values.contains { isTainted($0, at: read.offset) }))
            }
            return result
        }
        guard value.kind == "call_expression", let name = facts.summarizedCalls[value.id], let table = knownEntryReturns?[name],
              !sources.contains(value.id) else { return nil }
        return bound.map { ($0.name, table[$0.key] ?? false) }
    }

    /// For a read by key: nil when it cannot be told apart from the whole object; else the values
    /// it can be (the entry of a constant key, none when the literal has no such entry, every entry
    /// for another key) and the offset the container was assigned at. Only when no tainted data went
    /// into the variable after the literal was assigned (a clean update cannot add taint).
    private func entryRead(_ access: (object: Node, key: String?, fallback: Node?), at offset: Int) -> (values: [Node], offset: Int)? {
        let name = access.object.text(in: text.bytes)
        let chain = facts.scopeChains[access.object.id] ?? [-1]
        guard let flow = facts.reachingAssignment(of: name, before: offset, chain: chain),
              let table = facts.entries[facts.flows[flow].value.id], !Self.spreads(facts.flows[flow].value),
              let scope = facts.scopeChains[facts.flows[flow].node.id]?.first,
              let list = events["\(scope)|\(name)"] else { return nil }
        let assigned = facts.recordOffset(flow)
        if list.contains(where: { $0.offset > assigned && $0.offset <= offset && ($0.tainted || $0.onlyPrefixed) }) { return nil }
        let values = access.key.map { key in table[key].map { [$0] } ?? [] } ?? Array(table.values)
        return (values, facts.flows[flow].node.startByte)
    }

    private func isGuarded(_ node: Node) -> Bool {
        let text = node.text(in: self.text.bytes)
        guard guardedExpressions.contains(text), let list = events["-1|\(text)"] else { return false }
        let offset = node.startByte
        guard let last = list.last(where: { $0.offset <= offset }) else { return false }
        return !last.tainted && !last.onlyPrefixed
    }

    static let prefixedKind = "prefixed"

    private func variableIsTainted(_ name: String, scopes: [Int], at offset: Int, prefixed: Bool = false) -> Bool {
        for scope in scopes {
            guard let list = events["\(scope)|\(name)"] else { continue }
            // Last event at or before `offset` (binary search: lists can be long in big scopes).
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid].offset <= offset { low = mid + 1 } else { high = mid }
            }
            if low > 0 { return list[low - 1].tainted || (list[low - 1].onlyPrefixed && !prefixed) }
        }
        return false
    }

    private func record(name: String, scope: Int, offset: Int, tainted: Bool, onlyPrefixed: Bool = false) {
        // In place: a copy taken out of the dictionary and put back copied the whole list on
        // every event, quadratic in a name's events (big files assign `result` thousands of times).
        Self.insert(Event(offset: offset, tainted: tainted, onlyPrefixed: onlyPrefixed), into: &events["\(scope)|\(name)", default: []])
    }

    private static func insert(_ event: Event, into list: inout [Event]) {
        var index = list.count
        while index > 0, list[index - 1].offset > event.offset { index -= 1 }
        list.insert(event, at: index)
    }

    /// The names an assignment target binds: itself, every name of a tuple or list pattern, or
    /// the base object of `a.b` and `a[i]` (whose taint then covers the whole object).
    private func targetNames(_ target: Node) -> [String] {
        if facts.isVariable(target) { return [target.text(in: text.bytes)] }
        var names: [String] = []
        let isPattern = target.kind.contains("pattern") || target.kind.contains("tuple") || target.kind.contains("list")
        target.walk { node in
            if node.kind == "identifier" || node.kind == "shorthand_property_identifier_pattern" || facts.isVariable(node) {
                if !facts.properties.contains(node.id) { names.append(node.text(in: text.bytes)) }
                return isPattern
            }
            return isPattern || names.isEmpty
        }
        return isPattern ? names : Array(names.prefix(1))
    }
}
