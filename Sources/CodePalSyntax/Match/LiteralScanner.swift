/// Finds which of a set of byte strings occur in a text, all in one pass (an Aho-Corasick
/// automaton over byte classes): the per-file test of which rules' literals a file holds.
struct LiteralScanner {
    /// Byte → class; bytes that occur in no literal share class 0.
    private let classOf: [UInt8]
    private let classCount: Int
    /// `state * classCount + class` → next state.
    private let next: [Int32]
    /// Per state: the literals that end there, directly or through its failure links.
    private let outputs: [[Int32]]
    private let hasOutput: [Bool]
    let literalCount: Int

    init(_ literals: [[UInt8]]) {
        literalCount = literals.count
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        for literal in literals {
            for byte in literal where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(count)
                count += 1
            }
        }
        classOf = classes
        classCount = count
        // The trie.
        var goto: [[Int32]] = [[Int32](repeating: -1, count: count)]
        var direct: [[Int32]] = [[]]
        for (id, literal) in literals.enumerated() {
            var state = 0
            for byte in literal {
                let c = Int(classes[Int(byte)])
                if goto[state][c] < 0 {
                    goto[state][c] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: count))
                    direct.append([])
                }
                state = Int(goto[state][c])
            }
            direct[state].append(Int32(id))
        }
        // Failure links breadth first; missing transitions follow them, so `next` is a DFA.
        var fail = [Int](repeating: 0, count: goto.count)
        var table = [Int32](repeating: 0, count: goto.count * count)
        var outs = direct
        var queue: [Int] = []
        for c in 0..<count {
            let child = goto[0][c]
            if child >= 0 {
                fail[Int(child)] = 0
                table[c] = child
                queue.append(Int(child))
            } else {
                table[c] = 0
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outs[state] += outs[fail[state]]
            for c in 0..<count {
                let child = goto[state][c]
                if child >= 0 {
                    fail[Int(child)] = Int(table[fail[state] * count + c])
                    table[state * count + c] = child
                    queue.append(Int(child))
                } else {
                    table[state * count + c] = table[fail[state] * count + c]
                }
            }
        }
        next = table
        outputs = outs
        hasOutput = outs.map { !$0.isEmpty }
    }

    /// Which literals occur in `text`.
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var found = [Bool](repeating: false, count: literalCount)
        guard literalCount > 0 else { return found }
        var reported = [Bool](repeating: false, count: outputs.count)
        classOf.withUnsafeBufferPointer { classOf in
            next.withUnsafeBufferPointer { next in
            hasOutput.withUnsafeBufferPointer { hasOutput in
                var state = 0
                for byte in text {
                    state = Int(next[state &* classCount &+ Int(classOf[Int(byte)])])
                    if hasOutput[state], !reported[state] {
                        reported[state] = true
                        for id in outputs[state] { found[Int(id)] = true }
                    }
                }
            }
            }
        }
        return found
    }
}
