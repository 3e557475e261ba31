@testable import CodePalLSP
import CodePalSupport
import XCTest

final class JSONTests: XCTestCase {
    func testParsesAndWritesRoundTrip() throws {
        let text = #"{"a":[1,-2.5,true,false,null],"b":{"c":"line\nbreak \"q\" \u00e9 😀"},"d":1e3}"#
        let value = try JSONParser.parse(text)
        XCTAssertEqual(value["a"]?[1], .double(-2.5))
        XCTAssertEqual(value["b"]?["c"]?.string, "line\nbreak \"q\" é 😀")
        XCTAssertEqual(value["d"]?.int, 1000)
        XCTAssertEqual(try JSONParser.parse(value.text).text, value.text)
    }

    func testSurrogatePairsAndLoneSurrogates() throws {
        XCTAssertEqual(try JSONParser.parse(#""\ud83d\ude00""#).string, "😀")
        XCTAssertEqual(try JSONParser.parse(#""a\ud800b""#).string, "a\u{FFFD}b")
        XCTAssertEqual(try JSONParser.parse(#""\udc00""#).string, "\u{FFFD}")
    }

    func testRejectsMalformedInput() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\u{01}\"", "tru", "[1] x", "{\"a\":1,}", "\"\\x\""] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad.debugDescription)
        }
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xFF, 0x22]), "invalid UTF-8 in a string")
    }

    func testDepthIsCapped() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertTrue("\(error)".contains("nesting"), "\(error)")
        }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        XCTAssertNoThrow(try JSONParser.parse(fine))
    }

    func testWriterEscapesControlCharacters() {
        XCTAssertEqual(JSON.string("a\u{01}\t\"\\").text, #""a\u0001\t\"\\""#)
        XCTAssertEqual(JSON.object(["b": 1, "a": .null]).text, #"{"a":null,"b":1}"#)
        XCTAssertEqual(JSON.double(.nan).text, "null")
    }

    /// The writer copies unescaped runs whole and writes integers without making strings: the
    /// same bytes as escaping byte by byte and `String(i)`.
    func testWriterMatchesTheByteByByteEscapes() {
        func reference(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20: out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let long = String(repeating: "completion item détail 😀 ", count: 40)
        for s in ["", "a", "\"", "\\", "\n", "\u{1f}x", "x\u{0}", "ab\"cd\\ef\ngh", "é", long, long + "\"" + long, "\t" + long + "\r",
                  String(long.prefix(15)), "\u{7f}\u{1b}[0m"] {
            XCTAssertEqual(JSON.string(s).text, reference(s), s.debugDescription)
        }
        for i in [0, 7, 9, 10, 11, 99, 100, 4096, -1, -9, -10, -12345, Int.max, Int.min] {
            XCTAssertEqual(JSON.int(i).text, String(i))
        }
        XCTAssertEqual(JSON.object(["b": ["y": 2, "x": [1, "s"]], "a": "q", "ab": .null, "B": false]).text,
                       #"{"B":false,"a":"q","ab":null,"b":{"x":[1,"s"],"y":2}}"#)
    }

    func testSalvagesIdFromBrokenMessages() {
        XCTAssertEqual(LanguageServer.salvageId(Array(#"{"jsonrpc":"2.0","id": 42, "method": oops}"#.utf8)), .int(42))
        XCTAssertEqual(LanguageServer.salvageId(Array(#"{"id":"abc","method":}"#.utf8)), .string("abc"))
        XCTAssertNil(LanguageServer.salvageId(Array(#"{"method": broken"#.utf8)))
    }
}
