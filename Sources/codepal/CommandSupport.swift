import ArgumentParser
import CodePalAnalysis
import CodePalSyntax
import Foundation

/// Errors and set-up shared by the commands. Exit status 2 means usage, configuration or I/O.
enum CommandSupport {
    static func usage(_ message: String) -> Error { Failure(message: message) }
    static func failure(_ message: String) -> Error { Failure(message: message) }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func registry(_ options: GrammarOptions) throws -> LanguageRegistry {
        do {
            let registry = try LanguageRegistry.locate(explicit: options.grammars)
            for problem in registry.manifestErrors {
                FileHandle.standardError.write(Data("codepal: warning: \(problem) (that language is left out)\n".utf8))
            }
            return registry
        } catch {
            throw failure("\(error)")
        }
    }

    static func catalog(_ options: GrammarOptions) throws -> RuleCatalog {
        let registry = try registry(options)
        do {
            return try RuleCatalog(registry: registry)
        } catch {
            throw failure("\(error)")
        }
    }

    static func language(_ registry: LanguageRegistry, _ name: String) throws -> Language {
        do {
            return try registry.language(named: name)
        } catch {
            throw failure("\(error)")
        }
    }

    static func exit(with error: Error) -> Never {
        Console.err("codepal: \(error)\n")
        Foundation.exit(2)
    }
}
