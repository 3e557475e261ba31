import TOMLKit

/// Reads `.codepal.toml` with TOMLKit (toml++, TOML 1.0) and flattens it into dotted keys:
/// `[complexity]` + `cognitive = 15` is `complexity.cognitive`. Values that no setting takes
/// (dates, arrays of tables) are errors naming their line, so a typo never silently turns a
/// setting off.
public enum TOMLReader {
    public static func read(_ text: String) throws -> [(key: String, line: Int, value: SettingValue)] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsSyntaxError(line: error.source.begin.line, message: error.description)
        }
        let lines = KeyLines(text)
        var result: [(key: String, line: Int, value: SettingValue)] = []
        func visit(_ table: TOMLTable, _ prefix: String) throws {
            for (key, value) in table {
                let name = prefix.isEmpty ? key : "\(prefix).\(key)"
                if let inner = value.table {
                    try visit(inner, name)
                } else {
                    let line = lines.line(of: name)
                    result.append((name, line, try convert(value, line: line)))
                }
            }
        }
        try visit(table, "")
        // toml++ keeps keys sorted; settings are checked, and warned about, in the file's order.
        return result.sorted { ($0.line, $0.key) < ($1.line, $1.key) }
    }

    private static func convert(_ value: TOMLValueConvertible, line: Int) throws -> SettingValue {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .bool(value.bool ?? false)
        case .array: return .array(try (value.array.map(Array.init) ?? []).map { try convert($0, line: line) })
        case .table: throw SettingsSyntaxError(line: line, message: "a table is not a setting value here")
        case .date, .time, .dateTime: throw SettingsSyntaxError(line: line, message: "dates and times are not setting values")
        }
    }
}

/// The line where each dotted key is written, for messages about its value (TOMLKit reports
/// positions only for syntax errors). Headers and `key =` lines are enough for that.
struct KeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: [" ", "\t", "\r"])
            if line.hasPrefix("[") {
                table = Self.normalise(line.trimmingCharacters(in: ["[", "]", " "]))
                if lines[table] == nil { lines[table] = index + 1 }
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.normalise(String(line[..<equals]))
                let name = table.isEmpty ? key : "\(table).\(key)"
                if !key.isEmpty, lines[name] == nil { lines[name] = index + 1 }
            }
        }
    }

    /// The key's line, else its table's, else the first line.
    func line(of name: String) -> Int {
        var key = Substring(name)
        while true {
            if let line = lines[String(key)] { return line }
            guard let dot = key.lastIndex(of: ".") else { return 1 }
            key = key[..<dot]
        }
    }

    private static func normalise(_ key: String) -> String {
        key.split(separator: ".").map { $0.trimmingCharacters(in: [" ", "\t", "\"", "'"]) }.joined(separator: ".")
    }
}
