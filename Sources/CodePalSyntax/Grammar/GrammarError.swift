/// Why a language cannot be used. Every case names the language and the command that fixes it,
/// because the person reading it is usually setting CodePal up, not debugging it.
public enum GrammarError: Error, CustomStringConvertible, Sendable {
    case noGrammarDirectory(searched: [String])
    case unknownLanguage(name: String, known: [String])
    case badManifest(path: String, reason: String)
    case missingLibrary(language: String, path: String)
    case unloadable(language: String, path: String, reason: String)
    case missingSymbol(language: String, path: String, symbol: String)
    case incompatibleABI(language: String, path: String, found: UInt32, supported: ClosedRange<UInt32>)
    case badQuery(language: String, file: String, line: Int, column: Int, reason: String)
    /// A file the language's pack lists is missing or unreadable, or one sits in the folder unlisted.
    case badPack(language: String, path: String, problem: String)

    static let fix = "run `make grammars` (scripts/setup-grammars) in the CodePal source tree, or reinstall CodePal"

    public var description: String {
        switch self {
        case .noGrammarDirectory(let searched):
            return "no grammar directory found (looked in \(searched.joined(separator: ", "))); set CODEPAL_GRAMMARS or pass --grammars, or \(Self.fix)"
        case .unknownLanguage(let name, let known):
            return "unknown language `\(name)`; known languages: \(known.joined(separator: ", "))"
        case .badManifest(let path, let reason):
            return "\(path): invalid language manifest: \(reason)"
        case .missingLibrary(let language, let path):
            return "grammar for \(language) is not built (\(path) is missing); \(Self.fix)"
        case .unloadable(let language, let path, let reason):
            return "grammar for \(language) at \(path) cannot be loaded (\(reason)); it may be corrupt: \(Self.fix)"
        case .missingSymbol(let language, let path, let symbol):
            return "grammar for \(language) at \(path) does not export \(symbol); \(Self.fix)"
        case .incompatibleABI(let language, let path, let found, let supported):
            return "grammar for \(language) at \(path) has ABI version \(found), but the system tree-sitter supports \(supported.lowerBound)-\(supported.upperBound); pin a compatible grammar version in Grammars/\(language)/language.json and \(Self.fix)"
        case .badQuery(let language, let file, let line, let column, let reason):
            return "\(file):\(line):\(column): query for \(language) does not compile: \(reason)"
        case .badPack(let language, let path, let problem):
            return "\(path): \(problem) in the \(language) language pack; list every file of the folder under `files` in its language.json, or reinstall CodePal (make install copies the listed files)"
        }
    }
}
