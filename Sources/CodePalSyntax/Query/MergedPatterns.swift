/// Written patterns of one query that share a shape (`QueryPatternText.shape`), compiled as one.
///
/// The first pattern of each shape is compiled as written. Every other one becomes a carrier: a
/// pattern `((ERROR) @its @captures (#its predicates))` that is compiled, so tree-sitter parses its
/// predicates against the query's capture table, and then disabled, so it never matches. A
/// match of the shared shape is then checked against each member's own predicates and reported
/// once per member that holds, under that member's capture names.
struct MergedPatterns {
    /// Compiled pattern (a shape) → the written patterns it stands for, in written order.
    let members: [[Int]]
    /// Written pattern → its capture id for each capture id of its shape's compiled pattern;
    /// nil where they are the same.
    let captureMaps: [[Int]?]
    /// Written pattern → where it starts in the query's source, in bytes.
    let starts: [Int]

    struct Plan {
        let text: String
        let shapeCount: Int
        let compiledCount: Int
        /// Written pattern → the compiled pattern whose predicates are its own.
        let predicateSource: [Int]
        let members: [[Int]]
        let patterns: [QueryPatternText]

        func resolved(captureNames: [String]) -> MergedPatterns {
            var index: [String: Int] = [:]
            for (id, name) in captureNames.enumerated() { index[name] = id }
            var maps = [[Int]?](repeating: nil, count: patterns.count)
            for group in members {
                let first = patterns[group[0]].shapeCaptures
                for member in group.dropFirst() {
                    var map = Array(0..<captureNames.count)
                    for (position, name) in patterns[member].shapeCaptures.enumerated() {
                        if let from = index[first[position]], let to = index[name] { map[from] = to }
                    }
                    if map != Array(0..<captureNames.count) { maps[member] = map }
                }
            }
            return MergedPatterns(members: members, captureMaps: maps, starts: patterns.map(\.range.lowerBound))
        }
    }

    /// The text to compile, or nil when no two patterns share a shape or the text is not one
    /// this reader follows.
    /// - Parameter sections: byte offsets where a part of the text starts whose patterns merge
    ///   only among themselves, so that a part keeps the pattern order (and so the match order)
    ///   it has compiled alone.
    static func plan(_ source: String, sections: [Int] = []) -> Plan? {
        let bytes = Array(source.utf8)
        guard let patterns = QueryPatternText.split(bytes) else { return nil }
        var shapeOf: [String: Int] = [:]
        var members: [[Int]] = []
        for (written, pattern) in patterns.enumerated() {
            let section = sections.filter { $0 <= pattern.range.lowerBound }.count
            let key = section == 0 ? pattern.shape : "\(section)|" + pattern.shape
            if let shape = shapeOf[key] {
                members[shape].append(written)
            } else {
                shapeOf[key] = members.count
                members.append([written])
            }
        }
        guard members.count < patterns.count else { return nil }
        var text = ""
        var predicateSource = [Int](repeating: 0, count: patterns.count)
        for (shape, group) in members.enumerated() {
            text += String(decoding: bytes[patterns[group[0]].range], as: UTF8.self) + "\n"
            predicateSource[group[0]] = shape
        }
        var compiled = members.count
        for group in members {
            for member in group.dropFirst() {
                let pattern = patterns[member]
                text += "((ERROR)" + pattern.captureNames.map { " @" + $0 }.joined() + "\n" + pattern.predicates + ")\n"
                predicateSource[member] = compiled
                compiled += 1
            }
        }
        return Plan(text: text, shapeCount: members.count, compiledCount: compiled, predicateSource: predicateSource,
                    members: members, patterns: patterns)
    }
}
