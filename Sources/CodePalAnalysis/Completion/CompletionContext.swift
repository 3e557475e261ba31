import CodePalSyntax

/// What is being completed at a position: the identifier typed so far (the range an item
/// replaces) and, after a `.`, the expression before it.
public struct CompletionContext: Sendable {
    /// The partial identifier before the cursor (may be empty).
    public let prefixRange: Range<Int>
    public let prefix: String
    /// `self`, `cart`, `os.path`: the dotted name before `.`, when completing a member.
    public let receiver: String?
    /// The byte offset of the receiver's last name, for resolving it.
    public let receiverOffset: Int?
    /// Inside a comment or a string's text: nothing to complete.
    public let suppressed: Bool

    public init(prefixRange: Range<Int>, prefix: String, receiver: String?, receiverOffset: Int?, suppressed: Bool) {
        self.prefixRange = prefixRange
        self.prefix = prefix
        self.receiver = receiver
        self.receiverOffset = receiverOffset
        self.suppressed = suppressed
    }

    public static func at(_ offset: Int, tree: SyntaxTree, text: SourceText, data: CompletionData) -> CompletionContext {
        let bytes = text.bytes
        let cursor = max(0, min(offset, bytes.count))
        var start = cursor
        while start > 0, isIdentifier(bytes[start - 1]) { start -= 1 }
        let prefix = String(decoding: bytes[start..<cursor], as: UTF8.self)
        // Inside a comment or string text (but an f-string's or template's code is code).
        var suppressed = false
        if cursor > 0, let leaf = tree.root.descendant(covering: (cursor - 1)..<cursor) {
            suppressed = data.noCompletionKinds.contains(leaf.kind)
        }
        var receiver: String?
        var receiverOffset: Int?
        var dot = start
        while dot > 0, bytes[dot - 1] == 0x20 { dot -= 1 }
        // The member operator just before the prefix (`.`, and `->`, `::` where the language has them).
        let operatorLength = data.memberOperators.map { Array($0.utf8) }
            .first { op in dot >= op.count && bytes[(dot - op.count)..<dot].elementsEqual(op) }?.count
        if let operatorLength {
            var end = dot - operatorLength
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, isIdentifier(bytes[begin - 1]) || bytes[begin - 1] == UInt8(ascii: ".") { begin -= 1 }
            if begin < end {
                receiver = String(decoding: bytes[begin..<end], as: UTF8.self)
                receiverOffset = max(begin, end - 1)
            } else {
                receiver = ""  // `foo().` or `x[0].`: a member of something we cannot name
            }
        }
        return CompletionContext(prefixRange: start..<cursor, prefix: prefix, receiver: receiver, receiverOffset: receiverOffset, suppressed: suppressed)
    }

    public static func isIdentifier(_ b: UInt8) -> Bool {
        b >= 0x80 || b == 0x5F || b == 0x24 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
    }
}
