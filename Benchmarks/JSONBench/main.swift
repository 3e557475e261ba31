import CodePalSupport
import Foundation

// Is the hand-written JSON parser worth keeping? It stays only while it beats Foundation on LSP
// traffic. Three kinds of message a server reads or a client answers with, each parsed into the
// server's `JSON` value: by `JSONParser`, and by `JSONSerialization` plus the conversion that
// replacing the parser would need (Foundation alone is printed too, as a floor).
// Usage: json-bench [rounds]   (from `make bench`)

func message(_ params: String, method: String = "textDocument/didChange") -> [UInt8] {
    Array("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":\(params)}".utf8)
}

func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

let source = (0..<10_000).map { "    value_\($0) = compute(\"item \($0)\", [\($0), \($0 + 1)])  # ünïcode ✓" }.joined(separator: "\n")
let open = message("{\"textDocument\":{\"uri\":\"file:///w/big.py\",\"languageId\":\"python\",\"version\":1,\"text\":\"\(escaped(source))\"}}",
                   method: "textDocument/didOpen")
let keystroke = message("{\"textDocument\":{\"uri\":\"file:///w/big.py\",\"version\":7},\"contentChanges\":[{\"range\":{\"start\":{\"line\":120,\"character\":17},\"end\":{\"line\":120,\"character\":17}},\"text\":\"x\"}]}")
let items = (0..<1_000).map { "{\"label\":\"name_\($0)\",\"kind\":6,\"sortText\":\"\(String(format: "%05d", $0))\",\"detail\":\"def name_\($0)(a, b=1)\",\"textEdit\":{\"range\":{\"start\":{\"line\":3,\"character\":4},\"end\":{\"line\":3,\"character\":6}},\"newText\":\"name_\($0)\"}}" }
let completion = Array("{\"jsonrpc\":\"2.0\",\"id\":12,\"result\":{\"isIncomplete\":false,\"items\":[\(items.joined(separator: ","))]}}".utf8)

func fromFoundation(_ value: Any) -> JSON {
    switch value {
    case let string as String: return .string(string)
    case let number as NSNumber:
        switch String(cString: number.objCType) {
        case "c", "B": return .bool(number.boolValue)
        case "d", "f": return .double(number.doubleValue)
        default: return .int(number.intValue)
        }
    case let array as [Any]: return .array(array.map(fromFoundation))
    case let object as [String: Any]: return .object(object.mapValues(fromFoundation))
    default: return .null
    }
}

func seconds(_ rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { try body() }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

let scale = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1
print("JSON parsing, best of 3 (MB/s; higher is better)")
print("message                        bytes   JSONParser  Foundation+JSON  Foundation alone")
var ours = 0.0, theirs = 0.0
for (name, bytes, rounds) in [("didOpen, 10,000-line file", open, 20 * scale), ("didChange, one keystroke", keystroke, 20_000 * scale),
                              ("completion, 1,000 items", completion, 100 * scale)] {
    let data = Data(bytes)
    let mb = Double(bytes.count * rounds) / 1e6
    let parser = try seconds(rounds) { _ = try JSONParser.parse(bytes) }
    let converted = try seconds(rounds) { _ = fromFoundation(try JSONSerialization.jsonObject(with: data)) }
    let foundation = try seconds(rounds) { _ = try JSONSerialization.jsonObject(with: data) }
    guard try JSONParser.parse(bytes) == fromFoundation(try JSONSerialization.jsonObject(with: data)) else {
        print("\(name): the two parsers disagree")
        exit(1)
    }
    ours += parser
    theirs += converted
    print(name.padding(toLength: 28, withPad: " ", startingAt: 0), String(format: "%8d %10.0f %14.0f %16.0f", bytes.count, mb / parser, mb / converted, mb / foundation))
}
print(String(format: "JSONParser takes %.2fx the time of Foundation plus conversion over these messages", ours / theirs))
