import CodePalSyntax

/// Where a plain assignment inside conditional code counts. Inside its arm the variable holds
/// the new value (`if c: x = int(x)` then `run(x)` in the same arm: a number); after the arm it
/// may hold either that or what it held before the arm, since the arm may not run; and after an
/// `if`/`else` whose two arms both assign it (or leave: `return`, `raise`), it holds what those
/// arms left, never the value from before (a sanitizer on every path clears the taint, on one
/// path does not).
///
/// Regions are the `@branch` nodes of taint.scm and the arms of the `@guard` conditionals
/// (`@guard.then`, `@guard.else`); a conditional with both arms and no `elif` between them is a
/// join of its two arms.
struct TaintBranches {
    struct Region {
        let start: Int
        let end: Int
        /// The innermost region around this one in the same scope.
        var parent: Int?
        /// The join this region is an arm of, and which arm (0 then, 1 else).
        var join: Int?
        var arm = 0
        /// The join whose conditional this node is (its end step is the join's, not a restore).
        var isJoinNode = false
    }

    struct Join {
        let start: Int
        let end: Int
        /// The region around the conditional, which takes the names the join settles.
        var parent: Int?
        /// Whether each arm (then, else) ends by leaving (`return`, `raise`): its state joins nothing.
        let exits: [Bool]
    }

    private(set) var regions: [Region] = []
    private(set) var joins: [Join] = []
    /// The innermost region of each plain assignment inside conditional code, by flow index.
    private(set) var regionOfFlow: [Int: Int] = [:]

    var isEmpty: Bool { regionOfFlow.isEmpty }

    init() {}

    /// The regions of the flows `inBranch` marks, with the conditionals `arms` describes (node,
    /// then, else, whether each arm leaves, whether the two arms are the whole conditional).
    init(flows: [Int], flowNode: (Int) -> Node, branches: Set<NodeID>, isScope: (Node) -> Bool,
         arms: [(node: Node, then: Node, otherwise: Node?, thenExits: Bool, elseExits: Bool, exhaustive: Bool)]) {
        guard !flows.isEmpty else { return }
        var armOf: [NodeID: (conditional: Int, arm: Int)] = [:]
        var conditionalNodes: [NodeID: Int] = [:]
        var armNodes: Set<NodeID> = []
        var conditionals: [(node: Node, exits: [Bool])] = []
        for arm in arms {
            armNodes.insert(arm.then.id)
            if let otherwise = arm.otherwise { armNodes.insert(otherwise.id) }
            guard arm.exhaustive, let otherwise = arm.otherwise else { continue }
            let index = conditionals.count
            conditionals.append((arm.node, [arm.thenExits, arm.elseExits]))
            conditionalNodes[arm.node.id] = index
            armOf[arm.then.id] = (index, 0)
            armOf[otherwise.id] = (index, 1)
        }
        var regionByNode: [NodeID: Int] = [:]
        var joinOfConditional: [Int: Int] = [:]
        for flow in flows {
            // From the root down: the regions of the flow's own scope, outermost first.
            var inScope: [Node] = []
            for ancestor in flowNode(flow).ancestors() {
                if isScope(ancestor) { inScope = []; continue }
                if branches.contains(ancestor.id) || armNodes.contains(ancestor.id) || conditionalNodes[ancestor.id] != nil {
                    inScope.append(ancestor)
                }
            }
            var parent: Int?
            for node in inScope {
                if let known = regionByNode[node.id] { parent = known; continue }
                let index = regions.count
                var region = Region(start: node.startByte, end: node.endByte, parent: parent)
                if let conditional = conditionalNodes[node.id] {
                    region.isJoinNode = true
                    joinOfConditional[conditional] = joins.count
                    joins.append(Join(start: node.startByte, end: node.endByte, parent: parent, exits: conditionals[conditional].exits))
                }
                if let arm = armOf[node.id] {
                    if joinOfConditional[arm.conditional] == nil {
                        // An arm whose conditional is no region of its own (not a `@branch`): the join still happens.
                        let conditional = conditionals[arm.conditional]
                        joinOfConditional[arm.conditional] = joins.count
                        joins.append(Join(start: conditional.node.startByte, end: conditional.node.endByte, parent: parent, exits: conditional.exits))
                    }
                    region.join = joinOfConditional[arm.conditional]
                    region.arm = arm.arm
                }
                regions.append(region)
                regionByNode[node.id] = index
                parent = index
            }
            if let innermost = parent { regionOfFlow[flow] = innermost }
        }
    }

    /// The steps at region and join ends, in the order they take effect among themselves: an inner
    /// region before the one around it, the arms of a conditional before its join, and a join
    /// before a region ending at the same place that starts where the conditional does.
    /// (`tie` orders steps of one offset; `isJoin` tells which list `item` indexes.)
    func steps() -> [(offset: Int, tie: Int, isJoin: Bool, item: Int)] {
        var result: [(offset: Int, tie: Int, isJoin: Bool, item: Int)] = []
        for (index, region) in regions.enumerated() where !region.isJoinNode || region.join != nil {
            result.append((region.end, -2 * region.start + 1, false, index))
        }
        for (index, join) in joins.enumerated() { result.append((join.end, -2 * join.start, true, index)) }
        return result
    }
}
