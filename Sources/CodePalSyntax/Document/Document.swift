import CTreeSitter
import Foundation

/// An open document: text, version and (when its language has a grammar) an incrementally
/// maintained syntax tree. Mutated only by its owner, in the order edits arrive; readers take a
/// `DocumentSnapshot`.
public final class Document {
    public let uri: String
    public let language: Language?
    public private(set) var version: Int
    public private(set) var text: SourceText
    /// The tree, waiting for the first parse when it is still running (`PendingTree`).
    public var tree: SyntaxTree? {
        if let pending {
            parsed = pending.copy()
            self.pending = nil
        }
        return parsed
    }
    private var parsed: SyntaxTree?
    /// The opening parse while it runs; nil once `tree` has taken its result.
    private var pending: PendingTree?
    /// Recent edits, for moving results computed on older versions.
    public private(set) var edits: EditLog
    private let parser: Parser?

    /// - Parameter parseInBackground: the first parse runs on another thread and `init` returns at
    ///   once; snapshots taken meanwhile carry the pending tree (see `PendingTree`).
    public init(uri: String, text: String, version: Int, language: Language?, parseInBackground: Bool = false) {
        self.uri = uri
        self.version = version
        self.text = SourceText(text)
        self.language = language
        self.parser = language.map { Parser(language: $0) }
        self.edits = EditLog(openedAt: version)
        if let parser {
            if parseInBackground {
                pending = PendingTree(parser: parser, bytes: self.text.bytes)
            } else {
                parsed = parser.parse(self.text.bytes)
            }
        }
    }

    /// Applies `changes` in order, then reparses once reusing the edited tree. Ranges are clamped
    /// into the text as it stands when each change applies, as LSP requires.
    public func apply(_ changes: [TextChange], version: Int, encoding: PositionEncoding) {
        var bytes = text.bytes
        var current = text
        var tree = self.tree
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
        if let parser { parsed = parser.parse(bytes, reusing: tree) } else { parsed = tree }
    }

    /// An immutable view for requests running concurrently with later edits. It never waits for
    /// the opening parse: it carries that parse, and waits only when its tree is read.
    public func snapshot() -> DocumentSnapshot {
        if let pending, !pending.isReady {
            return DocumentSnapshot(uri: uri, version: version, text: text, pending: pending, language: language, edits: edits)
        }
        return DocumentSnapshot(uri: uri, version: version, text: text, tree: tree?.copy(), language: language, edits: edits)
    }
}

/// Text and tree of a document at one version; safe to hand to another thread.
public struct DocumentSnapshot: @unchecked Sendable {
    public let uri: String
    public let version: Int
    public let text: SourceText
    public let language: Language?
    public let edits: EditLog
    private let source: TreeSource

    /// The tree, waiting for the document's opening parse when it is still running.
    public var tree: SyntaxTree? { source.tree }

    /// False while the opening parse runs: reading `tree` would wait for it.
    public var isTreeReady: Bool { source.isReady }

    public init(uri: String, version: Int, text: SourceText, tree: SyntaxTree?, language: Language?, edits: EditLog? = nil) {
        self.uri = uri
        self.version = version
        self.text = text
        self.source = TreeSource(ready: tree)
        self.language = language
        self.edits = edits ?? EditLog(openedAt: version)
    }

    init(uri: String, version: Int, text: SourceText, pending: PendingTree, language: Language?, edits: EditLog) {
        self.uri = uri
        self.version = version
        self.text = text
        self.source = TreeSource(pending: pending)
        self.language = language
        self.edits = edits
    }
}

/// A snapshot's tree: given, or taken once from the pending opening parse (one copy per
/// snapshot, so every reader of the snapshot sees the same tree object, as before).
private final class TreeSource: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: PendingTree?
    private var value: SyntaxTree?

    init(ready: SyntaxTree?) { value = ready }
    init(pending: PendingTree) { self.pending = pending }

    var isReady: Bool {
        lock.lock(); defer { lock.unlock() }
        return pending?.isReady ?? true
    }

    var tree: SyntaxTree? {
        lock.lock(); defer { lock.unlock() }
        if let pending {
            value = pending.copy()
            self.pending = nil
        }
        return value
    }
}
