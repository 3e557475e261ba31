import CTreeSitter
import Foundation

/// Reads a pattern's predicate tokens into `QueryPredicate`s and `#set!` properties. The tokens
/// come from tree-sitter (`ts_query_predicates_for_pattern`) or from `PatternCompiler`, so both
/// engines evaluate predicates with the same code.
struct PredicateParser {
    enum Failure: Error { case invalid(String) }

    /// The tokens of a pattern compiled by tree-sitter.
    static func tokens(query: OpaquePointer, pattern: UInt32) -> [PredicateToken] {
        var count: UInt32 = 0
        guard let steps = ts_query_predicates_for_pattern(query, pattern, &count), count > 0 else { return [] }
        func string(_ id: UInt32) -> String {
            var length: UInt32 = 0
            let value = ts_query_string_value_for_id(query, id, &length)!
            return String(decoding: UnsafeRawBufferPointer(start: value, count: Int(length)), as: UTF8.self)
        }
        return (0..<Int(count)).map { i in
            let step = steps[i]
            switch step.type {
            case TSQueryPredicateStepTypeDone: return .end
            case TSQueryPredicateStepTypeCapture: return .capture(Int(step.value_id))
            default: return .string(string(step.value_id))
            }
        }
    }

    static func parse(_ tokens: [PredicateToken]) throws -> (predicates: [QueryPredicate], properties: [String: String]) {
        var predicates: [QueryPredicate] = []
        var properties: [String: String] = [:]
        var current: [PredicateToken] = []
        for token in tokens {
            if token == .end {
                if let predicate = try build(current, properties: &properties) { predicates.append(predicate) }
                current = []
            } else {
                current.append(token)
            }
        }
        return (predicates, properties)
    }

    private static func build(_ tokens: [PredicateToken], properties: inout [String: String]) throws -> QueryPredicate? {
        guard case .string(let name)? = tokens.first else {
            throw Failure.invalid("predicate must start with a name")
        }
        let args = Array(tokens.dropFirst())
        func capture(_ index: Int) throws -> Int {
            guard index < args.count, case .capture(let id) = args[index] else {
                throw Failure.invalid("#\(name) expects a capture as argument \(index + 1)")
            }
            return id
        }
        func literal(_ index: Int) throws -> String {
            guard index < args.count, case .string(let value) = args[index] else {
                throw Failure.invalid("#\(name) expects a string as argument \(index + 1)")
            }
            return value
        }
        switch name {
        case "eq?", "not-eq?":
            guard args.count == 2 else { throw Failure.invalid("#\(name) takes 2 arguments, got \(args.count)") }
            let operand: QueryPredicate.Operand
            if case .capture(let other) = args[1] {
                operand = .capture(other)
            } else {
                operand = .literal(ByteSet([Array(try literal(1).utf8)]))
            }
            return .equal(capture: try capture(0), to: operand, negated: name == "not-eq?")
        case "match?", "not-match?":
            guard args.count == 2 else { throw Failure.invalid("#\(name) takes 2 arguments, got \(args.count)") }
            let pattern = try literal(1)
            guard let matcher = try? TextMatcher(pattern: pattern) else {
                throw Failure.invalid("#\(name): invalid regular expression \(pattern)")
            }
            return .match(capture: try capture(0), matcher: matcher, negated: name == "not-match?")
        case "any-of?", "not-any-of?":
            guard args.count >= 2 else { throw Failure.invalid("#\(name) takes a capture and at least one string") }
            let values = try (1..<args.count).map { try literal($0) }
            return .anyOf(capture: try capture(0), values: ByteSet(strings: Set(values)), negated: name == "not-any-of?")
        case "set!":
            guard args.count >= 1 else { throw Failure.invalid("#set! needs a key") }
            properties[try literal(0)] = args.count > 1 ? try literal(1) : ""
            return nil
        default:
            throw Failure.invalid("unsupported predicate #\(name)")
        }
    }
}
