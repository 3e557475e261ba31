import Foundation

/// File identity at the protocol boundary: clients name documents by URI, the layers below by
/// absolute path. Every conversion goes through here, so percent-escapes, `file://localhost/` and
/// non-file schemes (`untitled:`, `inmemory:`) are read the same way by every handler.
enum DocumentURI {
    /// The absolute, standardized path of a `file:` URI; nil for other schemes.
    static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    /// A name to choose a language by extension: the path of a `file:` URI, else the URI's own
    /// path component (`untitled:Untitled-1.py`), else the URI.
    static func name(_ uri: String) -> String {
        if let path = path(uri) { return path }
        return URL(string: uri).map(\.path).flatMap { $0.isEmpty ? nil : $0 } ?? uri
    }

    /// The `file:` URI of an absolute file path. Saying it is a file spares the stat that
    /// `URL(fileURLWithPath:)` makes to look for a folder: a seventh of the server's time
    /// answering a 200-result `workspace/symbol` went there.
    static func uri(forPath path: String) -> String {
        URL(fileURLWithPath: path, isDirectory: false).absoluteString
    }
}
