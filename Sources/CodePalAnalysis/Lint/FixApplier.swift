/// Applies fixes to a text; the one choice of which fixes go together, shared by
/// `codepal check --fix` and the editor's "fix all" so that both make the same edit.
public enum FixApplier {
    /// The fixes that can be applied in one pass, in text order: the leftmost wins where two
    /// overlap (as in ruff), and of two insertions at one offset only the first listed is kept,
    /// since their order in the result would be a guess. What is left out applies on a later pass
    /// over the fixed text, if its finding is still there.
    public static func compatible(_ fixes: [Fix]) -> [Fix] {
        let ordered = fixes.enumerated().sorted { a, b in
            (a.element.range.lowerBound, a.element.range.upperBound, a.offset) < (b.element.range.lowerBound, b.element.range.upperBound, b.offset)
        }.map(\.element)
        var chosen: [Fix] = []
        for fix in ordered {
            if let last = chosen.last {
                guard last.range.upperBound <= fix.range.lowerBound else { continue }
                guard !(last.range.lowerBound == fix.range.lowerBound && last.range.isEmpty && fix.range.isEmpty) else { continue }
            }
            chosen.append(fix)
        }
        return chosen
    }

    /// `compatible(fixes)` applied to `bytes`, from the end so earlier offsets stay valid; fixes
    /// past the end of the text are dropped.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for fix in compatible(fixes.filter { $0.range.upperBound <= bytes.count }).reversed() {
            result.replaceSubrange(fix.range, with: Array(fix.replacement.utf8))
        }
        return result
    }
}
