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
