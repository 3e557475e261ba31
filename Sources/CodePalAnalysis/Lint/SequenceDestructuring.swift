import CodePalSyntax

/// Destructuring by position, told by node shape in any language: a target that is a sequence
/// pattern (`a, b = ...`, `[a, b] = ...`, `const [a, b] = ...`, PHP's `[$a, $b] = ...` and
/// `list($a, $b) = ...`) and a value that is a sequence literal (`x, y`, `[x, y]`, PHP's
/// `[$x, $y]`) or a call of a function whose every return is one. Each name then takes what its
/// own position holds: `where, args = " AND ".join(parts), [term]` leaves `where` as clean as
/// `parts`.
enum SequenceDestructuring {
    /// Sequence patterns: Python's `a, b`, `(a, b)`, `[a, b]`; JS's `[a, b]`; PHP's `[$a, $b]` and
    /// `list(...)`; Go's `a, b`; Ruby's `a, b`; Rust's `(a, b)`.
    static let targetKinds: Set<String> = ["pattern_list", "tuple_pattern", "list_pattern", "array_pattern", "list_literal", "expression_list",
                                           "left_assignment_list"]
    /// Sequence literals: `x, y`, tuples, lists, arrays.
    static let valueKinds: Set<String> = ["expression_list", "tuple", "list", "array", "array_creation_expression", "right_assignment_list",
                                          "tuple_expression"]

    /// Whether a flow's node gives its target the value itself, not its elements one by one
    /// (a `for` loop's target takes each element of its iterable: no positions there).
    static func assigns(_ node: Node) -> Bool {
        let kind = node.kind
        return (kind.contains("assignment") || kind.contains("declarator") || kind.contains("declaration")) && !kind.contains("for")
    }

    /// The targets of a sequence pattern in order, or nil when it is no such pattern or has a
    /// part that does not take one position (a rest `*a`/`...a`, a keyed `'k' => $v`, a skipped
    /// place).
    static func targets(_ pattern: Node) -> [Node]? {
        let kind = pattern.kind
        guard targetKinds.contains(kind) else { return nil }
        let parts = pattern.namedChildren.filter { !$0.isComment }
        guard !parts.isEmpty else { return nil }
        if parts.contains(where: { isSpread($0) || $0.kind.contains("pair") || $0.kind.contains("initializer") }) { return nil }
        // `[a, , b]` skips a place: positions no longer line up with the named children.
        if hasHole(pattern) { return nil }
        return parts
    }

    /// The elements of a sequence literal in order, or nil when it is none or an element does not
    /// take one position (a spread, a keyed entry).
    static func elements(_ value: Node) -> [Node]? {
        let kind = value.kind
        guard valueKinds.contains(kind) else { return nil }
        var result: [Node] = []
        for part in value.namedChildren where !part.isComment {
            if isSpread(part) || part.kind.contains("pair") || part.kind.contains("comprehension") { return nil }
            // PHP wraps each element: `array_element_initializer` with one child, two when keyed.
            if part.kind == "array_element_initializer" {
                guard part.namedChildCount == 1, let only = part.namedChild(0), !isSpread(only) else { return nil }
                result.append(only)
            } else {
                result.append(part)
            }
        }
        if hasHole(value) { return nil }
        return result
    }

    private static func isSpread(_ node: Node) -> Bool {
        node.kind.contains("splat") || node.kind.contains("spread") || node.kind.contains("rest")
    }

    /// Two commas in a row (`[a, , b]`), or a comma first.
    private static func hasHole(_ node: Node) -> Bool {
        var previousWasComma = true
        for child in node.children where !child.isComment {
            if child.kind == "," {
                if previousWasComma { return true }
                previousWasComma = true
            } else if child.isNamed {
                previousWasComma = false
            }
        }
        return false
    }
}
