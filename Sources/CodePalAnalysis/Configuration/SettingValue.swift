/// A setting's value as the configuration files give it (`.codepal.toml` through TOMLKit,
/// `.codepal.yml` through Yams), flattened to dotted keys so both formats share one validation.
public enum SettingValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([SettingValue])

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

/// A configuration file that cannot be read, with the line to look at.
public struct SettingsSyntaxError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
}
