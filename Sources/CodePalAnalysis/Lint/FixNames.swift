import CodePalSyntax

/// A fix must not bring in a name the file does not have: `from hashlib import sha1 as fp` with
/// `fp(x)` "fixed" to `sha256(x)`, or `Loader=SafeLoader` without importing `SafeLoader`, turned
/// a finding into a NameError. A rule's fix is one replacement and cannot add the import, so such
/// a fix is not offered (the finding stays, with its explanation) when a name in its replacement
/// is neither in the text it replaces, a keyword or builtin of the language (`completion.json`),
/// a member after a dot, nor a name used anywhere in the file. A name the replacement itself
/// assigns (`PreparedStatement query = ...; query.setObject(...)`) is its own.
enum FixNames {
    static func introducesUnknownName(_ fix: Fix, tree: SyntaxTree, text: SourceText) -> Bool {
        let replacement = Array(fix.replacement.utf8)
        guard replacement.contains(where: isNameStart) else { return false }
        let language = tree.language
        let data = CompletionData.of(language)
        let replaced = text.bytes[fix.range.clamped(to: 0..<text.bytes.count)]
        var afterDot = precededByDot(text.bytes, fix.range.lowerBound)
        let comment = language.manifest.lineComment.map { Array($0.utf8) }
        var index = 0
        var contents: Set<UInt16>?
        var declared: Set<[UInt8]> = []
        while index < replacement.count {
            let byte = replacement[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                index += 1
                while index < replacement.count, replacement[index] != byte {
                    index += replacement[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
                afterDot = false
                continue
            }
            if let comment, replacement[index...].starts(with: comment) || replacement[index...].starts(with: Array("/*".utf8)) { break }
            // A number is one word, letters included (`0o700`, `0x1F`, `1e9`): none of it is a name.
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                while index < replacement.count, ByteSearch.isWordByte(replacement[index]) { index += 1 }
                afterDot = false
                continue
            }
            guard isNameStart(byte) else {
                if byte == UInt8(ascii: ".") { afterDot = true } else if byte != UInt8(ascii: " ") { afterDot = false }
                index += 1
                continue
            }
            let start = index
            while index < replacement.count, ByteSearch.isWordByte(replacement[index]) || replacement[index] == UInt8(ascii: "$") { index += 1 }
            let name = Array(replacement[start..<index])
            defer { afterDot = false }
            if afterDot || occurs(name, in: replaced) || declared.contains(name) || isKey(at: index, replacement) { continue }
            if isAssigned(at: index, replacement) {
                declared.insert(name)
                continue
            }
            let word = String(decoding: name, as: UTF8.self)
            if data.keywords.contains(word) || data.builtins.contains(word) { continue }
            if contents == nil {
                contents = language.symbols(ofKind: "string_content").union(language.symbols(ofKind: "string_fragment"))
            }
            if NameUses.leaves(equalTo: name[...], in: tree.root, text: text, content: contents!, limit: 1) == 0 { return true }
        }
        return false
    }

    /// The name ending at `end` is followed by a lone `=` (not `==`): the replacement declares it.
    private static func isAssigned(at end: Int, _ replacement: [UInt8]) -> Bool {
        var index = end
        while index < replacement.count, replacement[index] == UInt8(ascii: " ") { index += 1 }
        return index < replacement.count && replacement[index] == UInt8(ascii: "=")
            && (index + 1 == replacement.count || replacement[index + 1] != UInt8(ascii: "="))
    }

    /// The name ending at `end` is followed by a lone `:` (not `::` or `:=`): a property name in an
    /// object literal (`{ httpOnly: true }`), a label or a lambda's parameter, never a read.
    private static func isKey(at end: Int, _ replacement: [UInt8]) -> Bool {
        var index = end
        while index < replacement.count, replacement[index] == UInt8(ascii: " ") { index += 1 }
        guard index < replacement.count, replacement[index] == UInt8(ascii: ":") else { return false }
        return index + 1 == replacement.count || (replacement[index + 1] != UInt8(ascii: ":") && replacement[index + 1] != UInt8(ascii: "="))
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80 || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func precededByDot(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var index = min(offset, bytes.count) - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") { index -= 1 }
        return index >= 0 && bytes[index] == UInt8(ascii: ".")
    }

    /// `name` as a whole word in `text`.
    private static func occurs(_ name: [UInt8], in text: ArraySlice<UInt8>) -> Bool {
        guard name.count <= text.count else { return false }
        var start = text.startIndex
        while start + name.count <= text.endIndex {
            if text[start..<start + name.count].elementsEqual(name),
               start == text.startIndex || !ByteSearch.isWordByte(text[start - 1]),
               start + name.count == text.endIndex || !ByteSearch.isWordByte(text[start + name.count]) {
                return true
            }
            start += 1
        }
        return false
    }
}
