import CodePalSyntax

/// The `repeated-key` constraint: the captured key of an entry of a dict or object literal
/// repeats the key of an earlier entry of the same literal, with another value: the earlier
/// value is silently lost (pyflakes' F601, ESLint's no-dupe-keys). A query can only compare
/// entries a fixed distance apart; this compares every entry, indexing each literal once, so a
/// table of thousands of entries costs one pass.
///
/// Keys compare by kind and text, except the kinds in `names`, which compare by their text with
/// the quotes of a plain string literal taken off (`cancel`, `"cancel"` and `'cancel'` are one
/// key of a JavaScript object; Python's `"a"` and `'a'` are one key, `b"a"` another). Like ruff,
/// a repeat is reported when its value differs from every earlier value of that key: `{"a": 1,
/// "a": 1}` loses nothing (pyflakes' reading; ESLint reports it anyway: no `valueField`).
public struct RepeatedKeys: Sendable {
    /// Entry kinds of the literal (`pair`).
    let entries: Set<String>
    /// Key kinds compared; other keys (computed, spread) are never repeats.
    let keys: Set<String>
    /// Key kinds compared as names, unquoted.
    let names: Set<String>
    let keyField: String
    let valueField: String?

    public init(entries: Set<String>, keys: Set<String>, names: Set<String>, keyField: String = "key", valueField: String? = "value") {
        self.entries = entries
        self.keys = keys
        self.names = names
        self.keyField = keyField
        self.valueField = valueField
    }

    /// Start bytes of the repeating keys of each literal already looked at, by its byte range.
    public struct Index {
        var repeating: [Range<Int>: Set<Int>] = [:]
        public init() {}
    }

    /// Whether `key`, the key of an entry, repeats an earlier key of its literal.
    func isRepeat(_ key: Node, index: inout Index, text: SourceText) -> Bool {
        guard let entry = key.parent, entries.contains(entry.kind), entry.child(field: keyField) == key,
              let literal = entry.parent else { return false }
        if index.repeating[literal.byteRange] == nil { index.repeating[literal.byteRange] = repeating(in: literal, text: text) }
        return index.repeating[literal.byteRange]!.contains(key.startByte)
    }

    private func repeating(in literal: Node, text: SourceText) -> Set<Int> {
        var values: [String: Set<String>] = [:]
        var found = Set<Int>()
        for entry in literal.namedChildren where entries.contains(entry.kind) {
            guard let key = entry.child(field: keyField), keys.contains(key.kind) else { continue }
            let identity = self.identity(of: key, text: text)
            let value = valueField.flatMap { entry.child(field: $0)?.text(in: text.bytes) } ?? ""
            if let earlier = values[identity] {
                if valueField == nil || !earlier.contains(value) { found.insert(key.startByte) }
                values[identity]!.insert(value)
            } else {
                values[identity] = [value]
            }
        }
        return found
    }

    private func identity(of key: Node, text: SourceText) -> String {
        let written = key.text(in: text.bytes)
        guard names.contains(key.kind) else { return key.kind + ":" + written }
        return "name:" + Self.unquoted(written)
    }

    /// The text between the quotes of a string literal without prefix (`"a"`, `'a'`, `"""a"""`);
    /// anything else as written.
    static func unquoted(_ written: String) -> String {
        for quote in ["\"\"\"", "'''", "\"", "'"] where written.count >= 2 * quote.count
            && written.hasPrefix(quote) && written.hasSuffix(quote) {
            return String(written.dropFirst(quote.count).dropLast(quote.count))
        }
        return written
    }
}
