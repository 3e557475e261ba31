/// Reads the subset of TOML that `.codepal.toml` needs: `[table]` and `[a.b]` headers, `key = value`
/// with strings (basic and literal), integers, floats, booleans and arrays of them (arrays may span
/// lines), and `#` comments. Anything else is an error naming the line, so a typo never silently
/// turns a setting off.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([TOMLValue])

    var typeName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a number"
        case .bool: return "a boolean"
        case .array: return "an array"
        }
    }
}

public struct TOMLError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
}

public enum TOMLReader {
    /// Keys are flattened with dots: `[complexity]` + `cognitive = 15` is `complexity.cognitive`.
    public static func read(_ text: String) throws -> [(key: String, line: Int, value: TOMLValue)] {
        var result: [(key: String, line: Int, value: TOMLValue)] = []
        var seen: Set<String> = []
        var table = ""
        var pending = ""
        var pendingLine = 0
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = stripComment(String(raw)).trimmingCharacters(in: " \t\r")
            if !pending.isEmpty {
                pending += " " + line
                guard balanced(pending) else { continue }
                try append(pending, line: pendingLine)
                pending = ""
                continue
            }
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else {
                    throw TOMLError(line: lineNumber, message: "unsupported table header `\(line)`")
                }
                table = String(line.dropFirst().dropLast()).trimmingCharacters(in: " \t")
                guard !table.isEmpty else { throw TOMLError(line: lineNumber, message: "empty table name") }
                continue
            }
            if balanced(line) {
                try append(line, line: lineNumber)
            } else {
                pending = line
                pendingLine = lineNumber
            }
        }
        if !pending.isEmpty { throw TOMLError(line: pendingLine, message: "unterminated array") }
        return result

        func append(_ statement: String, line: Int) throws {
            guard let equals = statement.firstIndex(of: "=") else {
                throw TOMLError(line: line, message: "expected `key = value`")
            }
            var key = statement[..<equals].trimmingCharacters(in: " \t")
            if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
            guard !key.isEmpty else { throw TOMLError(line: line, message: "missing key") }
            var parser = ValueParser(text: Array(statement[statement.index(after: equals)...].unicodeScalars), line: line)
            let value = try parser.parseDocumentValue()
            let full = table.isEmpty ? key : "\(table).\(key)"
            guard seen.insert(full).inserted else { throw TOMLError(line: line, message: "`\(full)` is set twice") }
            result.append((full, line, value))
        }
    }

    private static func stripComment(_ line: String) -> String {
        var inString: Character?
        var escaped = false
        var out = ""
        for c in line {
            if let quote = inString {
                if escaped { escaped = false } else if c == "\\" && quote == "\"" { escaped = true } else if c == quote { inString = nil }
            } else if c == "\"" || c == "'" {
                inString = c
            } else if c == "#" {
                break
            }
            out.append(c)
        }
        return out
    }

    private static func balanced(_ text: String) -> Bool {
        var depth = 0
        var inString: Character?
        for c in text {
            if let quote = inString { if c == quote { inString = nil } } else if c == "\"" || c == "'" { inString = c } else if c == "[" { depth += 1 } else if c == "]" { depth -= 1 }
        }
        return depth <= 0
    }
}

private struct ValueParser {
    let text: [Unicode.Scalar]
    let line: Int
    var index = 0

    init(text: [Unicode.Scalar], line: Int) {
        self.text = text
        self.line = line
    }

    mutating func parseDocumentValue() throws -> TOMLValue {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        guard index == text.count else { throw fail("unexpected text after the value") }
        return value
    }

    private func fail(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }

    private mutating func skipSpace() {
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
    }

    private mutating func parseValue() throws -> TOMLValue {
        guard index < text.count else { throw fail("missing value") }
        switch text[index] {
        case "\"": return .string(try parseBasicString())
        case "'":
            index += 1
            var out = String.UnicodeScalarView()
            while index < text.count, text[index] != "'" { out.append(text[index]); index += 1 }
            guard index < text.count else { throw fail("unterminated string") }
            index += 1
            return .string(String(out))
        case "[":
            index += 1
            var items: [TOMLValue] = []
            while true {
                skipSpace()
                guard index < text.count else { throw fail("unterminated array") }
                if text[index] == "]" { index += 1; return .array(items) }
                items.append(try parseValue())
                skipSpace()
                guard index < text.count else { throw fail("unterminated array") }
                if text[index] == "," { index += 1 } else if text[index] != "]" { throw fail("expected `,` or `]` in array") }
            }
        default:
            var word = ""
            while index < text.count, !" \t,]".unicodeScalars.contains(text[index]) { word.unicodeScalars.append(text[index]); index += 1 }
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            let digits = word.replacingOccurrences(of: "_", with: "")
            if let int = Int(digits) { return .integer(int) }
            if let double = Double(digits) { return .float(double) }
            throw fail("cannot read value `\(word)` (strings need quotes)")
        }
    }

    private mutating func parseBasicString() throws -> String {
        index += 1
        var out = String.UnicodeScalarView()
        while index < text.count {
            let c = text[index]
            index += 1
            if c == "\"" { return String(out) }
            if c == "\\" {
                guard index < text.count else { break }
                let e = text[index]
                index += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "u":
                    let hex = String(String.UnicodeScalarView(text[index..<min(text.count, index + 4)]))
                    guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    out.append(scalar)
                    index += 4
                default: throw fail("invalid escape \\\(e)")
                }
            } else {
                out.append(c)
            }
        }
        throw fail("unterminated string")
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
