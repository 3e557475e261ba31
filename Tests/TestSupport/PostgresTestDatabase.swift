import Foundation
import XCTest

/// Databases on the PostgreSQL server that `scripts/with-postgres` started for the test run
/// (`CODEPAL_TEST_POSTGRES`). Each test that needs an empty store gets its own database.
public enum PostgresTestDatabase {
    /// The shared database's URL; skips the test with the reason when there is no server.
    public static func shared() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["CODEPAL_TEST_POSTGRES"], !url.isEmpty else {
            throw XCTSkip("no PostgreSQL for this run: run the tests through scripts/with-postgres (make test does)")
        }
        return url
    }

    /// A new, empty database; returns its URL.
    public static func create() throws -> String {
        let shared = try shared()
        guard let components = URLComponents(string: shared), let host = components.host, let port = components.port,
              let user = components.user else { throw XCTSkip("CODEPAL_TEST_POSTGRES is not postgres://USER@HOST:PORT/DB: \(shared)") }
        let name = "codepal_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try createdb())
        process.arguments = ["-h", host, "-p", String(port), "-U", user, name]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "PostgresTestDatabase", code: Int(process.terminationStatus), userInfo: [
                NSLocalizedDescriptionKey: "createdb \(name): " + String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)])
        }
        var url = components
        url.path = "/" + name
        return url.string!
    }

    private static func createdb() throws -> String {
        let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed()
            .map { "/usr/lib/postgresql/\($0)/bin/createdb" } + ["/usr/bin/createdb"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no createdb (Debian's postgresql-client)")
        }
        return found
    }
}
