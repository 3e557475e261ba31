import CodePalSyntax

/// Sink-first findings (`built:` in a rule): the text that reaches a sink is put together from a
/// value nobody checked, whatever framework that value came from. Taint rules need a source they
/// know (`request.args`, `req.query`); code reached through a framework no rule names has none,
/// yet `cursor.execute(f"... WHERE name = '{name}'")` is as wrong there. So, at a sink:
///
/// 1. The value is followed back through what the file shows: assignments to a plain name (the
///    last one before the read, plus `+=` and `.append` after it), and the returns of the file's
///    own functions, a few steps deep.
/// 2. Somewhere along that way the text must be built: a `@built` node of taint.scm
///    (concatenation, interpolation, `%`, `format`, `join`) outside any sanitizer of the rule's
///    kinds (psycopg's `sql.SQL(...).format(...)`, a tagged template).
/// 3. One of its `@built.part`s must carry a value that is not constant: untrusted in the
///    analysis made with `unchecked: true`, where every `@unchecked` parameter is untrusted, and
///    literals, module constants, numbers, lengths, allow-list checks and lookups in constant
///    tables are not.
/// 4. The text gathered on the way must have the sink family's shape (the rule's `shape`): SQL
///    keywords, a command line, markup, an XPath step.
///
/// Passing text through (`def run(sql): cursor.execute(sql)`) builds nothing and is not reported.
enum TaintBuiltText {
    /// How far a value is followed back (names and helper returns), and how many expressions are
    /// gathered at most: enough for `sql = base + where` with `where` built two lines up.
    static let depth = 4
    static let gathered = 24

    /// The pasted value the finding names: the first `@built.part` of text reaching `sink` that
    /// `analysis` finds untrusted, when the gathered text matches `shape`; nil otherwise.
    static func unchecked(_ sink: Node, shape: String?, facts: TaintFacts, analysis: () -> TaintAnalysis, sanitizer: (Node) -> Bool) -> Node? {
        let values = gather(sink, facts: facts, sanitizer: sanitizer)
        var built: [Node] = []
        for value in values {
            value.walk { node in
                if sanitizer(node) { return false }
                if facts.builtParts[node.id] != nil { built.append(node) }
                return true
            }
        }
        guard !built.isEmpty else { return nil }
        if let shape {
            let text = values.map { $0.text(in: facts.text.bytes) }.joined(separator: "\n")
            guard RegexCache.matches(shape, text) else { return nil }
        }
        let analysis = analysis()
        for node in built {
            for part in facts.builtParts[node.id] ?? [] where analysis.isTainted(part) { return innermostName(part, analysis: analysis, facts: facts) }
        }
        return nil
    }

    /// Whether any name is read in `node`: a literal cannot have been built from a value. A name
    /// is an identifier, or what the language's taint.scm captures as `@reference` and not as
    /// `@property` (PHP's `$name` is a `variable_name`), as `TaintFacts.isVariable` says.
    static func readsAName(_ node: Node, facts: TaintFacts) -> Bool {
        var found = false
        node.walk { inner in
            if found { return false }
            if inner.kind == "shorthand_property_identifier" || facts.isVariable(inner) { found = true }
            return !found
        }
        return found
    }

    /// The sink's value and what it was made from, in the file: earlier assignments of the names
    /// it reads, updates of them since, and the returns of the file's functions it calls; not
    /// what a sanitizer made (`template.render(...)` is no longer the template's text).
    static func gather(_ sink: Node, facts: TaintFacts, sanitizer: (Node) -> Bool) -> [Node] {
        var result: [Node] = []
        var seen: Set<NodeID> = []
        var queue: [(node: Node, depth: Int)] = [(TaintAnalysis.unwrapped(sink), 0)]
        while !queue.isEmpty, result.count < gathered {
            let (value, depth) = queue.removeFirst()
            guard seen.insert(value.id).inserted else { continue }
            result.append(value)
            guard depth < Self.depth else { continue }
            value.walk { node in
                // A call of the file's own function is worth its returns even when its name reads
                // as a sanitizer (`flt.where()` returning the text of a WHERE clause).
                let own = facts.summarizedCalls[node.id]
                if own == nil, sanitizer(node) { return false }
                if let name = own {
                    for returned in facts.calls.functions[name]?.returns ?? [] { queue.append((TaintAnalysis.unwrapped(returned), depth + 1)) }
                }
                // A call without arguments may read as a name (Ruby's `system(ffmpeg_line)`): it is
                // worth its method's returns above, and what a local of that name was given.
                if facts.isVariable(node), !facts.properties.contains(node.id) {
                    for earlier in assignedValues(of: node, facts: facts) { queue.append((TaintAnalysis.unwrapped(earlier), depth + 1)) }
                    return false
                }
                return true
            }
        }
        return result
    }

    /// The values given to the variable `name` that its read at `node` can see: the last plain
    /// assignment before it, and the updates (`+=`, `.append(...)`) between that one and the read.
    private static func assignedValues(of node: Node, facts: TaintFacts) -> [Node] {
        let name = node.text(in: facts.text.bytes)
        let chain = facts.scopeChains[node.id] ?? [-1]
        let read = node.startByte
        var values: [Node] = []
        var from = Int.min
        if let flow = facts.reachingAssignment(of: name, before: read, chain: chain) {
            values.append(facts.flows[flow].value)
            from = facts.recordOffset(flow)
        }
        for (index, flow) in facts.flows.enumerated() where !flow.strong && flow.node.startByte < read {
            let offset = facts.recordOffset(index)
            guard offset > from, offset <= read, flow.target.text(in: facts.text.bytes) == name,
                  let scope = facts.scopeChains[flow.node.id]?.first, chain.contains(scope) else { continue }
            values.append(flow.value)
        }
        return values
    }

    /// The name to put in the message: the first untrusted plain name inside the part (`name` of
    /// `name.strip()`), else the part itself.
    private static func innermostName(_ part: Node, analysis: TaintAnalysis, facts: TaintFacts) -> Node {
        var found: Node?
        part.walk { node in
            if found != nil { return false }
            if facts.isVariable(node), !facts.properties.contains(node.id), analysis.isTainted(node) { found = node; return false }
            return true
        }
        return found ?? part
    }
}
