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

    public static func language(_ name: String) -> Language {
        do {
            return try registry.language(named: name)
        } catch {
            fatalError("\(error) — run `make grammars` before `swift test`")
        }
    }
}
