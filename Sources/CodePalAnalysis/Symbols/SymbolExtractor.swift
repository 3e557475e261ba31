import CodePalSyntax

/// Builds the outline of a file from its language's `symbols.scm`. The query marks each definition
/// with `@definition.<kind>` and its name with `@name`; containment in the tree gives the nesting,
/// so the query files stay flat and a new language needs no Swift. Where a language declares
/// members outside their type (Go's methods), `@container` captures the type's name, and the
/// member is listed under the file's top-level type of that name.
public enum SymbolExtractor {
    public static func documentSymbols(tree: SyntaxTree, text: SourceText) throws -> [DocumentSymbol] {
        guard let query = try tree.language.query(named: "symbols") else { return [] }
        return documentSymbols(tree: tree, text: text, matches: query.matches(in: tree.root, source: text.bytes))
    }

    /// The outline an editor shows while the user types: when a syntax error swallows the
    /// definitions after it, the outline of the text with its first broken lines blanked
    /// (`LineBlanking`), if that finds more; offsets are the same in both texts.
    public static func outlineWhileTyping(tree: SyntaxTree, text: SourceText) throws -> [DocumentSymbol] {
        let outline = try documentSymbols(tree: tree, text: text)
        guard tree.hasErrors, let repaired = LineBlanking.repaired(tree, text: text) else { return outline }
        let recovered = try documentSymbols(tree: repaired.tree, text: repaired.text)
        func count(_ symbols: [DocumentSymbol]) -> Int { symbols.reduce(symbols.count) { $0 + count($1.children) } }
        return count(recovered) > count(outline) ? recovered : outline
    }

    /// The outline from matches of `symbols.scm` already found (by a query that also serves
    /// other files: `Language.query(combining:)`), pattern numbers in that file's order.
    public static func documentSymbols(tree: SyntaxTree, text: SourceText, matches: [QueryMatch]) -> [DocumentSymbol] {
        // Earlier patterns are more specific: when several describe one name, the lowest pattern wins.
        var best: [Int: (pattern: Int, symbol: DocumentSymbol, container: String?)] = [:]
        for match in matches {
            guard let definition = match.captures.first(where: { $0.name.hasPrefix("definition.") }),
                  let kind = SymbolKind(rawValue: String(definition.name.dropFirst("definition.".count))),
                  let name = match.first("name") else { continue }
            if let existing = best[name.startByte], existing.pattern <= match.pattern { continue }
            var label = name.text(in: text.bytes)
            var selection = name.byteRange
            if let prefix = tree.language.manifest.symbolNamePrefixes?.first(where: { label.hasPrefix($0) && label.count > $0.count }) {
                label.removeFirst(prefix.count)
                selection = selection.lowerBound + prefix.utf8.count..<selection.upperBound
            }
            guard !label.isEmpty else { continue }
            var symbol = DocumentSymbol(name: label, kind: kind, range: definition.node.byteRange, selectionRange: selection)
            SymbolDetails.describe(&symbol, node: definition.node, text: text, conventions: tree.language.manifest.conventions,
                                   lineComment: tree.language.manifest.lineComment)
            best[name.startByte] = (match.pattern, symbol, match.first("container")?.text(in: text.bytes))
        }
        let flat = best.values.map(\.symbol)
        var containers: [Int: String] = [:]
        for (start, entry) in best { if let container = entry.container { containers[start] = container } }
        let constructors = ["constructor", "__init__"] + (tree.language.manifest.conventions?.constructorNames ?? [])
        var roots = adopt(nest(flat, constructorNames: Set(constructors)), containers: containers)
        if let conventions = tree.language.manifest.conventions {
            for index in roots.indices { SymbolDetails.markExport(&roots[index], tree: tree, text: text, conventions: conventions) }
        }
        return roots
    }

    /// Nests symbols by range containment; a function directly inside a class or interface becomes a method.
    static func nest(_ symbols: [DocumentSymbol], constructorNames: Set<String> = ["constructor", "__init__"]) -> [DocumentSymbol] {
        let ordered = symbols.sorted {
            if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
            if $0.range.upperBound != $1.range.upperBound { return $0.range.upperBound > $1.range.upperBound }
            return $0.selectionRange.lowerBound < $1.selectionRange.lowerBound
        }
        var roots: [DocumentSymbol] = []
        var stack: [DocumentSymbol] = []
        func close() {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }
        for var symbol in ordered {
            // Names declared together (`const a, b = 1, 2`) share a range: siblings, not nested.
            while let top = stack.last, !(top.range.lowerBound <= symbol.range.lowerBound && symbol.range.upperBound <= top.range.upperBound)
                    || top.range == symbol.range && !top.kind.isTypeContainer {
                close()
            }
            // `self.x = ...` / `this.x = ...` in a constructor: a field of the class, listed once.
            if symbol.kind == .field, stack.count >= 2, [.function, .method, .constructor].contains(stack[stack.count - 1].kind),
               stack[stack.count - 2].kind.isTypeContainer {
                let owner = stack.count - 2
                if !stack[owner].children.contains(where: { $0.name == symbol.name && $0.kind == .field }) {
                    stack[owner].children.append(symbol)
                }
                continue
            }
            if symbol.kind == .function || symbol.kind == .method, let parent = stack.last, parent.kind == .class,
               constructorNames.contains(symbol.name) {
                symbol.kind = .constructor
            } else if symbol.kind == .function, let parent = stack.last, parent.kind.isTypeContainer {
                symbol.kind = .method
            }
            stack.append(symbol)
        }
        while !stack.isEmpty { close() }
        return sortedChildren(roots)
    }

    /// Top-level members declared outside their type (`func (c *Cart) Add()`), moved under the
    /// file's top-level type of their `@container` name; left where they are when the type is
    /// declared in another file.
    static func adopt(_ roots: [DocumentSymbol], containers: [Int: String]) -> [DocumentSymbol] {
        guard !containers.isEmpty else { return roots }
        var owners: [String: Int] = [:]
        for (index, symbol) in roots.enumerated() where symbol.kind.isTypeContainer || symbol.kind == .type || symbol.kind == .enum {
            if owners[symbol.name] == nil { owners[symbol.name] = index }
        }
        var result = roots
        var moved: Set<Int> = []
        for (index, symbol) in roots.enumerated() {
            guard let container = containers[symbol.selectionRange.lowerBound], let owner = owners[container], owner != index else { continue }
            result[owner].children.append(symbol)
            moved.insert(index)
        }
        guard !moved.isEmpty else { return roots }
        return result.enumerated().filter { !moved.contains($0.offset) }.map { entry in
            var symbol = entry.element
            symbol.children.sort { $0.selectionRange.lowerBound < $1.selectionRange.lowerBound }
            return symbol
        }
    }

    /// Children in order of their names: fields hoisted from a constructor come after it.
    private static func sortedChildren(_ symbols: [DocumentSymbol]) -> [DocumentSymbol] {
        symbols.map { symbol in
            var copy = symbol
            copy.children = sortedChildren(symbol.children).sorted { $0.selectionRange.lowerBound < $1.selectionRange.lowerBound }
            return copy
        }
    }
}
