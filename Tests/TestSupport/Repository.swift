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
}
