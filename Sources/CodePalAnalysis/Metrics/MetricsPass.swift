import CodePalSyntax

/// The state of one metrics walk: a stack of function frames and the undo actions to run when
/// the walk leaves the node that caused them.
struct MetricsPass {
    private struct Frame {
        var metrics: FunctionMetrics
        let node: NodeID
        let reported: Bool
        /// Cognitive nesting level for increments inside this function.
        var nesting = 0
        /// Current depth of control structures, for the `nesting` metric.
        var depth = 0
        /// Index in `containers` of the class this is a method of, if any.
        let classIndex: Int?
    }

    private enum Undo {
        case popFrame
        case nesting
        case depth
        case popClass
        case popFunctionNode
        case leaveAtom
    }

    private let roles: RoleTable
    private let text: SourceText
    private let options: MetricsOptions
    private var frames: [Frame]
    private var functions: [FunctionMetrics] = []
    private var classes: [ClassMetrics] = []
    /// Names of enclosing classes and named functions, for qualified names.
    private var containers: [(name: String, classIndex: Int?)] = []
    /// Innermost function-like nodes (named or folded), to attribute parameters.
    private var functionNodes: [NodeID] = []
    private var undo: [(NodeID, Undo)] = []
    private var codeLines: [Bool]
    /// Inside a string or template: leaves belong to the atom's one Halstead operand.
    private var atomDepth = 0
    private var lastLine = 0
    private var rolePosition = 0

    init(roles: RoleTable, root: Node, text: SourceText, options: MetricsOptions) {
        self.roles = roles
        self.text = text
        self.options = options
        let module = FunctionMetrics(name: "", qualifiedName: "", range: 0..<text.count, nameRange: 0..<0)
        frames = [Frame(metrics: module, node: root.id, reported: false, classIndex: nil)]
        codeLines = Array(repeating: false, count: text.lines.lineCount)
    }

    mutating func enter(_ node: Node) -> Bool {
        let entry = roles.next(node, position: &rolePosition)
        switch entry?.role {
        case .function?:
            let nameNode = entry?.name
            let name = nameNode.map { $0.text(in: text.bytes) } ?? "(anonymous)"
            pushFrame(node, name: name, nameRange: nameNode?.byteRange ?? node.startByte..<node.startByte)
        case .inlineFunction?:
            functionNodes.append(node.id)
            undo.append((node.id, .popFunctionNode))
            frames[frames.count - 1].nesting += 1
            undo.append((node.id, .nesting))
        case .anonymousFunction?:
            if options.foldAnonymousFunctions, frames.count > 1 {
                functionNodes.append(node.id)
                undo.append((node.id, .popFunctionNode))
                frames[frames.count - 1].nesting += 1
                undo.append((node.id, .nesting))
            } else {
                pushFrame(node, name: "(anonymous)", nameRange: node.startByte..<node.startByte)
            }
        case .class?:
            let name = entry?.name.map { $0.text(in: text.bytes) } ?? "(anonymous)"
            let qualified = (containers.map(\.name) + [name]).joined(separator: ".")
            classes.append(ClassMetrics(name: name, qualifiedName: qualified, range: node.byteRange))
            containers.append((name, classes.count - 1))
            undo.append((node.id, .popClass))
        case .if?, .loop?, .catch?:
            structure(node, construct: entry!.role.rawValue, cyclomatic: true, depth: true)
        case .switch?:
            structure(node, construct: "switch", cyclomatic: false, depth: true)
        case .uncountedIf?:
            structure(node, construct: "if", cyclomatic: false, depth: true)
        case .ternary?:
            structure(node, construct: "ternary", cyclomatic: true, depth: false)
        case .elseIf?:
            frames[frames.count - 1].metrics.cyclomatic += 1
            increment(node, "else if", 1)
        case .else?:
            increment(node, "else", 1)
        case .case?, .condition?:
            frames[frames.count - 1].metrics.cyclomatic += 1
        case .logical?:
            frames[frames.count - 1].metrics.cyclomatic += 1
            if startsSequence(node) { increment(node, "boolean sequence", 1) }
        case .jump?:
            increment(node, "jump", 1)
        case .return?:
            frames[frames.count - 1].metrics.returns += 1
        case .parameter?:
            if functionNodes.last == frames[frames.count - 1].node { frames[frames.count - 1].metrics.parameters += 1 }
        case .call?:
            let frame = frames[frames.count - 1]
            if frame.reported, node.text(in: text.bytes) == frame.metrics.name { increment(node, "recursion", 1) }
        case .comment?:
            return false
        case .atom?:
            // One operand however many tokens; still walked for the decisions inside f-string
            // interpolations and template substitutions.
            if options.halstead { frames[frames.count - 1].metrics.halstead.addOperand(slice(node)) }
            atomDepth += 1
            undo.append((node.id, .leaveAtom))
        case .group?, .ignore?, nil:
            break
        }
        if node.childCount == 0, node.endByte > node.startByte {
            markCode(node)
            if atomDepth > 0 || !options.halstead {
                // Counted with its atom.
            } else if node.isNamed {
                frames[frames.count - 1].metrics.halstead.addOperand(slice(node))
            } else {
                frames[frames.count - 1].metrics.halstead.addOperator(node.symbol)
            }
        }
        return true
    }

    mutating func leave(_ node: Node) {
        let id = node.id
        while let (owner, action) = undo.last, owner == id {
            undo.removeLast()
            switch action {
            case .popFrame: popFrame()
            case .nesting: frames[frames.count - 1].nesting -= 1
            case .depth: frames[frames.count - 1].depth -= 1
            case .popClass: containers.removeLast()
            case .popFunctionNode: functionNodes.removeLast()
            case .leaveAtom: atomDepth -= 1
            }
        }
    }

    mutating func finish() -> FileMetrics {
        var prefix = [0]
        prefix.reserveCapacity(codeLines.count + 1)
        for isCode in codeLines { prefix.append(prefix[prefix.count - 1] + (isCode ? 1 : 0)) }
        for index in functions.indices {
            let first = text.lines.line(containing: functions[index].range.lowerBound)
            let last = text.lines.line(containing: max(functions[index].range.lowerBound, functions[index].range.upperBound - 1))
            functions[index].nloc = prefix[last + 1] - prefix[first]
        }
        functions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return FileMetrics(functions: functions, classes: classes, nloc: prefix[prefix.count - 1])
    }

    // MARK: -

    private mutating func pushFrame(_ node: Node, name: String, nameRange: Range<Int>) {
        let qualified = (containers.map(\.name) + [name]).joined(separator: ".")
        let classIndex = containers.last?.classIndex
        frames.append(Frame(metrics: FunctionMetrics(name: name, qualifiedName: qualified, range: node.byteRange, nameRange: nameRange),
                            node: node.id, reported: true, classIndex: classIndex))
        containers.append((name, nil))
        functionNodes.append(node.id)
        undo.append((node.id, .popFrame))
    }

    private mutating func popFrame() {
        let frame = frames.removeLast()
        containers.removeLast()
        functionNodes.removeLast()
        functions.append(frame.metrics)
        if let index = frame.classIndex {
            classes[index].methods += 1
            classes[index].cyclomatic += frame.metrics.cyclomatic
            classes[index].cognitive += frame.metrics.cognitive
        }
    }

    /// A flow-breaking structure: +1 plus the nesting level, and it nests what it contains.
    private mutating func structure(_ node: Node, construct: String, cyclomatic: Bool, depth: Bool) {
        let last = frames.count - 1
        if cyclomatic { frames[last].metrics.cyclomatic += 1 }
        increment(node, construct, 1 + frames[last].nesting)
        frames[last].nesting += 1
        undo.append((node.id, .nesting))
        if depth {
            frames[last].depth += 1
            frames[last].metrics.nesting = max(frames[last].metrics.nesting, frames[last].depth)
            undo.append((node.id, .depth))
        }
    }

    private mutating func increment(_ node: Node, _ construct: String, _ amount: Int) {
        let last = frames.count - 1
        frames[last].metrics.cognitive += amount
        frames[last].metrics.increments.append(CognitiveIncrement(construct: construct, range: node.byteRange, amount: amount))
    }

    /// A boolean operator starts a new sequence unless the expression around its own expression
    /// (looking through parentheses) uses the same operator: `a && b && c` is one sequence,
    /// `a && b || c` two.
    private func startsSequence(_ token: Node) -> Bool {
        guard let expression = token.parent else { return true }
        let op = roles.logicalOperators[expression.id]
        var outer = expression.parent
        while let candidate = outer, roles[candidate]?.role == .group { outer = candidate.parent }
        guard let outer, let outerOp = roles.logicalOperators[outer.id] else { return true }
        return outerOp != op
    }

    private func slice(_ node: Node) -> ArraySlice<UInt8> {
        let lower = min(node.startByte, text.count)
        return text.bytes[lower..<max(lower, min(node.endByte, text.count))]
    }

    private mutating func markCode(_ node: Node) {
        let first = line(containing: node.startByte)
        let last = line(containing: max(node.startByte, node.endByte - 1))
        for line in first...last { codeLines[line] = true }
    }

    /// Leaves come in document order, so the line of the previous one is the place to start
    /// looking; the binary search is for the rare jump backwards.
    private mutating func line(containing offset: Int) -> Int {
        let starts = text.lines.lineStarts
        var line = lastLine
        if offset < starts[line] { line = text.lines.line(containing: offset) }
        while line + 1 < starts.count, starts[line + 1] <= offset { line += 1 }
        lastLine = line
        return line
    }
}
