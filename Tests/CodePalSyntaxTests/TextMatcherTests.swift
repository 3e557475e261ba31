@testable import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// The byte-level shortcuts for `#match?` must agree with the regular expression they stand for.
/// Checked differentially: every expression of every query and rule file in the repository,
/// against tokens, lines and string literals of the lint corpus plus hand-picked near misses.
final class TextMatcherTests: XCTestCase {
    func testShortcutsAgreeWithTheRegexOnEveryPatternOfTheRepository() throws {
        let patterns = try repositoryPatterns()
        XCTAssertGreaterThan(patterns.count, 50, "expected the rule files' expressions")
        let subjects = try corpusSubjects()
        var checked = 0
        for pattern in patterns {
            let matcher = try TextMatcher(pattern: pattern)
            let regex = try NSRegularExpression(pattern: pattern)
            for subject in subjects {
                let expected = regex.firstMatch(in: subject, range: NSRange(subject.startIndex..., in: subject)) != nil
                let actual = Array(subject.utf8).withUnsafeBufferPointer { matcher.matches($0) }
                if actual != expected {
                    XCTFail("/\(pattern)/ on \(subject.debugDescription): regex says \(expected), matcher \(actual)")
                    return
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100_000)
    }

    func testShapes() throws {
        func shape(_ pattern: String) throws -> String {
            switch try TextMatcher(pattern: pattern) {
            case .exact: return "exact"
            case .prefix: return "prefix"
            case .contains: return "contains"
            case .regex(_, let required): return "regex " + (required?.map { String(decoding: $0, as: UTF8.self) }.sorted().joined(separator: ",") ?? "-")
            case .regexIgnoringCase(_, let required): return "regex-i " + required.map { String(decoding: $0, as: UTF8.self) }.sorted().joined(separator: ",")
            }
        }
        XCTAssertEqual(try shape("^(fs|fsp|fs\\.promises)$"), "exact")
        XCTAssertEqual(try shape("^ApolloServer$"), "exact")
        XCTAssertEqual(try shape("^_"), "prefix")
        XCTAssertEqual(try shape("Math\\.random\\("), "contains")
        XCTAssertEqual(try shape("^(Number\\.)?NaN$"), "regex NaN")
        XCTAssertEqual(try shape("usedforsecurity\\s*=\\s*False"), "regex usedforsecurity")
        XCTAssertEqual(try shape("(^|[^A-Z0-9])(AKIA|ASIA)[0-9A-Z]{16}"), "regex AKIA,ASIA")
        XCTAssertEqual(try shape("^\\(\\s*(pickle|dill)\\.dumps\\("), "regex .dumps(")
        XCTAssertEqual(try shape("abc?d"), "regex ab")
        XCTAssertEqual(try shape("(?i)secret"), "regex-i secret")
        XCTAssertEqual(try shape("(?i)(API|auth)_?Token$"), "regex-i token")
        XCTAssertEqual(try shape("(?i)x|[0-9]+"), "regex -")
        XCTAssertEqual(try shape("x|[0-9]+"), "regex -")
        XCTAssertEqual(try shape("(ab)?cd|ef"), "regex cd,ef")
    }

    private func repositoryPatterns() throws -> [String] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Repository.grammars.path)
            .filter { $0.hasSuffix(".scm") || $0.hasSuffix(".yml") }
        let predicate = try NSRegularExpression(pattern: #"#(?:not-)?match\? +@[\w.]+ +"((?:[^"\\]|\\.)*)""#)
        var patterns: Set<String> = []
        for file in files {
            let text = try String(contentsOf: Repository.grammars.appendingPathComponent(file), encoding: .utf8)
            for match in predicate.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let quoted = String(text[Range(match.range(at: 1), in: text)!])
                // Query strings escape `\` and `"`; YAML block scalars leave them as written.
                patterns.insert(quoted.replacingOccurrences(of: "\\\\", with: "\u{0}").replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "\u{0}", with: "\\"))
            }
        }
        return patterns.sorted().filter { (try? NSRegularExpression(pattern: $0)) != nil }
    }

    private func corpusSubjects() throws -> [String] {
        let corpus = Repository.fixtures.appendingPathComponent("lint-corpus")
        var subjects: Set<String> = ["", "a", "_", "0", "0o777", "511", "NaN", "Number.NaN", "md5", "'md5'", "AKIA0123456789ABCDEF",
                                     "x AKIA0123456789ABCDEFx", "ASIAABCDEFGHIJKLMNOP ", "content_type = 'text/html'",
                                     "mimetype='text/plain'", "( pickle.dumps(x)", "(dill.dumps(", "usedforsecurity = False",
                                     "sk-ant-api03-" + String(repeating: "a", count: 45), "glpat-" + String(repeating: "x", count: 20),
                                     "\"/tmp/x\"", "'/var/tmp/a b'", "f'x'", "rb'x'", "location", "window.location.href",
                                     // Case: `(?i)` literals are looked for in any ASCII case; ICU also folds the
                                     // Kelvin sign to `k` and the long s to `s`.
                                     "API_KEY", "ReSet_ToKeN", "PASSWORD", "\u{212A}EY", "api_\u{212A}ey", "pa\u{17F}\u{17F}word", "SeCrEt"]
        for file in try FileManager.default.subpathsOfDirectory(atPath: corpus.path) where !file.hasSuffix(".md") {
            guard let text = try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                subjects.insert(String(line))
                subjects.insert(line.trimmingCharacters(in: .whitespaces))
                for token in line.split(whereSeparator: { " ,;()[]{}:".contains($0) }) { subjects.insert(String(token)) }
            }
        }
        return subjects.sorted()
    }
}
