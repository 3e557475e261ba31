import CodePalSyntax
/// Metrics of one function, method or (when closures are kept separate) anonymous function.
public struct FunctionMetrics: Sendable, Equatable {
    public var name: String
    /// Name with its containers, e.g. `Cart.add` or `outer.inner`.
    public var qualifiedName: String
    public var range: Range<Int>
    /// Where the name is (the function's start for anonymous functions).
    public var nameRange: Range<Int>
    public var cyclomatic = 1
    public var cognitive = 0
    /// Deepest nesting of control structures: one `if` is 1, `for` > `if` > `while` is 3.
    public var nesting = 0
    public var nloc = 0
    public var parameters = 0
    public var returns = 0
    public var halstead = Halstead()
    /// Where cognitive complexity comes from, for hovers that say what to simplify.
    public var increments: [CognitiveIncrement] = []

    public init(name: String, qualifiedName: String, range: Range<Int>, nameRange: Range<Int>) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.range = range
        self.nameRange = nameRange
    }

    /// Maintainability index scaled to 0-100 as Visual Studio does:
    /// max(0, (171 - 5.2 ln V - 0.23 CC - 16.2 ln NLOC) * 100 / 171).
    public var maintainability: Double {
        let volume = max(1, halstead.volume)
        let lines = Double(max(1, nloc))
        let raw = 171 - 5.2 * log(volume) - 0.23 * Double(cyclomatic) - 16.2 * log(lines)
        return max(0, min(100, raw * 100 / 171))
    }
}

public struct CognitiveIncrement: Sendable, Equatable {
    /// What kind of construct, e.g. `if`, `loop`, `logical`.
    public var construct: String
    public var range: Range<Int>
    public var amount: Int
}

/// Halstead counts: distinct and total operators and operands. Operators are keyed by grammar
/// symbol and operands by a hash of their text, which keeps the hot loop free of allocations.
public struct Halstead: Sendable, Equatable {
    public private(set) var distinctOperators = 0
    public private(set) var distinctOperands = 0
    public private(set) var totalOperators = 0
    public private(set) var totalOperands = 0
    private var operatorSet: Set<UInt16> = []
    private var operandSet: Set<UInt64> = []

    public init() {}

    mutating func addOperator(_ symbol: UInt16) {
        totalOperators += 1
        if operatorSet.insert(symbol).inserted { distinctOperators += 1 }
    }

    mutating func addOperand(_ bytes: ArraySlice<UInt8>) {
        totalOperands += 1
        if operandSet.insert(ContentHash.fnv1a(bytes)).inserted { distinctOperands += 1 }
    }

    public var vocabulary: Int { distinctOperators + distinctOperands }
    public var length: Int { totalOperators + totalOperands }
    /// N log2 n.
    public var volume: Double {
        vocabulary > 0 ? Double(length) * log2(Double(vocabulary)) : 0
    }
}

public struct ClassMetrics: Sendable, Equatable {
    public var name: String
    public var qualifiedName: String
    public var range: Range<Int>
    public var methods = 0
    public var cyclomatic = 0
    public var cognitive = 0
}

public struct FileMetrics: Sendable, Equatable {
    public var functions: [FunctionMetrics] = []
    public var classes: [ClassMetrics] = []
    public var nloc = 0

    public init(functions: [FunctionMetrics] = [], classes: [ClassMetrics] = [], nloc: Int = 0) {
        self.functions = functions
        self.classes = classes
        self.nloc = nloc
    }

    public var cyclomatic: Int { functions.reduce(0) { $0 + $1.cyclomatic } }
    public var cognitive: Int { functions.reduce(0) { $0 + $1.cognitive } }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
