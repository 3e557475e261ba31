import Foundation

/// Which lines tests ran, from a coverage report: lcov (`SF:`/`DA:`), Cobertura XML (`<class
/// filename>` with `<line number hits>`) or coverage.py's JSON (`executed_lines`/`missing_lines`).
/// Paths in a report are often relative (to where the tests ran, or to Cobertura's `<source>`):
/// each is tried against those folders, the report's own and the current one, and the first that
/// exists is kept.
public struct TestCoverage: Sendable {
    public struct Lines: Sendable, Equatable {
        /// 1-based lines that can run (the report lists them) and those that ran.
        public var coverable: Set<Int> = []
        public var executed: Set<Int> = []
    }

    public let byPath: [String: Lines]

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public func lines(of path: String) -> Lines? { byPath[URL(fileURLWithPath: path).standardizedFileURL.path] }

    public static func read(_ file: String) throws -> TestCoverage {
        guard let data = FileManager.default.contents(atPath: file) else { throw Failure(description: "\(file): cannot read the coverage report") }
        let text = String(decoding: data, as: UTF8.self)
        let folder = (URL(fileURLWithPath: file).standardizedFileURL.path as NSString).deletingLastPathComponent
        let trimmed = text.drop { $0.isWhitespace }
        let entries: [(String, Lines)]
        let bases: [String]
        if trimmed.hasPrefix("{") {
            (entries, bases) = (try coveragePy(data, file), [])
        } else if trimmed.hasPrefix("<") {
            (entries, bases) = try cobertura(data, file)
        } else if text.contains("SF:") {
            (entries, bases) = (lcov(text), [])
        } else {
            throw Failure(description: "\(file): not an lcov, Cobertura XML or coverage.py JSON report")
        }
        var byPath: [String: Lines] = [:]
        for (name, lines) in entries {
            let candidates = name.hasPrefix("/") ? [name] : (bases + [folder, FileManager.default.currentDirectoryPath]).map { ($0 as NSString).appendingPathComponent(name) }
            let path = candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            byPath[key, default: Lines()].coverable.formUnion(lines.coverable)
            byPath[key, default: Lines()].executed.formUnion(lines.executed)
        }
        return TestCoverage(byPath: byPath)
    }

    static func lcov(_ text: String) -> [(String, Lines)] {
        var result: [(String, Lines)] = []
        var current: (String, Lines)?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("SF:") {
                current = (String(line.dropFirst(3)), Lines())
            } else if line.hasPrefix("DA:"), current != nil {
                let fields = line.dropFirst(3).split(separator: ",")
                guard fields.count >= 2, let number = Int(fields[0]), let hits = Int(fields[1]) else { continue }
                current!.1.coverable.insert(number)
                if hits > 0 { current!.1.executed.insert(number) }
            } else if line == "end_of_record", let finished = current {
                result.append(finished)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }

    static func coveragePy(_ data: Data, _ file: String) throws -> [(String, Lines)] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let files = root["files"] as? [String: Any] else {
            throw Failure(description: "\(file): a JSON report needs coverage.py's `files` object")
        }
        return files.compactMap { name, value in
            guard let entry = value as? [String: Any] else { return nil }
            let executed = Set((entry["executed_lines"] as? [Int]) ?? [])
            let missing = Set((entry["missing_lines"] as? [Int]) ?? [])
            return (name, Lines(coverable: executed.union(missing), executed: executed))
        }
    }

    /// Cobertura XML is written by tools, one element per tag: the `<source>`, `<class filename>`
    /// and `<line number hits>` tags are read by a scan of the tags (FoundationXML would tie the
    /// binary to libxml2 for this one report).
    static func cobertura(_ data: Data, _ file: String) throws -> ([(String, Lines)], [String]) {
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("<coverage") else { throw Failure(description: "\(file): not a Cobertura report (no <coverage> element)") }
        var entries: [(String, Lines)] = []
        var sources: [String] = []
        var current: (String, Lines)?
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let after = rest.index(after: close)
            if tag.hasPrefix("source"), !tag.hasPrefix("sources"), let end = rest[after...].range(of: "</source>") {
                let source = rest[after..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
                if !source.isEmpty { sources.append(unescape(source)) }
            } else if tag.hasPrefix("class "), let name = attribute("filename", in: tag) {
                if let finished = current { entries.append(finished) }
                current = (unescape(name), Lines())
            } else if tag.hasPrefix("/class") {
                if let finished = current { entries.append(finished) }
                current = nil
            } else if tag.hasPrefix("line "), current != nil, let number = attribute("number", in: tag).flatMap({ Int($0) }),
                      let hits = attribute("hits", in: tag).flatMap({ Int($0) }) {
                current!.1.coverable.insert(number)
                if hits > 0 { current!.1.executed.insert(number) }
            }
            rest = rest[after...]
        }
        if let current { entries.append(current) }
        return (entries, sources)
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        for quote in ["\"", "'"] {
            guard let start = tag.range(of: " \(name)=\(quote)") else { continue }
            guard let end = tag[start.upperBound...].firstIndex(of: Character(quote)) else { return nil }
            return String(tag[start.upperBound..<end])
        }
        return nil
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
