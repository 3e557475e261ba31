/// The matcher's per-file test of which patterns can match at all: a pattern whose predicates
/// need a text (`#eq? @f "execute"`, the literals a `#match?` expression requires) that the file
/// does not contain is not started on that file. Only predicates on a capture every match takes
/// once count (an absent capture satisfies any predicate), and a compiled pattern standing for
/// several written ones runs when any of them could match.
///
/// Import aliases let a positive predicate accept what a name stands for (`hl` for `hashlib`,
/// `loads` for `pickle.loads`), texts made of the file's module and member names joined by dots:
/// for runs with aliases a literal counts as present when each of its dot-separated parts is.
struct LiteralFilter {
    /// One written pattern's needs: all clauses; a clause holds when one of its alternatives'
    /// literals are all present.
    typealias Needs = [[[Int]]]

    private let scanner: LiteralScanner
    /// Per compiled pattern, per written pattern it stands for; nil when it always runs.
    private let whole: [[Needs]?]
    private let byParts: [[Needs]?]

    /// - Parameter needs: per compiled pattern, per written pattern it stands for, its clauses:
    ///   each a list of texts one of which the file must contain.
    init?(needs: [[[[[UInt8]]]]?]) {
        var literals: [[UInt8]: Int] = [:]
        var list: [[UInt8]] = []
        func id(_ literal: [UInt8]) -> Int {
            if let found = literals[literal] { return found }
            literals[literal] = list.count
            list.append(literal)
            return list.count - 1
        }
        var whole: [[Needs]?] = [], byParts: [[Needs]?] = []
        for pattern in needs {
            guard let members = pattern else {
                whole.append(nil)
                byParts.append(nil)
                continue
            }
            whole.append(members.map { clauses in clauses.map { alternatives in alternatives.map { [id($0)] } } })
            byParts.append(members.map { clauses in
                clauses.map { alternatives in
                    alternatives.map { literal in literal.split(separator: UInt8(ascii: ".")).map { id(Array($0)) } }
                }
            })
        }
        guard !list.isEmpty else { return nil }
        scanner = LiteralScanner(list)
        self.whole = whole
        self.byParts = byParts
    }

    /// Per compiled pattern, whether it can match in `text`.
    func enabled(_ text: UnsafeBufferPointer<UInt8>, withAliases: Bool) -> [Bool] {
        let found = scanner.scan(text)
        return (withAliases ? byParts : whole).map { members in
            guard let members else { return true }
            return members.contains { clauses in
                clauses.allSatisfy { alternatives in alternatives.contains { parts in parts.allSatisfy { found[$0] } } }
            }
        }
    }
}
