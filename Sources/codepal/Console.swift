import CodePalSupport
import Foundation

/// Terminal output through write(2). FileHandle traps when a descriptor is closed (`2>&-`);
/// a checker must report through whatever is left, never crash.
enum Console {
    static func out(_ text: String) { write(1, text) }
    static func err(_ text: String) { write(2, text) }

    private static func write(_ fd: Int32, _ text: String) {
        writeAll(fd, Array(text.utf8))
    }
}
