import Foundation
import CodePalSyntax

/// The `pastes-data` constraint: a formatting call that builds text (`format!("... ORDER BY
/// {order}", a, order_by(sort))`) pastes at least one value that is not fixed. A value is fixed
/// when its text, or the value of its name's last binding before the call (`Bindings`; a called
/// function's name binds its body), matches `fixed`: a literal, a named constant, a number
/// conversion, a `match` whose every arm is a literal (an allow-list of column names), or when
/// the text before the call holds `guarded` for it (`if !ALLOWED.contains(&col) { return ... }`).
/// Only the text is read; a capture that is not such a call (nor a name bound to one) pastes data.
public struct PastedValues: Sendable {
    /// Names inside the template: group 1 is the name; a placeholder without one takes the next argument.
    let placeholder: String
    let fixed: String
    let guarded: String?

    public init(placeholder: String, fixed: String, guarded: String?) {
        self.placeholder = placeholder
        self.fixed = fixed
        self.guarded = guarded
    }

    func pastesData(_ capture: Node, _ text: SourceText, bindings: inout Bindings) -> Bool {
        var call = capture.text(in: text.bytes)
        var at = capture.startByte
        // `&sql`, `sql.as_str()`: a name that holds the call.
        if !call.contains("\""), let name = RegexCache.firstGroup("^[&\\s]*(?:mut\\s+)?([A-Za-z_][A-Za-z0-9_]*)", in: call) {
            guard let bound = bindings.value(of: name, before: capture.startByte) else { return true }
            // Text added to the name afterwards (`sql.push_str(&format!(..))`, `sql += ..`) is pasted too.
            let later = String(decoding: text.bytes[min(bound.offset, capture.startByte)..<capture.startByte], as: UTF8.self)
            let escaped = NSRegularExpression.escapedPattern(for: name)
            if RegexCache.matchesUncached("\\b\(escaped)\\s*(\\.\\s*(push|append|extend|insert)\\w*\\s*\\(|\\+=)|write(ln)?!\\s*\\(\\s*&?\\s*(mut\\s+)?\(escaped)\\b", later) {
                return true
            }
            (call, at) = (bound.value, bound.offset)
        }
        guard let parts = Self.split(call) else { return true }
        var values = parts.arguments.map { argument -> String in
            // `name = value` gives a placeholder its value.
            if let named = RegexCache.firstGroup("^[A-Za-z_][A-Za-z0-9_]*\\s*=(?!=)\\s*([\\s\\S]+)$", in: argument) { return named }
            return argument
        }
        let named = Set(parts.arguments.compactMap { RegexCache.firstGroup("^([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)", in: $0) })
        for name in RegexCache.allFirstGroups(placeholder, in: parts.template) where !named.contains(name) { values.append(name) }
        let before = String(decoding: text.bytes[0..<min(at, text.bytes.count)], as: UTF8.self)
        return values.contains { !isFixed($0.trimmingCharacters(in: .whitespacesAndNewlines), at: at, before: before, &bindings) }
    }

    private func isFixed(_ value: String, at offset: Int, before: String, _ bindings: inout Bindings) -> Bool {
        var value = value
        while value.hasPrefix("&") { value = String(value.dropFirst()).trimmingCharacters(in: .whitespaces) }
        if RegexCache.matches(fixed, value) { return true }
        if let name = RegexCache.firstGroup("^([A-Za-z_][A-Za-z0-9_]*)$", in: value) {
            if let bound = bindings.value(of: name, before: offset), RegexCache.matches(fixed, bound.value) { return true }
            if let guarded, RegexCache.matches(guarded.replacingOccurrences(of: "{{value}}", with: NSRegularExpression.escapedPattern(for: name)), before) {
                return true
            }
            return false
        }
        // A call of a function whose body is fixed (`order_by(sort)` returning one of its literals).
        if let function = RegexCache.firstGroup("^(?:[A-Za-z_][A-Za-z0-9_]*::)*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(", in: value),
           let body = bindings.value(of: function, before: Int.max), RegexCache.matches(fixed, body.value) {
            return true
        }
        return false
    }

    /// The template (the first string literal's contents) and the top-level arguments after it.
    static func split(_ call: String) -> (template: String, arguments: [String])? {
        let chars = Array(call.unicodeScalars)
        guard let open = chars.firstIndex(of: "\"") else { return nil }
        // A raw string `r#"..."#` ends at a quote followed by as many `#`.
        var hashes = 0
        var look = open - 1
        while look >= 0, chars[look] == "#" { hashes += 1; look -= 1 }
        let raw = look >= 0 && chars[look] == "r"
        var index = open + 1
        var template = String.UnicodeScalarView()
        while index < chars.count {
            let c = chars[index]
            if !raw, c == "\\", index + 1 < chars.count { template.append(c); template.append(chars[index + 1]); index += 2; continue }
            if c == "\"" {
                var count = 0
                while count < hashes, index + 1 + count < chars.count, chars[index + 1 + count] == "#" { count += 1 }
                if !raw || count == hashes { index += 1 + count; break }
            }
            template.append(c)
            index += 1
        }
        var arguments: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        var quoted = false
        while index < chars.count {
            let c = chars[index]
            index += 1
            if quoted {
                current.append(c)
                if c == "\\", index < chars.count { current.append(chars[index]); index += 1 } else if c == "\"" { quoted = false }
                continue
            }
            switch c {
            case "\"": quoted = true; current.append(c)
            case "(", "[", "{": depth += 1; current.append(c)
            case ")", "]", "}":
                if depth == 0 { index = chars.count; break }
                depth -= 1; current.append(c)
            case "," where depth == 0:
                arguments.append(String(current)); current = String.UnicodeScalarView()
            default: current.append(c)
            }
        }
        arguments.append(String(current))
        return (String(template), arguments.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
    }
}
