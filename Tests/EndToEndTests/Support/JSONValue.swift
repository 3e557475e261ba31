import Foundation

/// A read-only view of a value produced by `JSONSerialization`, with chained lookups that never
/// trap: `message["result"]["capabilities"]["positionEncoding"].string` is nil when any step is
/// missing, so assertions fail with a readable message instead of crashing the test process.
struct JSONValue: CustomStringConvertible {
    let raw: Any?

    init(_ raw: Any?) {
        self.raw = raw
    }

    subscript(key: String) -> JSONValue {
        JSONValue((raw as? [String: Any])?[key])
    }

    subscript(index: Int) -> JSONValue {
        guard let items = raw as? [Any], items.indices.contains(index) else { return JSONValue(nil) }
        return JSONValue(items[index])
    }

    /// True when the key or index was present (even if its value is `null`).
    var exists: Bool { raw != nil }
    var isNull: Bool { raw is NSNull }

    var string: String? { raw as? String }

    var int: Int? {
        if isBoolean { return nil }
        if let i = raw as? Int { return i }
        if let n = raw as? NSNumber, let i = Int(exactly: n.doubleValue) { return i }
        return nil
    }

    var bool: Bool? {
        guard isBoolean, let n = raw as? NSNumber else { return nil }
        return n.boolValue
    }

    var array: [JSONValue]? { (raw as? [Any])?.map(JSONValue.init) }
    var object: [String: JSONValue]? { (raw as? [String: Any])?.mapValues(JSONValue.init) }
    var keys: Set<String> { Set((raw as? [String: Any])?.keys.map { $0 } ?? []) }
    var count: Int? { (raw as? [Any])?.count }

    /// JSONSerialization returns booleans as NSNumbers whose objCType is `c` (char), on Linux
    /// and Darwin alike; plain numbers 0 and 1 would otherwise pass for booleans.
    private var isBoolean: Bool {
        guard let n = raw as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    /// Compact JSON for failure messages.
    var description: String {
        guard let raw else { return "<missing>" }
        if raw is NSNull { return "null" }
        if let s = raw as? String { return "\"\(s)\"" }
        if JSONSerialization.isValidJSONObject(raw),
           let data = try? JSONSerialization.data(withJSONObject: raw, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(raw)"
    }
}

/// An LSP position or range as plain numbers, for comparisons in assertions.
struct Pos: Equatable, CustomStringConvertible {
    var line: Int
    var character: Int
    init(_ line: Int, _ character: Int) {
        self.line = line
        self.character = character
    }
    init?(_ json: JSONValue) {
        guard let line = json["line"].int, let character = json["character"].int else { return nil }
        self.init(line, character)
    }
    var description: String { "\(line):\(character)" }
    var json: [String: Any] { ["line": line, "character": character] }
}

struct LSPRange: Equatable, CustomStringConvertible {
    var start: Pos
    var end: Pos
    init(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) {
        start = Pos(startLine, startCharacter)
        end = Pos(endLine, endCharacter)
    }
    init(_ start: Pos, _ end: Pos) {
        self.start = start
        self.end = end
    }
    init?(_ json: JSONValue) {
        guard let start = Pos(json["start"]), let end = Pos(json["end"]) else { return nil }
        self.start = start
        self.end = end
    }
    var description: String { "\(start)-\(end)" }
    var json: [String: Any] { ["start": start.json, "end": end.json] }
}
