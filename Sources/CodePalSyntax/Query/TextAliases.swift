import Foundation

/// Other texts a name stands for in one file, such as what an import made it: after
/// `import hashlib as hl`, `hl` also reads as `hashlib`; after `from pickle import loads as l`,
/// `l` reads as `pickle.loads` and `loads`. Positive text predicates (`#eq?`, `#any-of?`, `#match?`)
/// hold when the capture's own text or one of its aliases satisfies them, so one pattern written
/// against the real name covers every spelling; negated predicates read the text alone.
public struct TextAliases: Sendable {
    private var alternatives: [[UInt8]: [[UInt8]]] = [:]
    /// Lengths of the names, so that most captures are ruled out before any hashing.
    private var lengths: Set<Int> = []

    public init() {}

    public var isEmpty: Bool { alternatives.isEmpty }

    public mutating func add(_ name: String, standsFor target: String) {
        let key = Array(name.utf8), value = Array(target.utf8)
        guard key != value, !(alternatives[key]?.contains(value) ?? false) else { return }
        alternatives[key, default: []].append(value)
        lengths.insert(key.count)
    }

    public func targets(of name: String) -> [String] {
        (alternatives[Array(name.utf8)] ?? []).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the text, or any text it stands for, satisfies `test`.
    func any(_ text: UnsafeBufferPointer<UInt8>, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if test(text) { return true }
        guard lengths.contains(text.count), let targets = alternatives[Array(text)] else { return false }
        return targets.contains { $0.withUnsafeBufferPointer(test) }
    }
}
