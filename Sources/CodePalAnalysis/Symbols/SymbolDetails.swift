import CodePalSyntax
import Foundation

/// Signature, documentation and export status of outline symbols, by the language's
/// conventions (`language.json`): the only per-language choices are which of a few strategies
/// apply, so a new language picks them as data.
enum SymbolDetails {
    static let maximumSignature = 200

    static func describe(_ symbol: inout DocumentSymbol, node: Node, text: SourceText, conventions: LanguageManifest.Conventions?,
                         lineComment: String? = nil) {
        symbol.signature = signature(node, text)
        switch conventions?.documentation {
        case .docstring?: symbol.documentation = docstring(node, text)
        case .precedingBlockComment?: symbol.documentation = blockComment(before: node, text)
        case .precedingComments?: symbol.documentation = precedingComments(before: node, text, lineComment: lineComment,
                                                                                   between: conventions?.documentationSkips ?? [])
        case nil: break
        }
    }

    /// The definition from its start to its body (or its first line), whitespace collapsed,
    /// without a trailing `:` or `{`.
    static func signature(_ node: Node, _ text: SourceText) -> String? {
        let start = node.startByte
        // A function bound to a name (`f = (a) => a * 2`) stops at its own body.
        let header = node.child(field: "body") != nil ? node : node.child(field: "value")
        let body = header?.child(field: "body")
        var end = body?.startByte ?? node.endByte
        if let header, let body {
            // Up to the header's last part before the body: comments there are not the signature.
            var last = header.startByte
            for index in 0..<header.childCount {
                guard let child = header.child(index), child.endByte <= body.startByte else { break }
                if !child.isComment { last = child.endByte }
            }
            end = last
        }
        if body == nil, let newline = text.bytes[start..<min(end, text.count)].firstIndex(of: 0x0A) { end = newline }
        var value = String(decoding: text.bytes[start..<min(max(start, end), text.count)], as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        // An arrow's `=>` goes as a pair: a lone `>` closes type arguments (`class Box<T>`,
        // `(): Promise<T> =>`) and stays.
        while true {
            if body != nil, value.hasSuffix("=>") { value.removeLast(2); continue }
            guard let last = value.last, last == ":" || last == "{" || last == " " || last == ";" || last == "=" && body != nil else { break }
            value.removeLast()
        }
        guard !value.isEmpty else { return nil }
        return value.count > maximumSignature ? String(value.prefix(maximumSignature - 1)) + "…" : value
    }

    /// The body's first statement when it is a lone string.
    static func docstring(_ node: Node, _ text: SourceText) -> String? {
        guard let body = node.child(field: "body"), let first = body.namedChild(0), first.kind == "expression_statement",
              first.namedChildCount == 1, let string = first.namedChild(0), string.kind == "string" else { return nil }
        return clean(unquote(string.text(in: text.bytes)))
    }

    /// The node a doc comment precedes: the definition, or the `export` or declaration around it.
    private static func commentAnchor(_ node: Node) -> Node {
        var anchor = node
        if let parent = node.parent, parent.kind == "export_statement" || parent.kind == "lexical_declaration" || parent.kind == "variable_declaration" {
            anchor = parent
            if let outer = parent.parent, outer.kind == "export_statement" { anchor = outer }
        }
        return anchor
    }

    /// The run of comments ending on the line before the definition, none separated by a blank
    /// line, without their comment markers: `// Add adds an item.` is "Add adds an item.".
    /// Nodes of the `between` kinds may stand between the comments and the definition
    /// (Rust's `#[derive(Debug)]` under its `///` lines).
    static func precedingComments(before node: Node, _ text: SourceText, lineComment: String?, between skipped: [String] = []) -> String? {
        var comments: [Node] = []
        var next = commentAnchor(node)
        while let previous = next.previousSibling, skipped.contains(previous.kind) { next = previous }
        while let previous = next.previousSibling, previous.isComment {
            let between = text.bytes[previous.endByte..<next.startByte]
            // Some grammars end a line comment with its newline (Rust's `///`).
            let ownNewline = previous.endByte > 0 && text.bytes[previous.endByte - 1] == 0x0A ? 1 : 0
            guard between.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }),
                  between.filter({ $0 == 0x0A }).count + ownNewline == 1 else { break }
            comments.append(previous)
            next = previous
        }
        guard !comments.isEmpty else { return nil }
        let lines = comments.reversed().flatMap { comment -> [Substring] in
            var body = Substring(comment.text(in: text.bytes))
            if let marker = lineComment, body.hasPrefix(marker) {
                body = body.dropFirst(marker.count)
                // Doxygen's `///` and `//!` mark documentation with one more character.
                if marker == "//", let extra = body.first, extra == "/" || extra == "!" { body = body.dropFirst() }
                if body.first == " " { body = body.dropFirst() }
                while let last = body.last, last.isNewline { body = body.dropLast() }
                return [body]
            }
            if body.hasPrefix("/*"), body.hasSuffix("*/") { body = body.dropFirst(2).dropLast(2) }
            return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                return trimmed.hasPrefix("*") ? trimmed.dropFirst().drop { $0 == " " } : trimmed
            }
        }
        return clean(lines.joined(separator: "\n"))
    }

    /// A `/** ... */` comment ending right before the definition (or the `export` around it).
    static func blockComment(before node: Node, _ text: SourceText) -> String? {
        let anchor = commentAnchor(node)
        guard let previous = anchor.previousSibling, previous.isComment else { return nil }
        let between = text.bytes[previous.endByte..<anchor.startByte]
        guard between.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }), between.filter({ $0 == 0x0A }).count <= 1 else { return nil }
        let comment = previous.text(in: text.bytes)
        guard comment.hasPrefix("/**"), comment.hasSuffix("*/") else { return nil }
        let body = comment.dropFirst(3).dropLast(2).split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.hasPrefix("*") ? trimmed.dropFirst().drop { $0 == " " } : trimmed
        }
        return clean(body.joined(separator: "\n"))
    }

    /// Top-level symbols only: what another module can import.
    static func markExport(_ symbol: inout DocumentSymbol, tree: SyntaxTree, text: SourceText, conventions: LanguageManifest.Conventions) {
        switch conventions.exports {
        case .publicNames:
            symbol.exported = !symbol.name.hasPrefix("_")
        case .namePattern:
            guard let pattern = conventions.exportedNames, let regex = RegexCache.regex(pattern) else { return }
            let name = symbol.name as NSString
            symbol.exported = regex.firstMatch(in: symbol.name, range: NSRange(location: 0, length: name.length)) != nil
        case .signaturePattern:
            guard let pattern = conventions.exportedSignatures, let regex = RegexCache.regex(pattern),
                  let signature = symbol.signature else { return }
            symbol.exported = regex.firstMatch(in: signature, range: NSRange(location: 0, length: (signature as NSString).length)) != nil
        case .exportStatement:
            guard let node = tree.root.namedDescendant(covering: symbol.selectionRange) else { return }
            symbol.exported = node.ancestors().contains { $0.kind == "export_statement" }
        }
    }

    private static func unquote(_ literal: String) -> String {
        var s = Substring(literal)
        while let first = s.first, first.isLetter { s = s.dropFirst() }
        for quote in ["\"\"\"", "'''", "\"", "'"] where s.hasPrefix(quote) && s.hasSuffix(quote) && s.count >= 2 * quote.count {
            return String(s.dropFirst(quote.count).dropLast(quote.count))
        }
        return String(s)
    }

    /// Common indentation removed, blank edges trimmed.
    private static func clean(_ value: String) -> String? {
        var lines = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = lines.dropFirst().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        lines = lines.enumerated().map { $0.offset == 0 ? $0.element.trimmingCharacters(in: .whitespaces) : String($0.element.dropFirst(indent)) }
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        let result = lines.joined(separator: "\n")
        return result.isEmpty ? nil : result
    }
}
