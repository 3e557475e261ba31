/// One LSP content change: a replacement of `range` (in the document's negotiated encoding) or,
/// when `range` is nil, of the whole text.
public struct TextChange: Sendable {
    public var range: TextRange?
    public var text: String

    public init(range: TextRange?, text: String) {
        self.range = range
        self.text = text
    }
}

/// One applied replacement in byte offsets, kept so that results computed for an older version
/// (slow analyses) can be moved to where their text is now.
public struct ByteEdit: Sendable, Equatable {
    /// The document version this edit produced.
    public let version: Int
    public let start: Int
    public let oldEnd: Int
    public let newEnd: Int

    public init(version: Int, start: Int, oldEnd: Int, newEnd: Int) {
        self.version = version
        self.start = start
        self.oldEnd = oldEnd
        self.newEnd = newEnd
    }

    /// Where `offset` (before the edit) is after it. Text inserted exactly at a range's start goes
    /// before the range and text inserted at its end goes after it; offsets inside replaced text
    /// move to the replacement's start (range starts) or end (range ends).
    public func map(_ offset: Int, isEnd: Bool = false) -> Int {
        if offset < start { return offset }
        if offset == start {
            if isEnd { return offset }
            return oldEnd == start ? newEnd : start
        }
        if offset >= oldEnd { return offset + newEnd - oldEnd }
        return isEnd ? newEnd : start
    }
}

/// The edits since some version, and how far back they reach.
public struct EditLog: Sendable {
    public private(set) var edits: [ByteEdit] = []
    /// Results from this version or later can be mapped to the present.
    public private(set) var oldestMappableVersion: Int
    static let limit = 1024

    public init(openedAt version: Int) {
        oldestMappableVersion = version
    }

    mutating func append(_ edit: ByteEdit) {
        edits.append(edit)
        if edits.count > Self.limit {
            edits.removeFirst(edits.count - Self.limit)
            // Part of that version's batch may be gone: only later versions stay mappable.
            oldestMappableVersion = max(oldestMappableVersion, edits[0].version)
        }
    }

    /// How many leading bytes no edit after `version` touched (`Int.max` when there was none,
    /// 0 when the log no longer reaches back that far): positions up to there are where they were.
    public func unchangedPrefix(since version: Int) -> Int {
        guard version >= oldestMappableVersion else { return 0 }
        var prefix = Int.max
        for edit in edits where edit.version > version { prefix = Swift.min(prefix, edit.start) }
        return prefix
    }

    /// Maps a byte range computed at `version` to the latest text, or nil when the log no
    /// longer reaches back that far.
    public func map(_ range: Range<Int>, from version: Int) -> Range<Int>? {
        guard version >= oldestMappableVersion else { return nil }
        var lower = range.lowerBound
        var upper = range.upperBound
        for edit in edits where edit.version > version {
            lower = edit.map(lower)
            upper = Swift.max(lower, edit.map(upper, isEnd: true))
        }
        return lower..<upper
    }
}
