import CodePalSyntax

/// Checks that make a value safe where they hold, read from the `@guard…` captures of `taint.scm`:
///
/// - `@guard` a conditional (`if`, `elif`, `? :`) with `@guard.condition`, `@guard.then` and, when
///   it has one, `@guard.else`; `@guard.alternative` marks a conditional that has an `elif`/`else`.
/// - `@guard.exit` statements after which the code goes no further (`return`, `raise`, `throw`,
///   `continue`, `abort(400)`).
/// - `@guard.not`, `@guard.and`, `@guard.or` with `@guard.operand`s: the logic of conditions
///   (a parenthesised condition is an `@guard.and` of one operand).
/// - `@guard.safe[.kind]`: a check that, when true, proves its `@guard.subject`s safe for sinks of
///   that sanitizer kind (every kind without one): `x in ALLOWED`, `is_safe_url(x)`;
///   `@guard.unsafe[.kind]`: a check that proves them safe when false (`x not in ALLOWED`,
///   `".." in name`). `@guard.subject.normalized` is a subject that only counts when it is a
///   normalised path (`realpath(p).startswith(BASE)` yes, `p.startswith(BASE)` no).
/// - `@guard.parse`: URL parsers (`urlparse(u)`, `new URL(u)`); `@guard.normalize`: path
///   normalisers (`realpath`, `path.resolve`). A check of what they return checks their input.
/// - `@guard.through`: children that a check of their parent also checks (`parsed.netloc` checks
///   `parsed`); a check of anything else (`splitext(name)[1]`, `name[0]`) checks nothing.
///
/// - `@guard.by` with `@guard.by.name` and `@guard.subject`: a check by a pattern kept under a name
///   (`SIZE_RE.test(size)`, `SLUG.match(s)`), which proves what `@guard.named.safe[.kind]` says of
///   that name's declaration (`const SIZE_RE = /^\d+x\d+$/`, with `@guard.named` its name);
///   `@guard.named.declared` marks every name given a pattern, so that, where the check is also
///   `@guard.by.constant` (`.test`, which only validates), one the file does not declare
///   (imported) counts when it is named as a constant (`UID_RE`).
///
/// A subject that is a variable also covers, up to two assignments back, the variables its value
/// was parsed or normalised from (`host = urlparse(url).hostname` then `host in ALLOWED` covers
/// `url`); a subject that holds request data itself covers that expression's text
/// (`ALLOWED.has(req.query.x) ? req.query.x : "/"`). Where the facts hold: in the branch taken
/// when the condition proves them, and after the conditional when the other branch exits or
/// re-assigns the variable a clean value (`if url not in ALLOWED: url = "/"`), up to the end of
/// the enclosing block (of the function, for expression texts).
final class TaintGuards {
    /// A variable made safe from `offset` (for one kind of sink, or every kind when `kind` is
    /// nil), until `until` (nil: the end of its scope or its next assignment). With a
    /// `requiredFlow`, only if that assignment's value is clean.
    struct Effect {
        let offset: Int
        let until: Int?
        let name: String
        let kind: String?
        let site: NodeID
        let requiredFlow: Int?
        /// `name` is the text of a request-data expression, not a variable.
        let isExpression: Bool
        /// Made after its conditional (the other arm left or cleaned the variable): it takes effect
        /// after what the conditional's arms settle (`TaintBranches`).
        var isAfter = false
    }

    private struct Site {
        var node: Node
        var condition: Node?
        var then: Node?
        var otherwise: Node?
        var hasAlternative = false
    }

    private struct Check {
        let safeWhenTrue: Bool
        let kind: String?
        let subjects: [Node]
        let normalized: Bool
    }

    private struct Fact {
        let kind: String?
        let subject: Node
        let normalized: Bool
    }

    private var sites: [NodeID: Site] = [:]
    private var siteOrder: [NodeID] = []
    private var exits: Set<NodeID> = []
    private var negations: [NodeID: Node] = [:]
    private var conjunctions: [NodeID: [Node]] = [:]
    private var disjunctions: [NodeID: [Node]] = [:]
    private var checks: [NodeID: [Check]] = [:]
    private var parsers: Set<NodeID> = []
    private var normalizers: Set<NodeID> = []
    private var through: Set<NodeID> = []
    /// Checks by a named pattern, and what each name's pattern proves (kinds; nil for every kind).
    private var namedChecks: [(id: NodeID, name: String, subjects: [Node], trustsConstant: Bool)] = []
    private var namedPatterns: [String: [String?]] = [:]
    /// Names the file gives a pattern literal, safe or not.
    private var namedDeclared: Set<String> = []
    private var namedResolved = false

    var siteNodes: [Node] { siteOrder.compactMap { sites[$0]?.node } }
    var isEmpty: Bool { resolveNamedChecks(); return checks.isEmpty }

    /// Turns checks by named patterns into checks once every declaration is known (a constant
    /// is usually declared above its use, but need not be).
    private func resolveNamedChecks() {
        guard !namedResolved else { return }
        namedResolved = true
        for check in namedChecks where !check.subjects.isEmpty {
            // A constant the file does not spell out (`import { UID_RE } from "./patterns"`) is
            // taken at its name's word: a module constant used as a check validates.
            let imported = check.trustsConstant && !namedDeclared.contains(check.name) && check.name.first?.isUppercase == true
                && check.name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
            guard let kinds = namedPatterns[check.name] ?? (imported ? [nil] : nil) else { continue }
            for kind in Set(kinds.map { $0 ?? "" }) {
                checks[check.id, default: []].append(Check(safeWhenTrue: true, kind: kind.isEmpty ? nil : kind,
                                                          subjects: check.subjects, normalized: false))
            }
        }
    }

    /// Takes one capture of a `taint.scm` match; false when it is not a guard capture.
    func add(_ name: String, _ node: Node, _ match: QueryMatch, source: [UInt8]) -> Bool {
        let id = node.id
        switch name {
        case "guard":
            if sites[id] == nil { sites[id] = Site(node: node); siteOrder.append(id) }
            if let condition = match.first("guard.condition") { sites[id]?.condition = condition }
            if let then = match.first("guard.then") { sites[id]?.then = then }
            if let otherwise = match.first("guard.else") { sites[id]?.otherwise = otherwise; sites[id]?.hasAlternative = true }
            if match.first("guard.alternative") != nil { sites[id]?.hasAlternative = true }
        case "guard.exit": exits.insert(id)
        case "guard.not": if let operand = match.first("guard.operand") { negations[id] = operand }
        case "guard.and": conjunctions[id] = match.nodes("guard.operand")
        case "guard.or": disjunctions[id] = match.nodes("guard.operand")
        case "guard.parse": parsers.insert(id)
        case "guard.normalize": normalizers.insert(id)
        case "guard.through": through.insert(id)
        case "guard.by":
            if let name = match.first("guard.by.name") {
                namedChecks.append((id, name.text(in: source), match.nodes("guard.subject"), match.first("guard.by.constant") != nil))
            }
        case "guard.named.declared":
            if let named = match.first("guard.named") { namedDeclared.insert(named.text(in: source)) }
        case let name where name.hasPrefix("guard.named.safe"):
            let rest = name.dropFirst("guard.named.safe".count)
            if let named = match.first("guard.named") {
                namedPatterns[named.text(in: source), default: []].append(rest.hasPrefix(".") ? String(rest.dropFirst()) : nil)
            }
        case let name where name.hasPrefix("guard.safe") || name.hasPrefix("guard.unsafe"):
            let safe = name.hasPrefix("guard.safe")
            let rest = name.dropFirst(safe ? "guard.safe".count : "guard.unsafe".count)
            let kind = rest.hasPrefix(".") ? String(rest.dropFirst()) : nil
            let plain = match.nodes("guard.subject"), normalized = match.nodes("guard.subject.normalized")
            if !plain.isEmpty { checks[id, default: []].append(Check(safeWhenTrue: safe, kind: kind, subjects: plain, normalized: false)) }
            if !normalized.isEmpty { checks[id, default: []].append(Check(safeWhenTrue: safe, kind: kind, subjects: normalized, normalized: true)) }
        case let name where name.hasPrefix("guard."): break   // roles read through the match above
        default: return false
        }
        return true
    }

    // MARK: - Effects

    /// Every variable each conditional makes safe, and where. Linear in the size of the
    /// conditions, plus the assignments looked up for subjects.
    func effects(_ facts: TaintFacts) -> [Effect] {
        resolveNamedChecks()
        guard !checks.isEmpty else { return [] }
        var result: [Effect] = []
        for id in siteOrder {
            guard let site = sites[id], let condition = site.condition, let then = site.then else { continue }
            let chain = facts.scopeChains[id] ?? [-1]
            let context = Context(offset: site.node.startByte, chain: chain, facts: facts)
            let whenTrue = proven(condition, true, context), whenFalse = proven(condition, false, context)
            if whenTrue.isEmpty && whenFalse.isEmpty { continue }
            let onTrue = names(whenTrue, before: site.node.startByte, chain, facts)
            let onFalse = names(whenFalse, before: site.node.startByte, chain, facts)
            for (name, kind, expression) in onTrue {
                result.append(Effect(offset: then.startByte, until: then.endByte, name: name, kind: kind, site: id,
                                     requiredFlow: nil, isExpression: expression))
            }
            if let otherwise = site.otherwise {
                for (name, kind, expression) in onFalse {
                    result.append(Effect(offset: otherwise.startByte, until: otherwise.endByte, name: name, kind: kind, site: id,
                                         requiredFlow: nil, isExpression: expression))
                }
            }
            // After the conditional: what the branch that was not taken proves, if the taken one
            // left (or cleaned the variable).
            var after: [(String, String?, Bool, Int?)] = []
            if !site.hasAlternative, !onFalse.isEmpty {
                let leaves = endsInExit(then)
                for (name, kind, expression) in onFalse {
                    if leaves {
                        after.append((name, kind, expression, nil))
                    } else if !expression, let flow = lastAssignment(of: name, directlyIn: then, facts) {
                        after.append((name, kind, expression, flow))
                    }
                }
            } else if let otherwise = site.otherwise, !onTrue.isEmpty, endsInExit(otherwise), !endsInExit(then) {
                after = onTrue.map { ($0.0, $0.1, $0.2, nil) }
            }
            guard !after.isEmpty else { continue }
            let (blockEnd, scopeEnd) = enclosingBlockEnd(site.node, facts)
            for (name, kind, expression, flow) in after {
                // A check that is the last statement of its block protects nothing after it.
                if let end = expression ? scopeEnd : blockEnd, end <= site.node.endByte { continue }
                // A variable is re-bound by assignments and scoped by its function; an expression
                // text is neither, so its region always ends with the function.
                result.append(Effect(offset: site.node.endByte, until: expression ? scopeEnd : blockEnd, name: name, kind: kind,
                                     site: id, requiredFlow: flow, isExpression: expression, isAfter: true))
            }
        }
        return result
    }

    private struct Context {
        let offset: Int
        let chain: [Int]
        let facts: TaintFacts
    }

    /// The checks that hold when `condition` evaluates to `value`.
    private func proven(_ condition: Node, _ value: Bool, _ context: Context, depth: Int = 0) -> [Fact] {
        guard depth < 64 else { return [] }
        let id = condition.id
        // A check of a whole compound condition (`u.startswith("/") and not u.startswith("//")`)
        // proves what it proves on top of what its parts do.
        let own = (checks[id] ?? []).filter { $0.safeWhenTrue == value }.flatMap { check in
            check.subjects.map { Fact(kind: check.kind, subject: $0, normalized: check.normalized) }
        }
        if let operand = negations[id] { return own + proven(operand, !value, context, depth: depth + 1) }
        // `a and b` true proves both; false proves what every operand proves when false (one
        // operand: parentheses). `or` the other way round.
        if let operands = conjunctions[id] {
            let each = operands.map { proven($0, value, context, depth: depth + 1) }
            return own + (value ? each.flatMap { $0 } : common(each, context))
        }
        if let operands = disjunctions[id] {
            let each = operands.map { proven($0, value, context, depth: depth + 1) }
            return own + (value ? common(each, context) : each.flatMap { $0 })
        }
        if checks[id] != nil { return own }
        let facts = context.facts
        guard facts.references.contains(id), !facts.properties.contains(id) else { return [] }
        // A variable as a condition: falsy (`None`, `""`, `0`) is harmless to any sink, and a
        // variable holding a check (`ok = url in ALLOWED; if not ok: return`) stands for it.
        var result = value ? [] : [Fact(kind: nil, subject: condition, normalized: false)]
        if depth < 8, let flow = facts.reachingAssignment(of: condition.text(in: facts.text.bytes), before: context.offset, chain: context.chain) {
            result += proven(facts.flows[flow].value, value, context, depth: depth + 8)
        }
        return result
    }

    /// The facts every list holds (by subject text), each for the narrower kind of the two.
    private func common(_ lists: [[Fact]], _ context: Context) -> [Fact] {
        guard var result = lists.first else { return [] }
        let bytes = context.facts.text.bytes
        for list in lists.dropFirst() {
            result = result.compactMap { fact in
                let text = fact.subject.text(in: bytes)
                guard let other = list.first(where: { $0.subject.text(in: bytes) == text
                                                       && ($0.kind == nil || fact.kind == nil || $0.kind == fact.kind) }) else { return nil }
                return Fact(kind: fact.kind ?? other.kind, subject: fact.subject, normalized: fact.normalized || other.normalized)
            }
        }
        return result
    }

    /// The variables that proven facts cover, with the sink kind they are safe for.
    private func names(_ proven: [Fact], before offset: Int, _ chain: [Int], _ facts: TaintFacts) -> [(String, String?, Bool)] {
        var result: [(String, String?, Bool)] = []
        var seen: Set<String> = []
        for fact in proven {
            var expressions: [String] = []
            let (covered, normalized) = covers(fact.subject, before: offset, chain, facts, hops: 2, expressions: &expressions)
            if fact.normalized && !normalized { continue }
            for name in covered where seen.insert("\(fact.kind ?? "")|\(name)").inserted {
                result.append((name, fact.kind, false))
            }
            for text in expressions where seen.insert("\(fact.kind ?? "")|\(text)").inserted {
                result.append((text, fact.kind, true))
            }
        }
        return result
    }

    /// A field read off a variable (`dto.cartId`, `form.next`, `this.opts.mode`): checked, it is
    /// covered by its text as request data itself is, since the parameter it is read from
    /// (`@Body() dto`) holds the request's data without being a source expression.
    private static func isFieldPath(_ node: Node) -> Bool {
        var current = node
        var depth = 0
        while current.kind == "member_expression" || current.kind == "attribute", depth < 4 {
            guard let object = current.child(field: "object") else { return false }
            current = object
            depth += 1
        }
        return depth > 0 && (current.kind == "identifier" || current.kind == "this")
    }

    /// The variables a check of `node` checks, and whether `node` is a normalised path.
    private func covers(_ node: Node, before offset: Int, _ chain: [Int], _ facts: TaintFacts, hops: Int,
                        expressions: inout [String]) -> ([String], Bool) {
        var names: [String] = []
        var normalized = false
        var pending = [node]
        while let current = pending.popLast() {
            let id = current.id
            if parsers.contains(id) || normalizers.contains(id) {
                normalized = normalized || normalizers.contains(id)
                current.walk { inner in
                    if facts.references.contains(inner.id), !facts.properties.contains(inner.id) {
                        names.append(inner.text(in: facts.text.bytes))
                    }
                    return true
                }
                continue
            }
            if facts.references.contains(id), !facts.properties.contains(id) {
                names.append(current.text(in: facts.text.bytes))
                continue
            }
            let inner = current.namedChildren.filter { through.contains($0.id) }
            if inner.isEmpty, hops == 2, facts.containsSource(current) || Self.isFieldPath(current) {
                expressions.append(current.text(in: facts.text.bytes))
            }
            pending.append(contentsOf: inner)
        }
        guard hops > 0 else { return (names, normalized) }
        var all = names
        for name in names {
            guard let flow = facts.reachingAssignment(of: name, before: offset, chain: chain) else { continue }
            let value = facts.flows[flow].value
            let (more, moreNormalized) = covers(value, before: facts.flows[flow].node.startByte, chain, facts, hops: hops - 1,
                                                expressions: &expressions)
            all.append(contentsOf: more)
            normalized = normalized || moreNormalized
        }
        return (all, normalized)
    }

    /// The conditionals with their arms, for `TaintBranches`: whether each arm ends by leaving, and
    /// whether the two arms are the whole conditional (an `else` and no `elif` between them).
    func arms() -> [(node: Node, then: Node, otherwise: Node?, thenExits: Bool, elseExits: Bool, exhaustive: Bool)] {
        let starts = siteOrder.compactMap { sites[$0]?.node.startByte }.sorted()
        return siteOrder.compactMap { id in
            guard let site = sites[id], let then = site.then else { return nil }
            var exhaustive = false
            if let otherwise = site.otherwise, otherwise.startByte >= then.endByte {
                // An `elif` is a conditional of its own between the two arms.
                exhaustive = !starts.contains { $0 > then.endByte && $0 < otherwise.startByte }
            }
            return (site.node, then, site.otherwise, endsInExit(then), site.otherwise.map(endsInExit) ?? false, exhaustive)
        }
    }

    private func endsInExit(_ node: Node) -> Bool {
        if exits.contains(node.id) { return true }
        guard let last = node.namedChildren.last(where: { !$0.isExtra }) else { return false }
        return exits.contains(last.id)
    }

    /// The last assignment to `name` among the statements of `block` itself (not nested deeper).
    private func lastAssignment(of name: String, directlyIn block: Node, _ facts: TaintFacts) -> Int? {
        // A modifier's body (`url = "/" unless local?(url)`) is the assignment itself, not a block.
        if let index = facts.flowIndex[block.id] {
            let flow = facts.flows[index]
            return flow.strong && facts.isVariable(flow.target) && flow.target.text(in: facts.text.bytes) == name ? index : nil
        }
        var found: Int?
        for statement in block.namedChildren where !statement.isExtra {
            for candidate in [statement] + statement.namedChildren {
                guard let index = facts.flowIndex[candidate.id] else { continue }
                let flow = facts.flows[index]
                if flow.strong, facts.isVariable(flow.target), flow.target.text(in: facts.text.bytes) == name { found = index }
            }
        }
        return found
    }

    /// Where the block holding `node` ends, or nil when that block is a whole function or file
    /// (nothing follows that could be reached without the check); and where its function ends.
    private func enclosingBlockEnd(_ node: Node, _ facts: TaintFacts) -> (block: Int?, scope: Int?) {
        let chain = node.ancestors()
        let scopeEnd = chain.last(where: { facts.isScope($0) })?.endByte
        guard chain.count >= 2 else { return (nil, scopeEnd) }
        let parent = chain[chain.count - 1]
        if facts.isScope(chain[chain.count - 2]) { return (nil, scopeEnd) }
        return (parent.endByte, scopeEnd)
    }
}
