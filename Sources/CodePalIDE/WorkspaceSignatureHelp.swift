import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Signature help inside the arguments of a call of a workspace function, class or method: the
/// callee's signature (from the outline), its parameters and the one being typed.
public struct WorkspaceSignatureHelp {
    public struct Help: Sendable {
        public let label: String
        public let documentation: String?
        /// Each parameter's range in `label`, in characters (UTF-16, as LSP wants label offsets).
        public let parameters: [Range<Int>]
        public let activeParameter: Int
    }

    let navigator: WorkspaceNavigator

    public init(navigator: WorkspaceNavigator) {
        self.navigator = navigator
    }

    public func help(path: String, offset: Int) -> Help? {
        guard let file = navigator.file(path) else { return nil }
        let data = CompletionData.of(file.tree.language)
        // The callee's last name (`total`, `cart.add`, `new Cart`) and the commas before the cursor:
        // from the tree when the call parses, else from the text (`total(` with no `)` yet).
        let nameEnd: Int
        let active: Int
        if let (call, shape) = enclosingCall(file, offset: offset, data: data),
           let callee = call.child(field: shape.function), let arguments = call.child(field: shape.arguments) {
            // `Cart.new(`: the class is the callee that describes the call.
            if let names = shape.constructors, names.contains(callee.text(in: file.text.bytes)),
               let receiver = call.child(field: shape.receiver ?? "receiver") {
                nameEnd = receiver.endByte
            } else {
                nameEnd = callee.endByte
            }
            active = Self.commas(before: offset, in: arguments, text: file.text)
        } else if let open = Self.unclosedParenthesis(before: offset, in: file.text) {
            nameEnd = Self.constructorReceiverEnd(open.nameEnd, text: file.text,
                                                  names: data.calls.flatMap { $0.constructors ?? [] }) ?? open.nameEnd
            active = open.commas
        } else {
            return nil
        }
        guard nameEnd > 0, let target = navigator.definition(path: path, offset: nameEnd - 1).first,
              let symbol = outlineSymbol(at: target.range, in: target.path) else { return nil }
        var described = symbol
        if symbol.kind == .class, let constructor = symbol.children.first(where: { $0.kind == .constructor }) { described = constructor }
        guard let signature = described.signature else { return nil }
        var parameters = Self.parameters(of: signature)
        // Methods and constructors called through an instance or class do not pass `self`.
        if described.kind == .method || described.kind == .constructor, let first = parameters.first {
            let name = String(decoding: Array(signature.utf16)[first], as: UTF16.self).prefix { $0.isLetter || $0 == "_" }
            if data.selfNames.contains(String(name)) { parameters.removeFirst() }
        }
        return Help(label: signature, documentation: described.documentation ?? symbol.documentation, parameters: parameters,
                    activeParameter: min(active, max(0, parameters.count - 1)))
    }

    private func enclosingCall(_ file: WorkspaceNavigator.ParsedFile, offset: Int, data: CompletionData) -> (Node, CompletionData.Call)? {
        guard var node = file.tree.root.descendant(covering: max(0, offset - 1)..<offset) else { return nil }
        for ancestor in ([node] + node.ancestors().reversed()) {
            node = ancestor
            guard let shape = data.calls.first(where: { $0.kind == ancestor.kind }),
                  let arguments = ancestor.child(field: shape.arguments), arguments.startByte < offset,
                  offset < arguments.endByte || (offset == arguments.endByte && arguments.hasError) else { continue }
            return (ancestor, shape)
        }
        return nil
    }

    /// Where the receiver ends when the name ending at `nameEnd` is a constructor call on it
    /// (`Cart.new` while `(` is still open), else nil.
    static func constructorReceiverEnd(_ nameEnd: Int, text: SourceText, names: [String]) -> Int? {
        let bytes = text.bytes
        for name in names {
            let start = nameEnd - name.utf8.count
            guard start > 1, Array(bytes[start..<nameEnd]) == Array(name.utf8), bytes[start - 1] == UInt8(ascii: ".") else { continue }
            return start - 1
        }
        return nil
    }

    /// The `(` before `offset` that is still open, the end of the name before it, and the commas
    /// between at its depth. Looks back at most a few thousand bytes.
    static func unclosedParenthesis(before offset: Int, in text: SourceText) -> (nameEnd: Int, commas: Int)? {
        let bytes = text.bytes
        var depth = 0
        var commas = 0
        var i = min(offset, bytes.count) - 1
        let limit = max(0, offset - 4_000)
        while i >= limit {
            switch bytes[i] {
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 0 { return nil }
                depth -= 1
            case UInt8(ascii: "("):
                if depth == 0 {
                    var end = i
                    while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                    return end > 0 && CompletionContext.isIdentifier(bytes[end - 1]) ? (end, commas) : nil
                }
                depth -= 1
            case UInt8(ascii: ","): if depth == 0 { commas += 1 }
            default: break
            }
            i -= 1
        }
        return nil
    }

    /// Top-level commas of the argument list before `offset`.
    static func commas(before offset: Int, in arguments: Node, text: SourceText) -> Int {
        var count = 0
        for index in 0..<arguments.childCount {
            guard let child = arguments.child(index), child.startByte < offset else { break }
            if !child.isNamed, child.text(in: text.bytes) == "," { count += 1 }
        }
        return count
    }

    /// The parameters of `name(a, b: int = 1, *rest)` as ranges of the signature in UTF-16 units.
    static func parameters(of signature: String) -> [Range<Int>] {
        let units = Array(signature.utf16)
        guard let open = units.firstIndex(of: UInt16(UInt8(ascii: "("))) else { return [] }
        var depth = 0
        var start = open + 1
        var result: [Range<Int>] = []
        var i = open
        while i < units.count {
            let c = units[i]
            if c == UInt16(UInt8(ascii: "(")) || c == UInt16(UInt8(ascii: "[")) || c == UInt16(UInt8(ascii: "{")) || c == UInt16(UInt8(ascii: "<")) {
                depth += 1
            } else if c == UInt16(UInt8(ascii: ")")) || c == UInt16(UInt8(ascii: "]")) || c == UInt16(UInt8(ascii: "}")) || c == UInt16(UInt8(ascii: ">")) {
                depth -= 1
                if depth == 0 { result.append(trimmed(units, start..<i)); break }
            } else if c == UInt16(UInt8(ascii: ",")), depth == 1 {
                result.append(trimmed(units, start..<i))
                start = i + 1
            }
            i += 1
        }
        return result.filter { !$0.isEmpty }
    }

    private static func trimmed(_ units: [UInt16], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, units[lower] == 0x20 { lower += 1 }
        while upper > lower, units[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    private func outlineSymbol(at range: Range<Int>, in path: String) -> DocumentSymbol? {
        guard let file = navigator.file(path) else { return nil }
        return file.flatOutline
            .first { $0.selectionRange == range }
    }
}
