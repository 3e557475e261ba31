@testable import CodePalLSP
import CodePalAnalysis
import XCTest

/// The completion handler writes `sortText` and `data.source` without `String(format:)` and
/// reflection (measured per keystroke by scripts/keystroke-cost); the text must be what those gave.
final class CompletionItemTextTests: XCTestCase {
    func testSortTextIsTheRankZeroPadded() {
        for index in [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456] {
            XCTAssertEqual(LanguageServer.sortText(index), String(format: "%04d", index))
        }
    }

    func testSourceNameIsTheCaseName() {
        let sources: [CompletionCandidate.Source] = [.scope, .member, .builtin, .keyword, .snippet, .workspace]
        for source in sources {
            XCTAssertEqual(LanguageServer.sourceName(source), String(describing: source))
        }
    }
}
