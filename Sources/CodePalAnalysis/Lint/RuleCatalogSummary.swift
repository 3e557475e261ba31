import Foundation

/// What `RuleCatalog` knows of every rule without reading its file: id, file, languages and CWE
/// numbers, in catalog order, and the language folders that are broken. Kept as text beside a
/// result cache, keyed by the content of the grammar folders, so that a re-check whose files all
/// come from the cache reads no rule file at all.
public struct RuleCatalogSummary: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public let id: String
        /// Relative to the grammars folder (absolute when the file lies elsewhere).
        public let file: String
        public let languages: [String]
        public let cwe: [Int]
    }

    public let entries: [Entry]
    /// Broken language folders and why (`LanguagePackCheck`).
    public let packErrors: [String: String]

    init(rules: [LintRule], packErrors: [String: String], under directory: URL) {
        let prefix = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        entries = rules.map { rule in
            Entry(id: rule.id, file: rule.file.hasPrefix(prefix) ? String(rule.file.dropFirst(prefix.count)) : rule.file,
                  languages: rule.languages, cwe: rule.cwe)
        }
        self.packErrors = packErrors
    }

    init(entries: [Entry], packErrors: [String: String]) {
        self.entries = entries
        self.packErrors = packErrors
    }

    private static let header = "codepal rule catalog summary 1"

    /// Lines of tab-separated fields, led by a header and `key`; the pack errors' text escaped.
    /// Nil when a name holds a separator (the summary is then not kept).
    public func encoded(key: String) -> String? {
        let separators: Set<Character> = ["\t", "\n", "\r", ","]
        let names = [key] + entries.flatMap { [$0.id, $0.file] + $0.languages } + packErrors.keys
        guard !names.contains(where: { $0.isEmpty || $0.contains(where: separators.contains) }) else { return nil }
        var lines = [Self.header, "key\t" + key]
        for (language, problem) in packErrors.sorted(by: { $0.key < $1.key }) {
            lines.append("broken\t" + language + "\t" + Self.escape(problem))
        }
        for entry in entries {
            lines.append(["rule", entry.id, entry.file, entry.languages.joined(separator: ","),
                          entry.cwe.map(String.init).joined(separator: ",")].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary in `text` when it was stored under `key`; nil for another key or unreadable text.
    public init?(decoding text: String, key: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == Self.header, lines[1] == "key\t" + key, lines.last == "" else { return nil }
        lines.removeLast()
        var entries: [Entry] = []
        var packErrors: [String: String] = [:]
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("broken", 3):
                packErrors[fields[1]] = Self.unescape(fields[2])
            case ("rule", 5):
                var cwe: [Int] = []
                for number in fields[4].split(separator: ",") {
                    guard let value = Int(number) else { return nil }
                    cwe.append(value)
                }
                guard !fields[1].isEmpty, !fields[2].isEmpty else { return nil }
                entries.append(Entry(id: fields[1], file: fields[2], languages: fields[3].split(separator: ",").map(String.init), cwe: cwe))
            default:
                return nil
            }
        }
        self.init(entries: entries, packErrors: packErrors)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
