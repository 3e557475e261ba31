import CodePalSyntax
import Foundation

/// Paths and shared fixtures of the checkout the tests run in.
public enum Repository {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static var grammars: URL { root.appendingPathComponent("Grammars") }
    public static var fixtures: URL { root.appendingPathComponent("Fixtures") }

    /// The grammar registry of this checkout; built grammars are a precondition of the test run.
    public static let registry: LanguageRegistry = {
        do {
            return try LanguageRegistry(directory: grammars)
        } catch {
            fatalError("cannot read \(grammars.path): \(error)")
        }
    }()

    /// Every source file a grammar reads under these `Fixtures/` folders, parsed.
    public static func parsedFixtures(_ folders: [String]) -> [(url: URL, tree: SyntaxTree, text: SourceText)] {
        var found: [(url: URL, tree: SyntaxTree, text: SourceText)] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: fixtures.appendingPathComponent(folder), includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker {
                guard let language = try? registry.language(forPath: file.path), let data = FileManager.default.contents(atPath: file.path) else { continue }
                let text = SourceText(bytes: Array(data))
                found.append((file, Parser(language: language).parse(text.bytes), text))
            }
        }
        return found
    }

    public static func language(_ name: String) -> Language {
        do {
            return try registry.language(named: name)
        } catch {
            fatalError("\(error) — run `make grammars` before `swift test`")
        }
    }

    /// A copy of a shipped language pack under `root` (plus `lessons.json`), for tests that need a
    /// grammar directory of their own. With `rules`, those files (name to YAML) replace the
    /// shipped rules, and the manifest's `files` list is rewritten to match.
    public static func copyLanguagePack(_ language: String, to root: URL, rules: [String: String]? = nil) throws {
        let manager = FileManager.default
        let source = grammars.appendingPathComponent(language), target = root.appendingPathComponent(language)
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        if !manager.fileExists(atPath: root.appendingPathComponent("lessons.json").path) {
            try manager.copyItem(at: grammars.appendingPathComponent("lessons.json"), to: root.appendingPathComponent("lessons.json"))
        }
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: source.appendingPathComponent("language.json"))) as! [String: Any]
        var files = (manifest["files"] as? [String] ?? [])
        if let rules {
            files = files.filter { !$0.hasPrefix("rules/") } + rules.keys.sorted().map { "rules/\($0)" }
        }
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys]).write(to: target.appendingPathComponent("language.json"))
        try manager.copyItem(at: source.appendingPathComponent("grammar.so"), to: target.appendingPathComponent("grammar.so"))
        for file in files {
            let destination = target.appendingPathComponent(file)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            if file.hasPrefix("rules/"), let rules {
                try Data(rules[String(file.dropFirst("rules/".count))]!.utf8).write(to: destination)
            } else {
                try manager.copyItem(at: source.appendingPathComponent(file), to: destination)
            }
        }
    }
}
