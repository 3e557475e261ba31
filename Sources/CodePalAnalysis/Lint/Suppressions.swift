import CodePalSyntax

/// Inline suppressions: `# codepal: ignore` or `# codepal: ignore[rule-id, ...]` on a finding's
/// first line, and `# codepal: ignore-file` or `ignore-file[...]` anywhere (with `//` in JS/TS).
struct Suppressions {
    private var lines: [Int: Set<String>?] = [:]
    private var file: Set<String>?? = nil
    private let text: SourceText

    init(text: SourceText, lineComment: String?) {
        self.text = text
        guard let comment = lineComment else { return }
        let source = text.string
        guard source.contains("codepal:") else { return }
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let marker = line.range(of: "codepal:") else { continue }
            guard line[..<marker.lowerBound].contains(comment) else { continue }
            var rest = line[marker.upperBound...].drop { $0 == " " }
            let fileWide = rest.hasPrefix("ignore-file")
            guard fileWide || rest.hasPrefix("ignore") else { continue }
            rest = rest.dropFirst(fileWide ? "ignore-file".count : "ignore".count)
            var ids: Set<String>?
            if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                ids = Set(rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            if fileWide { file = .some(merge(file ?? nil, ids)) } else { lines[index] = ids }
        }
    }

    private func merge(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
        guard let a, let b else { return nil }
        return a.union(b)
    }

    func suppresses(_ diagnostic: Diagnostic) -> Bool {
        if let file, covers(file, diagnostic.code) { return true }
        let line = text.lines.line(containing: diagnostic.range.lowerBound)
        if let entry = lines[line], covers(entry, diagnostic.code) { return true }
        return false
    }

    private func covers(_ ids: Set<String>?, _ code: String) -> Bool {
        guard let ids else { return true }
        return ids.contains(code) || ids.contains { code.hasPrefix($0 + "/") || $0 == code.split(separator: "/").first.map(String.init) }
    }
}

private extension Substring {
    func trimmingCharacters(in set: CharacterSet) -> String {
        String(self).trimmingCharacters(in: set)
    }
}

import Foundation
