import CodePalSyntax
import Foundation

/// A language's completion vocabulary, from `Grammars/<lang>/completion.json`: keywords,
/// builtins, snippets, the names of the current instance (`self`, `this`) and the node kinds
/// where nothing is completed (comments, string text). `{"inherits": "other"}` reuses another
/// language's file.
public struct CompletionData: Decodable, Sendable {
    public struct Snippet: Decodable, Sendable {
        public let label: String
        public let detail: String
        /// LSP snippet syntax: `${1:name}` placeholders, `${0}` the final cursor.
        public let body: String
    }

    public var selfNames: [String] = []
    public var noCompletionKinds: [String] = []
    public var keywords: [String] = []
    public var builtins: [String] = []
    public var snippets: [Snippet] = []
    /// Top-level statements that import, after which an auto-import goes.
    public var importKinds: [String] = []
    /// The statement an auto-import adds: `{module}` and `{name}` are filled in.
    public var importTemplate: String?
    /// Call shapes for signature help: the node kind and the fields of callee and arguments.
    public var calls: [Call] = []
    var inherits: String?

    public struct Call: Decodable, Sendable {
        public let kind: String
        public let function: String
        public let arguments: String
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: CompletionData] = [:]

    /// Loaded once per language folder; an absent or unreadable file gives empty data.
    public static func of(_ language: Language) -> CompletionData {
        load(directory: language.directory, name: language.name)
    }

    private static func load(directory: URL, name: String, depth: Int = 0) -> CompletionData {
        lock.lock()
        if let cached = cache[directory.path] { lock.unlock(); return cached }
        lock.unlock()
        var data = CompletionData()
        if let bytes = try? Data(contentsOf: directory.appendingPathComponent("completion.json")),
           let decoded = try? JSONDecoder().decode(CompletionData.self, from: bytes) {
            data = decoded
            if let parent = decoded.inherits, depth < 4 {
                data = load(directory: directory.deletingLastPathComponent().appendingPathComponent(parent), name: parent, depth: depth + 1)
            }
        }
        lock.lock()
        cache[directory.path] = data
        lock.unlock()
        return data
    }

    enum CodingKeys: String, CodingKey { case selfNames, noCompletionKinds, keywords, builtins, snippets, importKinds, importTemplate, calls, inherits }

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        selfNames = try container.decodeIfPresent([String].self, forKey: .selfNames) ?? []
        noCompletionKinds = try container.decodeIfPresent([String].self, forKey: .noCompletionKinds) ?? []
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        builtins = try container.decodeIfPresent([String].self, forKey: .builtins) ?? []
        snippets = try container.decodeIfPresent([Snippet].self, forKey: .snippets) ?? []
        importKinds = try container.decodeIfPresent([String].self, forKey: .importKinds) ?? []
        importTemplate = try container.decodeIfPresent(String.self, forKey: .importTemplate)
        calls = try container.decodeIfPresent([Call].self, forKey: .calls) ?? []
        inherits = try container.decodeIfPresent(String.self, forKey: .inherits)
    }
}
