import CodePalAnalysis
import Dispatch
import Foundation

/// A store shared by every session of a process, written in one transaction per interval: each
/// session's recorder hands its events over without waiting for the database, and one writer
/// sends them all. With a connection per process and a transaction per session and flush, 100
/// sessions made 400 round trips a second, and under load the threads waiting for the
/// connection's lock starved everything else (a SIGTERM handler among them). Reads write what
/// is buffered first, so a report always includes what was recorded before it.
public final class BatchingLearningStore: LearningBackend, @unchecked Sendable {
    public let backend: any LearningBackend
    public var location: String { backend.location }
    /// Called after each write with how many events went in and how many were lost.
    public var onWrite: @Sendable (_ written: Int, _ dropped: Int) -> Void = { _, _ in }
    private let lock = NSLock()
    private var buffer: [LearningEvent] = []
    /// Serialises writers: the timer and flushes asked for by reads or at shutdown.
    private let writeLock = NSLock()
    private let timer: DispatchSourceTimer

    public init(_ backend: any LearningBackend, interval: TimeInterval) {
        self.backend = backend
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "codepal.learning.writer", qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
    }

    deinit { timer.cancel() }

    /// Buffers the events; they are written at the next interval (or read, or flush).
    public func record(_ events: [LearningEvent]) throws {
        guard !events.isEmpty else { return }
        lock.lock()
        buffer += events
        lock.unlock()
    }

    /// Writes what is buffered now; events of a failed write are counted as dropped.
    public func flush() {
        writeLock.lock()
        defer { writeLock.unlock() }
        lock.lock()
        let events = buffer
        buffer = []
        lock.unlock()
        guard !events.isEmpty else { return }
        do {
            try backend.record(events)
            onWrite(events.count, 0)
        } catch {
            onWrite(0, events.count)
        }
    }

    public func events(user: String, since: Date?) throws -> [LearningEvent] { flush(); return try backend.events(user: user, since: since) }
    public func users() throws -> [String] { flush(); return try backend.users() }
    public func acceptances(user: String) throws -> [String: Int] { flush(); return try backend.acceptances(user: user) }
    @discardableResult public func forget(user: String) throws -> [String: Int] { flush(); return try backend.forget(user: user) }
    public func prune(before date: Date) throws { flush(); try backend.prune(before: date) }
    public func rowCount(user: String) throws -> Int { flush(); return try backend.rowCount(user: user) }
    public func totalEvents() throws -> Int { flush(); return try backend.totalEvents() }
    public func ping() throws { try backend.ping() }
    public func appliedMigrations() throws -> [String] { try backend.appliedMigrations() }
}
