import CPatternWalk
import CTreeSitter

/// One step of a compiled pattern, laid out as tree-sitter 0.20.7's query compiler lays out its
/// `QueryStep`s: a node to match at a depth below the pattern's root, with the jumps that encode
/// alternations (`[...]`), quantifiers and anchors. `PatternMatcher` runs these steps the way the
/// library's query cursor does, so that both report the same matches in the same order.
struct PatternStep {
    static let none = UInt16.max
    /// `depth` of the step that ends a pattern.
    static let done = UInt16.max

    /// Grammar symbol; 0 is the wildcard.
    var symbol: UInt16
    var field: UInt16 = 0
    /// Up to three capture ids (tree-sitter keeps three per step and drops the rest).
    var captures: (UInt16, UInt16, UInt16) = (none, none, none)
    var depth: UInt16
    var alternative: UInt16 = none
    /// Start of this step's list in `PatternProgram.negatedFields` (zero-terminated); 0 for none.
    var negatedFields: Int32 = 0
    /// `(_)` (named wildcard) rather than `_`.
    var isNamed = false
    var isImmediate: Bool
    var isLastChild = false
    var isPassThrough = false
    var isDeadEnd = false
    var alternativeIsImmediate = false
    /// This step or one below it captures.
    var containsCaptures = false
    /// The query analysis says the first child step may fail once this step matched (see
    /// `PatternProgram.markFallibleSteps`): a state then splits at every candidate node, as
    /// it does for a step with captures.
    var isFallible = false
    init(symbol: UInt16, depth: UInt16, isImmediate: Bool) {
        self.symbol = symbol
        self.depth = depth
        self.isImmediate = isImmediate
    }

    var hasCaptures: Bool { captures.0 != Self.none }

    mutating func addCapture(_ id: UInt16) {
        if captures.0 == Self.none { captures.0 = id } else if captures.1 == Self.none { captures.1 = id } else if captures.2 == Self.none { captures.2 = id }
    }

    var cStep: CPStep {
        var flags: UInt16 = 0
        if isNamed { flags |= UInt16(CP_STEP_NAMED) }
        if isImmediate { flags |= UInt16(CP_STEP_IMMEDIATE) }
        if isLastChild { flags |= UInt16(CP_STEP_LAST_CHILD) }
        if isPassThrough { flags |= UInt16(CP_STEP_PASS_THROUGH) }
        if isDeadEnd { flags |= UInt16(CP_STEP_DEAD_END) }
        if alternativeIsImmediate { flags |= UInt16(CP_STEP_ALTERNATIVE_IS_IMMEDIATE) }
        if containsCaptures { flags |= UInt16(CP_STEP_CONTAINS_CAPTURES) }
        if isFallible { flags |= UInt16(CP_STEP_FALLIBLE) }
        return CPStep(symbol: symbol, field: field, depth: depth, alternative: alternative, captures: captures, flags: flags,
                      negated_fields: negatedFields)
    }

    func forEachCapture(_ body: (UInt16) -> Void) {
        if captures.0 == Self.none { return }
        body(captures.0)
        if captures.1 == Self.none { return }
        body(captures.1)
        if captures.2 == Self.none { return }
        body(captures.2)
    }
}

/// Where a pattern may start: tree-sitter's `PatternEntry`.
struct PatternEntry {
    let step: UInt16
    let pattern: UInt16
    /// The pattern has a single root node (a sibling sequence or a skipped wildcard root has not).
    let isRooted: Bool
}

/// A token of a predicate as written: `(#eq? @name "value")` is `eq?`, capture, string, end.
enum PredicateToken: Equatable {
    case string(String)
    case capture(Int)
    case end
}

/// Query text compiled into `PatternStep`s: what `ts_query_new` builds, without the library's
/// per-pattern analysis of the grammar's parse table (the part that makes compiling a rule set
/// cost tree-sitter about a millisecond per pattern). The one verdict of that analysis the
/// matcher needs, which steps may fail, is asked of the library only for the few steps where it
/// changes what matches (`markFallibleSteps`).
final class PatternProgram {
    var steps: [PatternStep] = []
    var negatedFields: [UInt16] = [0]
    var captureNames: [String] = []
    /// Per pattern, as written: the byte where it starts and its predicate tokens.
    var patternStarts: [Int] = []
    var predicates: [[PredicateToken]] = []
    /// Per pattern, the steps' range (ends with the pattern's done step).
    var patternSteps: [Range<Int>] = []
    /// Start entries: wildcard-rooted ones (tried at every node) and those by root symbol.
    private(set) var wildcardEntries: [PatternEntry] = []
    /// Sorted by symbol, then pattern, as tree-sitter's pattern map.
    private(set) var entries: [(symbol: UInt16, entry: PatternEntry)] = []
    /// For each pattern: why the matcher cannot run it, nil when it can.
    var unsupported: [String?] = []
    var disabled: Set<Int> = []
    /// `pattern * captureNames.count + capture` is set when a partial match of that (compiled)
    /// pattern can be given up as soon as it takes that capture, if the capture's text fails the
    /// predicates on it alone (`Query.failsEarly`). The capture is in every match once
    /// (`singleCaptures`), so every partial match the given-up one could drop or delay under the
    /// longest-match rule holds the same node and fails too: nothing the library reports changes.
    var earlyCaptures: [Bool] = []

    /// Entries starting at `symbol`, in the library's order.
    private(set) var entriesBySymbol: [UInt16: [PatternEntry]] = [:]
    /// `steps` as the C walk reads them (`CPatternWalk`).
    private(set) var cSteps: [CPStep] = []
    /// The deepest step below a pattern's root.
    private(set) var maxStepDepth = 0

    let language: OpaquePointer

    init(language: OpaquePointer) {
        self.language = language
    }

    var patternCount: Int { patternStarts.count }

    /// Completes the program once every pattern is compiled: what tree-sitter's analysis derives
    /// from the steps, and the start tables.
    func finish(stepOffsets: [Int], source: [UInt8]) {
        computeContainsCaptures()
        markFallibleSteps(stepOffsets: stepOffsets, source: source)
        buildStartTables()
        cSteps = steps.map(\.cStep)
        maxStepDepth = steps.lazy.filter { $0.depth != PatternStep.done }.map { Int($0.depth) }.max() ?? 0
    }

    /// The start entries of the enabled patterns, laid out for the C walk.
    func startTables(enabled: [Bool]?) -> (wildcard: [CPEntry], symbols: [CPEntry], bySymbol: [Int32], error: [CPEntry]) {
        func keep(_ entry: PatternEntry) -> Bool { enabled?[Int(entry.pattern)] ?? true }
        func c(_ entry: PatternEntry) -> CPEntry { CPEntry(step: entry.step, pattern: entry.pattern, is_rooted: entry.isRooted) }
        let symbolCount = Int(ts_language_symbol_count(language))
        var symbols: [CPEntry] = []
        var bySymbol = [Int32](repeating: 0, count: symbolCount + 1)
        for symbol in 0..<symbolCount {
            bySymbol[symbol] = Int32(symbols.count)
            if symbol > 0, let entries = entriesBySymbol[UInt16(symbol)] { symbols += entries.filter(keep).map(c) }
        }
        bySymbol[symbolCount] = Int32(symbols.count)
        return (wildcardEntries.filter(keep).map(c), symbols, bySymbol, (entriesBySymbol[UInt16.max] ?? []).filter(keep).map(c))
    }

    /// Patterns that never start a match.
    func disable(_ patterns: Range<Int>) {
        disabled.formUnion(patterns)
        buildStartTables()
    }

    private func buildStartTables() {
        entriesBySymbol = [:]
        wildcardEntries = []
        for (symbol, entry) in entries where !disabled.contains(Int(entry.pattern)) && unsupported[Int(entry.pattern)] == nil {
            if symbol == 0 {
                wildcardEntries.append(entry)
            } else {
                entriesBySymbol[symbol, default: []].append(entry)
            }
        }
    }

    /// Whether a step's children can fail to match once the step matched: tree-sitter's query
    /// cursor then splits a state at every node the step matches even when the step captures
    /// nothing, and otherwise binds the first node that fits. The library knows this from an
    /// analysis of the grammar's parse table, which is what makes compiling a query slow, so it is
    /// asked only about the steps where the answer matters (with children, without captures) in
    /// a query of just those steps' node patterns; wildcard parents are never analysed (always
    /// fallible). Without an answer (the small query does not compile) a step counts as fallible.
    private func markFallibleSteps(stepOffsets: [Int], source: [UInt8]) {
        var candidates: [Int] = []
        var text: [UInt8] = []
        for i in steps.indices where i + 1 < steps.count {
            let step = steps[i], next = steps[i + 1]
            guard step.depth != PatternStep.done, !step.isDeadEnd, !step.isPassThrough,
                  next.depth != PatternStep.done, next.depth > step.depth else { continue }
            if step.symbol == 0 {
                steps[i].isFallible = true
                continue
            }
            guard !step.containsCaptures, i < stepOffsets.count,
                  let node = Self.nodePattern(source, from: stepOffsets[i]) else { continue }
            candidates.append(i)
            text += node + [0x0A]
        }
        guard !candidates.isEmpty else { return }
        let layout = PatternProgram(language: language)
        var compiler = PatternCompiler(source: text, into: layout)
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        let query = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ts_query_new(language, $0.baseAddress, UInt32(buffer.count), &errorOffset, &errorType) }
        }
        guard (try? compiler.compileAll()) != nil, layout.patternCount == candidates.count, let query else {
            if let query { ts_query_delete(query) }
            for i in candidates { steps[i].isFallible = true }
            return
        }
        defer { ts_query_delete(query) }
        for (k, i) in candidates.enumerated() {
            steps[i].isFallible = ts_query__step_is_fallible(query, UInt16(layout.patternSteps[k].lowerBound))
        }
    }

    /// The node pattern `( ... )` that starts at `start`, predicates left out (they name captures
    /// of the whole pattern).
    static func nodePattern(_ source: [UInt8], from start: Int) -> [UInt8]? {
        guard start < source.count, source[start] == UInt8(ascii: "(") else { return nil }
        var out: [UInt8] = []
        var depth = 0
        var i = start
        var skipping = 0  // depth at which a predicate being skipped opened, 0 when none
        while i < source.count {
            let byte = source[i]
            if byte == UInt8(ascii: "\"") {
                var j = i + 1
                while j < source.count, source[j] != UInt8(ascii: "\"") {
                    if source[j] == UInt8(ascii: "\\") { j += 1 }
                    j += 1
                }
                if skipping == 0 { out += source[i...min(j, source.count - 1)] }
                i = j + 1
                continue
            }
            if byte == UInt8(ascii: ";") {
                while i < source.count, source[i] != 0x0A { i += 1 }
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
                var j = i + 1
                while j < source.count, source[j] == 0x20 || source[j] == 0x0A || source[j] == 0x09 || source[j] == 0x0D { j += 1 }
                if skipping == 0, j < source.count, source[j] == UInt8(ascii: "#") || source[j] == UInt8(ascii: ".") { skipping = depth }
            }
            if skipping == 0 { out.append(byte) }
            if byte == UInt8(ascii: ")") {
                if depth == skipping { skipping = 0 }
                depth -= 1
                if depth == 0 { return out }
            }
            i += 1
        }
        return nil
    }

    /// tree-sitter's `ts_query__pattern_map_insert`: after the entries of smaller patterns with the
    /// same symbol, before those of the same or later patterns.
    func insertEntry(symbol: UInt16, _ entry: PatternEntry) {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].symbol < symbol { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < entries.count, entries[index].symbol == symbol, entries[index].entry.pattern < entry.pattern { index += 1 }
        entries.insert((symbol, entry), at: index)
    }

    /// `contains_captures` of tree-sitter's analysis: a step captures, or a step below it does.
    func computeContainsCaptures() {
        for i in steps.indices where steps[i].depth != PatternStep.done {
            var contains = steps[i].hasCaptures
            var j = i + 1
            while !contains, j < steps.count, steps[j].depth != PatternStep.done, steps[j].depth > steps[i].depth {
                if steps[j].hasCaptures { contains = true }
                j += 1
            }
            steps[i].containsCaptures = contains
        }
    }

    func captureID(_ name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// Captures that every match of `pattern` takes exactly once, and where whether a partial
    /// match has taken them depends only on the step it is at: after them, every partial match at
    /// a step holds one such capture, before them none does. Found by following how states move
    /// through the steps (matching, alternatives, repetitions), counting captures on the way.
    func singleCaptures(of pattern: Int) -> Set<Int> {
        let range = patternSteps[pattern]
        let entrySteps = entries.filter { Int($0.entry.pattern) == pattern }.map { Int($0.entry.step) }
        var candidates: Set<Int> = []
        for i in range { steps[i].forEachCapture { candidates.insert(Int($0)) } }
        // A skipped wildcard root captures the parent outside the steps followed here.
        for entry in entrySteps where entry > range.lowerBound && steps[range.lowerBound].depth == 0 && steps[entry].depth == 1 {
            steps[range.lowerBound].forEachCapture { candidates.remove(Int($0)) }
        }
        func arrive(_ k: Int, into found: inout [Int]) {
            var stack = [k]
            var seen: Set<Int> = []
            while let step = stack.popLast() {
                guard range.contains(step), seen.insert(step).inserted else { continue }
                let s = steps[step]
                if s.depth == PatternStep.done {
                    found.append(step)
                } else if s.isDeadEnd {
                    stack.append(Int(s.alternative))
                } else if s.isPassThrough {
                    stack.append(step + 1)
                    if s.alternative != PatternStep.none { stack.append(Int(s.alternative)) }
                } else {
                    found.append(step)
                    if s.alternative != PatternStep.none { stack.append(Int(s.alternative)) }
                }
            }
        }
        var single: Set<Int> = []
        for capture in candidates {
            // Possible counts (0, 1, 2 = more) of this capture on arriving at each step.
            var counts: [Int: Set<Int>] = [:]
            var work: [(Int, Int)] = []
            for entry in entrySteps {
                var found: [Int] = []
                arrive(entry, into: &found)
                work += found.map { ($0, 0) }
            }
            while let (step, count) = work.popLast() {
                guard counts[step, default: []].insert(count).inserted, steps[step].depth != PatternStep.done else { continue }
                var taken = count
                steps[step].forEachCapture { if Int($0) == capture { taken = min(2, taken + 1) } }
                var found: [Int] = []
                arrive(step + 1, into: &found)
                work += found.map { ($0, taken) }
            }
            var ok = counts.values.allSatisfy { $0.count == 1 }
            for (step, set) in counts {
                if steps[step].depth == PatternStep.done {
                    ok = ok && set == [1]
                } else {
                    var takes = false
                    steps[step].forEachCapture { if Int($0) == capture { takes = true } }
                    if takes { ok = ok && set == [0] }
                }
            }
            if ok { single.insert(capture) }
        }
        return single
    }

    func internCapture(_ name: String) -> Int {
        if let id = captureID(name) { return id }
        captureNames.append(name)
        return captureNames.count - 1
    }
}
