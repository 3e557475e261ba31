import CodePalSyntax
import Foundation

/// Conditionals whose condition is constant, so that one arm never runs: `if False:`,
/// `if (false)`, `if not True:`, and a name the file only ever assigns one literal truth value
/// (`DEBUG = False` ... `if DEBUG:`). Read from the `@constant` captures of `taint.scm`, with
/// `@constant.condition`, `@constant.then` and (when there is one) `@constant.else`. Truth is read
/// from literal spellings shared by the languages, so a condition this does not recognise is
/// simply not constant.
struct ConstantConditions {
    private var sites: [(condition: Node, then: Node?, otherwise: Node?)] = []

    mutating func add(_ match: QueryMatch) {
        guard let condition = match.first("constant.condition") else { return }
        sites.append((condition, match.first("constant.then"), match.first("constant.else")))
    }

    private static let truthy: Set<String> = ["True", "true", "1"]
    private static let falsy: Set<String> = ["False", "false", "None", "null", "undefined", "0", "nil"]

    /// The byte ranges of the arms that cannot run. `flows` are the file's assignments (target,
    /// value, whether it replaces the target's value), for names used as conditions.
    func deadRanges(flows: [(target: Node, value: Node, strong: Bool)], bytes: [UInt8]) -> [Range<Int>] {
        guard !sites.isEmpty else { return [] }
        // The assignments of each name, in file order, read once: scanning every assignment for
        // every `if (name)` was quadratic in a big file (thousands of both).
        var byTarget: [String: [(target: Node, value: Node, strong: Bool)]] = [:]
        for flow in flows { byTarget[flow.target.text(in: bytes), default: []].append(flow) }
        var ranges: [Range<Int>] = []
        for site in sites {
            guard let value = truth(of: site.condition.text(in: bytes), flows: byTarget, bytes: bytes, depth: 0) else { continue }
            if let dead = value ? site.otherwise : site.then { ranges.append(dead.byteRange) }
        }
        return ranges
    }

    private func truth(of raw: String, flows: [String: [(target: Node, value: Node, strong: Bool)]], bytes: [UInt8], depth: Int) -> Bool? {
        guard depth < 4 else { return nil }
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
        if Self.truthy.contains(text) { return true }
        if Self.falsy.contains(text) { return false }
        for negation in ["not ", "!"] where text.hasPrefix(negation) {
            return truth(of: String(text.dropFirst(negation.count)), flows: flows, bytes: bytes, depth: depth + 1).map { !$0 }
        }
        // A name: constant when every assignment of it in the file gives the same literal truth.
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
              text.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return nil }
        var result: Bool?
        for flow in flows[text] ?? [] {
            guard flow.strong, flow.target.kind == "identifier" else { return nil }
            let valueText = flow.value.text(in: bytes)
            let value: Bool? = Self.truthy.contains(valueText) ? true : Self.falsy.contains(valueText) ? false : nil
            guard let value, result == nil || result == value else { return nil }
            result = value
        }
        return result
    }
}
