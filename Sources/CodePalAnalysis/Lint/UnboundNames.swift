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
    /// How names are looked up in the order code runs (`SourceOrderLookups`).
    var sourceOrder: SourceOrder?
    /// The node of an import that may bind any name (`from m import *`): a file with one has no
    /// undefined names. Found from the tree, so the same text in a string or comment does not count.
    var wildcardImport: String?

    init() {}

    private enum CodingKeys: String, CodingKey { case builtins, environments, declarationComment, environmentComment, sourceOrder, wildcardImport }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        builtins = try c.decodeIfPresent([String].self, forKey: .builtins) ?? []
        environments = try c.decodeIfPresent([String: [String]].self, forKey: .environments) ?? [:]
        declarationComment = try c.decodeIfPresent(String.self, forKey: .declarationComment)
        environmentComment = try c.decodeIfPresent(String.self, forKey: .environmentComment)
        sourceOrder = try c.decodeIfPresent(SourceOrder.self, forKey: .sourceOrder)
        wildcardImport = try c.decodeIfPresent(String.self, forKey: .wildcardImport)
    }

    static func of(_ language: Language) -> GlobalNames {
        LanguageDataFile.load("globals.json", for: language, empty: GlobalNames())
    }
}

/// The `unbound` constraint: the references of one file that the scope graph binds to nothing
/// and that are no builtin or known global. Built once per file and environment list.
struct UnboundNames {
    private let starts: Set<Int>
    private let known: Set<String>
    private let scopes: [ScopeGraph.Scope]
    private let definedIn: [Int: Set<String>]
    /// A wildcard import may have bound any name.
    private let anything: Bool

    init(graph: ScopeGraph, language: Language, environments: [String], text: SourceText, tree: SyntaxTree? = nil) {
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
        let anything = tree.map { tree in globals.wildcardImport.map { Self.contains($0, in: tree, text: text) } ?? false } ?? false
        self.anything = anything
        for reference in graph.references where !anything && reference.definition == nil && !known.contains(reference.name) {
            starts.insert(reference.range.lowerBound)
        }
        if let order = globals.sourceOrder, let tree, !anything {
            let lookups = SourceOrderLookups(graph: graph, tree: tree, text: text, order: order)
            starts = lookups.withoutDeclarations(starts.union(lookups.unboundStarts(known: known)))
        }
        self.starts = starts
        self.known = known
        scopes = graph.scopes
        var definedIn: [Int: Set<String>] = [:]
        for definition in graph.definitions { definedIn[definition.scope, default: []].insert(definition.name) }
        self.definedIn = definedIn
    }

    func isUnbound(_ node: Node) -> Bool { starts.contains(node.startByte) }

    /// Whether text naming code (a forward reference: `"Cart"`, `"Optional[Cart]"`) reads a name
    /// bound nowhere. Such text is read when the whole file has run, so any binding of a scope
    /// around it counts, wherever it is. Text that is no plain name expression (a sentence, a
    /// `Literal` value) names nothing.
    func hasUnboundName(inText node: Node, text: SourceText) -> Bool {
        let words = Self.names(in: text.bytes[node.byteRange])
        guard !anything, !words.isEmpty else { return false }
        var innermost = 0
        for (index, scope) in scopes.enumerated() where scope.range.lowerBound <= node.startByte && node.endByte <= scope.range.upperBound {
            innermost = index
        }
        return words.contains { word in
            guard !known.contains(word) else { return false }
            var scope: Int? = innermost
            while let current = scope {
                if definedIn[current]?.contains(word) == true { return false }
                scope = scopes[current].parent
            }
            return true
        }
    }

    /// Whether a node of `kind` sits at some `*` of the text.
    private static func contains(_ kind: String, in tree: SyntaxTree, text: SourceText) -> Bool {
        var found = false
        text.bytes.withUnsafeBufferPointer { bytes in
            var from = 0
            while !found, let at = ByteSearch.firstIndex(of: [UInt8(ascii: "*")], in: bytes, from: from) {
                from = at + 1
                // `import *`: the word before the star, skipping spaces.
                var before = at
                while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") { before -= 1 }
                guard before >= 6, bytes[(before - 6)..<before].elementsEqual("import".utf8) else { continue }
                if let node = tree.root.descendant(covering: at..<(at + 1)), node.kind == kind || node.parent?.kind == kind { found = true }
            }
        }
        return found
    }

    private static let keywords: Set<String> = ["and", "or", "not", "in", "is", "if", "else", "lambda", "for", "await", "yield"]

    /// The names an expression like `Optional[cart.Cart] | None` reads (`Optional`, `cart`,
    /// `None`), or none when the text is not such an expression.
    static func names(in bytes: ArraySlice<UInt8>) -> [String] {
        func isWord(_ b: UInt8) -> Bool { ByteSearch.isWordByte(b) || b >= 0x80 }
        var names: [String] = []
        var index = bytes.startIndex
        var previous: UInt8 = 0   // the last byte that is no space
        var afterWord = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if isWord(byte) {
                var end = index
                while end < bytes.endIndex, isWord(bytes[end]) { end += 1 }
                // Two words with only spaces between them are no expression (`"a description"`).
                if afterWord { return [] }
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                if keywords.contains(word) { return [] }
                if previous != UInt8(ascii: "."), !(bytes[index] >= 0x30 && bytes[index] <= 0x39) { names.append(word) }
                afterWord = true
                previous = bytes[end - 1]
                index = end
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            case UInt8(ascii: "."), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: "|"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"):
                afterWord = false
                previous = byte
            default:
                // Quotes, operators, newlines: not a plain annotation.
                return []
            }
            index += 1
        }
        return names
    }

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
