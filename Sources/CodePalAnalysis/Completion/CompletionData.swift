import CodePalSyntax
import Foundation

/// A language's completion vocabulary, from `Grammars/<lang>/completion.json`: keywords,
/// builtins, snippets, the names of the current instance (`self`, `this`) and the node kinds
/// where nothing is completed (comments, string text). See `LanguageDataFile` for inheritance.
public struct CompletionData: Decodable, Sendable {
    public struct Snippet: Decodable, Sendable {
        public let label: String
        public let detail: String
        /// LSP snippet syntax: `${1:name}` placeholders, `${0}` the final cursor.
        public let body: String
    }

    public var selfNames: [String] = []
    public var noCompletionKinds: [String] = []
    public var keywords: [String] = []
    public var builtins: [String] = []
    public var snippets: [Snippet] = []
    /// Top-level statements that import, after which an auto-import goes.
    public var importKinds: [String] = []
    /// The statement an auto-import adds: `{module}` and `{name}` are filled in.
    public var importTemplate: String?
    /// Call shapes for signature help: the node kind and the fields of callee and arguments.
    public var calls: [Call] = []
    /// Statements whose module name (a dotted name) completes as module paths (Python).
    public var moduleNames: [String] = []
    /// Statements whose string completes as a module path (ECMAScript `from "./x"`), and
    /// functions whose first string argument does (`require("./x")`).
    public var moduleStrings: [String] = []
    public var requireFunctions: [String] = []
    /// Operators after which a member is completed: `.` by default; C's `->`, C++'s `::`.
    public var memberOperators: [String] = ["."]
    /// Declarations whose type is written before the name (`struct item *p`, `Cart cart;`): the
    /// node kinds and their type field, so a local's members are those of its declared type.
    public var declaredTypes: DeclaredTypes?
    /// Methods of the language's standard types, offered after `.` on a local whose type is
    /// evident but defined outside the workspace (Rust's `let v = Vec::new()` or `let s: String`).
    public var typeMembers: [String: [String]] = [:]
    /// Modifiers of a type declared in parts (C#'s `partial class`): the members of every part
    /// of the same name and namespace, found through the index, complete as one type's.
    public var partialTypeModifiers: [String] = []
    /// A class declared again adds to the class of that name (Ruby reopens classes): every
    /// declaration with the same containers is a part, with or without a modifier.
    public var typesReopen = false

    public struct DeclaredTypes: Decodable, Sendable {
        public let kinds: [String]
        public let field: String
    }

    public struct Call: Decodable, Sendable {
        public let kind: String
        public let function: String
        public let arguments: String
        /// Method names that make an instance of their receiver (Ruby's `Cart.new(...)`): the call
        /// is described by the receiver's constructor, found through the `receiver` field.
        public let constructors: [String]?
        public let receiver: String?
    }

    /// Loaded once per language folder; an absent or unreadable file gives empty data.
    public static func of(_ language: Language) -> CompletionData {
        LanguageDataFile.load("completion.json", for: language, empty: CompletionData())
    }

    enum CodingKeys: String, CodingKey { case selfNames, noCompletionKinds, keywords, builtins, snippets, importKinds, importTemplate, calls, moduleNames, moduleStrings, requireFunctions, memberOperators, declaredTypes, typeMembers, partialTypeModifiers, typesReopen }

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        selfNames = try container.decodeIfPresent([String].self, forKey: .selfNames) ?? []
        noCompletionKinds = try container.decodeIfPresent([String].self, forKey: .noCompletionKinds) ?? []
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        builtins = try container.decodeIfPresent([String].self, forKey: .builtins) ?? []
        snippets = try container.decodeIfPresent([Snippet].self, forKey: .snippets) ?? []
        importKinds = try container.decodeIfPresent([String].self, forKey: .importKinds) ?? []
        importTemplate = try container.decodeIfPresent(String.self, forKey: .importTemplate)
        calls = try container.decodeIfPresent([Call].self, forKey: .calls) ?? []
        moduleNames = try container.decodeIfPresent([String].self, forKey: .moduleNames) ?? []
        moduleStrings = try container.decodeIfPresent([String].self, forKey: .moduleStrings) ?? []
        requireFunctions = try container.decodeIfPresent([String].self, forKey: .requireFunctions) ?? []
        memberOperators = try container.decodeIfPresent([String].self, forKey: .memberOperators) ?? ["."]
        declaredTypes = try container.decodeIfPresent(DeclaredTypes.self, forKey: .declaredTypes)
        typeMembers = try container.decodeIfPresent([String: [String]].self, forKey: .typeMembers) ?? [:]
        partialTypeModifiers = try container.decodeIfPresent([String].self, forKey: .partialTypeModifiers) ?? []
        typesReopen = try container.decodeIfPresent(Bool.self, forKey: .typesReopen) ?? false
    }
}
