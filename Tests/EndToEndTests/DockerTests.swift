import Foundation
import TestSupport
import XCTest

/// The Dockerfile: base image from Debian's packages (scripts/docker-base-image), the image built
/// with the machine's Swift toolchain, run as a non-root user, healthy, answering /healthz and a
/// WebSocket session. Skips, saying why, where no Docker daemon answers.
final class DockerTests: EndToEndTestCase {
    func testImageBuildsRunsAsNonRootAndIsHealthy() throws {
        guard let docker = ["/usr/bin/docker", "/usr/local/bin/docker"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no docker client (Debian's docker.io)")
        }
        let dockerURL = URL(fileURLWithPath: docker)
        guard try run(["info"], executable: dockerURL).status == 0 else {
            throw XCTSkip("no Docker daemon answers (start docker.io's dockerd to run this test)")
        }
        let toolchain = ["/opt/swift", "/usr/share/swift"].first { FileManager.default.fileExists(atPath: $0 + "/usr/bin/swift") }
        guard let toolchain else { throw XCTSkip("no Swift toolchain folder to hand to the image's build stage") }
        let base = try run(["bash", Repository.root.appendingPathComponent("scripts/docker-base-image").path], timeout: 1800,
                           executable: URL(fileURLWithPath: "/usr/bin/env"))
        XCTAssertEqual(base.status, 0, base.stderr)
        // The build stage takes the toolchain as a named context, which needs BuildKit (buildx);
        // Debian's docker.io 20.10 builds with the classic builder, and no buildx package is reachable here.
        guard try run(["build", "--help"], executable: dockerURL).stdout.contains("--build-context") else {
            throw XCTSkip("this Docker's builder has no --build-context (needs BuildKit/buildx): the base image was built, the image was not")
        }
        let tag = "codepal-test:\(UUID().uuidString.prefix(8).lowercased())"
        let build = try run(["build", "--build-context", "swift=\(toolchain)", "-t", tag, Repository.root.path], timeout: 3600, executable: dockerURL)
        XCTAssertEqual(build.status, 0, build.stderr)
        defer { _ = try? run(["image", "rm", "-f", tag], executable: dockerURL) }
        let user = try run(["run", "--rm", "--entrypoint", "id", tag, "-u"], executable: dockerURL)
        XCTAssertNotEqual(user.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0", "the image runs as root")

        let config = try temporaryDirectory()
        try write("[serve]\nusers = \"users\"\n", to: config.appendingPathComponent("codepal.toml"))
        try write("docker-test-token-0123456789 ana learner\n", to: config.appendingPathComponent("users"))
        let started = try run(["run", "-d", "--rm", "-p", "127.0.0.1::7998", "-v", "\(config.path):/etc/codepal:ro", tag], executable: dockerURL)
        XCTAssertEqual(started.status, 0, started.stderr)
        let container = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        defer { _ = try? run(["rm", "-f", container], executable: dockerURL) }
        let port = Int(try run(["port", container, "7998"], executable: dockerURL).stdout.split(separator: ":").last?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        var health = ""
        let deadline = Date().addingTimeInterval(60)
        while health != "healthy", Date() < deadline {
            health = try run(["inspect", "-f", "{{.State.Health.Status}}", container], executable: dockerURL).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if health != "healthy" { Thread.sleep(forTimeInterval: 1) }
        }
        XCTAssertEqual(health, "healthy")
        XCTAssertEqual(try httpGet(port: port, path: "/healthz").status, 200)
        let client = try WebSocketClient(port: port, path: "/?token=docker-test-token-0123456789")
        let answer = try client.request("initialize", Self.initializeParams(capabilities: Self.capabilities()))
        XCTAssertNotNil(answer["result"]["capabilities"]["textDocumentSync"].int ?? answer["result"]["capabilities"]["textDocumentSync"]["change"].int)
    }
}
