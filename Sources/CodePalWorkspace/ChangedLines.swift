import Foundation

/// The lines a change touches since a git ref, for reviewing a pull request: committed since
/// the ref, staged or not, and every line of a file git does not track yet (and does not
/// ignore). Read from `git diff --unified=0`, whose hunk headers name the new lines exactly.
public struct ChangedLines: Sendable {
    /// 1-based line ranges of the new text, by absolute standardized path.
    public let byPath: [String: [ClosedRange<Int>]]
    /// Files that are new to git: every line counts.
    public let untracked: Set<String>

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// - Parameter directory: any folder inside the repository.
    public static func since(_ ref: String, in directory: String) throws -> ChangedLines {
        let root = try git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], in: root, failure: "`\(ref)` is not a commit in \(root)")
        let diff = try git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", ref, "--"], in: root)
        let others = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: root)
        let untracked = Set(others.split(separator: "\0").map { standardized(root, String($0)) })
        return ChangedLines(byPath: parse(diff, root: root), untracked: untracked)
    }

    /// Whether lines `first...last` of `path` hold a changed line.
    public func touches(_ path: String, lines: ClosedRange<Int>) -> Bool {
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        if untracked.contains(key) { return true }
        return byPath[key]?.contains { $0.overlaps(lines) } ?? false
    }

    /// Whether the file has any change at all (to skip the others before analysing them).
    public func mentions(_ path: String) -> Bool {
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        return untracked.contains(key) || byPath[key] != nil
    }

    /// `+++ b/path` then `@@ -a,b +c,d @@` headers: lines c..<c+d of the new file (d = 0 for a
    /// pure deletion, which touches no line that remains).
    static func parse(_ diff: String, root: String) -> [String: [ClosedRange<Int>]] {
        var result: [String: [ClosedRange<Int>]] = [:]
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current = name == "/dev/null" ? nil : standardized(root, String(name.hasPrefix("b/") ? name.dropFirst(2) : name))
            } else if line.hasPrefix("@@"), let current, let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) {
                let parts = plus.dropFirst().split(separator: ",")
                guard let start = Int(parts[0]) else { continue }
                let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
                if count > 0 { result[current, default: []].append(start...(start + count - 1)) }
            }
        }
        return result
    }

    private static func standardized(_ root: String, _ relative: String) -> String {
        URL(fileURLWithPath: root).appendingPathComponent(relative).standardizedFileURL.path
    }

    private static func git(_ arguments: [String], in directory: String, failure: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: failure ?? "git \(arguments.first ?? ""): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
