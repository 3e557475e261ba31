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
/// What differs is only how the work is found: patterns start from a table indexed by the
/// node's symbol, and each node is offered only to the partial matches waiting at its depth,
/// instead of to every partial match in progress.
struct PatternMatcher {
    let program: PatternProgram

    /// Calls `body` for every match under `root`, in tree-sitter's order.
    /// - Parameter givingUp: asked when a partial match captures a node as a capture marked in
    ///   `PatternProgram.earlyCaptures`; true drops the partial match (its predicates fail).
    /// - Parameter enabled: per pattern, whether it may start at all (`LiteralFilter`).
    func forEachMatch(in root: TSNode, enabled: [Bool]? = nil, givingUp: ((Int, UInt16, TSNode) -> Bool)? = nil,
                      _ body: (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        var run = MatchRun(program: program)
        run.execute(root, enabled: enabled, givingUp: givingUp, body)
    }
}

private struct MatchState {
    var captureList: Int32 = -1
    var startDepth: UInt16
    var step: UInt16
    var pattern: UInt16
    var seekingImmediate = true
    var hasInProgressAlternatives = false
    var dead = false
    var needsParent = false
}

private struct MatchRun {
    let program: PatternProgram
    let steps: [PatternStep]
    var states: [MatchState] = []
    var finished: [MatchState] = []
    var lists: [[RawCapture]] = []
    var freeLists: [Int32] = []

    init(program: PatternProgram) {
        self.program = program
        steps = program.steps
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

    mutating func capture(_ stateIndex: Int, _ step: PatternStep, _ node: TSNode) {
        if states[stateIndex].captureList < 0 { states[stateIndex].captureList = acquireList() }
        let list = Int(states[stateIndex].captureList)
        step.forEachCapture { id in lists[list].append(RawCapture(node: node, id: id)) }
    }

    /// Inserts a copy of the state right after it; the copy gets its own capture list.
    mutating func copyState(_ index: Int) {
        var copy = states[index]
        copy.captureList = -1
        if states[index].captureList >= 0 {
            let list = acquireList()
            lists[Int(list)] = lists[Int(states[index].captureList)]
            copy.captureList = list
        }
        states.insert(copy, at: index + 1)
    }

    func captures(_ state: MatchState) -> ArraySlice<RawCapture> {
        state.captureList >= 0 ? lists[Int(state.captureList)][...] : []
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

    func compareCaptures(_ left: MatchState, _ right: MatchState) -> (leftContainsRight: Bool, rightContainsLeft: Bool) {
        let a = captures(left), b = captures(right)
        var leftContainsRight = true, rightContainsLeft = true
        var i = a.startIndex, j = b.startIndex
        while true {
            if i < a.endIndex {
                if j < b.endIndex {
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
                if j < b.endIndex { leftContainsRight = false }
                break
            }
        }
        return (leftContainsRight, rightContainsLeft)
    }

    // MARK: The walk

    mutating func addState(_ entry: PatternEntry, depth: Int) {
        let step = steps[Int(entry.step)]
        let startDepth = UInt16(depth - Int(step.depth))
        var index = states.count
        while index > 0 {
            let previous = states[index - 1]
            if previous.startDepth < startDepth { break }
            if previous.startDepth == startDepth {
                if previous.pattern == entry.pattern, previous.step == entry.step { return }
                if previous.pattern <= entry.pattern { break }
            }
            index -= 1
        }
        var state = MatchState(startDepth: startDepth, step: entry.step, pattern: entry.pattern)
        state.needsParent = step.depth == 1
        states.insert(state, at: index)
    }

    mutating func execute(_ root: TSNode, enabled: [Bool]?, givingUp: ((Int, UInt16, TSNode) -> Bool)?, _ body: (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        let captureCount = program.captureNames.count
        let early = program.earlyCaptures
        var cursor = ts_tree_cursor_new(root)
        defer { ts_tree_cursor_delete(&cursor) }
        var depth = 0
        var ascending = false
        var halted = false
        var wildcardEntries = program.wildcardEntries
        var entriesBySymbol = program.entriesBySymbol
        if let enabled {
            wildcardEntries = wildcardEntries.filter { enabled[Int($0.pattern)] }
            entriesBySymbol = entriesBySymbol.compactMapValues { entries in
                let kept = entries.filter { enabled[Int($0.pattern)] }
                return kept.isEmpty ? nil : kept
            }
        }
        var supertypes = [UInt16](repeating: 0, count: 8)

        func deliver(_ run: inout MatchRun) {
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
                for state in states { release(state.captureList) }
                states.removeAll()
                deliver(&self)
                return
            }
            if ascending {
                if ts_tree_cursor_goto_next_sibling(&cursor) {
                    ascending = false
                } else if ts_tree_cursor_goto_parent(&cursor) {
                    depth -= 1
                } else {
                    halted = true
                }
                // Remove states that can no longer progress; finish those that waited for longer matches.
                var kept = 0
                for i in states.indices {
                    let state = states[i]
                    let step = steps[Int(state.step)]
                    if step.depth == PatternStep.done {
                        if Int(state.startDepth) > depth || halted {
                            finished.append(state)
                            continue
                        }
                    } else if Int(state.startDepth) + Int(step.depth) > depth {
                        release(state.captureList)
                        continue
                    }
                    states[kept] = state
                    kept += 1
                }
                states.removeLast(states.count - kept)
                deliver(&self)
                continue
            }

            let node = ts_tree_cursor_current_node(&cursor)
            // A node ending at byte 0 lies before the cursor's range (start 0) and is skipped.
            if ts_node_end_byte(node) == 0 {
                if !ts_tree_cursor_goto_next_sibling(&cursor) { ascending = true }
                continue
            }
            let symbol = ts_node_symbol(node)
            let isNamed = ts_node_is_named(node)
            var fieldID: TSFieldId = 0
            var hasLaterSiblings = false
            var hasLaterNamedSiblings = false
            var canHaveLaterSiblingsWithField = false
            var supertypeCount: UInt32 = 8
            supertypes.withUnsafeMutableBufferPointer { buffer in
                ts_tree_cursor_current_status(&cursor, &fieldID, &hasLaterSiblings, &hasLaterNamedSiblings,
                                              &canHaveLaterSiblingsWithField, buffer.baseAddress, &supertypeCount)
            }
            let parent = ts_tree_cursor_parent_node(&cursor)
            let nodeIsError = symbol == UInt16.max
            let parentIsError = !ts_node_is_null(parent) && ts_node_symbol(parent) == UInt16.max

            if !nodeIsError {
                for entry in wildcardEntries {
                    let step = steps[Int(entry.step)]
                    if (entry.isRooted || !parentIsError), step.field == 0 || fieldID == step.field {
                        addState(entry, depth: depth)
                    }
                }
            }
            if let starting = entriesBySymbol[symbol] {
                for entry in starting {
                    let step = steps[Int(entry.step)]
                    if (entry.isRooted || !parentIsError), step.field == 0 || fieldID == step.field {
                        addState(entry, depth: depth)
                    }
                }
            }

            // Offer the node to every state waiting at this depth.
            var j = 0
            while j < states.count {
                var copyCount = 0
                defer { j += 1 + copyCount }
                states[j].hasInProgressAlternatives = false
                let step = steps[Int(states[j].step)]
                if Int(states[j].startDepth) + Int(step.depth) != depth { continue }

                var matches: Bool
                if step.symbol == 0 {
                    matches = !nodeIsError && (isNamed || !step.isNamed)
                } else {
                    matches = symbol == step.symbol
                }
                var laterSiblingCanMatch = hasLaterSiblings
                if (step.isImmediate && isNamed) || states[j].seekingImmediate { laterSiblingCanMatch = false }
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
                    while program.negatedFields[k] != 0 {
                        if ts_node_child_by_field_id(node, program.negatedFields[k]).id != nil {
                            matches = false
                            break
                        }
                        k += 1
                    }
                }
                if !matches {
                    if !laterSiblingCanMatch {
                        release(states[j].captureList)
                        states.remove(at: j)
                        j -= 1
                    }
                    continue
                }

                // A step that could also match a later sibling splits: one copy takes this node,
                // the other waits for the next.
                if laterSiblingCanMatch && (step.containsCaptures || step.isFallible) {
                    copyState(j)
                    copyCount += 1
                }

                if states[j].needsParent {
                    if ts_node_is_null(parent) {
                        states[j].dead = true
                    } else {
                        states[j].needsParent = false
                        var skipped = Int(states[j].step)
                        repeat {
                            skipped -= 1
                        } while steps[skipped].isDeadEnd || steps[skipped].isPassThrough || steps[skipped].depth > 0
                        if steps[skipped].hasCaptures { capture(j, steps[skipped], parent) }
                    }
                }
                if step.hasCaptures {
                    capture(j, step, node)
                    if let givingUp {
                        let pattern = Int(states[j].pattern)
                        step.forEachCapture { id in
                            if !states[j].dead, early[pattern * captureCount + Int(id)], givingUp(pattern, id, node) { states[j].dead = true }
                        }
                    }
                }
                if states[j].dead {
                    release(states[j].captureList)
                    states.remove(at: j)
                    j -= 1
                    continue
                }

                states[j].step += 1
                states[j].seekingImmediate = false

                // Split at alternatives: each alternative step gets a copy of the state.
                var endIndex = j + 1
                var k = j
                while k < endIndex {
                    let childStep = steps[Int(states[k].step)]
                    if childStep.alternative != PatternStep.none {
                        if childStep.isDeadEnd {
                            states[k].step = childStep.alternative
                            continue
                        }
                        if childStep.isPassThrough {
                            states[k].step += 1
                        }
                        copyState(k)
                        endIndex += 1
                        copyCount += 1
                        states[k + 1].step = childStep.alternative
                        if childStep.alternativeIsImmediate { states[k + 1].seekingImmediate = true }
                        if childStep.isPassThrough { continue }
                    }
                    k += 1
                }
            }

            // Drop shorter duplicates and finish complete matches.
            var i = 0
            while i < states.count {
                if states[i].dead {
                    release(states[i].captureList)
                    states.remove(at: i)
                    continue
                }
                var didRemove = false
                var k = i + 1
                while k < states.count {
                    let other = states[k]
                    if other.startDepth != states[i].startDepth || other.pattern != states[i].pattern { break }
                    let (leftContainsRight, rightContainsLeft) = compareCaptures(states[i], other)
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
                if steps[Int(states[i].step)].depth == PatternStep.done, !states[i].hasInProgressAlternatives {
                    finished.append(states[i])
                    states.remove(at: i)
                    continue
                }
                i += 1
            }
            deliver(&self)

            if ts_tree_cursor_goto_first_child(&cursor) {
                depth += 1
            } else {
                ascending = true
            }
        }
    }
}
