import CTreeSitter

/// Reads query text into a `PatternProgram`, step for step as tree-sitter 0.20.7's
/// `ts_query__parse_pattern` does: the same steps, jumps, anchors and capture ids, so that a
/// matcher running them meets the library's semantics (which alternatives exist, where a
/// trailing anchor applies, which node a capture after a quantifier lands on).
///
/// Syntax errors and unknown node kinds or fields throw, as `ts_query_new` fails. What the
/// matcher does not run (supertypes, `kind/alias` nodes, a field on a pattern's root) compiles,
/// but marks the pattern unsupported so that it falls back to a tree-sitter query.
struct PatternCompiler {
    enum Failure: Error, Equatable {
        case syntax(offset: Int)
        case nodeType(offset: Int)
        case field(offset: Int)
        case capture(offset: Int)
    }

    private let bytes: [UInt8]
    private var index = 0
    private let program: PatternProgram
    private let language: OpaquePointer
    /// Why the pattern being read cannot run in the matcher.
    private var unsupported: String?
    /// Byte where each step's node starts (its `(`, `"` or `_`), for the analysis query.
    private(set) var stepOffsets: [Int] = []

    private enum Outcome { case ok, parentDone }

    init(source: [UInt8], into program: PatternProgram) {
        bytes = source
        self.program = program
        language = program.language
    }

    /// Compiles every pattern of the text into the program.
    mutating func compileAll() throws {
        skipWhitespace()
        while index < bytes.count {
            let pattern = program.patternCount
            let firstStep = program.steps.count
            program.patternStarts.append(index)
            program.predicates.append([])
            unsupported = nil
            // A predicate belongs inside its pattern's parentheses: `((call) @c (#eq? @c "x"))`.
            // One left at the top level matches no node; compiled, it left a pattern of no steps
            // that the walk looped on.
            if next == UInt8(ascii: "("), isPredicateAhead(from: index + 1) { throw Failure.syntax(offset: index) }
            let outcome = try parsePattern(depth: 0, isImmediate: false, pattern: pattern)
            appendStep(PatternStep(symbol: 0, depth: PatternStep.done, isImmediate: false), at: index)
            if outcome == .parentDone { throw Failure.syntax(offset: index) }
            program.patternSteps.append(firstStep..<program.steps.count)
            program.unsupported.append(unsupported)
            addEntries(pattern: pattern, firstStep: firstStep)
        }
    }

    // MARK: Stream

    private func isPredicateAhead(from start: Int) -> Bool {
        var position = start
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position < bytes.count && bytes[position] == UInt8(ascii: "#")
    }

    private var next: UInt8 { index < bytes.count ? bytes[index] : 0 }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                index += 1
            } else if byte == UInt8(ascii: ";") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else {
                return
            }
        }
    }

    private static func isAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private var isIdentifierStart: Bool {
        let byte = next
        return Self.isAlnum(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// `stream_scan_identifier`: the first character was checked by the caller.
    private mutating func scanIdentifier() -> [UInt8] {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            guard Self.isAlnum(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") else { break }
            index += 1
        }
        return Array(bytes[start..<index])
    }

    /// `ts_query__parse_string_literal`, escapes included; fails on a newline or the end.
    private mutating func stringLiteral() throws -> [UInt8] {
        let start = index
        guard next == UInt8(ascii: "\"") else { throw Failure.syntax(offset: index) }
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "0"): value.append(0)
                default: value.append(bytes[index])
                }
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                index += 1
                return value
            } else if byte == 0x0A {
                index = start
                throw Failure.syntax(offset: start)
            } else {
                value.append(byte)
                index += 1
            }
        }
        index = start
        throw Failure.syntax(offset: start)
    }

    // MARK: Patterns

    private mutating func appendStep(_ step: PatternStep, at offset: Int) {
        program.steps.append(step)
        stepOffsets.append(offset)
    }

    private func symbol(_ name: [UInt8], named: Bool) -> UInt16 {
        name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ts_language_symbol_for_name(language, $0.baseAddress, UInt32(buffer.count), named) }
        }
    }

    private func fieldID(_ name: [UInt8]) -> UInt16 {
        name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ts_language_field_id_for_name(language, $0.baseAddress, UInt32(buffer.count)) }
        }
    }

    private mutating func parsePattern(depth: UInt16, isImmediate: Bool, pattern: Int) throws -> Outcome {
        if index >= bytes.count { throw Failure.syntax(offset: index) }
        // The matcher keeps a 63-bit mask of the depths a partial match waits at.
        if depth > 60 { unsupported = unsupported ?? "nested more than 60 levels deep" }
        if next == UInt8(ascii: ")") || next == UInt8(ascii: "]") { return .parentDone }
        let startingStep = program.steps.count

        if next == UInt8(ascii: "[") {
            index += 1
            skipWhitespace()
            var branches: [Int] = []
            while true {
                let start = program.steps.count
                let outcome = try parsePattern(depth: depth, isImmediate: isImmediate, pattern: pattern)
                if outcome == .parentDone {
                    if next == UInt8(ascii: "]"), !branches.isEmpty {
                        index += 1
                        break
                    }
                    throw Failure.syntax(offset: index)
                }
                branches.append(start)
                appendStep(PatternStep(symbol: 0, depth: depth, isImmediate: false), at: index)
            }
            program.steps.removeLast()
            stepOffsets.removeLast()
            for i in 0..<(branches.count - 1) {
                program.steps[branches[i]].alternative = UInt16(branches[i + 1])
                program.steps[branches[i + 1] - 1].alternative = UInt16(program.steps.count)
                program.steps[branches[i + 1] - 1].isDeadEnd = true
            }
        } else if next == UInt8(ascii: "(") {
            let open = index
            index += 1
            skipWhitespace()
            if next == UInt8(ascii: "(") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "[") {
                // A grouped sequence of siblings.
                var childIsImmediate = isImmediate
                while true {
                    if next == UInt8(ascii: ".") {
                        childIsImmediate = true
                        index += 1
                        skipWhitespace()
                    }
                    let outcome = try parsePattern(depth: depth, isImmediate: childIsImmediate, pattern: pattern)
                    if outcome == .parentDone {
                        if next == UInt8(ascii: ")") {
                            index += 1
                            break
                        }
                        throw Failure.syntax(offset: index)
                    }
                    childIsImmediate = false
                }
            } else if next == UInt8(ascii: ".") || next == UInt8(ascii: "#") {
                index += 1
                try parsePredicate(pattern: pattern)
                return .ok
            } else {
                guard isIdentifierStart else { throw Failure.syntax(offset: index) }
                let nameStart = index
                let name = scanIdentifier()
                if let last = name.last, last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
                    index = nameStart
                    try parsePredicate(pattern: pattern)
                    return .ok
                }
                var symbol: UInt16 = 0
                if name != [UInt8(ascii: "_")] {
                    symbol = self.symbol(name, named: true)
                    if symbol == 0 {
                        index = nameStart
                        throw Failure.nodeType(offset: nameStart)
                    }
                }
                var step = PatternStep(symbol: symbol, depth: depth, isImmediate: isImmediate)
                if symbol != 0, symbol != UInt16.max, ts_language_symbol_metadata(language, symbol).supertype {
                    unsupported = unsupported ?? "supertype `\(String(decoding: name, as: UTF8.self))`"
                }
                if symbol == 0 { step.isNamed = true }
                appendStep(step, at: open)
                skipWhitespace()
                if next == UInt8(ascii: "/") {
                    index += 1
                    guard isIdentifierStart else { throw Failure.syntax(offset: index) }
                    let aliasStart = index
                    let alias = scanIdentifier()
                    if self.symbol(alias, named: true) == 0 { throw Failure.nodeType(offset: aliasStart) }
                    unsupported = unsupported ?? "`kind/alias` node"
                    skipWhitespace()
                }
                var childIsImmediate = false
                var lastChildStep = 0
                var negated: [UInt16] = []
                while true {
                    if next == UInt8(ascii: "!") {
                        index += 1
                        skipWhitespace()
                        guard isIdentifierStart else { throw Failure.syntax(offset: index) }
                        let fieldStart = index
                        let field = scanIdentifier()
                        skipWhitespace()
                        let id = fieldID(field)
                        if id == 0 {
                            index = fieldStart
                            throw Failure.field(offset: fieldStart)
                        }
                        if negated.count < 8 { negated.append(id) }
                        continue
                    }
                    if next == UInt8(ascii: ".") {
                        childIsImmediate = true
                        index += 1
                        skipWhitespace()
                    }
                    let childStep = program.steps.count
                    let outcome = try parsePattern(depth: depth + 1, isImmediate: childIsImmediate, pattern: pattern)
                    if outcome == .parentDone {
                        if next == UInt8(ascii: ")") {
                            if childIsImmediate {
                                if lastChildStep == 0 { throw Failure.syntax(offset: index) }
                                program.steps[lastChildStep].isLastChild = true
                            }
                            if !negated.isEmpty { addNegatedFields(step: startingStep, negated) }
                            index += 1
                            break
                        }
                        throw Failure.syntax(offset: index)
                    }
                    lastChildStep = childStep
                    childIsImmediate = false
                }
            }
        } else if next == UInt8(ascii: "_") {
            appendStep(PatternStep(symbol: 0, depth: depth, isImmediate: isImmediate), at: index)
            index += 1
            skipWhitespace()
        } else if next == UInt8(ascii: "\"") {
            let start = index
            let value = try stringLiteral()
            let symbol = self.symbol(value, named: false)
            if symbol == 0 {
                index = start + 1
                throw Failure.nodeType(offset: start + 1)
            }
            appendStep(PatternStep(symbol: symbol, depth: depth, isImmediate: isImmediate), at: start)
        } else if isIdentifierStart {
            let fieldStart = index
            let field = scanIdentifier()
            skipWhitespace()
            guard next == UInt8(ascii: ":") else {
                index = fieldStart
                throw Failure.syntax(offset: fieldStart)
            }
            index += 1
            skipWhitespace()
            let outcome = try parsePattern(depth: depth, isImmediate: isImmediate, pattern: pattern)
            if outcome == .parentDone { throw Failure.syntax(offset: index) }
            let id = fieldID(field)
            if id == 0 {
                index = fieldStart
                throw Failure.field(offset: fieldStart)
            }
            Self.forEachAlternative(in: &program.steps, from: startingStep) { $0.field = id }
        } else {
            throw Failure.syntax(offset: index)
        }
        return try finishSuffixes(startingStep: startingStep, depth: depth)
    }

    /// Quantifiers and captures after a pattern.
    private mutating func finishSuffixes(startingStep: Int, depth: UInt16) throws -> Outcome {
        skipWhitespace()
        while true {
            if next == UInt8(ascii: "+") {
                index += 1
                skipWhitespace()
                var repeatStep = PatternStep(symbol: 0, depth: depth, isImmediate: false)
                repeatStep.alternative = UInt16(startingStep)
                repeatStep.isPassThrough = true
                repeatStep.alternativeIsImmediate = true
                appendStep(repeatStep, at: index)
            } else if next == UInt8(ascii: "*") {
                index += 1
                skipWhitespace()
                var repeatStep = PatternStep(symbol: 0, depth: depth, isImmediate: false)
                repeatStep.alternative = UInt16(startingStep)
                repeatStep.isPassThrough = true
                repeatStep.alternativeIsImmediate = true
                appendStep(repeatStep, at: index)
                var stepIndex = startingStep
                while program.steps[stepIndex].alternative != PatternStep.none, Int(program.steps[stepIndex].alternative) < program.steps.count - 1 {
                    stepIndex = Int(program.steps[stepIndex].alternative)
                }
                program.steps[stepIndex].alternative = UInt16(program.steps.count)
            } else if next == UInt8(ascii: "?") {
                index += 1
                skipWhitespace()
                var stepIndex = startingStep
                while program.steps[stepIndex].alternative != PatternStep.none, Int(program.steps[stepIndex].alternative) < program.steps.count {
                    stepIndex = Int(program.steps[stepIndex].alternative)
                }
                program.steps[stepIndex].alternative = UInt16(program.steps.count)
            } else if next == UInt8(ascii: "@") {
                index += 1
                guard isIdentifierStart else { throw Failure.syntax(offset: index) }
                let name = String(decoding: scanIdentifier(), as: UTF8.self)
                skipWhitespace()
                let id = UInt16(program.internCapture(name))
                Self.forEachAlternative(in: &program.steps, from: startingStep) { $0.addCapture(id) }
            } else {
                return .ok
            }
        }
    }

    /// `(#name arg...)` after its `#`: a name, then captures, strings and bare words.
    private mutating func parsePredicate(pattern: Int) throws {
        guard isIdentifierStart else { throw Failure.syntax(offset: index) }
        var tokens: [PredicateToken] = [.string(String(decoding: scanIdentifier(), as: UTF8.self))]
        skipWhitespace()
        while true {
            if next == UInt8(ascii: ")") {
                index += 1
                skipWhitespace()
                tokens.append(.end)
                break
            } else if next == UInt8(ascii: "@") {
                index += 1
                guard isIdentifierStart else { throw Failure.syntax(offset: index) }
                let nameStart = index
                let name = String(decoding: scanIdentifier(), as: UTF8.self)
                guard let id = program.captureID(name) else {
                    index = nameStart
                    throw Failure.capture(offset: nameStart)
                }
                tokens.append(.capture(id))
            } else if next == UInt8(ascii: "\"") {
                tokens.append(.string(String(decoding: try stringLiteral(), as: UTF8.self)))
            } else if isIdentifierStart {
                tokens.append(.string(String(decoding: scanIdentifier(), as: UTF8.self)))
            } else {
                throw Failure.syntax(offset: index)
            }
            skipWhitespace()
        }
        program.predicates[pattern] += tokens
    }

    private func addNegatedFields(step: Int, _ fields: [UInt16]) {
        // The library shares equal lists; sharing changes nothing for matching.
        program.steps[step].negatedFields = Int32(program.negatedFields.count)
        program.negatedFields += fields + [0]
    }

    /// The pattern's start entries, as `ts_query_new` adds them to its pattern map.
    private func addEntries(pattern: Int, firstStep: Int) {
        var start = firstStep
        var wildcardRootAlternative = Int(PatternStep.none)
        while true {
            var step = program.steps[start]
            if step.symbol == 0, step.depth == 0, step.field == 0 {
                let second = program.steps[start + 1]
                if second.symbol != 0, second.depth == 1 {
                    wildcardRootAlternative = Int(step.alternative)
                    start += 1
                    step = second
                }
            }
            let startDepth = step.depth
            var isRooted = startDepth == 0
            var i = start + 1
            while i < program.steps.count {
                let child = program.steps[i]
                if child.isDeadEnd { break }
                if child.depth == startDepth {
                    isRooted = false
                    break
                }
                i += 1
            }
            if step.field != 0, step.depth == 0 {
                program.unsupported[pattern] = program.unsupported[pattern] ?? "a field on the pattern's root"
            }
            program.insertEntry(symbol: step.symbol, PatternEntry(step: UInt16(start), pattern: UInt16(pattern), isRooted: isRooted))
            if step.alternative != PatternStep.none {
                start = Int(step.alternative)
            } else if wildcardRootAlternative != Int(PatternStep.none) {
                start = wildcardRootAlternative
                wildcardRootAlternative = Int(PatternStep.none)
            } else {
                break
            }
        }
    }

    /// The step and the later alternatives chained from it (an alternation's branches), as
    /// tree-sitter walks them to give a field or capture to every branch.
    private static func forEachAlternative(in steps: inout [PatternStep], from start: Int, _ body: (inout PatternStep) -> Void) {
        var stepIndex = start
        while true {
            body(&steps[stepIndex])
            let alternative = Int(steps[stepIndex].alternative)
            guard steps[stepIndex].alternative != PatternStep.none, alternative > stepIndex, alternative < steps.count else { return }
            stepIndex = alternative
        }
    }
}
