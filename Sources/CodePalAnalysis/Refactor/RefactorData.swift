import CodePalSyntax

/// What the refactorings need to know of a language, from `Grammars/<lang>/refactor.json`.
public struct RefactorData: Decodable, Sendable {
    public struct Assignment: Decodable, Sendable {
        /// The node kind of a single assignment or declarator, and its target and value fields.
        public let kind: String
        public let target: String
        public let value: String
    }

    /// Nodes whose children are statements (a new statement goes before one of them).
    public var blocks: [String] = []
    /// The kinds of those children that are statements, when a block may also end in a value
    /// that is not one (Rust's tail expression): extract function moves statements only.
    public var statements: [String] = []
    /// Children of a block that label its clause rather than being statements (Java's
    /// `switch_label` inside a `switch_block_statement_group`): never moved into a function.
    public var labels: [String] = []
    /// A new variable: `{name} = {value}` or `const {name} = {value};`.
    public var declaration = "{name} = {value}"
    public var assignments: [Assignment] = []
    /// Expressions that need no parentheses wherever they are inlined.
    public var atomic: [String] = []
    /// Node kinds that are expressions, which extract variable may move (a plain name is not
    /// worth extracting; patterns, clauses and statements cannot move).
    public var expressions: [String] = []
    /// `snake` or `camel`, for suggested names.
    public var naming = "snake"
    /// Statements that cannot move into another function (return, yield, break, ...).
    public var jumps: [String] = []
    /// A new function and a new method: `{name}`, `{parameters}`, `{body}` (indented lines),
    /// `{return}` (a return line or nothing).
    public var function = "def {name}({parameters}):\n{body}{return}"
    public var method: String?
    public var returnTemplate = "return {values}"
    /// The call replacing the statements when it gives values back: `{targets} = {call}`.
    public var callTemplate = "{targets} = {call}"
    /// The same for variables declared before the statements (`x = f()` rather than `const x = f()`).
    public var reassignTemplate: String?
    /// `self` or `this`: a selection using it becomes a method.
    public var methodReceiver: String?
    /// How the new method is called on the receiver: `{receiver}.{name}` unless given (PHP's
    /// `{receiver}->{name}`).
    public var methodCall = "{receiver}.{name}"
    /// What every variable's name starts with (PHP's `$`): an extracted variable gets it too.
    public var variablePrefix = ""
    public var indentUnit = "    "
    public var classBodies: [String] = []
    public var classes: [String] = []
    public var functions: [String] = []
    /// A name that is also a property key (`{ x }`): inlining keeps the key.
    public var shorthands: [String] = []
    /// Code inside strings (`f"{x}"`, `${x}`).
    public var interpolations: [String] = []
    /// Parents whose child is a literal or fixed syntax, not an expression a name could stand
    /// for (`<a href="x">`; Rust's `else`, which takes a block or an `if` only).
    public var literalContexts: [String] = []
    /// `f(amount=3)`: the node kind of a keyword argument and the field of its name, so that
    /// renaming a parameter renames it at call sites.
    public var keywordArguments: KeywordArguments?
    /// Values with an identity (new lists, objects, instances), not inlined at several uses.
    public var identityValues: [String] = []
    /// Whether a line starting with `(`, `[` or a template continues the previous one (ECMAScript
    /// without semicolons).
    public var lineStartHazards = false
    /// `obj.name`: the node kind and its object and name fields, for renaming members.
    public var attributeAccess: AttributeAccess?
    /// A bare name that no scope binds calls a method of `self` (Ruby's `total` in a method):
    /// renaming a method renames those calls in the parts of its class.
    public var implicitSelf = false
    /// A function's parameters and results must be declared with their types (Go): extract
    /// function, which does not know them, then refuses when the statements need any.
    public var typedSignatures = false
    /// Statements that change a variable in place (`x++`), which inlining must not cross.
    public var mutations: [String] = []
    /// A function returns one value and has no multiple returns (C): statements assigning a
    /// variable used afterwards would need an out-pointer parameter, so extract function refuses.
    public var outValuesNeedPointers = false
    /// With `typedSignatures`: where a variable's declared type is written, so that extract
    /// function can declare its parameters (`{type} {name}` by `typedParameter`) and result.
    public var declaredTypes: DeclaredTypes?
    public var typedParameter = "{type} {name}"
    /// How the one result's type is written into `{returnType}` (Rust's ` -> {type}`).
    public var typedResult = "{type}"
    /// How a parameter the statements assign is declared, where parameters are immutable
    /// otherwise (Rust's `mut {name}: {type}`); `typedParameter` when not given.
    public var assignedParameter: String?
    /// The return type written when the new function returns nothing (`void`).
    public var noResultType = ""
    /// Every function is a member of a type (Java): extract function writes a method next to the
    /// enclosing one, called without a receiver, `static` when that one is (`staticKeyword`).
    public var membersOnly = false
    public var staticKeyword: String?
    /// Statements inside a method of a class become a method next to it, called without a
    /// receiver; elsewhere a function (Ruby: a `def` in the class body, or at the top of a script).
    public var membersWhenInClass = false
    /// Whether a new method declares its receiver as its first parameter (Python's `self`); by
    /// default, when `methodReceiver` is `self`.
    public var receiverParameter: Bool?
    /// Checked exceptions (Java): a `throw` the new method would need to declare refuses the
    /// extraction, unless the enclosing function declares it, whose `throws` clause is copied.
    public var exceptions: Exceptions?

    public struct DeclaredTypes: Decodable, Sendable {
        /// The field holding the type on the declaration (`type`).
        public let field: String
        /// Written types that name no type (`var`).
        public let unknown: [String]
    }

    public struct Exceptions: Decodable, Sendable {
        public let throwStatement: String
        /// The node kind of `new X(...)`, whose `type` field names the exception.
        public let creation: String
        public let tryStatement: String
        public let catchClause: String
        /// The node kind of a function's `throws A, B` clause.
        public let throwsClause: String
        /// Exceptions that need no declaration (`RuntimeException` and its usual subclasses).
        public let unchecked: [String]
        /// Catch types that catch everything (`Exception`, `Throwable`).
        public let catchAll: [String]
    }

    public struct AttributeAccess: Decodable, Sendable {
        public let kind: String
        public let object: String
        public let name: String
    }

    public struct KeywordArguments: Decodable, Sendable {
        public let kind: String
        public let name: String
    }

    public init() {}

    public static func of(_ language: Language) -> RefactorData {
        LanguageDataFile.load("refactor.json", for: language, empty: RefactorData())
    }

    enum CodingKeys: String, CodingKey {
        case blocks, statements, labels, declaration, assignments, atomic, expressions, naming, jumps, function, method, returnTemplate, callTemplate
        case reassignTemplate, methodReceiver, indentUnit, classBodies, classes, functions, shorthands, interpolations, literalContexts, keywordArguments, attributeAccess, identityValues, lineStartHazards
        case typedSignatures, mutations, outValuesNeedPointers, declaredTypes, typedParameter, typedResult, assignedParameter, noResultType, membersOnly, staticKeyword, exceptions
        case methodCall, variablePrefix
        case membersWhenInClass, receiverParameter, implicitSelf
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        blocks = try c.decodeIfPresent([String].self, forKey: .blocks) ?? []
        labels = try c.decodeIfPresent([String].self, forKey: .labels) ?? []
        declaration = try c.decodeIfPresent(String.self, forKey: .declaration) ?? "{name} = {value}"
        assignments = try c.decodeIfPresent([Assignment].self, forKey: .assignments) ?? []
        atomic = try c.decodeIfPresent([String].self, forKey: .atomic) ?? []
        expressions = try c.decodeIfPresent([String].self, forKey: .expressions) ?? []
        naming = try c.decodeIfPresent(String.self, forKey: .naming) ?? "snake"
        jumps = try c.decodeIfPresent([String].self, forKey: .jumps) ?? []
        function = try c.decodeIfPresent(String.self, forKey: .function) ?? function
        method = try c.decodeIfPresent(String.self, forKey: .method)
        returnTemplate = try c.decodeIfPresent(String.self, forKey: .returnTemplate) ?? returnTemplate
        callTemplate = try c.decodeIfPresent(String.self, forKey: .callTemplate) ?? callTemplate
        reassignTemplate = try c.decodeIfPresent(String.self, forKey: .reassignTemplate)
        methodReceiver = try c.decodeIfPresent(String.self, forKey: .methodReceiver)
        methodCall = try c.decodeIfPresent(String.self, forKey: .methodCall) ?? methodCall
        variablePrefix = try c.decodeIfPresent(String.self, forKey: .variablePrefix) ?? ""
        indentUnit = try c.decodeIfPresent(String.self, forKey: .indentUnit) ?? indentUnit
        classBodies = try c.decodeIfPresent([String].self, forKey: .classBodies) ?? []
        classes = try c.decodeIfPresent([String].self, forKey: .classes) ?? []
        functions = try c.decodeIfPresent([String].self, forKey: .functions) ?? []
        shorthands = try c.decodeIfPresent([String].self, forKey: .shorthands) ?? []
        interpolations = try c.decodeIfPresent([String].self, forKey: .interpolations) ?? []
        literalContexts = try c.decodeIfPresent([String].self, forKey: .literalContexts) ?? []
        keywordArguments = try c.decodeIfPresent(KeywordArguments.self, forKey: .keywordArguments)
        attributeAccess = try c.decodeIfPresent(AttributeAccess.self, forKey: .attributeAccess)
        implicitSelf = try c.decodeIfPresent(Bool.self, forKey: .implicitSelf) ?? false
        identityValues = try c.decodeIfPresent([String].self, forKey: .identityValues) ?? []
        lineStartHazards = try c.decodeIfPresent(Bool.self, forKey: .lineStartHazards) ?? false
        typedSignatures = try c.decodeIfPresent(Bool.self, forKey: .typedSignatures) ?? false
        mutations = try c.decodeIfPresent([String].self, forKey: .mutations) ?? []
        outValuesNeedPointers = try c.decodeIfPresent(Bool.self, forKey: .outValuesNeedPointers) ?? false
        declaredTypes = try c.decodeIfPresent(DeclaredTypes.self, forKey: .declaredTypes)
        typedParameter = try c.decodeIfPresent(String.self, forKey: .typedParameter) ?? typedParameter
        typedResult = try c.decodeIfPresent(String.self, forKey: .typedResult) ?? typedResult
        assignedParameter = try c.decodeIfPresent(String.self, forKey: .assignedParameter)
        statements = try c.decodeIfPresent([String].self, forKey: .statements) ?? statements
        noResultType = try c.decodeIfPresent(String.self, forKey: .noResultType) ?? ""
        membersOnly = try c.decodeIfPresent(Bool.self, forKey: .membersOnly) ?? false
        membersWhenInClass = try c.decodeIfPresent(Bool.self, forKey: .membersWhenInClass) ?? false
        receiverParameter = try c.decodeIfPresent(Bool.self, forKey: .receiverParameter)
        staticKeyword = try c.decodeIfPresent(String.self, forKey: .staticKeyword)
        exceptions = try c.decodeIfPresent(Exceptions.self, forKey: .exceptions)
    }
}

/// A text edit in byte offsets.
public struct TextEdit: Sendable, Equatable {
    public let range: Range<Int>
    public let newText: String

    public init(range: Range<Int>, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A refactoring that can be applied, or the reason it cannot.
public struct Refactoring: Sendable {
    public let title: String
    /// `refactor.extract.variable`, `refactor.inline`, ...
    public let kind: String
    public let edits: [TextEdit]
}
