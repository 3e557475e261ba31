/// Immutable UTF-8 text with its line index; converts between byte offsets (what tree-sitter and
/// the engines use) and LSP positions in any encoding. Every conversion clamps instead of trapping:
/// lines past the end, characters past a line's end and positions inside a multi-unit character
/// all land on the nearest valid boundary before them.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    public let lines: LineIndex

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lines = LineIndex(bytes)
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    public var count: Int { bytes.count }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    public func position(of offset: Int, in encoding: PositionEncoding) -> TextPosition {
        let clamped = max(0, min(offset, bytes.count))
        let line = lines.line(containing: clamped)
        let start = lines.lineStarts[line]
        let end = min(clamped, lines.contentEnds[line])
        if encoding == .utf8 { return TextPosition(line: line, character: floorToScalar(end, notBefore: start) - start) }
        if lines.isASCII(line: line) { return TextPosition(line: line, character: end - start) }
        var units = 0
        var i = start
        bytes.withUnsafeBufferPointer { buffer in
            while i < end {
                let step = encoding.units(forLeadByte: buffer[i])
                if i + step.bytes > end { break }
                i += step.bytes
                units += step.units
            }
        }
        return TextPosition(line: line, character: units)
    }

    public func offset(of position: TextPosition, in encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lines.lineCount { return bytes.count }
        let start = lines.lineStarts[position.line]
        let end = lines.contentEnds[position.line]
        let wanted = max(0, position.character)
        if encoding == .utf8 { return floorToScalar(min(start + wanted, end), notBefore: start) }
        if lines.isASCII(line: position.line) { return min(start + wanted, end) }
        var units = 0
        var i = start
        bytes.withUnsafeBufferPointer { buffer in
            while i < end {
                let step = encoding.units(forLeadByte: buffer[i])
                if units + step.units > wanted || i + step.bytes > end { break }
                i += step.bytes
                units += step.units
            }
        }
        return i
    }

    public func range(of byteRange: Range<Int>, in encoding: PositionEncoding) -> TextRange {
        TextRange(start: position(of: byteRange.lowerBound, in: encoding),
                  end: position(of: byteRange.upperBound, in: encoding))
    }

    public func byteRange(of range: TextRange, in encoding: PositionEncoding) -> Range<Int> {
        let a = offset(of: range.start, in: encoding)
        let b = offset(of: range.end, in: encoding)
        return min(a, b)..<max(a, b)
    }

    /// Tree-sitter's point for a byte offset: rows count `\n` only, columns are bytes.
    public func treeSitterPoint(of offset: Int) -> (row: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        if !lines.hasLoneCarriageReturn {
            let line = lines.line(containing: clamped)
            // An offset between `\r` and `\n` of a CRLF is still on the line the `\n` ends.
            return (line, clamped - lines.lineStarts[line])
        }
        var row = 0
        var rowStart = 0
        for i in 0..<clamped where bytes[i] == 0x0A {
            row += 1
            rowStart = i + 1
        }
        return (row, clamped - rowStart)
    }

    /// Moves `offset` back to the start of the UTF-8 sequence it falls inside.
    private func floorToScalar(_ offset: Int, notBefore lower: Int) -> Int {
        var i = offset
        while i > lower, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
