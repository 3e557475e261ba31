@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// The innermost range around each offset, found in one sweep: the same answers as testing every
/// range, in work that grows with the ranges plus the offsets, not their product.
final class InnermostRangesTests: XCTestCase {
    /// The answer the sweep replaces: every range tested for every offset.
    private func bruteForce(_ offsets: [Int], _ ranges: [Range<Int>]) -> [Int?] {
        offsets.map { offset in
            ranges.indices.filter { ranges[$0].contains(offset) }.min { ranges[$0].count < ranges[$1].count }
        }
    }

    /// A family of nested or disjoint ranges shaped like a file's functions: `count` ranges in
    /// blocks of siblings, some nested `depth` deep, a few repeated exactly, a few empty.
    private func family(_ count: Int, depth: Int, seed: UInt64) -> [Range<Int>] {
        var generator = SeededGenerator(seed: seed)
        var ranges: [Range<Int>] = []
        var cursor = 0
        while ranges.count < count {
            let width = Int.random(in: 20...200, using: &generator)
            let levels = Int.random(in: 1...depth, using: &generator)
            for level in 0..<levels { ranges.append((cursor + level)..<(cursor + width - level)) }
            if Bool.random(using: &generator) { ranges.append(ranges[ranges.count - 1]) }
            if Int.random(in: 0..<10, using: &generator) == 0 { ranges.append(cursor..<cursor) }
            cursor += width + Int.random(in: 0...5, using: &generator)
        }
        ranges.shuffle(using: &generator)
        return ranges
    }

    func testTheSweepAgreesWithTestingEveryRange() {
        for seed in UInt64(1)...20 {
            let ranges = family(300, depth: 6, seed: seed)
            var generator = SeededGenerator(seed: seed * 7)
            let end = ranges.map(\.upperBound).max() ?? 0
            let offsets = (0..<500).map { _ in Int.random(in: 0...(end + 10), using: &generator) }
            XCTAssertEqual(InnermostRanges(offsets: offsets, ranges: ranges).owners, bruteForce(offsets, ranges), "seed \(seed)")
        }
    }

    func testEqualRangesAnswerTheFirstAndEmptyOnesNothing() {
        let ranges = [0..<10, 2..<8, 2..<8, 5..<5, 20..<30]
        XCTAssertEqual(InnermostRanges(offsets: [1, 3, 5, 9, 10, 25, 40], ranges: ranges).owners, [0, 1, 1, 0, nil, 4, nil])
    }

    /// A file the size of TypeScript's typingsInstaller.js: the work stays within twice the
    /// ranges plus the offsets (testing every range for every offset would be 10^8 tests).
    func testWorkGrowsWithTheRangesPlusTheOffsetsNotTheirProduct() {
        let ranges = family(10_000, depth: 8, seed: 3)
        let end = ranges.map(\.upperBound).max() ?? 0
        let offsets = Array(stride(from: 0, to: end, by: max(1, end / 10_000)))
        let sweep = InnermostRanges(offsets: offsets, ranges: ranges)
        XCTAssertGreaterThan(sweep.owners.compactMap { $0 }.count, offsets.count / 2)
        XCTAssertLessThanOrEqual(sweep.steps, 2 * ranges.count + offsets.count)
    }
}
