import CodePalAnalysis
import CodePalStore
import Foundation
import TestSupport
import XCTest

/// The learning store's contract, for both backends: the same events back, users kept apart,
/// forget and prune, and migrations applied once when several openers race on a new store.
/// PostgreSQL runs against the server `scripts/with-postgres` starts (skipped, saying so, without).
final class LearningBackendTests: XCTestCase {
    private var folders: [URL] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private func sqlitePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-backend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        return folder.appendingPathComponent("learning.sqlite").path
    }

    func testSQLiteContract() throws { try checkContract(try LearningStores.open(try sqlitePath())) }
    func testPostgresContract() throws { try checkContract(try LearningStores.open(try PostgresTestDatabase.shared())) }
    func testSQLiteMigratesOnceUnderConcurrentOpens() throws { try checkConcurrentOpens(try sqlitePath()) }
    func testPostgresMigratesOnceUnderConcurrentOpens() throws { try checkConcurrentOpens(try PostgresTestDatabase.create()) }

    private func checkContract(_ store: any LearningBackend) throws {
        // Users unique to this run: the PostgreSQL database is shared by the suites.
        let ann = "ann-\(UUID().uuidString)", ben = "ben-\(UUID().uuidString)"
        let now = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded() / 1000)
        let old = Date(timeIntervalSince1970: 631_152_000)  // 1990: pruned below
        let events = [
            LearningEvent(user: ann, at: now, kind: .introduced, rule: "py/sql-injection", category: "security", cwe: "CWE-89",
                          language: "python", fileHash: "ab12", count: 2, seconds: 12.5, detail: "d'quote \"and\" ünïcode"),
            LearningEvent(user: ann, at: now.addingTimeInterval(1), kind: .completionAccepted, rule: "append", count: 3),
            LearningEvent(user: ann, at: now.addingTimeInterval(2), kind: .completionAccepted, rule: "append"),
            LearningEvent(user: ben, at: now, kind: .edited, count: 40),
            LearningEvent(user: ben, at: old, kind: .edited, count: 1),
        ]
        try store.record(events)
        XCTAssertEqual(try store.events(user: ann), Array(events[0..<3]))
        XCTAssertEqual(try store.events(user: ann, since: now.addingTimeInterval(0.5)).count, 2)
        XCTAssertEqual(try store.acceptances(user: ann), ["append": 4])
        XCTAssertTrue(try Set(store.users()).isSuperset(of: [ann, ben]))
        XCTAssertEqual(try store.appliedMigrations(), ["v1", "v2", "v3"])
        XCTAssertNoThrow(try store.ping())

        try store.prune(before: Date(timeIntervalSince1970: 946_684_800))
        XCTAssertEqual(try store.events(user: ben).map(\.count), [40], "the 1990 event is past retention")
        XCTAssertEqual(try store.forget(user: ann), ["event": 3])
        XCTAssertEqual(try store.rowCount(user: ann), 0)
        XCTAssertEqual(try store.rowCount(user: ben), 1, "forgetting one user keeps the others")
        try store.forget(user: ben)
    }

    private func checkConcurrentOpens(_ spec: String) throws {
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do {
                let store = try LearningStores.open(spec)
                results.add(.success(try store.appliedMigrations()))
            } catch {
                results.add(.failure(error))
            }
        }
        for result in results.all {
            XCTAssertEqual(try result.get(), ["v1", "v2", "v3"])
        }
        XCTAssertEqual(results.all.count, 8)
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<[String], Error>] = []
        func add(_ result: Result<[String], Error>) { lock.lock(); results.append(result); lock.unlock() }
        var all: [Result<[String], Error>] { lock.lock(); defer { lock.unlock() }; return results }
    }
}
