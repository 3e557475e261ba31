import Foundation

/// Paths inside a workspace as the index and the faces store and show them: relative to the root.
public enum WorkspacePaths {
    public static func relative(_ path: String, to root: String) -> String {
        // The walker builds paths from the root, so most need no normalising (which costs
        // system calls per file).
        let prefix = root.hasSuffix("/") ? root : root + "/"
        // No `.` or `..` component and no empty one, checked on bytes (Foundation's substring
        // search costs more than the rest of an unchanged file's check).
        func plain(_ p: String) -> Bool {
            var previous: UInt8 = 0, componentLength = 0, onlyDots = true
            for byte in p.utf8 {
                if byte == UInt8(ascii: "/") {
                    if previous == UInt8(ascii: "/") || (componentLength > 0 && componentLength <= 2 && onlyDots) { return false }
                    componentLength = 0
                    onlyDots = true
                } else {
                    componentLength += 1
                    if byte != UInt8(ascii: ".") { onlyDots = false }
                }
                previous = byte
            }
            return !(componentLength > 0 && componentLength <= 2 && onlyDots)
        }
        if path.hasPrefix(prefix), root.hasPrefix("/"), plain(path), plain(root) {
            return String(path.dropFirst(prefix.count))
        }
        return IgnoreRules.relative(path, to: root) ?? path
    }
}
