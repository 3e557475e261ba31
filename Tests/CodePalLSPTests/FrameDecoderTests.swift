import CodePalLSP
import XCTest

final class FrameDecoderTests: XCTestCase {
    func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

    func drain(_ decoder: inout FrameDecoder) -> [FrameDecoder.Event] {
        var events: [FrameDecoder.Event] = []
        while let event = decoder.next() { events.append(event) }
        return events
    }

    func testSeveralFramesInOneRead() {
        var decoder = FrameDecoder()
        decoder.append(frame("{\"a\":1}") + frame("{\"b\":\"é\"}"))
        XCTAssertEqual(drain(&decoder), [.message(Array("{\"a\":1}".utf8)), .message(Array("{\"b\":\"é\"}".utf8))])
    }

    func testFrameSplitAtEveryByte() {
        let bytes = frame("{\"x\":[1,2,3]}") + frame("{}")
        var decoder = FrameDecoder()
        var events: [FrameDecoder.Event] = []
        for byte in bytes {
            decoder.append([byte])
            events += drain(&decoder)
        }
        XCTAssertEqual(events, [.message(Array("{\"x\":[1,2,3]}".utf8)), .message(Array("{}".utf8))])
    }

    func testExtraHeadersAndCaseInsensitiveName() {
        var decoder = FrameDecoder()
        decoder.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        XCTAssertEqual(drain(&decoder), [.message(Array("{}".utf8))])
    }

    func testMissingContentLengthIsSkippedAndNextFrameSurvives() {
        var decoder = FrameDecoder()
        decoder.append(Array("X-Nothing: 1\r\n\r\n{\"lost\":true}".utf8) + frame("{\"ok\":1}"))
        let events = drain(&decoder)
        XCTAssertEqual(events.count, 2)
        if case .skipped = events[0] {} else { XCTFail("expected a skip, got \(events[0])") }
        XCTAssertEqual(events[1], .message(Array("{\"ok\":1}".utf8)))
    }

    func testGarbageWithoutHeaderTerminatorResyncs() {
        var decoder = FrameDecoder()
        decoder.append(Array(repeating: UInt8(ascii: "z"), count: FrameDecoder.maximumHeaderBytes + 10))
        decoder.append(frame("{}"))
        let events = drain(&decoder)
        XCTAssertEqual(events.last, .message(Array("{}".utf8)), "\(events)")
    }

    func testNonNumericLengthIsSkipped() {
        var decoder = FrameDecoder()
        decoder.append(Array("Content-Length: lots\r\n\r\n".utf8) + frame("[]"))
        let events = drain(&decoder)
        XCTAssertEqual(events.last, .message(Array("[]".utf8)))
        XCTAssertEqual(events.count, 2)
    }

    func testOversizedBodyIsDiscardedWithoutBuffering() {
        var decoder = FrameDecoder(maximumBodyBytes: 10)
        decoder.append(Array("Content-Length: 20\r\n\r\n".utf8))
        XCTAssertNotNil(decoder.next())
        decoder.append(Array(repeating: UInt8(ascii: "x"), count: 20) + frame("{}"))
        XCTAssertEqual(drain(&decoder), [.message(Array("{}".utf8))])
    }
}
