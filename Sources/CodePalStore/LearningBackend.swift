import CodePalAnalysis
import Foundation

/// What the learning engines need from a store, whichever database holds it: the embedded SQLite
/// file (`LearningStore`, the default) or a PostgreSQL server shared by several instances
/// (`PostgresLearningStore`). Every query is by user; `forget` deletes every row that names one.
public protocol LearningBackend: AnyObject, Sendable {
    /// Where the events are, for logs and messages (never a password).
    var location: String { get }
    /// Appends events in one transaction.
    func record(_ events: [LearningEvent]) throws
    func events(user: String, since: Date?) throws -> [LearningEvent]
    func users() throws -> [String]
    /// How often this user accepted each completion label, for ranking.
    func acceptances(user: String) throws -> [String: Int]
    /// Deletes everything about `user`; returns how many rows went, by table.
    @discardableResult func forget(user: String) throws -> [String: Int]
    /// Drops events older than `date` (the retention period).
    func prune(before date: Date) throws
    /// Every row that names `user`, in every table (for tests of `forget`).
    func rowCount(user: String) throws -> Int
    /// Every event row of every user (the load test compares it with the events sent).
    func totalEvents() throws -> Int
    /// Throws unless the database answers a query now (`/readyz`).
    func ping() throws
    /// Schema versions applied, oldest first.
    func appliedMigrations() throws -> [String]
}

extension LearningBackend {
    public func events(user: String) throws -> [LearningEvent] { try events(user: user, since: nil) }
}

/// Opens the store a `--learning-db` value or a `[learning] db` setting names.
public enum LearningStores {
    /// `postgres://` or `postgresql://` URLs go to PostgreSQL; anything else is a SQLite path.
    public static func open(_ spec: String?, warn: @escaping (String) -> Void = { _ in }) throws -> any LearningBackend {
        guard let spec, !spec.isEmpty else { return try LearningStore(path: LearningStore.defaultPath, warn: warn) }
        if isPostgres(spec) { return try PostgresLearningStore(url: spec) }
        return try LearningStore(path: (spec as NSString).expandingTildeInPath, warn: warn)
    }

    /// The spec without its password, for logs.
    public static func redacted(_ spec: String) -> String {
        guard isPostgres(spec), var components = URLComponents(string: spec), components.password != nil else { return spec }
        components.password = "***"
        return components.string ?? "postgres://***"
    }

    public static func isPostgres(_ spec: String) -> Bool {
        spec.hasPrefix("postgres://") || spec.hasPrefix("postgresql://")
    }
}

public struct LearningStoreError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
