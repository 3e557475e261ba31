import CodePalAnalysis
import Foundation

/// The store a platform names with `--learning-db`, opened on first use and again after a failed
/// attempt (at most once a second), so that an instance starts, and says it is not ready, while
/// its database is still coming up, instead of exiting.
public final class LazyLearningStore: LearningBackend, @unchecked Sendable {
    public let location: String
    private let open: () throws -> any LearningBackend
    private let lock = NSLock()
    private var opened: (any LearningBackend)?
    private var lastFailure: (at: Date, error: Error)?

    public init(location: String, open: @escaping () throws -> any LearningBackend) {
        self.location = location
        self.open = open
    }

    public func backend() throws -> any LearningBackend {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        if let lastFailure, Date().timeIntervalSince(lastFailure.at) < 1 { throw lastFailure.error }
        do {
            let store = try open()
            opened = store
            return store
        } catch {
            lastFailure = (Date(), error)
            throw error
        }
    }

    public func record(_ events: [LearningEvent]) throws { try backend().record(events) }
    public func events(user: String, since: Date?) throws -> [LearningEvent] { try backend().events(user: user, since: since) }
    public func users() throws -> [String] { try backend().users() }
    public func acceptances(user: String) throws -> [String: Int] { try backend().acceptances(user: user) }
    @discardableResult public func forget(user: String) throws -> [String: Int] { try backend().forget(user: user) }
    public func prune(before date: Date) throws { try backend().prune(before: date) }
    public func rowCount(user: String) throws -> Int { try backend().rowCount(user: user) }
    public func totalEvents() throws -> Int { try backend().totalEvents() }
    public func ping() throws { try backend().ping() }
    public func appliedMigrations() throws -> [String] { try backend().appliedMigrations() }
}
