import CodePalSyntax

/// Inline suppressions: `# codepal: ignore` or `# codepal: ignore[rule-id, ...]` on a finding's
/// first line, and `# codepal: ignore-file` or `ignore-file[...]` anywhere (with `//` in JS/TS).
public struct Suppressions {
    private var lines: [Int: Set<String>?] = [:]
    private var file: Set<String>?? = nil
    private var fileLine: Int?
    private let text: SourceText

    public init(text: SourceText, lineComment: String?) {
        self.text = text
        guard let comment = lineComment else { return }
        let marker = Array("codepal:".utf8)
        guard text.bytes.count >= marker.count,
              (0...(text.bytes.count - marker.count)).contains(where: { text.bytes[$0] == marker[0] && Array(text.bytes[$0..<$0 + marker.count]) == marker })
        else { return }
        let source = text.string
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let marker = line.range(of: "codepal:") else { continue }
            guard line[..<marker.lowerBound].contains(comment) else { continue }
            var rest = line[marker.upperBound...].drop { $0 == " " }
            let fileWide = rest.hasPrefix("ignore-file")
            guard fileWide || rest.hasPrefix("ignore") else { continue }
            rest = rest.dropFirst(fileWide ? "ignore-file".count : "ignore".count)
            var ids: Set<String>?
            if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                ids = Set(rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
            }
            if fileWide {
                file = .some(merge(file ?? nil, ids))
                fileLine = fileLine ?? index
            } else {
                lines[index] = ids
            }
        }
    }

    private func merge(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
        guard let a, let b else { return nil }
        return a.union(b)
    }

    /// Marks suppressed diagnostics, and returns one `codepal/unused-suppression` finding per
    /// line comment that silenced nothing when `reportUnused` is set.
    public func apply(to diagnostics: inout [Diagnostic], reportUnused: Bool) -> [Diagnostic] {
        var used: Set<Int> = []
        for index in diagnostics.indices {
            let code = diagnostics[index].code
            let line = text.lines.line(containing: diagnostics[index].range.lowerBound)
            if let entry = lines[line], covers(entry, code) {
                diagnostics[index].isSuppressed = true
                used.insert(line)
            } else if let file, covers(file, code) {
                diagnostics[index].isSuppressed = true
            }
        }
        guard reportUnused else { return [] }
        return lines.keys.sorted().filter { !used.contains($0) }.map { line in
            let start = text.lines.lineStarts[line], end = text.lines.contentEnds[line]
            let content = Array(text.bytes[start..<end])
            let marker = Array("codepal:".utf8)
            var offset = start
            if let found = (0...max(0, content.count - marker.count)).first(where: { content.count >= marker.count && Array(content[$0..<$0 + marker.count]) == marker }) {
                offset = start + found
            }
            return Diagnostic(range: offset..<end, severity: .info, code: "codepal/unused-suppression", category: "best-practice",
                              message: "this `codepal: ignore` comment suppresses nothing; remove it", tags: ["unnecessary"])
        }
    }

    private func covers(_ ids: Set<String>?, _ code: String) -> Bool {
        guard let ids else { return true }
        return ids.contains(code) || ids.contains { code.hasPrefix($0 + "/") || $0 == code.split(separator: "/").first.map(String.init) }
    }
}

import Foundation
