import CodePalSyntax
import Foundation

/// A language's names that need no binding in the file (`Grammars/<lang>/globals.json`): its
/// builtins, and the globals of the environments code runs in (`node`, `browser`, test
/// frameworks), which a rule's `unbound` constraint picks. Files may declare more in comments:
/// `declarationComment` and `environmentComment` are expressions whose first group lists names,
/// or environments, separated by commas or spaces (ESLint's `/* global a, b */` and
/// `/* eslint-env mocha */`).
struct GlobalNames: Decodable {
    var builtins: [String] = []
    var environments: [String: [String]] = [:]
    var declarationComment: String?
    var environmentComment: String?

    init() {}

    private enum CodingKeys: String, CodingKey { case builtins, environments, declarationComment, environmentComment }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        builtins = try c.decodeIfPresent([String].self, forKey: .builtins) ?? []
        environments = try c.decodeIfPresent([String: [String]].self, forKey: .environments) ?? [:]
        declarationComment = try c.decodeIfPresent(String.self, forKey: .declarationComment)
        environmentComment = try c.decodeIfPresent(String.self, forKey: .environmentComment)
    }

    static func of(_ language: Language) -> GlobalNames {
        LanguageDataFile.load("globals.json", for: language, empty: GlobalNames())
    }
}

/// The `unbound` constraint: the references of one file that the scope graph binds to nothing
/// and that are no builtin or known global. Built once per file and environment list.
struct UnboundNames {
    private let starts: Set<Int>

    init(graph: ScopeGraph, language: Language, environments: [String], text: SourceText) {
        let globals = GlobalNames.of(language)
        var known = Set(globals.builtins)
        var chosen = environments
        if let pattern = globals.environmentComment { chosen += Self.listed(pattern, in: text.string) }
        for environment in chosen { known.formUnion(globals.environments[environment] ?? []) }
        if let pattern = globals.declarationComment {
            // `/* global name:writable */`
            known.formUnion(Self.listed(pattern, in: text.string).map { String($0.prefix { $0 != ":" }) })
        }
        var starts: Set<Int> = []
        for reference in graph.references where reference.definition == nil && !known.contains(reference.name) {
            starts.insert(reference.range.lowerBound)
        }
        self.starts = starts
    }

    func isUnbound(_ node: Node) -> Bool { starts.contains(node.startByte) }

    private static func listed(_ pattern: String, in text: String) -> [String] {
        guard text.contains("/*"), let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        var names: [String] = []
        for found in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) where found.numberOfRanges > 1 {
            guard let group = Range(found.range(at: 1), in: text) else { continue }
            names += text[group].split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        }
        return names
    }
}
