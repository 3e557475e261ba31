import CodePalSyntax

/// Names bound to values in one file, from the language's `bindings.scm` (`@binding.name`,
/// `@binding.value`): what `const run = promisify(exec)`, `import { exec as run }` or
/// `const HOST = "0.0.0.0"` makes a name stand for. Lexical and scope-blind, like `NameUses`: a
/// name counts as resolved when any of its bindings matches.
struct Bindings {
    private var values: [String: [String]] = [:]
    /// Where each binding of a name starts, in file order, with its value (`resolves(_:before:to:)`).
    private var placed: [String: [(offset: Int, value: String)]] = [:]
    /// Answers by expression and name: a file calls the same few names over and over.
    private var answers: [String: [String: Bool]] = [:]

    init(_ tree: SyntaxTree, _ text: SourceText) {
        guard let query = try? tree.language.query(named: "bindings") else { return }
        query.forEachMatch(in: tree.root, source: text.bytes) { match in
            // Aliases and constants are short; a long value (a whole function) is never what a rule
            // looks for, and matching it on every call would cost time.
            guard let name = match.first("binding.name"), let value = match.first("binding.value"),
                  value.byteRange.count <= 512 else { return }
            values[name.text(in: text.bytes), default: []].append(value.text(in: text.bytes))
            placed[name.text(in: text.bytes), default: []].append((name.startByte, value.text(in: text.bytes)))
        }
    }

    /// The text itself, or the value of its last binding starting before `offset`, matches the
    /// expression (one step: a declared type, not an alias chain).
    func resolves(_ text: String, before offset: Int, to pattern: String) -> Bool {
        if RegexCache.matches(pattern, text) { return true }
        guard let last = placed[text]?.filter({ $0.offset < offset }).max(by: { $0.offset < $1.offset }) else { return false }
        return RegexCache.matches(pattern, last.value)
    }

    /// The value of the name's last binding starting before `offset`, and where that binding starts.
    func value(of name: String, before offset: Int) -> (value: String, offset: Int)? {
        guard let last = placed[name]?.filter({ $0.offset < offset }).max(by: { $0.offset < $1.offset }) else { return nil }
        return (last.value, last.offset)
    }

    /// The text itself or what it is bound to, through up to four names, matches the expression.
    mutating func resolves(_ text: String, to pattern: String) -> Bool {
        if let known = answers[pattern]?[text] { return known }
        let answer = follow(text, pattern)
        answers[pattern, default: [:]][text] = answer
        return answer
    }

    private func follow(_ text: String, _ pattern: String) -> Bool {
        var pending = [text]
        var seen: Set<String> = []
        for _ in 0..<5 {
            var next: [String] = []
            for candidate in pending where seen.insert(candidate).inserted {
                if RegexCache.matches(pattern, candidate) { return true }
                next += values[candidate] ?? []
            }
            if next.isEmpty { return false }
            pending = next
        }
        return false
    }
}
