/// A unified diff of two texts (Myers' algorithm over lines), for `check --diff`.
enum UnifiedDiff {
    static func render(path: String, old: String, new: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = edits(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(path)\n+++ \(path)\n"
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = firstChange
            var lastChange = firstChange
            while end < script.count {
                if script[end].kind != .same { lastChange = end }
                if end - lastChange > context * 2 { break }
                end += 1
            }
            let start = max(index, firstChange - context)
            let stop = min(script.count, lastChange + context + 1)
            let hunk = script[start..<stop]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart + (oldCount == 0 ? 0 : 1)),\(oldCount) +\(newStart + (newCount == 0 ? 0 : 1)),\(newCount) @@\n"
            for line in hunk {
                switch line.kind {
                case .same: out += " " + line.text
                case .delete: out += "-" + line.text
                case .insert: out += "+" + line.text
                }
                if !line.text.hasSuffix("\n") { out += "\n\\ No newline at end of file\n" }
            }
            index = stop
        }
        return out
    }

    private static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" || c == "\r\n" { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    struct Line {
        enum Kind { case same, delete, insert }
        let kind: Kind
        let text: String
        /// Lines of the old and new text before this one (0-based positions).
        let oldLine: Int
        let newLine: Int
    }

    /// Myers' O(ND) shortest edit script.
    static func edits(_ a: [String], _ b: [String]) -> [Line] {
        let n = a.count, m = b.count, max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[max + k] = x
                if x >= n, y >= m { trace.append(v); break outer }
            }
        }
        var x = n, y = m
        var script: [Line] = []
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let prevK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let prevX = v[max + prevK], prevY = prevX - prevK
            while x > prevX, y > prevY { x -= 1; y -= 1; script.append(Line(kind: .same, text: a[x], oldLine: x, newLine: y)) }
            if d > 0 {
                if x == prevX { y -= 1; script.append(Line(kind: .insert, text: b[y], oldLine: x, newLine: y)) } else { x -= 1; script.append(Line(kind: .delete, text: a[x], oldLine: x, newLine: y)) }
            }
        }
        return script.reversed()
    }
}
