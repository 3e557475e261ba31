import Foundation

/// `Grammars/<lang>/language.json`: what a language is called, which files it claims and which
/// pinned grammar artifact provides its parser. Decoding it is all the Swift a language needs.
public struct LanguageManifest: Decodable, Sendable {
    public struct Artifact: Decodable, Sendable {
        public let package: String
        public let version: String
        public let distribution: String
        public let file: String
        public let sha256: String
    }

    public let language: String
    public let displayName: String
    public let languageIds: [String]
    public let extensions: [String]
    public let lineComment: String?
    public let symbol: String
    public let artifact: Artifact

    public static func load(from url: URL) throws -> LanguageManifest {
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(LanguageManifest.self, from: data)
        } catch {
            throw GrammarError.badManifest(path: url.path, reason: "\(error)")
        }
    }
}
