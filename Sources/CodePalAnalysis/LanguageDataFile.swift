import CodePalSyntax
import Foundation

/// A JSON data file of a language folder (`completion.json`, `refactor.json`), decoded once per
/// folder. `{"inherits": "other"}` stands for the other language's file; a missing or broken
/// file gives the type's empty value.
enum LanguageDataFile {
    private struct Inheritance: Decodable { let inherits: String? }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Any] = [:]

    static func load<T: Decodable>(_ name: String, for language: Language, empty: T) -> T {
        load(name, directory: language.directory, empty: empty, depth: 0)
    }

    private static func load<T: Decodable>(_ name: String, directory: URL, empty: T, depth: Int) -> T {
        let key = directory.appendingPathComponent(name).path
        lock.lock()
        if let cached = cache[key] as? T { lock.unlock(); return cached }
        lock.unlock()
        var value = empty
        if let bytes = try? Data(contentsOf: directory.appendingPathComponent(name)) {
            if let parent = (try? JSONDecoder().decode(Inheritance.self, from: bytes))?.inherits, depth < 4 {
                value = load(name, directory: directory.deletingLastPathComponent().appendingPathComponent(parent), empty: empty, depth: depth + 1)
            } else if let decoded = try? JSONDecoder().decode(T.self, from: bytes) {
                value = decoded
            }
        }
        lock.lock()
        cache[key] = value
        lock.unlock()
        return value
    }
}
