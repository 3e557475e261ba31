import Foundation
import XCTest

/// The test client's own output checks: a reader that accepted anything would make the stdout
/// purity guarantee of every other test meaningless.
final class LSPClientSelfTests: XCTestCase {
    private func parse(_ chunks: [String]) throws -> [JSONValue] {
        var parser = FrameParser()
        var messages: [JSONValue] = []
        for chunk in chunks {
            parser.append(ArraySlice(Array(chunk.utf8)))
            while let message = try parser.next() { messages.append(message) }
        }
        return messages
    }

    private func frame(_ body: String) -> String {
        "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    func testAcceptsWellFormedFramesInAnyChunking() throws {
        let stream = frame(#"{"jsonrpc":"2.0","id":1,"result":null}"#) + frame(#"{"jsonrpc":"2.0","method":"m","params":{"s":"😀"}}"#)
        let bytes = Array(stream.utf8)
        XCTAssertEqual(try parse([stream]).count, 2)
        for cut in 1..<bytes.count {
            var parser = FrameParser()
            var count = 0
            parser.append(ArraySlice(bytes[0..<cut]))
            while try parser.next() != nil { count += 1 }
            parser.append(ArraySlice(bytes[cut...]))
            while try parser.next() != nil { count += 1 }
            XCTAssertEqual(count, 2, "cut at \(cut)")
        }
    }

    func testRejectsStrayOutput() {
        XCTAssertThrowsError(try parse(["hello from a print statement\n"]))
        XCTAssertThrowsError(try parse([frame(#"{"jsonrpc":"2.0","id":1,"result":null}"#) + "debug: oops\n"]))
        XCTAssertThrowsError(try parse(["Content-Type: x\r\n\r\n{}"]))
        XCTAssertThrowsError(try parse([frame("not json")]))
        XCTAssertThrowsError(try parse([frame("[1]")]))
        XCTAssertThrowsError(try parse([frame(#"{"id":1,"result":null}"#)]), "jsonrpc member is required")
        XCTAssertThrowsError(try parse([frame(#"{"jsonrpc":"2.0","id":1}"#)]), "a response needs result or error")
        XCTAssertThrowsError(try parse([frame(#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"x"}}"#)]))
        XCTAssertThrowsError(try parse([frame(#"{"jsonrpc":"2.0","id":1,"error":{"message":"x"}}"#)]))
        // A Content-Length shorter than the body leaves bytes that are not a header.
        XCTAssertThrowsError(try parse(["Content-Length: 2\r\n\r\n{}}"]))
    }

    func testJSONValueDistinguishesBooleansFromNumbers() throws {
        let object = try JSONSerialization.jsonObject(with: Data(#"{"t":true,"one":1,"zero":0,"f":false,"d":1.5}"#.utf8))
        let value = JSONValue(object)
        XCTAssertEqual(value["t"].bool, true)
        XCTAssertNil(value["t"].int)
        XCTAssertEqual(value["one"].int, 1)
        XCTAssertNil(value["one"].bool)
        XCTAssertEqual(value["zero"].int, 0)
        XCTAssertEqual(value["f"].bool, false)
        XCTAssertNil(value["d"].int)
        XCTAssertFalse(value["missing"]["deeper"].exists)
    }
}
