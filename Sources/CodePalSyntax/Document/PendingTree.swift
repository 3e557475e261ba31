import Dispatch
import Foundation

/// The syntax tree of an opened document while its first parse runs on another thread. A
/// document's first parse is the largest (the whole text, nothing to reuse: about 20 ms of CPU
/// for a 75 KB Python file), and the state queue that orders LSP messages used to wait for it
/// before any request behind the didOpen could even take its snapshot. Readers that need the tree
/// wait for it; those that can answer from a piece of the text (the first go-to-definition) ask
/// `isReady` and do not.
public final class PendingTree: @unchecked Sendable {
    private let condition = NSCondition()
    private var tree: SyntaxTree?
    private var done = false

    /// Starts parsing `bytes` with `parser` on a background thread. The parser is the document's
    /// own: nobody else touches it until `wait()` has returned.
    init(parser: Parser, bytes: [UInt8]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let parsed = parser.parse(bytes)
            condition.lock()
            tree = parsed
            done = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// A tree already made (tests, documents whose parse ran in place).
    init(ready: SyntaxTree?) {
        tree = ready
        done = true
    }

    public var isReady: Bool {
        condition.lock(); defer { condition.unlock() }
        return done
    }

    /// The parsed tree, waiting for the parse; the caller's own copy (trees are not shared
    /// between threads).
    public func copy() -> SyntaxTree? {
        condition.lock()
        while !done { condition.wait() }
        let copy = tree?.copy()
        condition.unlock()
        return copy
    }
}
