import CodePalAnalysis
import CodePalSupport
import XCTest

/// Cache keys are built from these descriptions, in different processes: equal values must give
/// equal text whatever order their dictionaries happen to iterate in.
final class StableDescriptionTests: XCTestCase {
    func testEqualConfigurationsGiveEqualTextAndDifferentOnesDiffer() {
        let rules = (0..<40).map { "py/rule-\($0)" }
        var small = Configuration(), large = Configuration()
        // Different capacities and insertion orders: the dictionaries iterate differently.
        large.lint.severities.reserveCapacity(4096)
        for (index, rule) in rules.enumerated() { small.lint.severities[rule] = index % 2 == 0 ? .error : .hint }
        for (index, rule) in rules.enumerated().reversed() { large.lint.severities[rule] = index % 2 == 0 ? .error : .hint }
        XCTAssertEqual(small, large)
        XCTAssertNotEqual(Array(small.lint.severities.keys), Array(large.lint.severities.keys), "the test needs two iteration orders")
        XCTAssertEqual(StableDescription.of(small), StableDescription.of(large))

        var changed = small
        changed.lint.severities["py/rule-7"] = .warning
        XCTAssertNotEqual(StableDescription.of(changed), StableDescription.of(small))
        var other = small
        other.complexity.cognitive += 1
        XCTAssertNotEqual(StableDescription.of(other), StableDescription.of(small))
        var ignored = small
        ignored.lint.ignore = ["security"]
        XCTAssertNotEqual(StableDescription.of(ignored), StableDescription.of(small))
    }

    func testShapes() {
        XCTAssertEqual(StableDescription.of(["b": 1, "a": 2]), #"[[key: "a", value: 2], [key: "b", value: 1]]"#)
        XCTAssertEqual(StableDescription.of(Set([3, 1, 2])), "[1, 2, 3]")
        XCTAssertEqual(StableDescription.of([3, 1, 2]), "[3, 1, 2]")
        XCTAssertEqual(StableDescription.of(Optional<Int>.none as Any), "nil")
        XCTAssertEqual(StableDescription.of(Optional(5) as Any), "5")
    }
}
