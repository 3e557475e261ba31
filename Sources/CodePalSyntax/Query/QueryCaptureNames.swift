extension Query {
    /// The names after `@` in a query's text, outside strings and comments: read without
    /// compiling, since compiling costs tree-sitter about a millisecond per pattern.
    public static func captureNames(in query: String) -> Set<String> {
        var names: Set<String> = []
        var inString = false, inComment = false, escaped = false
        var current: String?
        func end() {
            if let name = current, !name.isEmpty { names.insert(name) }
            current = nil
        }
        for character in query {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if current != nil {
                if character.isLetter || character.isNumber || "_.-".contains(character) { current!.append(character); continue }
                end()
            }
            switch character {
            case "\"": inString = true
            case ";": inComment = true
            case "@": current = ""
            default: break
            }
        }
        end()
        return names
    }
}
