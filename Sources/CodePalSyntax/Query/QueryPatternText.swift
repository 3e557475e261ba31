/// One top-level pattern of a query's text, read without compiling it: where it is, its shape
/// (the pattern without predicates, comments and spacing, captures numbered by first appearance)
/// and its predicates. Two patterns with the same shape match exactly the same nodes.
struct QueryPatternText {
    /// Byte range of the pattern in the query text.
    let range: Range<Int>
    let shape: String
    /// The capture names of the shape in order of appearance, repeats included: the n-th name
    /// of one pattern stands where the n-th name of another pattern of the same shape stands.
    let shapeCaptures: [String]
    /// Every capture name of the pattern, predicates included, each once.
    let captureNames: [String]
    /// The pattern's `(#...)` forms, as written.
    let predicates: String

    /// The top-level patterns of `source`, or nil when it holds anything this reader does not
    /// follow (a top-level string pattern, a capture after a comment): callers then leave the
    /// query as written.
    static func split(_ source: [UInt8]) -> [QueryPatternText]? {
        var reader = Reader(bytes: source)
        var patterns: [QueryPatternText] = []
        while true {
            reader.skipSpaceAndComments()
            guard let byte = reader.peek else { return patterns }
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                guard let pattern = reader.pattern() else { return nil }
                patterns.append(pattern)
            default:
                return nil
            }
        }
    }
}

private struct Reader {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Tree-sitter's identifier characters (captures may end in `?` or `!`).
    static func isNameByte(_ byte: UInt8) -> Bool {
        ByteSearch.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }

    mutating func skipSpaceAndComments() {
        while let byte = peek {
            if Self.isSpace(byte) {
                index += 1
            } else if byte == UInt8(ascii: ";") {
                skipComment()
            } else {
                return
            }
        }
    }

    /// From `;` to the end of the line.
    mutating func skipComment() {
        while let byte = peek, byte != 0x0A { index += 1 }
    }

    /// Reads a quoted string starting at `index`, escapes included; false when it is unterminated.
    mutating func skipString() -> Bool {
        index += 1
        while let byte = peek {
            index += 1
            if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { return true }
        }
        return false
    }

    mutating func name() -> String {
        let start = index
        while let byte = peek, Self.isNameByte(byte) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// True when the `(` at `index` opens a predicate: `(#eq? ...)`, spacing allowed.
    func opensPredicate() -> Bool {
        var i = index + 1
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "#")
    }

    /// Skips the balanced form at `index` (a predicate), strings and comments inside included.
    mutating func skipForm() -> Bool {
        var depth = 0
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                guard skipString() else { return false }
                continue
            case UInt8(ascii: ";"):
                skipComment()
                continue
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { index += 1; return true }
            default: break
            }
            index += 1
        }
        return false
    }

    /// `((call) @0)`, the usual wrapping for predicates, has the shape of `(call) @0`: a group of
    /// one node followed only by captures.
    static func unwrapped(_ shape: [UInt8]) -> [UInt8] {
        guard shape.count > 2, shape.first == UInt8(ascii: "("), shape.last == UInt8(ascii: ")"),
              shape[1] == UInt8(ascii: "(") || shape[1] == UInt8(ascii: "[") else { return shape }
        var depth = 0
        var i = 1
        var inString = false
        while i < shape.count - 1 {
            let byte = shape[i]
            if inString {
                if byte == UInt8(ascii: "\\") { i += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i < shape.count - 1 else { return shape }
        let rest = shape[(i + 1)..<(shape.count - 1)]
        guard rest.split(separator: 0x20).allSatisfy({ $0.first == UInt8(ascii: "@") }) else { return shape }
        return Array(shape[1...i]) + rest
    }

    mutating func pattern() -> QueryPatternText? {
        let start = index
        var shape: [UInt8] = []
        var shapeCaptures: [String] = []
        var names: [String] = []
        var numbers: [String: Int] = [:]
        var predicates: [UInt8] = []
        var depth = 0
        var end = start
        func separate() {
            if let last = shape.last, last != 0x20, last != UInt8(ascii: "("), last != UInt8(ascii: "[") { shape.append(0x20) }
        }
        while peek != nil {
            if depth == 0, index > start {
                // After the closing bracket only captures and quantifiers still belong to the pattern.
                var probe = self
                while let next = probe.peek, Self.isSpace(next) { probe.index += 1 }
                guard let next = probe.peek, "@?*+".utf8.contains(next) else { break }
                self = probe
            }
            let byte = peek!
            if Self.isSpace(byte) {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: ";"):
                skipSpaceAndComments()
                continue
            case UInt8(ascii: "\""):
                let from = index
                guard skipString() else { return nil }
                separate()
                shape += bytes[from..<index]
            case UInt8(ascii: "@"):
                index += 1
                let captured = name()
                guard !captured.isEmpty else { return nil }
                if numbers[captured] == nil { numbers[captured] = numbers.count }
                if !names.contains(captured) { names.append(captured) }
                shapeCaptures.append(captured)
                separate()
                shape += Array("@\(numbers[captured]!)".utf8)
            case UInt8(ascii: "(") where opensPredicate():
                let from = index
                guard skipForm() else { return nil }
                predicates += bytes[from..<index] + [0x0A]
            case UInt8(ascii: "("), UInt8(ascii: "["):
                separate()
                shape.append(byte)
                depth += 1
                index += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                guard depth > 0 else { return nil }
                if shape.last == 0x20 { shape.removeLast() }
                shape.append(byte)
                depth -= 1
                index += 1
            default:
                let from = index
                index += 1
                while let next = peek, !Self.isSpace(next), !"()[]\";@".utf8.contains(next) { index += 1 }
                separate()
                shape += bytes[from..<index]
            }
            end = index
        }
        guard depth == 0, end > start else { return nil }
        index = end
        let predicateText = String(decoding: predicates, as: UTF8.self)
        names += Query.captureNames(in: predicateText).subtracting(names).sorted()
        return QueryPatternText(range: start..<end, shape: String(decoding: Self.unwrapped(shape), as: UTF8.self), shapeCaptures: shapeCaptures,
                                captureNames: names, predicates: predicateText)
    }
}
