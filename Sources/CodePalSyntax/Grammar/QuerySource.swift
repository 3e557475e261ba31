import Foundation

/// The text of a query file with its `; inherits: a,b` lines resolved (as in Helix's runtime
/// queries), so TSX can reuse TypeScript's queries and TypeScript JavaScript's.
public struct QuerySource {
    public let text: String
    public let file: String
    /// Where each included file's text starts in `text`, to map compile errors back to a file and line.
    public let lineOffsets: [(file: String, startByte: Int)]

    public static func load(name: String, language: Language) throws -> QuerySource? {
        let root = language.directory.deletingLastPathComponent()
        var seen: Set<String> = []
        var parts: [(file: String, text: String)] = []
        func include(_ lang: String) throws {
            guard seen.insert(lang).inserted else { return }
            let url = root.appendingPathComponent(lang).appendingPathComponent("queries").appendingPathComponent("\(name).scm")
            // The language's own file is read only when its pack lists it (`LanguagePack`).
            if lang == language.name, !language.manifest.lists("queries/\(name).scm") { return }
            guard let data = FileManager.default.contents(atPath: url.path) else { return }
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("; inherits:") else { continue }
                for parent in trimmed.dropFirst("; inherits:".count).split(separator: ",") {
                    try include(parent.trimmingCharacters(in: .whitespaces))
                }
            }
            parts.append((url.path, text))
        }
        try include(language.name)
        guard parts.contains(where: { $0.file.hasPrefix(language.directory.path + "/") }) else { return nil }
        var text = ""
        var offsets: [(String, Int)] = []
        for part in parts {
            offsets.append((part.file, text.utf8.count))
            text += part.text
            if !part.text.hasSuffix("\n") { text += "\n" }
        }
        return QuerySource(text: text, file: parts.last!.file, lineOffsets: offsets)
    }
}
