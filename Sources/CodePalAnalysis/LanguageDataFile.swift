import CodePalSyntax
import Foundation

/// A JSON data file of a language folder (`completion.json`, `refactor.json`), decoded once per
/// folder. `{"inherits": "other"}` stands for the other language's file. Only files the language's
/// pack lists are read; `LanguagePackCheck` decodes every listed one up front, so a broken file
/// stops the tool with its path instead of quietly giving the type's empty value here.
enum LanguageDataFile {
    private struct Inheritance: Decodable { let inherits: String? }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Any] = [:]

    static func load<T: Decodable>(_ name: String, for language: Language, empty: T) -> T {
        guard language.manifest.lists(name) else { return empty }
        let key = language.directory.appendingPathComponent(name).path
        lock.lock()
        if let cached = cache[key] as? T { lock.unlock(); return cached }
        lock.unlock()
        let value = (try? decode(name, directory: language.directory, as: T.self)) ?? empty
        lock.lock()
        cache[key] = value
        lock.unlock()
        return value
    }

    /// The file decoded as `T`, following `inherits` (at most four steps); errors name the file.
    static func decode<T: Decodable>(_ name: String, directory: URL, as type: T.Type, depth: Int = 0) throws -> T {
        let url = directory.appendingPathComponent(name)
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw LanguagePackError(path: url.path, problem: "cannot be read")
        }
        if let parent = (try? JSONDecoder().decode(Inheritance.self, from: bytes))?.inherits {
            guard depth < 4 else { throw LanguagePackError(path: url.path, problem: "`inherits` goes more than four languages deep") }
            return try decode(name, directory: directory.deletingLastPathComponent().appendingPathComponent(parent), as: type, depth: depth + 1)
        }
        do {
            return try JSONDecoder().decode(T.self, from: bytes)
        } catch {
            throw LanguagePackError(path: url.path, problem: "not valid: \(error)")
        }
    }
}

/// A language pack file that the engines cannot use.
public struct LanguagePackError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }
}

/// Everything a grammar directory must hold for the engines, checked once when the tool starts:
/// each language's listed files present and nothing unlisted (`LanguagePack`), its data files
/// decodable, and the lessons file. Rules are checked by `RuleCatalog`, which calls this first.
public enum LanguagePackCheck {
    /// The files shared by every language (`lessons.json`).
    public static func shared(_ registry: LanguageRegistry) throws {
        _ = try Lessons.decode(registry)
    }

    /// One language's folder; a broken one stops that language, not the others.
    public static func language(_ manifest: LanguageManifest, in registry: LanguageRegistry) throws {
        try registry.checkPack(manifest.language)
        let folder = registry.directory.appendingPathComponent(manifest.language)
        if manifest.lists("completion.json") { _ = try LanguageDataFile.decode("completion.json", directory: folder, as: CompletionData.self) }
        if manifest.lists("refactor.json") { _ = try LanguageDataFile.decode("refactor.json", directory: folder, as: RefactorData.self) }
        if manifest.lists("globals.json") { _ = try LanguageDataFile.decode("globals.json", directory: folder, as: GlobalNames.self) }
    }
}
