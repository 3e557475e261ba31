import Foundation

/// A text predicate on captures. The C library parses `#eq?`-style predicates but leaves their
/// evaluation to the host; these are the ones our query files may use.
enum QueryPredicate {
    enum Operand {
        case capture(Int)
        case string(String)
    }

    case equal(capture: Int, to: Operand, negated: Bool)
    case match(capture: Int, regex: NSRegularExpression, negated: Bool)
    case anyOf(capture: Int, values: Set<String>, negated: Bool)

    /// Capture nodes' text by capture index; a capture absent from the match makes its predicate
    /// vacuously true, as in tree-sitter's own CLI.
    func holds(_ texts: [Int: [String]]) -> Bool {
        switch self {
        case .equal(let capture, let operand, let negated):
            guard let values = texts[capture] else { return true }
            let other: [String]
            switch operand {
            case .string(let s): other = [s]
            case .capture(let c):
                guard let v = texts[c] else { return true }
                other = v
            }
            let equal = values.allSatisfy { value in other.allSatisfy { $0 == value } }
            return equal != negated
        case .match(let capture, let regex, let negated):
            guard let values = texts[capture] else { return true }
            let matched = values.allSatisfy { value in
                regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            }
            return matched != negated
        case .anyOf(let capture, let set, let negated):
            guard let values = texts[capture] else { return true }
            return values.allSatisfy { set.contains($0) } != negated
        }
    }

    var captures: [Int] {
        switch self {
        case .equal(let c, .capture(let d), _): return [c, d]
        case .equal(let c, _, _), .match(let c, _, _), .anyOf(let c, _, _): return [c]
        }
    }
}
