/// The unit in which a client counts `character` offsets within a line (LSP 3.17 `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// Number of code units this encoding uses for the scalar whose UTF-8 lead byte is `lead`,
    /// together with that scalar's UTF-8 length. Stray continuation bytes count as one unit each so
    /// that arithmetic stays total on text that is not valid UTF-8.
    @inline(__always)
    func units(forLeadByte lead: UInt8) -> (bytes: Int, units: Int) {
        let length: Int
        switch lead {
        case 0..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: length = 1
        }
        switch self {
        case .utf8: return (length, length)
        case .utf16: return (length, length == 4 ? 2 : 1)
        case .utf32: return (length, 1)
        }
    }
}

/// A zero-based line and a `character` offset counted in some `PositionEncoding`.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public var description: String { "\(line):\(character)" }
}

public struct TextRange: Hashable, Sendable {
    public var start: TextPosition
    public var end: TextPosition

    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }
}
