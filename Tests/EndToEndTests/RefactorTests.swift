import Foundation
import XCTest

/// Extract variable and inline variable code actions over LSP, applied to the document and
/// checked against the expected text.
final class RefactorTests: EndToEndTestCase {
    static let python = """
        def checkout(cart, rate):
            price = sum(item.price for item in cart.items)
            tax = price * rate
            print(price * rate, tax)
            return price * rate + tax

        def again(x):
            y = 1
            y = y + x
            return y

        """

    func startServer() throws -> LSPClient {
        let client = try launch()
        var capabilities = Self.capabilities()
        capabilities["textDocument"] = ["codeAction": ["disabledSupport": true]]
        _ = try client.result("initialize", Self.initializeParams(capabilities: capabilities))
        try client.notify("initialized", [String: Any]())
        return client
    }

    func actions(_ client: LSPClient, _ uri: String, _ range: LSPRange, only: [String]) throws -> [JSONValue] {
        try XCTUnwrap(client.result("textDocument/codeAction", ["textDocument": ["uri": uri], "range": range.json,
                                                                "context": ["diagnostics": [], "only": only]]).array)
    }

    /// The text after applying an action's edits to `text` (one document).
    func apply(_ action: JSONValue, to text: String, uri: String) throws -> String {
        let edits = try XCTUnwrap(action["edit"]["changes"][uri].array)
        var lines = text.components(separatedBy: "\n")
        func offset(_ position: JSONValue) -> Int {
            let line = position["line"].int!, character = position["character"].int!
            return lines[..<line].reduce(0) { $0 + $1.utf16.count + 1 } + character
        }
        var utf16 = Array(text.utf16)
        let sorted = edits.sorted { offset($0["range"]["start"]) > offset($1["range"]["start"]) }
        for edit in sorted {
            utf16.replaceSubrange(offset(edit["range"]["start"])..<offset(edit["range"]["end"]), with: Array(edit["newText"].string!.utf16))
        }
        lines = []
        return String(decoding: utf16, as: UTF16.self)
    }

    func testExtractVariableOnceAndEverywhere() throws {
        let client = try startServer()
        let uri = "file:///tmp/refactor.py"
        try open(client, uri, "python", Self.python)
        let found = try actions(client, uri, LSPRange(3, 10, 3, 22), only: ["refactor.extract"])
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertEqual(found.map { $0["kind"].string }, ["refactor.extract.variable", "refactor.extract.variable"])
        XCTAssertEqual(try apply(found[0], to: Self.python, uri: uri), Self.python.replacingOccurrences(
            of: "    print(price * rate, tax)", with: "    value = price * rate\n    print(value, tax)"))
        XCTAssertTrue(found[1]["title"].string?.contains("all 3 occurrences") ?? false)
        XCTAssertEqual(try apply(found[1], to: Self.python, uri: uri), """
            def checkout(cart, rate):
                price = sum(item.price for item in cart.items)
                value = price * rate
                tax = value
                print(value, tax)
                return value + tax

            def again(x):
                y = 1
                y = y + x
                return y

            """)
        // Not an expression: a partial selection or a whole statement offers nothing.
        XCTAssertEqual(try actions(client, uri, LSPRange(3, 10, 3, 18), only: ["refactor.extract.variable"]).count, 0)
        XCTAssertEqual(try actions(client, uri, LSPRange(3, 4, 3, 28), only: ["refactor.extract.variable"]).count, 0)
    }

    func testInlineVariable() throws {
        let client = try startServer()
        let uri = "file:///tmp/refactor.py"
        try open(client, uri, "python", Self.python)
        let inline = try actions(client, uri, LSPRange(2, 5, 2, 5), only: ["refactor.inline"])
        XCTAssertEqual(inline.first?["title"].string, "Inline variable `tax`")
        XCTAssertEqual(try apply(inline[0], to: Self.python, uri: uri), Self.python
            .replacingOccurrences(of: "    tax = price * rate\n", with: "")
            .replacingOccurrences(of: "print(price * rate, tax)", with: "print(price * rate, (price * rate))")
            .replacingOccurrences(of: "return price * rate + tax", with: "return price * rate + (price * rate)"))
        // Assigned twice: offered as disabled, with the reason.
        let twice = try actions(client, uri, LSPRange(7, 4, 7, 4), only: ["refactor.inline"])
        XCTAssertEqual(twice.first?["disabled"]["reason"].string, "`y` is assigned more than once")
        XCTAssertNil(twice.first?["edit"].raw)
    }

    func testJavaScript() throws {
        let client = try startServer()
        let uri = "file:///tmp/refactor.js"
        let source = "function area(w, h) {\n  const half = w / 2;\n  return half * h + w / 2;\n}\n"
        try open(client, uri, "javascript", source)
        let extract = try actions(client, uri, LSPRange(2, 20, 2, 25), only: ["refactor.extract.variable"])
        XCTAssertEqual(try apply(try XCTUnwrap(extract.first), to: source, uri: uri),
                       "function area(w, h) {\n  const half = w / 2;\n  const value = w / 2;\n  return half * h + value;\n}\n")
        let inline = try actions(client, uri, LSPRange(1, 9, 1, 9), only: ["refactor.inline"])
        XCTAssertEqual(try apply(try XCTUnwrap(inline.first), to: source, uri: uri),
                       "function area(w, h) {\n  return (w / 2) * h + w / 2;\n}\n")
        let function = try actions(client, uri, LSPRange(1, 2, 1, 21), only: ["refactor.extract.function"])
        XCTAssertNotNil(function.first?["edit"].raw, "\(function)")
        XCTAssertEqual(try apply(try XCTUnwrap(function.first), to: source, uri: uri), """
            function area(w, h) {
              const half = extracted(w);
              return half * h + w / 2;
            }


            function extracted(w) {
              const half = w / 2;
              return half;
            }

            """)
    }

    func testExtractFunctionAndMethod() throws {
        let client = try startServer()
        let uri = "file:///tmp/extract.py"
        let source = """
            class Cart:
                def total(self, rate):
                    net = sum(self.items)
                    tax = net * rate
                    gross = net + tax
                    return gross


            def report(cart, rate):
                line = cart.name
                width = len(line) * rate
                print(line, width)
                return width

            """
        try open(client, uri, "python", source)
        // `line` and `rate` come in, `width` is read afterwards.
        let function = try actions(client, uri, LSPRange(10, 4, 11, 26), only: ["refactor.extract.function"])
        XCTAssertEqual(function.first?["title"].string, "Extract function `extracted`")
        XCTAssertEqual(try apply(try XCTUnwrap(function.first), to: source, uri: uri), """
            class Cart:
                def total(self, rate):
                    net = sum(self.items)
                    tax = net * rate
                    gross = net + tax
                    return gross


            def report(cart, rate):
                line = cart.name
                width = extracted(line, rate)
                return width


            def extracted(line, rate):
                width = len(line) * rate
                print(line, width)
                return width

            """)
        // Using self: a method of the class, after the enclosing method.
        let method = try actions(client, uri, LSPRange(2, 8, 3, 24), only: ["refactor.extract.function"])
        XCTAssertEqual(method.first?["title"].string, "Extract method `extracted`")
        let applied = try apply(try XCTUnwrap(method.first), to: source, uri: uri)
        XCTAssertTrue(applied.contains("        net, tax = self.extracted(rate)\n        gross = net + tax"), applied)
        XCTAssertTrue(applied.contains("        return gross\n\n    def extracted(self, rate):\n        net = sum(self.items)\n        tax = net * rate\n        return net, tax\n"), applied)
        // A return inside the selection cannot move.
        let refused = try actions(client, uri, LSPRange(11, 4, 13, 16), only: ["refactor.extract.function"])
        XCTAssertEqual(refused.first?["disabled"]["reason"].string, "the statements contain `return`, which cannot move into another function")
    }

    func testTypeScript() throws {
        let client = try startServer()
        let uri = "file:///tmp/refactor.ts"
        let source = "export function area(w: number, h: number): number {\n  const half: number = w / 2;\n  return half * h;\n}\n"
        try open(client, uri, "typescript", source)
        let extract = try actions(client, uri, LSPRange(2, 9, 2, 17), only: ["refactor.extract.variable"])
        XCTAssertEqual(try apply(try XCTUnwrap(extract.first), to: source, uri: uri),
                       "export function area(w: number, h: number): number {\n  const half: number = w / 2;\n  const value = half * h;\n  return value;\n}\n")
        let inline = try actions(client, uri, LSPRange(2, 10, 2, 10), only: ["refactor.inline"])
        XCTAssertEqual(try apply(try XCTUnwrap(inline.first), to: source, uri: uri),
                       "export function area(w: number, h: number): number {\n  return (w / 2) * h;\n}\n")
        let function = try actions(client, uri, LSPRange(1, 2, 1, 28), only: ["refactor.extract.function"])
        XCTAssertEqual(function.first?["title"].string, "Extract function `extracted`")
    }

    /// Clients that resolve code actions get refactorings without their edit, computed on resolve.
    func testEditsAreComputedOnResolveWhenTheClientResolves() throws {
        let client = try launch()
        var capabilities = Self.capabilities()
        capabilities["textDocument"] = ["codeAction": ["resolveSupport": ["properties": ["edit"]]]]
        let result = try client.result("initialize", Self.initializeParams(capabilities: capabilities))
        XCTAssertEqual(result["capabilities"]["codeActionProvider"]["resolveProvider"].raw as? Bool, true)
        try client.notify("initialized", [String: Any]())
        let uri = "file:///tmp/resolve.py"
        try open(client, uri, "python", Self.python)
        let offered = try actions(client, uri, LSPRange(3, 10, 3, 22), only: ["refactor.extract.variable"])
        let first = try XCTUnwrap(offered.first)
        XCTAssertNil(first["edit"].raw, "no edit until resolved")
        let resolved = try client.result("codeAction/resolve", first.raw!)
        XCTAssertEqual(try apply(resolved, to: Self.python, uri: uri), Self.python.replacingOccurrences(
            of: "    print(price * rate, tax)", with: "    value = price * rate\n    print(value, tax)"))
    }
}
