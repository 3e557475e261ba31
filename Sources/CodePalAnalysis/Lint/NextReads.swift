import CodePalSyntax
import Foundation

/// The `next-read` constraint: what happens next to the variable a capture names, following the
/// statements of its function in order, not only the adjacent one. From the capture (a `free(p)`
/// argument, the `p` of `p = malloc(n)`), the next occurrence of the same variable in the same
/// function is found in the scope graph; an assignment there ends the search (the variable holds
/// something new), and a read is tested against the rule: its parent's node kind (`read-in`, a
/// dereference such as `p->next`) or the call it is an argument of (`argument-of`, `free(p)`
/// again). Conservatively, a read counts only where it runs whenever the capture ran: not in
/// another branch of a conditional or loop that holds the capture, nor after a loop that holds it
/// (its header may assign the variable again).
///
/// A capture may also be an access path, `req->path` or `v->data`: C code frees and allocates
/// struct members as often as locals. Its next read is the next occurrence of the same path;
/// reads of other members of the object are passed over, and handing the object itself to a
/// call (`request_free(req)`, `&req`) ends the search, since the callee may change any member.
struct NextReads {
    let graph: ScopeGraph
    /// Kinds whose parts run only sometimes: the capture and the read must be in the same part.
    static let branching: Set<String> = ["if_statement", "else_clause", "conditional_expression", "for_statement", "for_range_loop",
                                         "while_statement", "switch_statement", "catch_clause", "lambda_expression"]
    /// Branching kinds after which control meets again: a read after the whole `if` (or `catch`)
    /// runs whenever a capture in one of its branches did, unless that branch jumps away, which
    /// is checked as in any block. `free(cur)` in one arm, then `cur = cur->next` after it.
    static let rejoining: Set<String> = ["if_statement", "else_clause", "catch_clause"]
    /// Kinds whose whole span runs together once entered (a `case` and its statements).
    static let sections: Set<String> = ["case_statement"]
    /// What a `break` leaves.
    static let breakable: Set<String> = ["for_statement", "for_range_loop", "while_statement", "do_statement", "switch_statement"]
    /// Statements after which the block goes no further.
    static let exits: Set<String> = ["return_statement", "goto_statement", "break_statement", "continue_statement", "throw_statement"]

    /// The read that follows `node`, if one does before any assignment and runs whenever `node` does;
    /// or, when that comes first, the next read of a local copy of the pointer (`old = cfg->path;
    /// free(old); free(cfg->path)`, `name = s->name; free(s->name); puts(name)`).
    /// With `accept`, reads it refuses are passed over: the first accepted read is the answer
    /// (`free(raw)` after the reads that a smart pointer owning `raw` allows).
    /// With `past`, only reads starting after that offset count.
    func nextRead(after node: Node, text: SourceText, accept: ((Node) -> Bool)? = nil, past: Int? = nil) -> Node? {
        var reads = [read(of: node, from: node, text: text, accept: accept, past: past)].compactMap { $0 }
        if Self.valueEnd(assigning: node) == nil {
            reads += Self.copies(of: node, text).compactMap { read(of: $0, from: node, text: text, accept: accept, past: past) }
        }
        return reads.min { $0.startByte < $1.startByte }
    }

    /// Every read that follows `node` on its path, in order, up to `limit`: the first as
    /// `nextRead` finds it, then each read after that one which also runs whenever `node` did
    /// (`free(s); *link = s->next; printf("%d", s->id);` reads freed memory twice).
    func nextReads(after node: Node, text: SourceText, accept: ((Node) -> Bool)? = nil, limit: Int = 8) -> [Node] {
        var found: [Node] = []
        while found.count < limit, let next = nextRead(after: node, text: text, accept: accept, past: found.last?.endByte) {
            found.append(next)
        }
        return found
    }

    /// Where `node`'s value also lives: the expression a pointer it names was declared with
    /// (`char *old = cfg->log_path`), and the pointers declared with it (`char *name = s->name`),
    /// when nothing between that copy and `node` assigns either side or hands its object to a call.
    static func copies(of node: Node, _ text: SourceText) -> [Node] {
        guard node.kind == "identifier" || node.kind == "field_expression",
              let function = node.ancestors().last(where: { $0.kind.hasSuffix("function_definition") }) else { return [] }
        let spelled = compact(node.text(in: text.bytes))
        var fromCopy: (target: Node, end: Int)?
        var toCopy: (target: Node, end: Int)?
        var pending = [function]
        while let current = pending.popLast() {
            pending.append(contentsOf: current.namedChildren)
            guard current.endByte <= node.startByte else { continue }
            let pair: (name: Node, value: Node, typed: Bool)?
            switch current.kind {
            case "init_declarator":
                // Only a pointer copies the pointer: `std::string copy = home` copies the text;
                // `auto copy = p` copies whatever `p` is, and what is freed is a pointer.
                guard var name = current.child(field: "declarator"), var value = current.child(field: "value") else { continue }
                let automatic = current.parent?.child(field: "type")?.kind == "placeholder_type_specifier"
                guard name.kind == "pointer_declarator" || automatic else { continue }
                while name.kind == "pointer_declarator", let inner = name.child(field: "declarator") { name = inner }
                // `Node* copy{p}`, `Node* copy = {p}`.
                if value.kind == "initializer_list" {
                    guard value.namedChildCount == 1, let only = value.namedChild(0) else { continue }
                    value = only
                }
                pair = name.kind == "identifier" ? (name, value, true) : nil
            case "assignment_expression":
                // `q = p;` after both were declared: whether `q` holds a pointer is in its declaration.
                guard current.child(field: "operator")?.text(in: text.bytes) == "=", let name = current.child(field: "left"),
                      let value = current.child(field: "right") else { continue }
                pair = (name, value, false)
            default: pair = nil
            }
            guard let (name, value, typed) = pair, value.kind == "identifier" || value.kind == "field_expression" || value.kind == "cast_expression" else { continue }
            let copied = value.kind == "cast_expression" ? (value.child(field: "value") ?? value) : value
            guard copied.kind == "identifier" || copied.kind == "field_expression" else { continue }
            if name.kind == "identifier" || (!typed && name.kind == "field_expression"), compact(name.text(in: text.bytes)) == spelled,
               fromCopy.map({ current.endByte > $0.end }) ?? true {
                fromCopy = (copied, current.endByte)
            } else if name.kind == "identifier", compact(copied.text(in: text.bytes)) == spelled, toCopy.map({ current.endByte > $0.end }) ?? true,
                      typed || declaresPointer(name.text(in: text.bytes), in: function, text) {
                toCopy = (name, current.endByte)
            }
        }
        return [fromCopy, toCopy].compactMap { found in
            guard let found else { return nil }
            let between = String(decoding: text.bytes[found.end..<node.startByte], as: UTF8.self)
            for side in [spelled, compact(found.target.text(in: text.bytes))] {
                let root = side.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                let written = "(?<![\\w.>])(" + NSRegularExpression.escapedPattern(for: side) + "|" + NSRegularExpression.escapedPattern(for: String(root))
                    + ")\\s*(=(?!=)|\\+\\+|--)|[(,]\\s*&?\\s*" + NSRegularExpression.escapedPattern(for: String(root)) + "\\s*[,)]|&\\s*"
                    + NSRegularExpression.escapedPattern(for: String(root)) + "\\b"
                if RegexCache.matchesUncached(written, between.filter { !$0.isWhitespace || $0 == " " }) { return nil }
            }
            return found.target
        }
    }

    /// Whether the function declares `name` a pointer (`char *name`, `Node* name`) or leaves
    /// its type to its value (`auto name`).
    static func declaresPointer(_ name: String, in function: Node, _ text: SourceText) -> Bool {
        var found = false
        var pending = [function]
        while !found, let current = pending.popLast() {
            pending.append(contentsOf: current.namedChildren)
            guard current.kind == "declaration" || current.kind == "parameter_declaration" else { continue }
            let automatic = current.child(field: "type")?.kind == "placeholder_type_specifier"
            for index in 0..<current.childCount where current.fieldName(ofChild: index) == "declarator" {
                guard var declarator = current.child(index) else { continue }
                var pointer = automatic
                while true {
                    if declarator.kind == "pointer_declarator" { pointer = true }
                    guard declarator.kind == "pointer_declarator" || declarator.kind == "init_declarator",
                          let inner = declarator.child(field: "declarator") else { break }
                    declarator = inner
                }
                if declarator.kind == "identifier", declarator.text(in: text.bytes) == name { found = pointer; if found { break } }
            }
        }
        return found
    }

    private func read(of target: Node, from node: Node, text: SourceText, accept: ((Node) -> Bool)?, past: Int? = nil) -> Node? {
        let path = Self.accessPath(target, text)
        guard let definition = variable(at: (path?.root ?? target).byteRange) else { return nil }
        let defined = graph.definitions[definition]
        // Only locals and parameters: a global's next use may be in another function.
        guard graph.scopes[defined.scope].parent != nil else { return nil }
        let start = Self.valueEnd(assigning: node) ?? node.endByte
        var candidates = graph.references.filter { $0.definition == definition && $0.range.lowerBound >= max(start, past ?? 0) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var origin = node
        // `free(p); goto fail; ... fail: free(p);`: when nothing reads the variable before the
        // jump, the path goes on at the label.
        if let jump = Self.firstExit(after: node, text), jump.kind == "goto_statement" {
            let before = candidates.filter { $0.range.upperBound <= jump.startByte }
            if before.isEmpty, let label = Self.label(jumpedTo: jump, text) {
                candidates = candidates.filter { $0.range.lowerBound >= label.startByte }
                origin = label
            }
        }
        // `free(reply); ok = false; break; } ... free(reply);`: the path goes on after the loop
        // (or `switch`) that the `break` leaves.
        if let jump = Self.firstExit(after: node, text), jump.kind == "break_statement",
           let left = jump.ancestors().last(where: { Self.breakable.contains($0.kind) }), left.byteRange.contains(node.startByte) {
            let before = candidates.filter { $0.range.upperBound <= jump.startByte }
            if before.isEmpty {
                candidates = candidates.filter { $0.range.lowerBound >= left.endByte }
                origin = left
            }
        }
        // `cur = cur->next` reads `cur` before it assigns it: a write counts from the end of its assignment.
        let root = node.tree.root
        candidates = candidates.map { reference -> (ScopeGraph.Reference, Int) in
            guard reference.isWrite, let name = root.namedDescendant(covering: reference.range), let assignment = name.parent,
                  assignment.kind == "assignment_expression" else { return (reference, reference.range.lowerBound) }
            return (reference, assignment.endByte)
        }.sorted { $0.1 < $1.1 }.map { $0.0 }
        for reference in candidates {
            guard var read = root.namedDescendant(covering: reference.range) else { return nil }
            // The other arm of an `if` around the capture does not run on its path.
            if Self.inOtherArm(of: origin, read) { continue }
            // Nor does a branch whose condition contradicts the capture's (`if (rc != OK) free(p);
            // ... if (rc == OK) use(p);`).
            if BranchConditions.exclusive(node, read, text) { continue }
            if reference.isWrite { return nil }
            // `sizeof *p` does not evaluate `p`.
            if Self.insideSizeof(read) { continue }
            if let path {
                // `free(rows[i]); i++; rows[i]` names another element.
                if !path.indexes.isEmpty, Self.writes(path.indexes, in: text, from: start, to: read.startByte) { return nil }
                guard let found = Self.occurrence(of: path.text, at: read, text) else {
                    guard let parent = read.parent else { return nil }
                    if parent.kind == "argument_list" || Self.isAddressOf(parent) { return nil }
                    continue
                }
                if let parent = found.parent, parent.kind == "assignment_expression",
                   parent.child(field: "left")?.byteRange == found.byteRange { return nil }
                read = found
            }
            guard runsWhenever(origin, runs: read, text) else { return nil }
            // `&p` hands the variable to code that may assign it (`query(&features)`): not followed.
            if let parent = read.parent, Self.isAddressOf(parent) { return nil }
            if let accept, !accept(read) { continue }
            return read
        }
        return nil
    }

    /// Whether the read's parent has one of `kinds`, or the read is an argument of a call whose
    /// function's name matches `callee`.
    static func matches(_ read: Node, parentKinds: Set<String>, callee: String?, text: SourceText) -> Bool {
        guard let parent = read.parent else { return false }
        if parentKinds.contains(parent.kind) { return true }
        // `binary_expression <<`: a kind with its operator (C++'s `std::cout << p` reads the string).
        if let op = parent.child(field: "operator"), parentKinds.contains("\(parent.kind) \(op.text(in: text.bytes))") { return true }
        guard let callee else { return false }
        // `memmove(p + n, ...)`, `(char *)p`, `s + p`: the call receives the pointer all the same.
        var argument = read
        while let outer = argument.parent, passesPointer(outer, text) { argument = outer }
        guard let list = argument.parent, list.kind == "argument_list", let call = list.parent,
              let function = call.child(field: "function") else { return false }
        return RegexCache.matches(callee, function.text(in: text.bytes))
    }

    /// Expressions whose value still points into the read's memory: arithmetic on it, a cast, parentheses.
    private static func passesPointer(_ node: Node, _ text: SourceText) -> Bool {
        switch node.kind {
        case "parenthesized_expression", "cast_expression": return true
        case "binary_expression":
            guard let op = node.child(field: "operator")?.text(in: text.bytes) else { return false }
            return op == "+" || op == "-"
        default: return false
        }
    }

    private func variable(at range: Range<Int>) -> Int? {
        if let index = graph.definitions.firstIndex(where: { $0.nameRange == range }) { return index }
        guard let reference = graph.reference(at: range.lowerBound), graph.references[reference].range == range else { return nil }
        return graph.references[reference].definition
    }

    /// The end of the assignment or initialisation whose target is `node`: its value
    /// (`p = realloc(p, n)`) is read before the variable changes, so reads start after it.
    static func valueEnd(assigning node: Node) -> Int? {
        var current = node
        for _ in 0..<3 {
            guard let parent = current.parent else { return nil }
            if parent.kind == "assignment_expression" || parent.kind == "init_declarator" {
                guard let value = parent.child(field: "right") ?? parent.child(field: "value"), node.endByte <= value.startByte else { return nil }
                return parent.endByte
            }
            current = parent
        }
        return nil
    }

    private static func insideSizeof(_ node: Node) -> Bool {
        var current = node
        for _ in 0..<6 {
            guard let parent = current.parent else { return false }
            if parent.kind == "sizeof_expression" { return true }
            if parent.kind.hasSuffix("statement") || parent.kind.hasSuffix("declaration") { return false }
            current = parent
        }
        return false
    }

    private static func isAddressOf(_ node: Node) -> Bool {
        node.kind == "pointer_expression" && node.child(0)?.kind == "&"
    }

    /// A member access or array element rooted in a variable (`req->path`, `s.buf.data`,
    /// `rows[i]`, `v->items[2]`): the variable, the path's text without spaces, and the names its
    /// indexes read. An index other than a number or a name (`rows[i + 1]`) is no path we follow.
    static func accessPath(_ node: Node, _ text: SourceText) -> (root: Node, text: String, indexes: [String])? {
        guard node.kind == "field_expression" || node.kind == "subscript_expression" else { return nil }
        var current = node
        var indexes: [String] = []
        while current.kind == "field_expression" || current.kind == "subscript_expression" {
            if current.kind == "subscript_expression" {
                // C's grammar has `index`, C++'s `indices` (a list of one, mostly).
                let index = current.child(field: "index") ?? current.child(field: "indices").flatMap { $0.namedChildCount == 1 ? $0.namedChild(0) : nil }
                guard let index else { return nil }
                switch index.kind {
                case "number_literal": break
                case "identifier": indexes.append(index.text(in: text.bytes))
                default: return nil
                }
            }
            guard let object = current.child(field: "argument") else { return nil }
            current = object
        }
        guard current.kind == "identifier" else { return nil }
        return (current, compact(node.text(in: text.bytes)), indexes)
    }

    /// The member access or element spelled `path` that starts with this use of its variable, if any.
    private static func occurrence(of path: String, at use: Node, _ text: SourceText) -> Node? {
        var current = use
        while let parent = current.parent, parent.kind == "field_expression" || parent.kind == "subscript_expression",
              parent.child(field: "argument")?.byteRange == current.byteRange {
            if compact(parent.text(in: text.bytes)) == path { return parent }
            current = parent
        }
        return nil
    }

    private static func compact(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }

    /// Whether the text between two offsets assigns one of the names (`i = ...`, `i++`, `&i`).
    static func writes(_ names: [String], in text: SourceText, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let between = String(decoding: text.bytes[from..<min(to, text.bytes.count)], as: UTF8.self)
        return names.contains { name in
            let n = NSRegularExpression.escapedPattern(for: name)
            return RegexCache.matchesUncached("(?<![\\w.>])\(n)\\s*([-+*/%&|^]|<<|>>)?=(?!=)|(?<![\\w.>])\(n)\\s*(\\+\\+|--)|(\\+\\+|--)\\s*\(n)\\b|(?<!&)&(?!&)\\s*\(n)\\b", between)
        }
    }

    /// Functions that do not return, by the names C code gives them: `exit`, `abort`, `err`,
    /// `ovs_fatal`, `VLOG_FATAL`, `die`, `panic` (a call of one ends the path like `return`).
    static let noReturn = "(?i)^(exit|_exit|quick_exit|abort|errx?|verrx?|longjmp|siglongjmp|die|panic|bug|__builtin_unreachable)$|(?i)fatal|^die_|_die$|(?i)panic"

    static func isExit(_ statement: Node, _ text: SourceText) -> Bool {
        if exits.contains(statement.kind) { return true }
        guard statement.kind == "expression_statement", let call = statement.namedChild(0), call.kind == "call_expression",
              let function = call.child(field: "function"), function.kind == "identifier" else { return false }
        return RegexCache.matches(noReturn, function.text(in: text.bytes))
    }

    /// Whether `node` is in an arm of an `if` around `start` other than the one holding `start`.
    static func inOtherArm(of start: Node, _ node: Node) -> Bool {
        let target = node.startByte
        var child = start
        for ancestor in start.ancestors().reversed() {
            if ancestor.kind.hasSuffix("function_definition") { return false }
            if ancestor.kind == "if_statement", ancestor.byteRange.contains(target) {
                return !child.byteRange.contains(target)
            }
            child = ancestor
        }
        return false
    }

    /// The first exit statement that runs whenever `node` does: a later statement of a block
    /// around it, nearest block first.
    static func firstExit(after node: Node, _ text: SourceText) -> Node? {
        var child = node
        for ancestor in node.ancestors().reversed() {
            if ancestor.kind.hasSuffix("function_definition") || ancestor.kind == "translation_unit" { return nil }
            if branching.contains(ancestor.kind) && !rejoining.contains(ancestor.kind) { return nil }
            for index in 0..<ancestor.namedChildCount {
                guard let sibling = ancestor.namedChild(index), sibling.startByte >= child.endByte else { continue }
                if isExit(sibling, text) { return sibling }
            }
            child = ancestor
        }
        return nil
    }

    /// The statement labelled with the target of `goto`, when it comes after the jump in the same function.
    static func label(jumpedTo jump: Node, _ text: SourceText) -> Node? {
        guard let name = jump.child(field: "label")?.text(in: text.bytes),
              let function = jump.ancestors().last(where: { $0.kind.hasSuffix("function_definition") }) else { return nil }
        var pending = [function]
        while let node = pending.popLast() {
            if node.kind == "labeled_statement", node.startByte > jump.endByte,
               node.child(field: "label")?.text(in: text.bytes) == name { return node }
            pending.append(contentsOf: node.namedChildren)
        }
        return nil
    }

    private func runsWhenever(_ start: Node, runs read: Node, _ text: SourceText) -> Bool {
        let target = read.byteRange
        var child = start
        for ancestor in start.ancestors().reversed() {
            // A member's next use may be in another method.
            if ancestor.kind.hasSuffix("function_definition") { return ancestor.byteRange.contains(target.lowerBound) }
            if ancestor.kind == "translation_unit" { break }
            if Self.sections.contains(ancestor.kind), !ancestor.byteRange.contains(target.lowerBound) { return false }
            if Self.branching.contains(ancestor.kind), !child.byteRange.contains(target.lowerBound),
               !(Self.rejoining.contains(ancestor.kind) && target.lowerBound >= ancestor.endByte) { return false }
            // A block inside a block is, in C, mostly a loop macro's body (`HMAP_FOR_EACH (...) {`),
            // whose macro assigns the variable on each turn where we cannot see it.
            if ancestor.kind == "compound_statement", ancestor.parent?.kind == "compound_statement", !ancestor.byteRange.contains(target.lowerBound) {
                return false
            }
            // `free(p); return 0; ... error: free(p);`: nothing after the exit runs from here.
            for index in 0..<ancestor.namedChildCount {
                guard let sibling = ancestor.namedChild(index), sibling.startByte >= child.endByte, sibling.endByte <= target.lowerBound else { continue }
                if Self.isExit(sibling, text) { return false }
            }
            child = ancestor
        }
        return true
    }
}
