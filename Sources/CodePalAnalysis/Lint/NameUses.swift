import CodePalSyntax

/// Whether a name occurs in a scope other than where it is bound. Deliberately lexical: a false
/// "used" only hides a warning, while a false "unused" would suggest deleting live code.
struct NameUses {
    /// Strings that name code (the language's `name-strings.scm`): where each starts and the hash
    /// of its unquoted value. Found only when a name seems unused, which real code rarely has,
    /// since that query is a pass over the whole tree.
    private var nameStrings: [(start: Int, value: UInt64)]?
    /// The leaves that never read a variable: text inside string literals (`"phone"` or `'axios'`)
    /// and property names (`rows[0].currency`, `{ currency: "EUR" }`; a shorthand `{ currency }`
    /// is another kind and does read it).
    private var notNames: Set<UInt16>?

    mutating func isReferenced(_ binding: Node, within kinds: Set<String>, text: SourceText, comments: Bool = false,
                               notUses: Set<String> = []) -> Bool {
        let chain = binding.ancestors()
        guard let root = chain.last(where: { kinds.contains($0.kind) }) ?? chain.first else { return true }
        if notNames == nil {
            let language = binding.tree.language
            notNames = language.symbols(ofKind: "string_content").union(language.symbols(ofKind: "string_fragment"))
                .union(language.symbols(ofKind: "property_identifier"))
        }
        let name = text.bytes[binding.byteRange]
        // The binding itself is one leaf, unless it is of a kind that is never a use.
        let own = notNames!.contains(binding.symbol) ? 0 : 1
        if Self.leaves(equalTo: name, in: root, text: text, content: notNames!, limit: own + 1, notUses: notUses,
                       from: binding.startByte) > own { return true }
        if comments, Self.mentionedInComment(name, in: root, text: text) { return true }
        if nameStrings == nil { nameStrings = Self.nameStrings(binding.tree, text) }
        let scope = root.byteRange
        let value = Self.hash(name)
        return nameStrings!.contains { scope.contains($0.start) && $0.value == value }
    }

    /// The named leaves under `root` outside string contents whose text is `name`, counted up to
    /// `limit`. Found by searching the text and asking the tree what sits at each occurrence,
    /// which for a used name stops at its first use: counting every leaf of the scope instead
    /// cost a tenth of a lint run.
    ///
    /// The search starts at `from` (the binding: uses mostly follow it closely) and then covers
    /// the scope before it; the count is the same from any start. Always starting at the scope's
    /// start read a big scope's text once per binding: in an 8 MB file, whose scope is the whole
    /// file, that was a second of memchr.
    static func leaves(equalTo name: ArraySlice<UInt8>, in root: Node, text: SourceText, content: Set<UInt16>, limit: Int,
                       notUses: Set<String> = [], from start: Int? = nil) -> Int {
        guard !name.isEmpty, name.count <= 128 else { return 0 }
        let needle = Array(name)
        let end = root.endByte
        let split = min(max(start ?? root.startByte, root.startByte), end)
        // Occurrences starting in [split, end), then in [root start, split).
        var count = countLeaves(needle, in: root, text: text, content: content, limit: limit, notUses: notUses, starts: split..<end)
        if count < limit, split > root.startByte {
            count += countLeaves(needle, in: root, text: text, content: content, limit: limit - count, notUses: notUses,
                                 starts: root.startByte..<split)
        }
        return count
    }

    private static func countLeaves(_ needle: [UInt8], in root: Node, text: SourceText, content: Set<UInt16>, limit: Int,
                                    notUses: Set<String>, starts: Range<Int>) -> Int {
        let end = root.endByte
        // A tokenizer never splits a run of word characters into two names, so for a word-like
        // name only occurrences between non-word characters can be leaves (`re` in `return` is not).
        let wordLike = ByteSearch.isWordByte(needle[0]) && ByteSearch.isWordByte(needle[needle.count - 1])
        var count = 0
        text.bytes.withUnsafeBufferPointer { whole in
            // Only as far as an occurrence can start in `starts` and end in the scope: searching
            // on to the end of the file was most of the cost of a name without a further use.
            let haystack = UnsafeBufferPointer(rebasing: whole[0..<max(0, min(whole.count, end, starts.upperBound + needle.count - 1))])
            var from = starts.lowerBound
            while count < limit, let at = ByteSearch.firstIndex(of: needle, in: haystack, from: from), at < starts.upperBound,
                  at + needle.count <= end {
                from = at + 1
                let range = at..<at + needle.count
                if wordLike, (at > 0 && ByteSearch.isWordByte(whole[at - 1])) || (range.upperBound < whole.count && ByteSearch.isWordByte(whole[range.upperBound])) {
                    continue
                }
                // A name that is also a contextual keyword (C#'s `from`, `file`, `where`) is an
                // identifier holding the keyword's anonymous token: still a leaf among named nodes.
                if let node = root.namedDescendant(covering: range), node.byteRange == range, node.namedChildCount == 0,
                   !content.contains(node.symbol), !isNoUse(node, notUses) {
                    count += 1
                }
            }
        }
        return count
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { ContentHash.fnv1a(bytes) }

    /// Whether the leaf, or the node holding it (the `dotted_name` of `from datetime import`),
    /// sits in one of the `parent_kind.field` places that never read a variable.
    static func isNoUse(_ leaf: Node, _ places: Set<String>) -> Bool {
        guard !places.isEmpty, let parent = leaf.parent else { return false }
        func sits(_ node: Node, in parent: Node) -> Bool {
            places.contains { place in
                let parts = place.split(separator: ".", maxSplits: 1)
                return parts.count == 2 && parent.kind == parts[0] && parent.child(field: String(parts[1])) == node
            }
        }
        if sits(leaf, in: parent) { return true }
        guard let grandparent = parent.parent else { return false }
        return sits(parent, in: grandparent)
    }

    /// Whether `name` occurs as a whole word inside a comment under `root`.
    static func mentionedInComment(_ name: ArraySlice<UInt8>, in root: Node, text: SourceText) -> Bool {
        let bytes = text.bytes
        let needle = Array(name)
        guard !needle.isEmpty else { return false }
        var index = root.startByte
        let end = min(root.endByte, bytes.count)
        while index + needle.count <= end {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle),
               index == 0 || !ByteSearch.isWordByte(bytes[index - 1]),
               index + needle.count == bytes.count || !ByteSearch.isWordByte(bytes[index + needle.count]),
               let node = root.descendant(covering: index..<(index + needle.count)), node.isComment {
                return true
            }
            index += 1
        }
        return false
    }

    private static func nameStrings(_ tree: SyntaxTree, _ text: SourceText) -> [(start: Int, value: UInt64)] {
        guard let query = try? tree.language.query(named: "name-strings") else { return [] }
        var found: [(start: Int, value: UInt64)] = []
        query.forEachMatch(in: tree.root, source: text.bytes) { match in
            for node in match.nodes("use") where node.byteRange.count <= 130 {
                // A string annotation is an expression: `"Iterable[Polygon | Circle]"` uses
                // `Iterable`, `Polygon` and `Circle`, so each word in it counts.
                var value = unquoted(text.bytes[node.byteRange])
                while let start = value.firstIndex(where: ByteSearch.isWordByte) {
                    value = value[start...]
                    let end = value.firstIndex { !ByteSearch.isWordByte($0) } ?? value.endIndex
                    found.append((node.startByte, hash(value[..<end])))
                    value = value[end...]
                }
            }
        }
        return found
    }

    /// The bytes between a string literal's quotes (after any prefix letters such as `f`, `rb`).
    static func unquoted(_ literal: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = literal
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        while let first = s.first, isLetter(first), s.count > 1 { s = s.dropFirst() }
        for quote in [[UInt8]("\"\"\"".utf8), Array("'''".utf8), [0x22], [0x27], [0x60]]
        where s.starts(with: quote) && s.reversed().starts(with: quote) && s.count >= quote.count * 2 {
            return s.dropFirst(quote.count).dropLast(quote.count)
        }
        return s
    }
}
