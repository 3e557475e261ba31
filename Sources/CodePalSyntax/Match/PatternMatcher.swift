import CPatternWalk
import CTreeSitter

/// A node a pattern captured, under a capture id of its `PatternProgram`.
typealias RawCapture = CPCapture

extension CPCapture {
    var tsNode: TSNode { unsafeBitCast(node, to: TSNode.self) }
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
///
/// The walk itself is C (`CPatternWalk`, `cp_match`): it visits every node of a file once per
/// query, and in Swift the bookkeeping of nested arrays (reference counts, uniqueness and bounds
/// checks) cost more than the matching. Compiling, choosing the patterns a file can match,
/// predicates and building matches stay here.
struct PatternMatcher {
    let program: PatternProgram

    /// Calls `body` for every match under `root`, in tree-sitter's order.
    /// - Parameter enabled: per pattern, whether it may start at all (`LiteralFilter`).
    /// - Parameter givingUp: asked when a partial match captures a node as a capture marked in
    ///   `PatternProgram.earlyCaptures`; true drops the partial match (its predicates fail).
    func forEachMatch(in root: TSNode, enabled: [Bool]? = nil, givingUp: ((Int, UInt16, TSNode) -> Bool)? = nil,
                      _ body: (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        let starts = program.startTables(enabled: enabled)
        withoutActuallyEscaping(body) { body in
            let context = WalkContext(givingUp: givingUp, body: body)
            program.cSteps.withUnsafeBufferPointer { steps in
            program.negatedFields.withUnsafeBufferPointer { negatedFields in
            program.earlyCaptures.withUnsafeBufferPointer { early in
            starts.wildcard.withUnsafeBufferPointer { wildcard in
            starts.symbols.withUnsafeBufferPointer { symbols in
            starts.bySymbol.withUnsafeBufferPointer { bySymbol in
            starts.error.withUnsafeBufferPointer { error in
                var walk = CPProgram(
                    steps: steps.baseAddress, step_count: UInt32(steps.count), negated_fields: negatedFields.baseAddress,
                    wildcard_entries: wildcard.baseAddress, wildcard_count: UInt32(wildcard.count),
                    symbol_entries: symbols.baseAddress, by_symbol: bySymbol.baseAddress, symbol_count: UInt32(bySymbol.count - 1),
                    error_entries: error.baseAddress, error_count: UInt32(error.count),
                    early: early.baseAddress, capture_count: UInt32(program.captureNames.count), max_step_depth: UInt32(program.maxStepDepth))
                let pointer = Unmanaged.passUnretained(context).toOpaque()
                _ = cp_match(&walk, unsafeBitCast(root, to: CPNode.self), pointer, givingUp == nil ? nil : { context, pattern, capture, node in
                    let walk = Unmanaged<WalkContext>.fromOpaque(context!).takeUnretainedValue()
                    return walk.givingUp!(Int(pattern), capture, unsafeBitCast(node, to: TSNode.self))
                }, { context, pattern, captures, count in
                    let walk = Unmanaged<WalkContext>.fromOpaque(context!).takeUnretainedValue()
                    walk.body(Int(pattern), UnsafeBufferPointer(start: captures, count: Int(count)))
                })
            }
            }
            }
            }
            }
            }
            }
        }
    }
}

/// The Swift side of one walk, reached from the C callbacks.
private final class WalkContext {
    let givingUp: ((Int, UInt16, TSNode) -> Bool)?
    let body: (Int, UnsafeBufferPointer<RawCapture>) -> Void

    init(givingUp: ((Int, UInt16, TSNode) -> Bool)?, body: @escaping (Int, UnsafeBufferPointer<RawCapture>) -> Void) {
        self.givingUp = givingUp
        self.body = body
    }
}
