import CTreeSitter
import Foundation

/// Reads `ts_query_predicates_for_pattern` steps into `QueryPredicate`s and `#set!` properties.
struct PredicateParser {
    enum Failure: Error { case invalid(String) }

    let query: OpaquePointer

    func parse(pattern: UInt32) throws -> (predicates: [QueryPredicate], properties: [String: String]) {
        var count: UInt32 = 0
        guard let steps = ts_query_predicates_for_pattern(query, pattern, &count), count > 0 else { return ([], [:]) }
        var predicates: [QueryPredicate] = []
        var properties: [String: String] = [:]
        var current: [TSQueryPredicateStep] = []
        for i in 0..<Int(count) {
            let step = steps[i]
            if step.type == TSQueryPredicateStepTypeDone {
                if let predicate = try build(current, properties: &properties) { predicates.append(predicate) }
                current = []
            } else {
                current.append(step)
            }
        }
        return (predicates, properties)
    }

    private func string(_ id: UInt32) -> String {
        var length: UInt32 = 0
        let value = ts_query_string_value_for_id(query, id, &length)!
        return String(decoding: UnsafeRawBufferPointer(start: value, count: Int(length)), as: UTF8.self)
    }

    private func build(_ steps: [TSQueryPredicateStep], properties: inout [String: String]) throws -> QueryPredicate? {
        guard let first = steps.first, first.type == TSQueryPredicateStepTypeString else {
            throw Failure.invalid("predicate must start with a name")
        }
        let name = string(first.value_id)
        let args = Array(steps.dropFirst())
        func capture(_ index: Int) throws -> Int {
            guard index < args.count, args[index].type == TSQueryPredicateStepTypeCapture else {
                throw Failure.invalid("#\(name) expects a capture as argument \(index + 1)")
            }
            return Int(args[index].value_id)
        }
        func literal(_ index: Int) throws -> String {
            guard index < args.count, args[index].type == TSQueryPredicateStepTypeString else {
                throw Failure.invalid("#\(name) expects a string as argument \(index + 1)")
            }
            return string(args[index].value_id)
        }
        switch name {
        case "eq?", "not-eq?":
            guard args.count == 2 else { throw Failure.invalid("#\(name) takes 2 arguments, got \(args.count)") }
            let operand: QueryPredicate.Operand = args[1].type == TSQueryPredicateStepTypeCapture
                ? .capture(Int(args[1].value_id)) : .literal(ByteSet([Array(string(args[1].value_id).utf8)]))
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
