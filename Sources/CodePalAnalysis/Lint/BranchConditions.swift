import CodePalSyntax

/// What the `if`s around a statement say must hold for it to run, in C-family code: the
/// conditions of the `if`s it is the consequence of, the negation of those it is the `else` of,
/// and the negation of each guard clause before it in its blocks (`if (rc != OK) return -1;`).
/// Two statements whose conditions contradict each other never both run on one path:
/// `if (rc != OK) free(p); ... if (rc == OK) use(p);` frees and uses `p` on different paths.
///
/// Conditions are compared as text after a small normalisation (`a != b` is `!(a == b)`,
/// `p == NULL` is `!p`, `a >= b` is `!(a < b)`, `a > b` is `b < a`, conjunctions split), which
/// is what code that tests the same status twice writes. Nothing else is inferred: two
/// conditions of different text never contradict.
struct BranchConditions {
    /// One test and whether it holds.
    struct Fact: Hashable {
        let test: String
        let holds: Bool
        /// The names the test reads: an assignment to one between the two statements makes the
        /// second test a new one.
        let names: [String]
        /// Where the test is evaluated.
        let offset: Int
        static func == (a: Fact, b: Fact) -> Bool { a.test == b.test && a.holds == b.holds }
        func hash(into hasher: inout Hasher) { hasher.combine(test); hasher.combine(holds) }
    }

    static let conditionals: Set<String> = ["if_statement"]
    static let nulls: Set<String> = ["NULL", "nullptr", "0", "false", "FALSE"]

    /// The facts that hold whenever `node` runs, from the `if`s and guard clauses of its function.
    static func facts(at node: Node, _ text: SourceText) -> [Fact] {
        var facts: [Fact] = []
        var child = node
        for ancestor in node.ancestors().reversed() {
            if ancestor.kind.hasSuffix("function_definition") || ancestor.kind == "lambda_expression" { break }
            if conditionals.contains(ancestor.kind), let condition = ancestor.child(field: "condition"),
               !condition.byteRange.contains(child.startByte) {
                let inElse = ancestor.child(field: "alternative")?.byteRange.contains(child.startByte) ?? false
                facts += literals(condition, holds: !inElse, text)
            }
            // Guard clauses: `if (C) return;` before the statement in the same block means !C.
            if ancestor.kind == "compound_statement" || ancestor.kind == "case_statement" {
                for sibling in ancestor.namedChildren where sibling.endByte <= child.startByte {
                    guard conditionals.contains(sibling.kind), sibling.child(field: "alternative") == nil,
                          let condition = sibling.child(field: "condition"), let consequence = sibling.child(field: "consequence"),
                          alwaysExits(consequence, text) else { continue }
                    facts += literals(condition, holds: false, text)
                }
            }
            child = ancestor
        }
        return facts
    }

    /// Whether `first` and `second` never both run: a fact of one contradicts a fact of the
    /// other, and nothing between the first's test and the second's assigns a name the test reads.
    static func exclusive(_ first: Node, _ second: Node, _ text: SourceText) -> Bool {
        let before = facts(at: first, text) + assignments(after: first, text)
        guard !before.isEmpty else { return false }
        let after = facts(at: second, text)
        for fact in after {
            guard let earlier = before.first(where: { $0.test == fact.test && $0.holds != fact.holds && $0.offset < fact.offset }) else { continue }
            let from = min(earlier.offset, fact.offset), to = max(earlier.offset, fact.offset)
            if from == to { continue }
            if !NextReads.writes(earlier.names, in: text, from: from, to: to) { return true }
        }
        return false
    }

    /// Flags set on the path after `node` (`free(pixels); complete = false; break;`): a name given
    /// a constant by a statement that runs whenever `node` does, up to the first exit.
    static func assignments(after node: Node, _ text: SourceText) -> [Fact] {
        var facts: [Fact] = []
        var child = node
        for ancestor in node.ancestors().reversed() {
            if ancestor.kind.hasSuffix("function_definition") || ancestor.kind == "lambda_expression" { break }
            if ancestor.kind == "compound_statement" || ancestor.kind == "case_statement" {
                for sibling in ancestor.namedChildren where sibling.startByte >= child.endByte {
                    if NextReads.isExit(sibling, text) { return facts }
                    guard sibling.kind == "expression_statement", let assignment = sibling.namedChild(0), assignment.kind == "assignment_expression",
                          assignment.child(field: "operator")?.text(in: text.bytes) == "=", let name = assignment.child(field: "left"),
                          name.kind == "identifier", let value = assignment.child(field: "right") else { continue }
                    let constant = value.text(in: text.bytes)
                    let holds: Bool
                    if nulls.contains(constant) { holds = false } else if constant == "true" || constant == "TRUE" || constant == "1" { holds = true } else { continue }
                    facts.append(Fact(test: name.text(in: text.bytes), holds: holds, names: [name.text(in: text.bytes)], offset: assignment.endByte))
                }
            }
            child = ancestor
        }
        return facts
    }

    /// The facts a condition gives when it holds (or does not): conjunctions split (`a && b`
    /// holding, `a || b` failing), negations flipped, comparisons with null read as the pointer.
    static func literals(_ condition: Node, holds: Bool, _ text: SourceText) -> [Fact] {
        var node = condition
        while node.kind == "parenthesized_expression" || node.kind == "condition_clause", node.namedChildCount == 1,
              let inner = node.child(field: "value") ?? node.namedChild(0) {
            node = inner
        }
        let op = node.child(field: "operator")?.text(in: text.bytes)
        if node.kind == "unary_expression", op == "!" || op == "not", let argument = node.child(field: "argument") {
            return literals(argument, holds: !holds, text)
        }
        guard node.kind == "binary_expression", let op, let left = node.child(field: "left"), let right = node.child(field: "right") else {
            return [fact(node, node, holds: holds, text)].compactMap { $0 }
        }
        switch op {
        case "&&", "and": return holds ? literals(left, holds: true, text) + literals(right, holds: true, text) : []
        case "||", "or": return holds ? [] : literals(left, holds: false, text) + literals(right, holds: false, text)
        case "==", "!=":
            let equal = (op == "==") == holds
            if nulls.contains(right.text(in: text.bytes)) { return literals(left, holds: !equal, text) }
            if nulls.contains(left.text(in: text.bytes)) { return literals(right, holds: !equal, text) }
            let sides = [compact(left, text), compact(right, text)].sorted()
            return [Fact(test: sides[0] + "==" + sides[1], holds: equal, names: names(in: node, text), offset: node.endByte)]
        case "<", ">=": return [Fact(test: compact(left, text) + "<" + compact(right, text), holds: (op == "<") == holds, names: names(in: node, text), offset: node.endByte)]
        case ">", "<=": return [Fact(test: compact(right, text) + "<" + compact(left, text), holds: (op == ">") == holds, names: names(in: node, text), offset: node.endByte)]
        default: return [fact(node, node, holds: holds, text)].compactMap { $0 }
        }
    }

    private static func fact(_ node: Node, _ whole: Node, holds: Bool, _ text: SourceText) -> Fact? {
        // A test that assigns (`(n = read(...)) > 0`) or calls is evaluated anew each time it runs.
        var effects = false
        node.walk { inner in
            if inner.kind == "assignment_expression" || inner.kind == "update_expression" || inner.kind == "call_expression" { effects = true }
            return !effects
        }
        guard !effects else { return nil }
        return Fact(test: compact(node, text), holds: holds, names: names(in: whole, text), offset: whole.endByte)
    }

    private static func names(in node: Node, _ text: SourceText) -> [String] {
        var found: [String] = []
        node.walk { inner in
            if inner.kind == "identifier" || inner.kind == "field_identifier" { found.append(inner.text(in: text.bytes)) }
            return true
        }
        return found
    }

    private static func compact(_ node: Node, _ text: SourceText) -> String {
        String(node.text(in: text.bytes).filter { !$0.isWhitespace })
    }

    /// A statement after which its block goes no further: an exit, or a block ending in one.
    static func alwaysExits(_ statement: Node, _ text: SourceText) -> Bool {
        if NextReads.isExit(statement, text) { return true }
        guard statement.kind == "compound_statement", let last = statement.namedChildren.last(where: { !$0.isComment }) else { return false }
        return alwaysExits(last, text)
    }
}
