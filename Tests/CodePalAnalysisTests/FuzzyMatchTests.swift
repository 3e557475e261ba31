@testable import CodePalAnalysis
import XCTest

final class FuzzyMatchTests: XCTestCase {
    func testQualityOrder() {
        XCTAssertEqual(MatchQuality(query: "cart", name: "Cart"), .exact)
        XCTAssertEqual(MatchQuality(query: "car", name: "CartView"), .prefix)
        XCTAssertEqual(MatchQuality(query: "gfn", name: "getFileName"), .humps)
        XCTAssertEqual(MatchQuality(query: "gfn", name: "get_file_name"), .humps)
        XCTAssertEqual(MatchQuality(query: "getFN", name: "getFileName"), .humps)
        XCTAssertEqual(MatchQuality(query: "hs", name: "HTTPServer"), .humps, "acronym then word")
        XCTAssertEqual(MatchQuality(query: "init", name: "__init__"), .humps, "leading underscores: the first word starts at the first letter")
        XCTAssertEqual(MatchQuality(query: "view", name: "CartView"), .humps)
        XCTAssertEqual(MatchQuality(query: "artv", name: "CartView"), .substring)
        XCTAssertEqual(MatchQuality(query: "ctw", name: "CartView"), .subsequence)
        XCTAssertNil(MatchQuality(query: "xyz", name: "CartView"))
        XCTAssertEqual(MatchQuality(query: "", name: "anything"), .prefix)
        XCTAssertLessThan(MatchQuality.exact, MatchQuality.subsequence)
    }

    /// The allocation-free matcher used for workspace search must agree with the reference.
    func testNameMatcherAgreesWithMatchQuality() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeABCDE_x1")
        let names = (0..<400).map { _ in String((0..<Int.random(in: 1...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
            + ["getFileName", "get_file_name", "HTTPServer", "__init__", "CartView", "Cart", "a", ""]
        let queries = ["", "a", "gf", "gfn", "ab", "abc", "AB", "c_d", "xe", "ee", "hs", "init", "cv", "artv"]
            + (0..<40).map { _ in String((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        for query in queries {
            let matcher = NameMatcher(query)
            for name in names {
                XCTAssertEqual(matcher.quality(NameMatcher.Prepared(name)), MatchQuality(query: query, name: name), "\(query) in \(name)")
            }
        }
    }
}
