import CodePalSyntax
import Foundation

/// What to read for problems that are not lint rules (complexity warnings), from
/// `Grammars/lessons.json`; lint rules carry their own explanations.
public enum Lessons {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: [String: String]] = [:]

    public static func text(for code: String, registry: LanguageRegistry?) -> String? {
        guard let registry else { return nil }
        let path = registry.directory.appendingPathComponent("lessons.json").path
        lock.lock(); defer { lock.unlock() }
        if loaded[path] == nil {
            loaded[path] = (FileManager.default.contents(atPath: path)).flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
        }
        return loaded[path]?[code]
    }
}
