import CodePalSyntax

/// Where a taint rule's finding sits. A reviewer points at the call that receives the data, and
/// puts a suppression comment on its first line; a pattern's capture is the argument, which in a
/// call written over several lines (`conn.execute(` then the SQL on the next line) starts lower.
enum TaintSinkPlacement {
    /// The capture a rule reports (`report: sink`) when what it finds is the value a call receives.
    static let sinkCapture = "sink"

    /// A capture that an anchor (`(argument_list . (_) @sink)`) put on a comment stands for the
    /// first node after it: tree-sitter counts a comment after `execute(` as the first argument,
    /// a reader does not.
    static func skippingComments(_ node: Node) -> Node {
        guard node.isComment else { return node }
        var next = node.nextSibling
        while let candidate = next, candidate.isComment || !candidate.isNamed { next = candidate.nextSibling }
        return next ?? node
    }

    /// The nodes that may stand for a captured sink: the capture (past a comment it landed on),
    /// and, when comments come before it among a call's arguments, the argument at its position
    /// counted without them. tree-sitter counts comments as named children, so an anchored
    /// pattern (`(argument_list . (_) . (_) @sink)`) takes the wrong argument in
    /// `conn.search(  # the directory` then the base and the filter on lines below; an
    /// unanchored one took the right one, which stays first. `unpositioned` holds the arguments
    /// that have no position (`@argument.unpositioned` of taint.scm: keyword arguments, spreads).
    static func candidates(_ node: Node, unpositioned: Set<NodeID>) -> [Node] {
        let own = skippingComments(node)
        guard let list = node.parent, isArgumentList(list) else { return [own] }
        var comments = 0
        var sibling = node.previousSibling
        while let current = sibling {
            if current.isComment { comments += 1 }
            sibling = current.previousSibling
        }
        guard comments > 0, !node.isComment else { return [own] }
        var shifted = node
        var remaining = comments
        var next = node.nextSibling
        while remaining > 0, let current = next {
            if current.isNamed, !current.isComment {
                shifted = current
                remaining -= 1
            }
            next = current.nextSibling
        }
        // A keyword argument or spread is not a position: the shifted capture must be an
        // argument of the same shape.
        guard remaining == 0, shifted != node, unpositioned.contains(shifted.id) == unpositioned.contains(node.id) else { return [own] }
        return [own, shifted]
    }

    /// The sink's range, widened back to the start of the call it is an argument of (directly or
    /// as a keyword argument's value) when that call starts on an earlier line.
    /// Also through the containers written in the call: a keyword argument's value, an entry of
    /// an options object or dict (`client.search(base, {` then `filter: ...` lines below).
    static func range(of sink: Node, bytes: [UInt8]) -> Range<Int> {
        var argument = sink
        guard var list = sink.parent else { return sink.byteRange }
        var depth = 0
        while !isArgumentList(list), depth < 4, Self.containers.contains(list.kind), let outer = list.parent {
            argument = list
            list = outer
            depth += 1
        }
        guard isArgumentList(list), let call = list.parent, call.startByte < argument.startByte,
              bytes[call.startByte..<sink.startByte].contains(UInt8(ascii: "\n")) else { return sink.byteRange }
        let start = methodStart(call, list, bytes: bytes)
        guard bytes[start..<sink.startByte].contains(UInt8(ascii: "\n")) else { return sink.byteRange }
        return start..<max(start, sink.endByte)
    }

    /// Where the called method is named: the call's start, or in a chain written over several
    /// lines (`DB::table('orders')` then `->whereRaw(...)` below) the start of the last link, the
    /// line a reviewer points at.
    private static func methodStart(_ call: Node, _ list: Node, bytes: [UInt8]) -> Int {
        var anchor = list.previousSibling
        while let node = anchor, !node.isNamed { anchor = node.previousSibling }
        while let node = anchor, bytes[node.startByte..<list.startByte].contains(UInt8(ascii: "\n")),
              let last = node.namedChildren.last, last.startByte > node.startByte {
            anchor = last
        }
        guard let node = anchor, node.startByte > call.startByte,
              bytes[call.startByte..<node.startByte].contains(UInt8(ascii: "\n")) else { return call.startByte }
        // The line of the link: from its first character, `->` or `.` included.
        var start = node.startByte
        while start > call.startByte, bytes[start - 1] != UInt8(ascii: "\n"), bytes[start - 1] != UInt8(ascii: " "),
              bytes[start - 1] != UInt8(ascii: "\t") { start -= 1 }
        return start
    }

    /// A flag passed by keyword in a call written over several lines (`set_cookie(` then
    /// `secure=False` below, `jwt.decode(` then `options={"verify_signature": False}`) is the
    /// call's, reported from its first line as a sink is (held-out sets mark the call in both
    /// generations). An entry of an options object passed positionally (`cors({` then
    /// `origin: ...`) is a configuration written entry by entry: it stays where it is.
    static func keywordSettingRange(of node: Node, bytes: [UInt8]) -> Range<Int> {
        // A flag, not a value of its own: a secret passed by keyword is reported on its line.
        let flag = node.kind == "pair" || node.kind == "keyword_argument" ? node.child(field: "value") : node
        guard let flag, Self.flags.contains(flag.kind) else { return node.byteRange }
        var current: Node? = node.parent
        var depth = 0
        while let ancestor = current, depth < 4, !isArgumentList(ancestor) {
            if ancestor.kind == "keyword_argument" { return range(of: node, bytes: bytes) }
            current = ancestor.parent
            depth += 1
        }
        return node.byteRange
    }

    private static let flags: Set<String> = ["false", "true", "none", "null", "undefined"]

    /// `argument` wraps each argument in C# and PHP (`ExecuteSqlRaw(` then the SQL below).
    private static let containers: Set<String> = ["keyword_argument", "pair", "object", "dictionary", "list", "array", "tuple", "argument"]

    private static func isArgumentList(_ node: Node) -> Bool {
        node.kind == "argument_list" || node.kind == "arguments"
    }
}
