@testable import CodePalWorkspace
import XCTest

/// Hunk headers of `git diff --unified=0` to the lines of the new text they touch.
final class ChangedLinesTests: XCTestCase {
    func testHunkHeadersGiveTheNewLines() {
        let diff = """
        diff --git a/app.py b/app.py
        --- a/app.py
        +++ b/app.py
        @@ -3 +3 @@ def f():
        -    x
        +    y
        @@ -10,0 +11,2 @@
        +a
        +b
        @@ -20,3 +21,0 @@
        -gone
        diff --git a/old.py b/old.py
        --- a/old.py
        +++ /dev/null
        @@ -1,2 +0,0 @@
        """
        let lines = ChangedLines.parse(diff, root: "/repo")
        XCTAssertEqual(lines["/repo/app.py"], [3...3, 11...12], "a pure deletion touches no remaining line")
        XCTAssertNil(lines["/repo/old.py"])
        let changed = ChangedLines(byPath: lines, untracked: ["/repo/new.py"])
        XCTAssertTrue(changed.touches("/repo/app.py", lines: 12...14))
        XCTAssertFalse(changed.touches("/repo/app.py", lines: 4...10))
        XCTAssertTrue(changed.touches("/repo/sub/../new.py", lines: 1...1))
        XCTAssertFalse(changed.mentions("/repo/other.py"))
    }
}
