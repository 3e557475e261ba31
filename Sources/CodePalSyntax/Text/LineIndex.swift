/// Byte offsets of line starts and line-content ends. Lines end at `\n`, `\r\n` or a lone `\r`,
/// as LSP 3.17 defines them, so positions agree with every client.
public struct LineIndex: Sendable {
    /// Byte offset where each line starts; always begins with 0.
    public let lineStarts: [Int]
    /// Byte offset where each line's content ends (before its terminator).
    public let contentEnds: [Int]
    public let length: Int
    /// True when some line ends in a lone `\r`: tree-sitter counts rows by `\n` only, so its points
    /// then differ from LSP lines and have to be computed separately.
    public let hasLoneCarriageReturn: Bool
    /// Whether each line holds only ASCII bytes: there, every encoding counts one unit per byte,
    /// and converting a position costs nothing however long the line (a minified bundle is one
    /// line of hundreds of kilobytes, with thousands of symbols on it).
    private let asciiLines: [Bool]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        var ends: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 1)
        ends.reserveCapacity(bytes.count / 32 + 1)
        var loneCR = false
        var ascii: [Bool] = []
        ascii.reserveCapacity(bytes.count / 32 + 1)
        var lineIsASCII = true
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if b >= 0x80 {
                    lineIsASCII = false
                } else if b == 0x0A {
                    ends.append(i)
                    starts.append(i + 1)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                } else if b == 0x0D {
                    ends.append(i)
                    if i + 1 < n, buffer[i + 1] == 0x0A {
                        i += 1
                    } else {
                        loneCR = true
                    }
                    starts.append(i + 1)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                }
                i += 1
            }
        }
        ends.append(bytes.count)
        ascii.append(lineIsASCII)
        asciiLines = ascii
        lineStarts = starts
        contentEnds = ends
        length = bytes.count
        hasLoneCarriageReturn = loneCR
    }

    public var lineCount: Int { lineStarts.count }

    public func isASCII(line: Int) -> Bool { asciiLines[line] }

    /// The line containing `offset` (clamped into the text). An offset inside a line terminator
    /// belongs to the line the terminator ends.
    public func line(containing offset: Int) -> Int {
        let target = max(0, min(offset, length))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
