import CodePalSyntax

/// The file's own functions and the calls of them by plain name, so that taint crosses a call:
/// a parameter carries what any call passes it, a helper whose every return is sanitized
/// sanitizes, and a helper that returns request data is a source. Context-insensitive and within
/// one file; a name defined more than once, or defined as a method (`@function.method`), is left
/// alone rather than guessed. Methods are reached only by calls on the object itself, by name,
/// when one method of the file has that name.
struct TaintCalls {
    struct Function {
        let node: Node
        /// Parameters in order: the name node of each, nil where a parameter is a pattern.
        let parameters: [Node?]
        /// By position, the names a destructuring parameter binds (`search({ title, author })`).
        var patterns: [Int: [Node]] = [:]
        var returns: [Node] = []
    }

    private(set) var functions: [String: Function] = [:]
    private var definitions: [(name: String, node: Node, bindsAsMethod: Bool)] = []
    private var methods: Set<NodeID> = []
    var returns: [Node] = []
    var calls: [(name: String, call: Node, arguments: Node)] = []
    /// The file's bytes, for the names of keyword arguments and parameters.
    var bytes: [UInt8] = []

    mutating func define(name: String, function: Node, parameters: Node?) {
        definitions.append((name, function, false))
        functions[name] = Self.function(function, parameters, skipsReceiver: false)
    }

    /// A class called by its name runs its constructor (`UserSearch(request.args)` runs
    /// `__init__(self, req)`).
    mutating func defineConstructor(className: String, function: Node, parameters: Node?, skipsReceiver: Bool) {
        defineBound(className, function, parameters, skipsReceiver)
    }

    mutating func markMethod(_ node: Node) { methods.insert(node.id) }

    /// Methods live apart from plain functions: a call by plain name never reaches one, and
    /// `self.name(...)` reaches only a method.
    static func methodKey(_ name: String) -> String { "." + name }

    /// A method, reached by calls on the object itself.
    mutating func defineMethod(name: String, function: Node, parameters: Node?, skipsReceiver: Bool) {
        defineBound(Self.methodKey(name), function, parameters, skipsReceiver)
    }

    /// A method reachable under `key` although it is a method; a call's arguments line up with
    /// the parameters after the first when `skipsReceiver` (Python's `self`), else with all of
    /// them (JavaScript's `constructor` and methods).
    private mutating func defineBound(_ key: String, _ function: Node, _ parameters: Node?, _ skipsReceiver: Bool) {
        definitions.append((key, function, true))
        functions[key] = Self.function(function, parameters, skipsReceiver: skipsReceiver)
    }

    private static func function(_ node: Node, _ parameters: Node?, skipsReceiver: Bool) -> Function {
        var patterns: [Int: [Node]]? = [:]
        let names = parameters.map { parameterNames($0, patterns: &patterns) } ?? []
        guard skipsReceiver else { return Function(node: node, parameters: names, patterns: patterns ?? [:]) }
        var shifted: [Int: [Node]] = [:]
        for (position, leaves) in patterns ?? [:] where position > 0 { shifted[position - 1] = leaves }
        return Function(node: node, parameters: Array(names.dropFirst()), patterns: shifted)
    }

    /// Keeps the functions calls can be bound to, and gives each its own returns (not those of
    /// functions nested in it).
    mutating func resolve() {
        var counts: [String: Int] = [:]
        for definition in definitions { counts[definition.name, default: 0] += 1 }
        for definition in definitions where counts[definition.name]! > 1 || (methods.contains(definition.node.id) && !definition.bindsAsMethod) {
            functions[definition.name] = nil
        }
        calls.removeAll { functions[$0.name] == nil }
        guard !calls.isEmpty else {
            functions = [:]
            return
        }
        // Each return belongs to the innermost definition around it (one sweep: a big file has
        // thousands of both), and counts when that definition is still a function calls reach.
        let nodes = definitions.map(\.node)
        var nameOfNode: [NodeID: String] = [:]
        for (name, function) in functions { nameOfNode[function.node.id] = name }
        let owners = InnermostRanges(offsets: returns.map(\.startByte), ranges: nodes.map(\.byteRange)).owners
        for (value, owner) in zip(returns, owners) {
            guard let owner, let name = nameOfNode[nodes[owner].id] else { continue }
            functions[name]?.returns.append(value)
        }
    }

    /// What the function a call reaches returns (nothing for calls of other functions).
    func returns(ofCall call: Node) -> [Node] {
        guard let name = calls.first(where: { $0.call.id == call.id })?.name else { return [] }
        return functions[name]?.returns ?? []
    }

    /// The function each call of a file's function with a `return` reaches, by call node: such a
    /// call is worth what its returns are worth, not its arguments (`role(user)` returning
    /// `"admin"` or `"member"` holds neither).
    func summarizedCalls() -> [NodeID: String] {
        var result: [NodeID: String] = [:]
        for call in calls where !(functions[call.name]?.returns.isEmpty ?? true) && passedPosition(call) == nil { result[call.call.id] = call.name }
        return result
    }

    /// Where a function of the file is handed over by name to a call that runs it with the
    /// arguments after it (`queue.enqueue(transcode, spec)`, `executor.submit(fetch, url)`,
    /// `loop.run_in_executor(None, render, page)`): the position of that argument; nil for a
    /// call of the function itself.
    private func passedPosition(_ call: (name: String, call: Node, arguments: Node)) -> Int? {
        guard call.arguments.parent?.id == call.call.id,
              call.call.child(field: "function").map({ $0.text(in: bytes) == call.name }) != true else { return nil }
        var position = 0
        for argument in call.arguments.namedChildren where !argument.isComment {
            if argument.kind == "identifier", argument.text(in: bytes) == call.name { return position }
            position += 1
        }
        return nil
    }

    /// The parameters of the functions some call of the file reaches: they hold what those calls
    /// pass, which the analysis follows.
    var calledParameters: [Node] {
        Set(calls.map(\.name)).compactMap { functions[$0] }.flatMap { $0.parameters.compactMap { $0 } + $0.patterns.values.flatMap { $0 } }
    }

    /// Every parameter of a function that is called somewhere (their scopes are indexed).
    var allParameters: [Node] { functions.values.flatMap { $0.parameters.compactMap { $0 } + $0.patterns.values.flatMap { $0 } } }

    /// The parameters some call passes an argument that `isTainted` holds for: by position, and
    /// by name for keyword arguments (a child with `name` and `value` fields).
    func parametersReceiving(_ isTainted: (Node) -> Bool) -> [Node] {
        var result: [Node] = []
        for call in calls {
            guard let function = functions[call.name] else { continue }
            var position = 0
            var positional = true
            // A function handed over by name receives the arguments after it.
            let skipped = passedPosition(call).map { $0 + 1 } ?? 0
            for argument in call.arguments.namedChildren.filter({ !$0.isComment }).dropFirst(skipped) {
                if let name = argument.child(field: "name"), let value = argument.child(field: "value") {
                    let wanted = name.text(in: bytes)
                    let named = function.parameters.compactMap({ $0 })
                    // A keyword no parameter is named for lands in `**fields`, when there is one.
                    if let parameter = named.first(where: { $0.text(in: bytes) == wanted }) ?? named.first(where: Self.collectsKeywords),
                       isTainted(value) {
                        result.append(parameter)
                    }
                    continue
                }
                // After `*args` or `...rest` positions no longer line up.
                if argument.kind.contains("splat") || argument.kind.contains("spread") { positional = false }
                defer { position += 1 }
                guard positional, position < function.parameters.count else { continue }
                if let parameter = function.parameters[position] {
                    if isTainted(argument) { result.append(parameter) }
                } else if let leaves = function.patterns[position], isTainted(argument) {
                    result += leaves
                }
            }
        }
        return result
    }

    /// Whether a parameter's name node is that of a `**kwargs`-style parameter.
    static func collectsKeywords(_ name: Node) -> Bool {
        name.parent?.kind.contains("dictionary_splat") == true
    }

    enum Quantifier { case all, any }

    /// Calls of the functions whose returns satisfy `test` (all of them, or any), following
    /// helpers that return calls of such helpers.
    func callsOfFunctions(_ quantifier: Quantifier = .all, returning test: (Node) -> Bool) -> [Node] {
        var chosen: Set<String> = []
        var accepted: Set<NodeID> = []
        // The calls of each name, gathered once: every chosen function scanned all calls.
        var callsByName: [String: [NodeID]]?
        var changed = true
        while changed {
            changed = false
            for (name, function) in functions where !chosen.contains(name) && !function.returns.isEmpty {
                let holds = { (value: Node) in accepted.contains(value.id) || test(value) }
                guard quantifier == .all ? function.returns.allSatisfy(holds) : function.returns.contains(where: holds) else { continue }
                chosen.insert(name)
                if callsByName == nil { callsByName = Dictionary(grouping: calls, by: \.name).mapValues { $0.map(\.call.id) } }
                accepted.formUnion(callsByName![name] ?? [])
                changed = true
            }
        }
        return calls.filter { chosen.contains($0.name) }.map(\.call)
    }

    /// A parameter list's names in order: the parameter itself when it is an identifier, else
    /// every identifier of its `name` field (`a, b string` is two), else its `name`, `left` or
    /// `pattern` field, else its first named child (`x: int`); nil for
    /// destructuring patterns. Leaves that are not identifiers (`*`, `/` separators) hold no
    /// position.
    static func parameterNames(_ list: Node) -> [Node?] {
        var none: [Int: [Node]]? = nil
        return parameterNames(list, patterns: &none)
    }

    /// The same, and by position the names each destructuring parameter binds.
    static func parameterNames(_ list: Node, patterns: inout [Int: [Node]]?) -> [Node?] {
        var names: [Node?] = []
        for parameter in list.namedChildren where !parameter.isComment {
            if parameter.kind == "identifier" {
                names.append(parameter)
                continue
            }
            if parameter.childCount == 0 { continue }
            // Several names sharing a type (Go's `a, b string`) are several parameters.
            let named = (0..<parameter.childCount).filter { parameter.fieldName(ofChild: $0) == "name" }.compactMap { parameter.child($0) }
                .filter { $0.kind == "identifier" }
            if named.count > 1 {
                names += named.map { Optional($0) }
                continue
            }
            // A `name` that wraps one word is that name (PHP's `$item`, a `variable_name`).
            if let name = parameter.child(field: "name"), name.kind != "identifier", name.namedChildCount == 1, name.namedChild(0)?.namedChildCount == 0 {
                names.append(name)
                continue
            }
            let candidate = parameter.child(field: "name") ?? parameter.child(field: "left") ?? parameter.child(field: "pattern")
                ?? parameter.namedChildren.first
            names.append(candidate.flatMap { $0.kind == "identifier" ? $0 : nil })
            if patterns != nil, names.last! == nil, let pattern = [candidate, parameter].compactMap({ $0 }).first(where: { Self.destructuring.contains($0.kind) }) {
                let leaves = Self.patternNames(pattern)
                if !leaves.isEmpty { patterns![names.count - 1] = leaves }
            }
        }
        return names
    }

    private static let destructuring: Set<String> = ["object_pattern", "array_pattern", "tuple_pattern", "list_pattern", "assignment_pattern"]

    /// The names a destructuring parameter binds (`{ title, author: by, year = 2000 }` binds
    /// `title`, `by` and `year`), not its keys or default values.
    static func patternNames(_ pattern: Node) -> [Node] {
        var leaves: [Node] = []
        func visit(_ node: Node) {
            if node.kind == "identifier" || node.kind == "shorthand_property_identifier_pattern" {
                leaves.append(node)
                return
            }
            for index in 0..<node.childCount {
                let field = node.fieldName(ofChild: index)
                guard field != "key", field != "right", field != "value" || node.kind == "pair_pattern", let child = node.child(index) else { continue }
                visit(child)
            }
        }
        visit(pattern)
        return leaves
    }
}
