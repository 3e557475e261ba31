import Foundation

/// A text predicate on captures. The C library parses `#eq?`-style predicates but leaves their
/// evaluation to the host; these are the ones our query files may use.
enum QueryPredicate {
    enum Operand {
        case capture(Int)
        case literal(ByteSet)
    }

    case equal(capture: Int, to: Operand, negated: Bool)
    case match(capture: Int, matcher: TextMatcher, negated: Bool)
    case anyOf(capture: Int, values: ByteSet, negated: Bool)

    /// For a positive predicate on one capture: texts one of which the capture's text contains
    /// whenever the predicate holds (nil when there is none, or the predicate is negated).
    var requiredLiterals: [[UInt8]]? {
        switch self {
        case .equal(_, .literal(let set), false), .anyOf(_, let set, false): return set.values
        case .match(_, let matcher, false): return matcher.requiredLiterals
        default: return nil
        }
    }

    /// Cheap enough to check on every partial match: all but regular expressions without a
    /// literal to look for first (checked only on complete matches, which are far fewer).
    var isCheap: Bool {
        if case .match(_, .regex(_, nil), _) = self { return false }
        return true
    }

    /// A regular expression (`#match?`), dearer to check than a text comparison.
    var isRegex: Bool {
        if case .match = self { return true }
        return false
    }

    /// The captures the predicate reads.
    var captures: [Int] {
        switch self {
        case .equal(let capture, .capture(let other), _): return [capture, other]
        case .equal(let capture, .literal, _), .match(let capture, _, _), .anyOf(let capture, _, _): return [capture]
        }
    }

    /// `holds` for a predicate on one capture (`captures.count == 1`) taken once, at `range`:
    /// the matcher's early check, without building the ranges of a whole match.
    func holds(single range: Range<Int>, source: UnsafeBufferPointer<UInt8>, aliases: TextAliases?) -> Bool {
        let text = UnsafeBufferPointer(rebasing: source[range.clamped(to: 0..<source.count)])
        switch self {
        case .equal(_, .literal(let set), let negated), .anyOf(_, let set, let negated):
            guard !negated, let aliases else { return set.contains(text) != negated }
            return aliases.any(text, set.contains)
        case .match(_, let matcher, let negated):
            guard !negated, let aliases else { return matcher.matches(text) != negated }
            return aliases.any(text, matcher.matches)
        case .equal(_, .capture, _):
            return true
        }
    }

    /// Whether the predicate holds for a match, given the byte ranges of each capture index in
    /// the source. A capture absent from the match makes its predicate vacuously true, as in
    /// tree-sitter's own CLI; a quantified capture must satisfy it with every node. A positive
    /// predicate also accepts what a capture's text stands for in `aliases`.
    func holds(_ ranges: (Int) -> [Range<Int>], source: UnsafeBufferPointer<UInt8>, aliases: TextAliases? = nil) -> Bool {
        func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            let clamped = range.clamped(to: 0..<source.count)
            return UnsafeBufferPointer(rebasing: source[clamped])
        }
        switch self {
        case .equal(let capture, let operand, let negated):
            let values = ranges(capture)
            guard !values.isEmpty else { return true }
            let equal: Bool
            switch operand {
            case .literal(let set):
                equal = values.allSatisfy { value in
                    guard !negated, let aliases else { return set.contains(slice(value)) }
                    return aliases.any(slice(value), set.contains)
                }
            case .capture(let other):
                let others = ranges(other)
                guard !others.isEmpty else { return true }
                equal = values.allSatisfy { a in others.allSatisfy { b in slice(a).elementsEqual(slice(b)) } }
            }
            return equal != negated
        case .match(let capture, let matcher, let negated):
            let values = ranges(capture)
            guard !values.isEmpty else { return true }
            return values.allSatisfy { value in
                guard !negated, let aliases else { return matcher.matches(slice(value)) }
                return aliases.any(slice(value), matcher.matches)
            } != negated
        case .anyOf(let capture, let set, let negated):
            let values = ranges(capture)
            guard !values.isEmpty else { return true }
            return values.allSatisfy { value in
                guard !negated, let aliases else { return set.contains(slice(value)) }
                return aliases.any(slice(value), set.contains)
            } != negated
        }
    }
}
