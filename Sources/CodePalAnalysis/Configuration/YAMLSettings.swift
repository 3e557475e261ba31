import Yams

/// `.codepal.yml`: the same settings as `.codepal.toml`, as nested mappings. Flattened into the
/// TOML reader's dotted keys so both formats share one validation.
enum YAMLSettings {
    static func read(_ text: String) throws -> [(key: String, line: Int, value: SettingValue)] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw SettingsSyntaxError(line: 1, message: "not valid YAML: \(error)")
        }
        guard let root else { return [] }
        guard case .mapping = root else { throw SettingsSyntaxError(line: root.mark.map { $0.line } ?? 1, message: "expected a mapping of settings") }
        var entries: [(key: String, line: Int, value: SettingValue)] = []
        func visit(_ node: Node, _ prefix: String) throws {
            let line = node.mark.map { $0.line } ?? 1
            switch node {
            case .mapping(let mapping) where !prefix.hasSuffix(".severity") || prefix.isEmpty:
                for (key, value) in mapping {
                    guard let name = key.string else { throw SettingsSyntaxError(line: line, message: "keys must be text") }
                    try visit(value, prefix.isEmpty ? name : "\(prefix).\(name)")
                }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    guard let name = key.string else { throw SettingsSyntaxError(line: line, message: "keys must be text") }
                    entries.append(("\(prefix).\(name)", value.mark.map { $0.line } ?? line, try scalar(value)))
                }
            default:
                entries.append((prefix, line, try scalar(node)))
            }
        }
        func scalar(_ node: Node) throws -> SettingValue {
            let line = node.mark.map { $0.line } ?? 1
            switch node {
            case .sequence(let items): return .array(try items.map(scalar))
            case .scalar(let s):
                if s.style == .plain {
                    if let bool = node.bool { return .bool(bool) }
                    if let int = node.int { return .integer(int) }
                    if let float = node.float { return .float(float) }
                }
                return .string(s.string)
            default: throw SettingsSyntaxError(line: line, message: "unexpected nested mapping")
            }
        }
        try visit(root, "")
        return entries
    }
}
