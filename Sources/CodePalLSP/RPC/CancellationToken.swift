import Foundation

/// Shared between a running request and `$/cancelRequest`. Whoever calls `claimAnswer()` first
/// answers the request, so a request is answered exactly once, by its result or by the
/// cancellation.
public final class CancellationToken: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var answered = false

    public init() {}

    public var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    /// Marks the request cancelled; true if it had not been answered yet (so the caller answers it).
    func cancel() -> Bool {
        lock.lock(); defer { lock.unlock() }
        cancelled = true
        if answered { return false }
        answered = true
        return true
    }

    func claimAnswer() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if answered { return false }
        answered = true
        return true
    }

    /// For long-running handlers: stop early once the client has given up.
    public func checkCancelled() throws {
        if isCancelled { throw ResponseError.requestCancelled }
    }
}
