import CodePalSyntax
import Foundation

/// Lessons kept as data (`Grammars/lessons.json`): topics that group rules by what a learner
/// needs to understand, with a text to read; and explanations for problems that are not lint
/// rules (complexity warnings). Rules are matched by glob (`*/sql-injection`, `complexity/*`).
public struct Lessons: Sendable {
    public struct Lesson: Sendable, Decodable, Equatable {
        public let id: String
        public let title: String
        public let rules: [String]
        public let text: String

        public init(id: String, title: String, rules: [String], text: String) {
            self.id = id
            self.title = title
            self.rules = rules
            self.text = text
        }
    }

    private struct File: Decodable {
        let lessons: [Lesson]
        let explanations: [String: String]
    }

    public let lessons: [Lesson]
    public let explanations: [String: String]

    public init(lessons: [Lesson] = [], explanations: [String: String] = [:]) {
        self.lessons = lessons
        self.explanations = explanations
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: Lessons] = [:]

    /// The lessons next to the grammars (empty when the file is missing or broken).
    public static func load(_ registry: LanguageRegistry?) -> Lessons {
        guard let registry else { return Lessons() }
        let path = registry.directory.appendingPathComponent("lessons.json").path
        lock.lock(); defer { lock.unlock() }
        if let cached = loaded[path] { return cached }
        let lessons = (try? decode(registry)) ?? Lessons()
        loaded[path] = lessons
        return lessons
    }

    /// `lessons.json` beside the language folders; part of every install (`LanguagePackCheck`).
    static func decode(_ registry: LanguageRegistry) throws -> Lessons {
        let url = registry.directory.appendingPathComponent("lessons.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LanguagePackError(path: url.path, problem: "missing or unreadable (the lessons of every rule)")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            return Lessons(lessons: file.lessons, explanations: file.explanations)
        } catch {
            throw LanguagePackError(path: url.path, problem: "not valid: \(error)")
        }
    }

    public func lesson(for rule: String) -> Lesson? {
        lessons.first { lesson in lesson.rules.contains { fnmatch($0, rule, 0) == 0 } }
    }
}
