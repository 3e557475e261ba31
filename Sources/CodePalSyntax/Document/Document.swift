import CTreeSitter

/// An open document: text, version and (when its language has a grammar) an incrementally
/// maintained syntax tree. Mutated only by its owner, in the order edits arrive; readers take a
/// `DocumentSnapshot`.
public final class Document {
    public let uri: String
    public let language: Language?
    public private(set) var version: Int
    public private(set) var text: SourceText
    public private(set) var tree: SyntaxTree?
    /// Recent edits, for moving results computed on older versions.
    public private(set) var edits: EditLog
    private let parser: Parser?

    public init(uri: String, text: String, version: Int, language: Language?) {
        self.uri = uri
        self.version = version
        self.text = SourceText(text)
        self.language = language
        self.parser = language.map { Parser(language: $0) }
        self.edits = EditLog(openedAt: version)
        self.tree = parser?.parse(self.text.bytes)
    }

    /// Applies `changes` in order, then reparses once reusing the edited tree. Ranges are clamped
    /// into the text as it stands when each change applies, as LSP requires.
    public func apply(_ changes: [TextChange], version: Int, encoding: PositionEncoding) {
        var bytes = text.bytes
        var current = text
        for change in changes {
            let inserted = Array(change.text.utf8)
            guard let range = change.range else {
                edits.append(ByteEdit(version: version, start: 0, oldEnd: bytes.count, newEnd: inserted.count))
                bytes = inserted
                current = SourceText(bytes: bytes)
                tree = nil
                continue
            }
            let span = current.byteRange(of: range, in: encoding)
            let startPoint = current.treeSitterPoint(of: span.lowerBound)
            let oldEndPoint = current.treeSitterPoint(of: span.upperBound)
            edits.append(ByteEdit(version: version, start: span.lowerBound, oldEnd: span.upperBound, newEnd: span.lowerBound + inserted.count))
            bytes.replaceSubrange(span, with: inserted)
            current = SourceText(bytes: bytes)
            if let tree {
                let newEnd = span.lowerBound + inserted.count
                let newEndPoint = current.treeSitterPoint(of: newEnd)
                tree.edit(TSInputEdit(
                    start_byte: UInt32(span.lowerBound), old_end_byte: UInt32(span.upperBound), new_end_byte: UInt32(newEnd),
                    start_point: TSPoint(row: UInt32(startPoint.row), column: UInt32(startPoint.column)),
                    old_end_point: TSPoint(row: UInt32(oldEndPoint.row), column: UInt32(oldEndPoint.column)),
                    new_end_point: TSPoint(row: UInt32(newEndPoint.row), column: UInt32(newEndPoint.column))))
            }
        }
        text = current
        self.version = version
        if let parser { tree = parser.parse(bytes, reusing: tree) }
    }

    /// An immutable view for requests running concurrently with later edits.
    public func snapshot() -> DocumentSnapshot {
        DocumentSnapshot(uri: uri, version: version, text: text, tree: tree?.copy(), language: language, edits: edits)
    }
}

/// Text and tree of a document at one version; safe to hand to another thread.
public struct DocumentSnapshot: @unchecked Sendable {
    public let uri: String
    public let version: Int
    public let text: SourceText
    public let tree: SyntaxTree?
    public let language: Language?
    public let edits: EditLog

    public init(uri: String, version: Int, text: SourceText, tree: SyntaxTree?, language: Language?, edits: EditLog? = nil) {
        self.uri = uri
        self.version = version
        self.text = text
        self.tree = tree
        self.language = language
        self.edits = edits ?? EditLog(openedAt: version)
    }
}
