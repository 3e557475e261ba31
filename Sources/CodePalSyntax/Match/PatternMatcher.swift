import CTreeSitter

/// A node a pattern captured, under a capture id of its `PatternProgram`.
struct RawCapture {
    var node: TSNode
    var id: UInt16
}

/// Runs a `PatternProgram` over a tree in one depth-first walk, reproducing tree-sitter 0.20.7's
/// query cursor (`ts_query_cursor_next_match`): the same matches, with the same captures in the
/// same order, finished in the same order. That cursor's rules are kept as they are, quirks
/// included, because rule authors wrote against them: a step without captures binds the first
/// node that fits (`(_) . (identifier)` is the second argument, not any later one); of two partial
/// matches of one pattern at one node, one whose captures are a subset of the other's is dropped
/// when both reach the same step (the longest-match rule that makes `(_)? @x .` capture its
/// optional node); a match that another, still growing one could extend waits for it.
///
/// What differs is how the work is found. Patterns start from a table indexed by the node's
/// symbol, and only those whose literals the file holds (`LiteralFilter`). Partial matches are
/// kept by the depth of the node they started at, each level in the library's order, with a mask
/// of the depths they wait at: a node is offered only to the partial matches waiting at its depth
/// (a few levels above it), and the longest-match rule runs only on levels that changed. The
/// library instead visits every partial match at every node, twice.
struct PatternMatcher {
    let program: PatternProgram

    /// Calls `body` for every match under `root`, in tree-sitter's order.
    /// - Parameter enabled: per pattern, whether it may start at all (`LiteralFilter`).
    /// - Parameter givingUp: asked when a partial match captures a node as a capture marked in
    ///   `PatternProgram.earlyCaptures`; true drops the partial match (its predicates fail).
    func forEachMatch(in root: TSNode, enabled: [Bool]? = nil, givingUp: ((Int, UInt16, TSNode) -> Bool)? = nil,
                      _ body: (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        program.steps.withUnsafeBufferPointer { steps in
            program.negatedFields.withUnsafeBufferPointer { negatedFields in
                program.earlyCaptures.withUnsafeBufferPointer { early in
                    var run = MatchRun(program: program, steps: steps, negatedFields: negatedFields, early: early, enabled: enabled)
                    run.execute(root, givingUp: givingUp, body)
                }
            }
        }
    }
}

/// The facts about the cursor's node that tree-sitter's cursor reads at every node, read here
/// when the first state needs them.
private struct NodeFacts {
    let cursor: UnsafePointer<TSTreeCursor>
    private var cachedStatus: (TSFieldId, Bool, Bool, Bool)?
    private var parentNode: TSNode?

    init(cursor: UnsafePointer<TSTreeCursor>) {
        self.cursor = cursor
    }

    /// Field, whether later siblings exist, later named siblings, later siblings with this field.
    mutating func status() -> (TSFieldId, Bool, Bool, Bool) {
        if let cachedStatus { return cachedStatus }
        var fieldID: TSFieldId = 0
        var hasLaterSiblings = false, hasLaterNamedSiblings = false, canHaveLaterSiblingsWithField = false
        var supertypes: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0, 0, 0)
        var supertypeCount: UInt32 = 8
        withUnsafeMutablePointer(to: &supertypes) { buffer in
            buffer.withMemoryRebound(to: UInt16.self, capacity: 8) { supertypes in
                ts_tree_cursor_current_status(cursor, &fieldID, &hasLaterSiblings, &hasLaterNamedSiblings,
                                              &canHaveLaterSiblingsWithField, supertypes, &supertypeCount)
            }
        }
        let found = (fieldID, hasLaterSiblings, hasLaterNamedSiblings, canHaveLaterSiblingsWithField)
        cachedStatus = found
        return found
    }

    mutating func parent() -> TSNode {
        if let parentNode { return parentNode }
        let found = ts_tree_cursor_parent_node(cursor)
        parentNode = found
        return found
    }

    mutating func parentIsError() -> Bool {
        let parent = parent()
        return !ts_node_is_null(parent) && ts_node_symbol(parent) == UInt16.max
    }
}

private struct MatchState {
    var captureList: Int32 = -1
    /// The depth of the node the state waits for: its start depth plus its step's depth;
    /// `MatchRun.done` once the pattern is complete.
    var target: UInt16
    var step: UInt16
    var pattern: UInt16
    var startDepth: UInt16
    var seekingImmediate = true
    var hasInProgressAlternatives = false
    var dead = false
    var needsParent = false
}

private struct MatchRun {
    static let done = UInt16.max
    static let doneBit: UInt64 = 1 << 63

    let steps: UnsafeBufferPointer<PatternStep>
    let negatedFields: UnsafeBufferPointer<UInt16>
    let early: UnsafeBufferPointer<Bool>
    let captureCount: Int
    /// The deepest step below a pattern's root.
    let maxStepDepth: Int
    /// Start entries of the enabled patterns: wildcard-rooted ones, and by symbol
    /// (`bySymbol[symbol]..<bySymbol[symbol + 1]` in `symbolEntries`), ERROR's apart.
    let wildcardEntries: [PatternEntry]
    let symbolEntries: [PatternEntry]
    let bySymbol: [Int32]
    let errorEntries: [PatternEntry]

    /// Partial matches by start depth, each level in the library's order (pattern, then age).
    var levels: [[MatchState]] = []
    /// Per level: bit k when a state there may wait at depth level + k; `doneBit` for complete ones.
    var masks: [UInt64] = []
    /// Levels in use: every level from here up is empty.
    var levelCount = 0
    /// Levels whose partial matches changed since the longest-match rule last ran on them.
    var touched: [Bool] = []
    var touchedLevels: [Int] = []
    var finished: [MatchState] = []
    var lists: [[RawCapture]] = []
    var freeLists: [Int32] = []

    init(program: PatternProgram, steps: UnsafeBufferPointer<PatternStep>, negatedFields: UnsafeBufferPointer<UInt16>,
         early: UnsafeBufferPointer<Bool>, enabled: [Bool]?) {
        self.steps = steps
        self.negatedFields = negatedFields
        self.early = early
        captureCount = program.captureNames.count
        var deepest = 0
        for step in steps where step.depth != PatternStep.done { deepest = max(deepest, Int(step.depth)) }
        maxStepDepth = deepest
        func keep(_ entry: PatternEntry) -> Bool { enabled?[Int(entry.pattern)] ?? true }
        wildcardEntries = program.wildcardEntries.filter(keep)
        errorEntries = (program.entriesBySymbol[UInt16.max] ?? []).filter(keep)
        let symbolCount = Int(ts_language_symbol_count(program.language))
        var flat: [PatternEntry] = []
        var ranges = [Int32](repeating: 0, count: symbolCount + 1)
        for symbol in 0..<symbolCount {
            ranges[symbol] = Int32(flat.count)
            if symbol > 0, let entries = program.entriesBySymbol[UInt16(symbol)] { flat += entries.filter(keep) }
        }
        ranges[symbolCount] = Int32(flat.count)
        symbolEntries = flat
        bySymbol = ranges
    }

    // MARK: Capture lists

    mutating func acquireList() -> Int32 {
        if let id = freeLists.popLast() { return id }
        lists.append([])
        return Int32(lists.count - 1)
    }

    mutating func release(_ id: Int32) {
        guard id >= 0 else { return }
        lists[Int(id)].removeAll(keepingCapacity: true)
        freeLists.append(id)
    }

    mutating func capture(_ level: Int, _ index: Int, _ step: PatternStep, _ node: TSNode) {
        if levels[level][index].captureList < 0 { levels[level][index].captureList = acquireList() }
        let list = Int(levels[level][index].captureList)
        step.forEachCapture { id in lists[list].append(RawCapture(node: node, id: id)) }
    }

    /// Inserts a copy of the state right after it; the copy gets its own capture list.
    mutating func copyState(_ level: Int, _ index: Int) {
        var copy = levels[level][index]
        copy.captureList = -1
        let source = levels[level][index].captureList
        if source >= 0 {
            let list = acquireList()
            lists[Int(list)].append(contentsOf: lists[Int(source)])
            copy.captureList = list
        }
        levels[level].insert(copy, at: index + 1)
    }

    // MARK: Levels

    func target(_ step: UInt16, startDepth: UInt16) -> UInt16 {
        let depth = steps[Int(step)].depth
        return depth == PatternStep.done ? Self.done : startDepth + depth
    }

    static func bit(_ state: MatchState) -> UInt64 {
        state.target == done ? doneBit : 1 << UInt64(state.target - state.startDepth)
    }

    mutating func recomputeMask(_ level: Int) {
        var mask: UInt64 = 0
        for state in levels[level] { mask |= Self.bit(state) }
        masks[level] = mask
    }

    mutating func touch(_ level: Int) {
        if !touched[level] {
            touched[level] = true
            touchedLevels.append(level)
        }
    }

    mutating func ensureLevels(_ count: Int) {
        while levels.count < count {
            levels.append([])
            masks.append(0)
            touched.append(false)
        }
        levelCount = max(levelCount, count)
    }

    // MARK: The longest-match rule

    static func compareNodes(_ left: TSNode, _ right: TSNode) -> Int {
        if left.id != right.id {
            let leftStart = ts_node_start_byte(left), rightStart = ts_node_start_byte(right)
            if leftStart < rightStart { return -1 }
            if leftStart > rightStart { return 1 }
            let leftEnd = ts_node_end_byte(left), rightEnd = ts_node_end_byte(right)
            if leftEnd > rightEnd { return -1 }
            if leftEnd < rightEnd { return 1 }
        }
        return 0
    }

    func compareCaptures(_ left: Int32, _ right: Int32) -> (leftContainsRight: Bool, rightContainsLeft: Bool) {
        let empty: [RawCapture] = []
        let a = left >= 0 ? lists[Int(left)] : empty, b = right >= 0 ? lists[Int(right)] : empty
        var leftContainsRight = true, rightContainsLeft = true
        var i = 0, j = 0
        while true {
            if i < a.count {
                if j < b.count {
                    if a[i].node.id == b[j].node.id, a[i].id == b[j].id {
                        i += 1
                        j += 1
                    } else {
                        switch Self.compareNodes(a[i].node, b[j].node) {
                        case -1:
                            rightContainsLeft = false
                            i += 1
                        case 1:
                            leftContainsRight = false
                            j += 1
                        default:
                            rightContainsLeft = false
                            leftContainsRight = false
                            i += 1
                            j += 1
                        }
                    }
                } else {
                    rightContainsLeft = false
                    break
                }
            } else {
                if j < b.count { leftContainsRight = false }
                break
            }
        }
        return (leftContainsRight, rightContainsLeft)
    }

    /// The library's dedup-and-finish pass over one level: drop a state whose captures another
    /// state at the same step contains, let a complete state wait while another holding all its
    /// captures is still in progress, finish the others.
    mutating func settle(_ level: Int) {
        // Nothing to decide without two partial matches of one pattern or a complete one: the
        // rule would only clear flags that matter to complete states.
        var needed = false
        var previous = UInt16.max
        for state in levels[level] {
            if state.target == Self.done || state.pattern == previous {
                needed = true
                break
            }
            previous = state.pattern
        }
        guard needed else { return }
        var states = levels[level]
        levels[level] = []
        for i in states.indices { states[i].hasInProgressAlternatives = false }
        var i = 0
        while i < states.count {
            var didRemove = false
            var k = i + 1
            while k < states.count {
                let other = states[k]
                if other.pattern != states[i].pattern { break }
                let (leftContainsRight, rightContainsLeft) = compareCaptures(states[i].captureList, other.captureList)
                if leftContainsRight {
                    if states[i].step == other.step {
                        release(other.captureList)
                        states.remove(at: k)
                        continue
                    }
                    states[k].hasInProgressAlternatives = true
                }
                if rightContainsLeft {
                    if states[i].step == other.step {
                        release(states[i].captureList)
                        states.remove(at: i)
                        didRemove = true
                        break
                    }
                    states[i].hasInProgressAlternatives = true
                }
                k += 1
            }
            if didRemove { continue }
            if states[i].target == Self.done, !states[i].hasInProgressAlternatives {
                finished.append(states[i])
                states.remove(at: i)
                continue
            }
            i += 1
        }
        levels[level] = states
        recomputeMask(level)
    }

    // MARK: The walk

    mutating func addState(_ entry: PatternEntry, depth: Int) {
        let step = steps[Int(entry.step)]
        let level = depth - Int(step.depth)
        ensureLevels(level + 1)
        var index = levels[level].count
        while index > 0 {
            let previous = levels[level][index - 1]
            if previous.pattern == entry.pattern, previous.step == entry.step { return }
            if previous.pattern <= entry.pattern { break }
            index -= 1
        }
        var state = MatchState(target: UInt16(depth), step: entry.step, pattern: entry.pattern, startDepth: UInt16(level))
        state.needsParent = step.depth == 1
        levels[level].insert(state, at: index)
        masks[level] |= Self.bit(state)
        touch(level)
    }

    /// Offers the node to the states of `level` waiting at `depth`; false when none of them changed.
    mutating func offer(level: Int, depth: Int, node: TSNode, symbol: UInt16, isNamed: Bool, facts: inout NodeFacts,
                        givingUp: ((Int, UInt16, TSNode) -> Bool)?) -> Bool {
        let nodeIsError = symbol == UInt16.max
        var changed = false
        var j = 0
        while j < levels[level].count {
            var copyCount = 0
            defer { j += 1 + copyCount }
            guard Int(levels[level][j].target) == depth else { continue }
            let step = steps[Int(levels[level][j].step)]
            let (fieldID, hasLaterSiblings, hasLaterNamedSiblings, canHaveLaterSiblingsWithField) = facts.status()

            var matches: Bool
            if step.symbol == 0 {
                matches = !nodeIsError && (isNamed || !step.isNamed)
            } else {
                matches = symbol == step.symbol
            }
            var laterSiblingCanMatch = hasLaterSiblings
            if (step.isImmediate && isNamed) || levels[level][j].seekingImmediate { laterSiblingCanMatch = false }
            if step.isLastChild && hasLaterNamedSiblings { matches = false }
            if step.field != 0 {
                if step.field == fieldID {
                    if !canHaveLaterSiblingsWithField { laterSiblingCanMatch = false }
                } else {
                    matches = false
                }
            }
            if matches, step.negatedFields != 0 {
                var k = Int(step.negatedFields)
                while negatedFields[k] != 0 {
                    if ts_node_child_by_field_id(node, negatedFields[k]).id != nil {
                        matches = false
                        break
                    }
                    k += 1
                }
            }
            if !matches {
                if !laterSiblingCanMatch {
                    release(levels[level][j].captureList)
                    levels[level].remove(at: j)
                    j -= 1
                    changed = true
                }
                continue
            }
            changed = true

            // A step that could also match a later sibling splits: one copy takes this node,
            // the other waits for the next.
            if laterSiblingCanMatch && (step.containsCaptures || step.isFallible) {
                copyState(level, j)
                copyCount += 1
            }

            if levels[level][j].needsParent {
                let parent = facts.parent()
                if ts_node_is_null(parent) {
                    levels[level][j].dead = true
                } else {
                    levels[level][j].needsParent = false
                    var skipped = Int(levels[level][j].step)
                    repeat {
                        skipped -= 1
                    } while steps[skipped].isDeadEnd || steps[skipped].isPassThrough || steps[skipped].depth > 0
                    if steps[skipped].hasCaptures { capture(level, j, steps[skipped], parent) }
                }
            }
            if step.hasCaptures {
                capture(level, j, step, node)
                if let givingUp {
                    let pattern = Int(levels[level][j].pattern)
                    step.forEachCapture { id in
                        if !levels[level][j].dead, early[pattern * captureCount + Int(id)], givingUp(pattern, id, node) {
                            levels[level][j].dead = true
                        }
                    }
                }
            }
            if levels[level][j].dead {
                release(levels[level][j].captureList)
                levels[level].remove(at: j)
                j -= 1
                continue
            }

            levels[level][j].step += 1
            levels[level][j].seekingImmediate = false
            let startDepth = levels[level][j].startDepth

            // Split at alternatives: each alternative step gets a copy of the state.
            var endIndex = j + 1
            var k = j
            while k < endIndex {
                let childStep = steps[Int(levels[level][k].step)]
                if childStep.alternative != PatternStep.none {
                    if childStep.isDeadEnd {
                        levels[level][k].step = childStep.alternative
                        continue
                    }
                    if childStep.isPassThrough {
                        levels[level][k].step += 1
                    }
                    copyState(level, k)
                    endIndex += 1
                    copyCount += 1
                    levels[level][k + 1].step = childStep.alternative
                    levels[level][k + 1].target = target(childStep.alternative, startDepth: startDepth)
                    if childStep.alternativeIsImmediate { levels[level][k + 1].seekingImmediate = true }
                    if childStep.isPassThrough {
                        levels[level][k].target = target(levels[level][k].step, startDepth: startDepth)
                        continue
                    }
                }
                levels[level][k].target = target(levels[level][k].step, startDepth: startDepth)
                k += 1
            }
        }
        return changed
    }

    mutating func execute(_ root: TSNode, givingUp: ((Int, UInt16, TSNode) -> Bool)?, _ body: (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        // On the heap, so that NodeFacts can hold on to it.
        let cursor = UnsafeMutablePointer<TSTreeCursor>.allocate(capacity: 1)
        cursor.initialize(to: ts_tree_cursor_new(root))
        defer {
            ts_tree_cursor_delete(cursor)
            cursor.deallocate()
        }
        var depth = 0
        var ascending = false
        var halted = false

        func deliver(_ run: inout MatchRun) {
            guard !run.finished.isEmpty else { return }
            for state in run.finished {
                let list = state.captureList
                if list >= 0 {
                    run.lists[Int(list)].withUnsafeBufferPointer { body(Int(state.pattern), $0) }
                } else {
                    body(Int(state.pattern), UnsafeBufferPointer(start: nil, count: 0))
                }
                run.release(list)
            }
            run.finished.removeAll(keepingCapacity: true)
        }

        while true {
            if halted {
                for level in 0..<levelCount {
                    for state in levels[level] { release(state.captureList) }
                    levels[level].removeAll()
                }
                deliver(&self)
                return
            }
            if ascending {
                if ts_tree_cursor_goto_next_sibling(cursor) {
                    ascending = false
                } else if ts_tree_cursor_goto_parent(cursor) {
                    depth -= 1
                } else {
                    halted = true
                }
                leave(depth: depth, halted: halted)
                deliver(&self)
                continue
            }

            let node = ts_tree_cursor_current_node(cursor)
            // A node ending at byte 0 lies before the cursor's range (start 0) and is skipped.
            if ts_node_end_byte(node) == 0 {
                if !ts_tree_cursor_goto_next_sibling(cursor) { ascending = true }
                continue
            }
            let symbol = ts_node_symbol(node)
            let isNamed = ts_node_is_named(node)
            // What the cursor knows about the node's place, read only when a state needs it.
            var facts = NodeFacts(cursor: cursor)
            let nodeIsError = symbol == UInt16.max
            ensureLevels(depth + 1)

            if !nodeIsError {
                for entry in wildcardEntries {
                    if entry.isRooted || !facts.parentIsError() { addState(entry, depth: depth) }
                }
            }
            let starting: ArraySlice<PatternEntry>
            if nodeIsError {
                starting = errorEntries[...]
            } else if Int(symbol) + 1 < bySymbol.count {
                starting = symbolEntries[Int(bySymbol[Int(symbol)])..<Int(bySymbol[Int(symbol) + 1])]
            } else {
                starting = []
            }
            for entry in starting where entry.isRooted || !facts.parentIsError() {
                addState(entry, depth: depth)
            }

            // Offer the node to the states waiting at its depth: those of the levels at most
            // `maxStepDepth` above it whose mask says so.
            var level = max(0, depth - maxStepDepth)
            while level <= depth {
                if masks[level] & (1 << UInt64(depth - level)) != 0,
                   offer(level: level, depth: depth, node: node, symbol: symbol, isNamed: isNamed, facts: &facts, givingUp: givingUp) {
                    recomputeMask(level)
                    touch(level)
                }
                level += 1
            }

            // The longest-match rule and finishing, level by level in the library's order.
            if !touchedLevels.isEmpty {
                touchedLevels.sort()
                for level in touchedLevels {
                    touched[level] = false
                    if level < levelCount { settle(level) }
                }
                touchedLevels.removeAll(keepingCapacity: true)
            }
            deliver(&self)

            if ts_tree_cursor_goto_first_child(cursor) {
                depth += 1
            } else {
                ascending = true
            }
        }
    }

    /// After leaving a node (the cursor now at `depth`): complete states that started deeper
    /// finish, states that needed something deeper than `depth` are gone.
    mutating func leave(depth: Int, halted: Bool) {
        if halted {
            for level in 0..<levelCount {
                var kept: [MatchState] = []
                for state in levels[level] {
                    if state.target == Self.done {
                        finished.append(state)
                    } else if level > depth || Int(state.target) > depth {
                        release(state.captureList)
                    } else {
                        kept.append(state)
                    }
                }
                levels[level] = kept
                recomputeMask(level)
            }
            return
        }
        // Levels below `depth` may hold states waiting deeper than it.
        var level = max(0, depth - maxStepDepth + 1)
        while level <= depth, level < levelCount {
            let deeper = masks[level] & ~Self.doneBit & ~((1 << UInt64(depth - level + 1)) - 1)
            if deeper != 0 {
                var states = levels[level]
                levels[level] = []
                let before = states.count
                var kept = 0
                for state in states {
                    if state.target != Self.done, Int(state.target) > depth {
                        release(state.captureList)
                    } else {
                        states[kept] = state
                        kept += 1
                    }
                }
                states.removeLast(before - kept)
                let removed = kept < before
                levels[level] = states
                recomputeMask(level)
                // A complete state that waited for a removed one may now finish.
                if removed, masks[level] & Self.doneBit != 0 { touch(level) }
            }
            level += 1
        }
        // Levels deeper than `depth` empty: complete states finish, the rest fail.
        level = depth + 1
        while level < levelCount {
            for state in levels[level] {
                if state.target == Self.done {
                    finished.append(state)
                } else {
                    release(state.captureList)
                }
            }
            levels[level].removeAll(keepingCapacity: true)
            masks[level] = 0
            level += 1
        }
        levelCount = min(levelCount, depth + 1)
    }
}
