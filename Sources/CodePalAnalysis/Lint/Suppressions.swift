import CodePalSyntax

/// Inline suppressions: `# codepal: ignore` or `# codepal: ignore[rule-id, ...]` on a finding's
/// first line, and `# codepal: ignore-file` or `ignore-file[...]` anywhere (with `//` in JS/TS).
/// flake8/ruff comments are honoured too, so a code base that already uses them is not flagged
/// again: a bare `# noqa` silences its line, `# noqa: F401, E711` the rules that name those codes
/// (`noqa:` in the rule file); bandit's bare `# nosec` silences the line's security findings and
/// `# nosec B608` the rules whose ruff code is S608; in JavaScript and TypeScript, ESLint's
/// `// eslint-disable-line` and `// eslint-disable-next-line`, bare or with rule names (`noqa:`
/// lists them too). They are another tool's, so they are never reported as unused.
public struct Suppressions {
    private var lines: [Int: Set<String>?] = [:]
    private var noqa: [Int: Set<String>?] = [:]
    private var nosec: [Int: Set<String>?] = [:]
    /// A file-wide `# ruff: noqa` (every code) or `# ruff: noqa: F401` (those codes).
    private var fileNoqa: Set<String>?? = nil
    private var file: Set<String>?? = nil
    private var fileLine: Int?
    private let text: SourceText

    public init(text: SourceText, lineComment: String?) {
        self.text = text
        guard let comment = lineComment else { return }
        if comment == "#", ["noqa", "nosec"].contains(where: { ByteSearch.containsIgnoringASCIICase($0, in: text.bytes) }) { readOtherTools() }
        if comment == "//", ByteSearch.contains("eslint-disable", in: text.bytes) { readESLint() }
        guard ByteSearch.contains("codepal:", in: text.bytes) else { return }
        for (index, line) in lineStrings() {
            guard let directive = Self.directive(in: line, comment: comment) else { continue }
            let fileWide = directive.fileWide, ids = directive.ids
            if fileWide {
                file = .some(merge(file ?? nil, ids))
                fileLine = fileLine ?? index
            } else {
                lines[index] = ids
            }
        }
    }

    /// A `codepal: ignore[...]` or `ignore-file[...]` comment on `line`: the one reading of the
    /// syntax, shared by the parser above and the writer below.
    private static func directive(in line: Substring, comment: String) -> (fileWide: Bool, ids: Set<String>?, close: Substring.Index?)? {
        guard let marker = line.range(of: "codepal:"), line[..<marker.lowerBound].contains(comment) else { return nil }
        var rest = line[marker.upperBound...].drop { $0 == " " }
        let fileWide = rest.hasPrefix("ignore-file")
        guard fileWide || rest.hasPrefix("ignore") else { return nil }
        rest = rest.dropFirst(fileWide ? "ignore-file".count : "ignore".count)
        guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]") else { return (fileWide, nil, nil) }
        let ids = Set(rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        return (fileWide, ids, close)
    }

    /// The edit that silences `rule` on the line holding `offset`: the rule added to the line's
    /// `codepal: ignore[...]` list, or `  <comment> codepal: ignore[rule]` at the end of the line.
    public static func insertion(silencing rule: String, at offset: Int, in text: SourceText, lineComment comment: String)
        -> (range: Range<Int>, newText: String) {
        let line = text.lines.line(containing: offset)
        let start = text.lines.lineStarts[line], end = text.lines.contentEnds[line]
        let content = Substring(String(decoding: text.bytes[start..<end], as: UTF8.self))
        if let directive = directive(in: content, comment: comment), !directive.fileWide, let close = directive.close {
            let at = start + content[..<close].utf8.count
            return (at..<at, ", \(rule)")
        }
        return (end..<end, "  \(comment) codepal: ignore[\(rule)]")
    }

    /// Lines by the line index, so `\r\n` and lone `\r` endings number lines as editors do.
    private func lineStrings() -> [(Int, Substring)] {
        (0..<text.lines.lineCount).map { line in
            let range = text.lines.lineStarts[line]..<text.lines.contentEnds[line]
            return (line, Substring(String(decoding: text.bytes[range], as: UTF8.self)))
        }
    }

    /// `# noqa` (any case) and `# noqa: CODE, CODE`; `# nosec` and `# nosec B608 B602`.
    private mutating func readOtherTools() {
        for (index, line) in lineStrings() {
            guard let hash = line.firstIndex(of: "#") else { continue }
            let comment = line[line.index(after: hash)...]
            if let codes = Self.directive("noqa", in: comment) { noqa[index] = .some(codes) }
            if let codes = Self.fileDirective(in: comment) {
                if let earlier = fileNoqa { fileNoqa = .some(merge(earlier, codes)) } else { fileNoqa = .some(codes) }
            }
            // bandit's B608 is ruff's S608, the code rules list.
            if let codes = Self.directive("nosec", in: comment) {
                // Typed, else `map` infers a double optional and a bare `# nosec` removes the entry.
                let ruffCodes: Set<String>? = codes.map { Set($0.map { "S" + $0.dropFirst() }) }
                nosec[index] = .some(ruffCodes)
            }
        }
    }

    /// ESLint's comments, read like `# noqa`: bare, every finding but syntax errors; with rule
    /// names, the findings of rules listing those names under `noqa:`. `eslint-disable-line` and
    /// `eslint-disable-next-line` cover one line; a block `/* eslint-disable [rules] */` covers the
    /// lines after it until `/* eslint-enable [rules] */` or the end of the file. An optional
    /// `-- reason` is ignored.
    private mutating func readESLint() {
        var open: [Set<String>?] = []
        for (index, line) in lineStrings() {
            for range in open { noqa[index] = Self.union(noqa[index], range) }
            for (directive, target) in [("eslint-disable-next-line", index + 1), ("eslint-disable-line", index)] {
                guard let rules = Self.eslintRules(directive, in: line, opener: ["//", "/*"]) else { continue }
                noqa[target] = Self.union(noqa[target], rules)
                break
            }
            if let rules = Self.eslintRules("eslint-disable", in: line, opener: ["/*"]) { open.append(rules) }
            if let enabled = Self.eslintRules("eslint-enable", in: line, opener: ["/*"]) {
                guard let names = enabled else {
                    open = []
                    continue
                }
                // Enabling some rules takes them out of the regions that list them; a bare region
                // stays whole (it cannot say "all but these", and silencing more is the safe side).
                open = open.compactMap { region -> Set<String>?? in
                    guard let rules = region else { return .some(nil) }
                    let left = rules.subtracting(names)
                    return left.isEmpty ? nil : .some(left)
                }
            }
        }
    }

    /// The rules after `directive` in a comment opened by one of `opener` (nil inside the set for
    /// the bare form); nil when the line has no such comment.
    private static func eslintRules(_ directive: String, in line: Substring, opener: [String]) -> Set<String>?? {
        guard let found = line.range(of: directive) else { return nil }
        let before = line[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
        guard opener.contains(where: { before.hasSuffix($0) }) else { return nil }
        var rest = line[found.upperBound...]
        if let end = rest.range(of: "*/") { rest = rest[..<end.lowerBound] }
        if let reason = rest.range(of: "--") { rest = rest[..<reason.lowerBound] }
        guard rest.first.map({ $0 == " " || $0 == "\t" || $0 == "\r" }) ?? true else { return nil }
        let rules = rest.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        return .some(rules.isEmpty ? nil : Set(rules))
    }

    /// Two entries of one line: bare wins, else the rules of both.
    private static func union(_ a: Set<String>??, _ b: Set<String>?) -> Set<String>?? {
        guard let a else { return .some(b) }
        guard let rulesA = a, let rulesB = b else { return .some(nil) }
        return .some(rulesA.union(rulesB))
    }

    /// nil when the comment has no such directive; .some(nil) for the bare form (whole line);
    /// else the codes listed after it (`: A, B` or ` A B`).
    private static func directive(_ word: String, in comment: Substring) -> Set<String>?? {
        guard let found = comment.range(of: word, options: .caseInsensitive) else { return nil }
        // The directive starts the comment, or a comment after another one (`# type: x  # noqa`).
        let before = comment[..<found.lowerBound]
        guard before.allSatisfy({ $0 == " " }) || before.hasSuffix("# ") || before.hasSuffix("#") else { return nil }
        var rest = comment[found.upperBound...]
        guard rest.first.map({ $0 == ":" || $0 == " " || $0 == "\r" }) ?? true else { return nil }
        if rest.first == ":" { rest = rest.dropFirst() }
        let codes = rest.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            .prefix { $0.first?.isLetter == true && $0.last?.isNumber == true && $0.count <= 8 }
        return .some(codes.isEmpty ? nil : Set(codes))
    }

    /// ruff's and flake8's file-wide form, a comment of its own: `# ruff: noqa`, `# flake8: noqa`,
    /// `# ruff: noqa: F401, E711`. Libraries put it on modules that re-export names, and without it
    /// every re-export there was reported as an unused import.
    private static func fileDirective(in comment: Substring) -> Set<String>?? {
        let trimmed = comment.drop { $0 == " " }
        for tool in ["ruff:", "flake8:"] where trimmed.hasPrefix(tool) {
            return directive("noqa", in: trimmed.dropFirst(tool.count))
        }
        return nil
    }

    private func merge(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
        guard let a, let b else { return nil }
        return a.union(b)
    }

    /// Marks suppressed diagnostics, and returns one `codepal/unused-suppression` finding per
    /// line comment that silenced nothing when `reportUnused` is set.
    /// - Parameter noqaCodes: the flake8/ruff codes of a rule id, for `# noqa: CODE`.
    public func apply(to diagnostics: inout [Diagnostic], reportUnused: Bool, noqaCodes: (String) -> [String] = { _ in [] }) -> [Diagnostic] {
        var used: Set<Int> = []
        for index in diagnostics.indices {
            let code = diagnostics[index].code
            let line = text.lines.line(containing: diagnostics[index].range.lowerBound)
            if let entry = lines[line], covers(entry, code) {
                diagnostics[index].isSuppressed = true
                used.insert(line)
            } else if let file, covers(file, code) {
                diagnostics[index].isSuppressed = true
            } else if code != "syntax", let entry = noqa[line], entry.map({ listsOneOf(noqaCodes(code), $0) }) ?? true {
                diagnostics[index].isSuppressed = true
            } else if code != "syntax", let fileNoqa, fileNoqa.map({ listsOneOf(noqaCodes(code), $0) }) ?? true {
                diagnostics[index].isSuppressed = true
            } else if let entry = nosec[line], entry.map({ listsOneOf(noqaCodes(code), $0) }) ?? (diagnostics[index].category == "security") {
                diagnostics[index].isSuppressed = true
            }
        }
        guard reportUnused else { return [] }
        return lines.keys.sorted().filter { !used.contains($0) }.map { line in
            let start = text.lines.lineStarts[line], end = text.lines.contentEnds[line]
            let found = ByteSearch.firstIndex(of: "codepal:", in: text.bytes, from: start)
            let offset = found.map { $0 < end ? $0 : start } ?? start
            return Diagnostic(range: offset..<end, severity: .info, code: "codepal/unused-suppression", category: "best-practice",
                              message: "this `codepal: ignore` comment suppresses nothing; remove it", tags: ["unnecessary"])
        }
    }

    /// Whether another tool's comment names one of the rule's codes in that tool.
    private func listsOneOf(_ codes: [String], _ listed: Set<String>) -> Bool { codes.contains(where: listed.contains) }

    private func covers(_ ids: Set<String>?, _ code: String) -> Bool {
        guard let ids else { return true }
        return ids.contains(code) || ids.contains { code.hasPrefix($0 + "/") || $0 == code.split(separator: "/").first.map(String.init) }
    }
}

import Foundation
