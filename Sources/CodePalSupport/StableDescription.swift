/// A description of a plain value that is the same in every process: dictionaries and sets are
/// written in sorted order (their iteration order is seeded per process), so the text can key
/// anything stored on disk, such as the check cache's entries for one configuration.
public enum StableDescription {
    public static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        let parts = mirror.children.map { child -> String in
            let inner = of(child.value)
            return child.label.map { "\($0): \(inner)" } ?? inner
        }
        switch mirror.displayStyle {
        case .dictionary, .set:
            return "[" + parts.sorted().joined(separator: ", ") + "]"
        case .optional:
            return mirror.children.first.map { of($0.value) } ?? "nil"
        case .struct, .class:
            return "\(mirror.subjectType)(" + parts.joined(separator: ", ") + ")"
        case .collection, .tuple:
            return "[" + parts.joined(separator: ", ") + "]"
        case .enum where !parts.isEmpty:
            return "\(mirror.subjectType)." + parts.joined(separator: ", ")
        default:
            return String(reflecting: value)
        }
    }
}
