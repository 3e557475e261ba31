@testable import CodePalAnalysis
import XCTest

/// The name index must find exactly the names a scan of every name finds, for each match quality.
final class NameIndexTests: XCTestCase {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static func resultOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
    }

    func check(names: [String], queries: [String], file: StaticString = #filePath, line: UInt = #line) {
        let sorted = Array(Set(names)).sorted(by: Self.resultOrder)
        let index = NameIndex(names: sorted)
        XCTAssertEqual(index.count, sorted.count, file: file, line: line)
        var found: Set<MatchQuality> = []
        for query in queries {
            let matcher = NameMatcher(query)
            for quality in [MatchQuality.exact, .prefix, .humps, .substring, .subsequence] {
                let expected = sorted.indices.filter { MatchQuality(query: query, name: sorted[$0]) == quality }.map(Int32.init)
                XCTAssertEqual(index.names(matching: matcher, quality: quality), expected, "\(query) \(quality)", file: file, line: line)
                if !expected.isEmpty { found.insert(quality) }
            }
        }
        // The data must reach every bucket for the comparison to mean something.
        XCTAssertEqual(found.count, sorted.isEmpty || queries == [""] ? found.count : 5, "qualities found: \(found)", file: file, line: line)
    }

    func testRandomNamesAndQueriesAgreeWithAScan() {
        var random = Generator(state: 7)
        // Few letters, so that every kind of match is frequent; separators, digits and capitals
        // make word starts; a non-ASCII letter checks that bytes, not characters, are indexed.
        let alphabet = Array("abcAB_x1é$")
        func word(_ length: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        let names = (0..<1500).map { _ in word(1...12) } + ["getFileName", "get_file_name", "HTTPServer", "__init__", "a", "A", "CartView"]
        let queries = ["", "a", "A", "_", "ab", "aB", "b_", "abc", "cab", "a_b", "xx", "é", "ée", "gfn", "hs", "init", "cv", "ile_n"]
            + (0..<150).map { _ in word(1...5) }
        check(names: names, queries: queries)
    }

    func testNamesFromWords() {
        var random = Generator(state: 11)
        let words = ["get", "set", "user", "User", "load", "parse", "HTTP", "client", "Cart", "add", "item", "value", "_private", "ab", "x"]
        let names = (0..<800).map { _ in
            (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: ["", "_", "-", "."].randomElement(using: &random)!)
        }
        let queries = ["g", "gu", "gus", "us", "useru", "ht", "hc", "httpc", "pa", "parse_", "ca", "cartv", "_p", "pri", "va", "ae", "zz", "lp", "x"]
        check(names: names, queries: queries)
    }

    func testEmptyIndexAndEmptyQuery() {
        check(names: [], queries: ["", "a"])
        check(names: ["b", "a", "ab"], queries: [""])
    }

    /// Past the cap, the subsequence bucket keeps the matches among the first names (shortest).
    func testSubsequenceCandidatesAreCapped() {
        let names = (0..<100).map { "a" + String(repeating: "z", count: $0 % 7) + "b\($0)" }.sorted(by: Self.resultOrder)
        let index = NameIndex(names: names)
        let all = index.names(matching: NameMatcher("ab1"), quality: .subsequence)
        let capped = index.names(matching: NameMatcher("ab1"), quality: .subsequence, subsequenceCap: 10)
        XCTAssertFalse(capped.isEmpty)
        XCTAssertLessThan(capped.count, all.count)
        XCTAssertEqual(capped, Array(all.prefix(capped.count)))
    }
}
