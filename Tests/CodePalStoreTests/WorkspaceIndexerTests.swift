@testable import CodePalStore
import CodePalWorkspace
import GRDB
import TestSupport
import XCTest

/// The full run's order and schema: open documents are written before the rest of the
/// workspace, and the index keeps only the indexes its queries read.
final class WorkspaceIndexerTests: XCTestCase {
    private func workspace(files count: Int) throws -> (root: URL, paths: [String]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-indexer-\(UUID().uuidString)")
        var paths: [String] = []
        for i in 0..<count {
            let url = root.appendingPathComponent(String(format: "pkg%02d/module%03d.py", i / 100, i))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "def function_\(i)(x):\n    return x\n".write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.standardizedFileURL.path)
        }
        return (root, paths)
    }

    /// Files come out of the writer in chunk order, so the first rows written (lowest ids) are
    /// those of the files asked for first, although the walk reaches them last.
    func testFilesAskedForFirstAreWrittenFirst() throws {
        let (root, paths) = try workspace(files: 3 * WorkspaceIndexer.chunkSize)
        defer { try? FileManager.default.removeItem(at: root) }
        let database = try IndexDatabase(path: root.appendingPathComponent("index.sqlite").path)
        let wanted: Set<String> = [paths[paths.count - 1], paths[paths.count - 2]]
        let summary = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 2)
            .run(first: { wanted })
        XCTAssertEqual(summary.changed, paths.count)
        let pool = try DatabasePool(path: database.path)
        let written = try pool.read { try String.fetchAll($0, sql: "SELECT path FROM file ORDER BY id") }
        XCTAssertEqual(Set(written.prefix(2)), Set(wanted.map { WorkspacePaths.relative($0, to: root.standardizedFileURL.path) }))
        XCTAssertEqual(written.count, paths.count)
        XCTAssertEqual(Set(written).count, paths.count, "every file once")
    }

    func testMoveToFrontKeepsBothGroupsInOrderAndLeavesDoneFilesAlone() {
        var files = ["a", "b", "c", "d", "e", "f"]
        WorkspaceIndexer.moveToFront(["a", "e", "c"], in: &files, from: 2)
        XCTAssertEqual(files, ["a", "b", "c", "e", "d", "f"])
        WorkspaceIndexer.moveToFront(["zz"], in: &files, from: 0)
        XCTAssertEqual(files, ["a", "b", "c", "e", "d", "f"])
        WorkspaceIndexer.moveToFront(["f"], in: &files, from: 6)
        XCTAssertEqual(files, ["a", "b", "c", "e", "d", "f"])
    }

    private func indexes(_ path: String) throws -> Set<String> {
        let pool = try DatabasePool(path: path)
        return try pool.read { try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")) }
    }

    /// A bulk run (most files new) writes without the name indexes and makes them at its end;
    /// one killed before that leaves them out, and the next open makes them.
    func testBulkRunEndsWithItsNameIndexesAndAnOpenRepairsAKilledOne() throws {
        let (root, paths) = try workspace(files: 300)
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("index.sqlite").path
        let database = try IndexDatabase(path: path)
        let summary = try WorkspaceIndexer(registry: Repository.registry, database: database, root: root.path, jobs: 2, bulk: true).run()
        XCTAssertEqual(summary.changed, paths.count)
        XCTAssertTrue(try indexes(path).isSuperset(of: ["symbol_name_file", "binding_target"]))
        XCTAssertEqual(try database.definitions(named: "function_299").map(\.file), ["pkg02/module299.py"])
        try DatabasePool(path: path).write { db in
            try db.execute(sql: "DROP INDEX symbol_name_file; DROP INDEX binding_target")
        }
        _ = try IndexDatabase(path: path)
        XCTAssertTrue(try indexes(path).isSuperset(of: ["symbol_name_file", "binding_target"]))
    }

    /// Name indexes that no query reads are gone: each cost every insert a random b-tree write.
    func testOnlyIndexesThatQueriesReadAreKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase(path: folder.appendingPathComponent("index.sqlite").path)
        let pool = try DatabasePool(path: database.path)
        let indexes = try pool.read { try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")) }
        XCTAssertTrue(indexes.isDisjoint(with: ["symbol_name", "local_name", "import_name"]), "\(indexes)")
        XCTAssertTrue(indexes.isSuperset(of: ["symbol_name_file", "binding_target", "symbol_file", "local_file"]), "\(indexes)")
    }
}
