import Foundation

/// Writes all of `bytes` to a file descriptor with plain write(2), retrying after signals;
/// gives up quietly on a closed or broken descriptor (FileHandle would trap, and neither a log
/// line nor a terminal line is worth the process). Returns whether everything was written.
@discardableResult
public func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
        let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, $0.count - written) }
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return false }
        written += n
    }
    return true
}
