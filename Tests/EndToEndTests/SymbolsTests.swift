import Foundation
import XCTest

/// `textDocument/documentSymbol`: hierarchical DocumentSymbol[] and flat SymbolInformation[].
final class SymbolsTests: EndToEndTestCase {
    /// LSP SymbolKind numbers used below.
    enum Kind {
        static let `class` = 5, method = 6, property = 7, field = 8, constructor = 9, `enum` = 10
        static let interface = 11, function = 12, variable = 13, constant = 14, enumMember = 22, type = 26
    }

    private func symbol(_ list: JSONValue, named name: String, file: StaticString = #filePath, line: UInt = #line) -> JSONValue? {
        let found = list.array?.first { $0["name"].string == name }
        if found == nil { XCTFail("no symbol \(name) in \(list)", file: file, line: line) }
        return found
    }

    private func names(_ list: JSONValue) -> [String] {
        list.array?.compactMap { $0["name"].string } ?? []
    }

    /// Every symbol's selectionRange must lie inside its range, recursively.
    private func assertWellFormed(_ list: JSONValue, file: StaticString = #filePath, line: UInt = #line) {
        for item in list.array ?? [] {
            guard let range = item.range, let selection = LSPRange(item["selectionRange"]) else {
                XCTFail("symbol without range or selectionRange: \(item)", file: file, line: line)
                continue
            }
            let contains = { (outer: LSPRange, inner: LSPRange) -> Bool in
                (outer.start.line, outer.start.character) <= (inner.start.line, inner.start.character)
                    && (inner.end.line, inner.end.character) <= (outer.end.line, outer.end.character)
            }
            XCTAssertTrue(contains(range, selection), "selectionRange outside range: \(item)", file: file, line: line)
            XCTAssertNotNil(item["kind"].int, "\(item)", file: file, line: line)
            if item["children"].exists { assertWellFormed(item["children"], file: file, line: line) }
        }
    }

    /// Typing `msg = "x" + (` above `def main` once dropped `main` and everything after it.
    func testOutlineSurvivesAnUnclosedBracketWhileTyping() throws {
        let client = try server()
        let uri = "file:///tmp/typing.py"
        try open(client, uri, "python", "import os\n\n\ndef main():\n    pass\n\nclass A:\n    def m(self):\n        return 1\n")
        XCTAssertEqual(names(try documentSymbols(client, uri)), ["main", "A"])
        try change(client, uri, version: 2, LSPRange(1, 0, 1, 0), "msg = \"x\" + (")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(names(symbols), ["main", "A"])
        XCTAssertEqual(names(try XCTUnwrap(symbol(symbols, named: "A"))["children"]), ["m"])
        XCTAssertEqual(LSPRange(try XCTUnwrap(symbol(symbols, named: "main"))["selectionRange"]), LSPRange(3, 4, 3, 8))
        assertWellFormed(symbols)
    }

    func testPythonHierarchy() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        let text = """
        MAX_ITEMS = 3
        name = "x"

        class Cart:
            def add(self, item):
                self.items.append(item)

        def f():
            return 1

        """
        try open(client, uri, "python", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        XCTAssertEqual(names(symbols), ["MAX_ITEMS", "name", "Cart", "f"], "\(symbols)")

        let maxItems = symbol(symbols, named: "MAX_ITEMS")
        XCTAssertEqual(maxItems?["kind"].int, Kind.constant)
        XCTAssertEqual(LSPRange(maxItems?["selectionRange"] ?? JSONValue(nil)), LSPRange(0, 0, 0, 9))
        XCTAssertEqual(symbol(symbols, named: "name")?["kind"].int, Kind.variable)

        let cart = symbol(symbols, named: "Cart")
        XCTAssertEqual(cart?["kind"].int, Kind.class)
        XCTAssertEqual(cart?.range?.start, Pos(3, 0), "\(String(describing: cart))")
        XCTAssertEqual(cart?.range?.end.line, 5, "the class range covers its body: \(String(describing: cart))")
        XCTAssertEqual(LSPRange(cart?["selectionRange"] ?? JSONValue(nil)), LSPRange(3, 6, 3, 10))
        let children = cart?["children"] ?? JSONValue(nil)
        XCTAssertEqual(names(children), ["add"], "\(children)")
        let add = children[0]
        XCTAssertEqual(add["kind"].int, Kind.method)
        XCTAssertEqual(add.range?.start, Pos(4, 4))
        XCTAssertEqual(LSPRange(add["selectionRange"]), LSPRange(4, 8, 4, 11))

        let f = symbol(symbols, named: "f")
        XCTAssertEqual(f?["kind"].int, Kind.function)
        XCTAssertEqual(LSPRange(f?["selectionRange"] ?? JSONValue(nil)), LSPRange(7, 4, 7, 5))
        XCTAssertFalse(f?["children"].exists == true && (f?["children"].count ?? 0) > 0, "\(String(describing: f))")
    }

    func testPythonConstructorsNestedFunctionsAndEnums() throws {
        let client = try server()
        let uri = "file:///tmp/x/b.py"
        let text = """
        from enum import Enum

        class Color(Enum):
            RED = 1
            GREEN = 2

        class Point:
            def __init__(self, x):
                self.x = x

            def norm(self):
                def square(v):
                    return v * v
                return square(self.x)

        """
        try open(client, uri, "python", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        let color = symbol(symbols, named: "Color")
        XCTAssertEqual(color?["kind"].int, Kind.enum)
        XCTAssertEqual(names(color?["children"] ?? JSONValue(nil)), ["RED", "GREEN"])
        XCTAssertEqual(color?["children"][0]["kind"].int, Kind.enumMember)

        let point = symbol(symbols, named: "Point")
        let members = point?["children"] ?? JSONValue(nil)
        // `self.x = x` in the constructor is a field of the class.
        XCTAssertEqual(names(members), ["__init__", "x", "norm"], "\(members)")
        XCTAssertEqual(members[0]["kind"].int, Kind.constructor)
        XCTAssertEqual(members[1]["kind"].int, Kind.field)
        XCTAssertEqual(members[2]["kind"].int, Kind.method)
        // A function inside a method stays a function, nested under the method.
        XCTAssertEqual(names(members[2]["children"]), ["square"])
        XCTAssertEqual(members[2]["children"][0]["kind"].int, Kind.function)
    }

    func testJavaScriptHierarchy() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.js"
        let text = "class A { m() {} }\nfunction g() {}\nconst h = () => 1\n"
        try open(client, uri, "javascript", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        XCTAssertEqual(names(symbols), ["A", "g", "h"], "\(symbols)")
        let a = symbol(symbols, named: "A")
        XCTAssertEqual(a?["kind"].int, Kind.class)
        XCTAssertEqual(LSPRange(a?["selectionRange"] ?? JSONValue(nil)), LSPRange(0, 6, 0, 7))
        XCTAssertEqual(names(a?["children"] ?? JSONValue(nil)), ["m"])
        XCTAssertEqual(a?["children"][0]["kind"].int, Kind.method)
        XCTAssertEqual(LSPRange(a?["children"][0]["selectionRange"] ?? JSONValue(nil)), LSPRange(0, 10, 0, 11))
        let g = symbol(symbols, named: "g")
        XCTAssertEqual(g?["kind"].int, Kind.function)
        XCTAssertEqual(LSPRange(g?["selectionRange"] ?? JSONValue(nil)), LSPRange(1, 9, 1, 10))
        let h = symbol(symbols, named: "h")
        XCTAssertEqual(h?["kind"].int, Kind.function, "an arrow function bound to a const is a function: \(String(describing: h))")
        XCTAssertEqual(LSPRange(h?["selectionRange"] ?? JSONValue(nil)), LSPRange(2, 6, 2, 7))
    }

    func testJavaScriptConstantsAndVariables() throws {
        let client = try server()
        let uri = "file:///tmp/x/b.js"
        try open(client, uri, "javascript", "const MAX_SIZE = 10;\nlet count = 0;\nvar legacy = 1;\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(names(symbols), ["MAX_SIZE", "count", "legacy"], "\(symbols)")
        XCTAssertEqual(symbol(symbols, named: "MAX_SIZE")?["kind"].int, Kind.constant)
        XCTAssertEqual(symbol(symbols, named: "count")?["kind"].int, Kind.variable)
        XCTAssertEqual(symbol(symbols, named: "legacy")?["kind"].int, Kind.variable)
    }

    func testTypeScriptKinds() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.ts"
        let text = "interface I { x: number }\ntype T = string\nenum E { A, B }\nclass K implements I { x = 1; run(): void {} }\nfunction top(a: T): E { return E.A }\n"
        try open(client, uri, "typescript", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        XCTAssertEqual(names(symbols), ["I", "T", "E", "K", "top"], "\(symbols)")
        let i = symbol(symbols, named: "I")
        XCTAssertEqual(i?["kind"].int, Kind.interface)
        XCTAssertEqual(LSPRange(i?["selectionRange"] ?? JSONValue(nil)), LSPRange(0, 10, 0, 11))
        XCTAssertEqual(names(i?["children"] ?? JSONValue(nil)), ["x"], "interface members are children: \(String(describing: i))")
        let t = symbol(symbols, named: "T")
        XCTAssertEqual(t?["kind"].int, Kind.type)
        XCTAssertEqual(LSPRange(t?["selectionRange"] ?? JSONValue(nil)), LSPRange(1, 5, 1, 6))
        let e = symbol(symbols, named: "E")
        XCTAssertEqual(e?["kind"].int, Kind.enum)
        XCTAssertEqual(names(e?["children"] ?? JSONValue(nil)), ["A", "B"])
        XCTAssertEqual(e?["children"][0]["kind"].int, Kind.enumMember)
        XCTAssertEqual(LSPRange(e?["children"][1]["selectionRange"] ?? JSONValue(nil)), LSPRange(2, 12, 2, 13))
        let k = symbol(symbols, named: "K")
        XCTAssertEqual(k?["kind"].int, Kind.class)
        XCTAssertEqual(Set(names(k?["children"] ?? JSONValue(nil))), ["x", "run"])
        XCTAssertEqual(symbol(symbols, named: "top")?["kind"].int, Kind.function)
    }

    /// Flattens a DocumentSymbol tree into "depth name kind" lines.
    private func outline(_ list: JSONValue, depth: Int = 0) -> [String] {
        (list.array ?? []).flatMap { item in
            ["\(depth) \(item["name"].string ?? "?") \(item["kind"].int ?? -1)"] + outline(item["children"], depth: depth + 1)
        }
    }

    func testMoreJavaScriptDefinitions() throws {
        let client = try server()
        let uri = "file:///tmp/x/more.js"
        let text = """
        export function e() {}
        export const X = 1;
        obj.handler = () => {};
        class C { #priv = 1; static s() {} get g() { return 1 } }
        export default class D {}
        function* gen() {}
        const K = class {};

        """
        try open(client, uri, "javascript", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        XCTAssertEqual(outline(symbols), ["0 e 12", "0 X 14", "0 handler 12", "0 C 5", "1 #priv 8", "1 s 6", "1 g 6", "0 D 5", "0 gen 12", "0 K 5"])
        XCTAssertEqual(LSPRange(symbol(symbols, named: "handler")?["selectionRange"] ?? JSONValue(nil)), LSPRange(2, 4, 2, 11))
    }

    func testTypeScriptReactAndNamespaces() throws {
        let client = try server()
        let tsx = "file:///tmp/x/App.tsx"
        try open(client, tsx, "typescriptreact", "interface Props { name: string }\nexport function App(props: Props) { return <div>{props.name}</div>; }\nconst Button = () => <button/>;\n")
        let components = try documentSymbols(client, tsx)
        assertWellFormed(components)
        XCTAssertEqual(outline(components), ["0 Props 11", "1 name 7", "0 App 12", "0 Button 12"])
        let ts = "file:///tmp/x/ns.ts"
        try open(client, ts, "typescript", "namespace N { export function inner() {} }\nabstract class Z { abstract run(): void; }\n")
        let declarations = try documentSymbols(client, ts)
        assertWellFormed(declarations)
        XCTAssertEqual(outline(declarations), ["0 N 3", "1 inner 12", "0 Z 5", "1 run 6"])
    }

    func testMorePythonDefinitions() throws {
        let client = try server()
        let uri = "file:///tmp/x/more.py"
        let text = """
        @dataclass
        class P:
            x: int = 0
            y = 1
            async def go(self): pass
            class Inner:
                pass

        async def main():
            pass

        if __name__ == "__main__":
            z = 1
        Vector: TypeAlias = list

        """
        try open(client, uri, "python", text)
        let symbols = try documentSymbols(client, uri)
        assertWellFormed(symbols)
        XCTAssertEqual(outline(symbols), ["0 P 5", "1 x 8", "1 y 8", "1 go 6", "1 Inner 5", "0 main 12", "0 Vector 26"])
        XCTAssertEqual(LSPRange(symbol(symbols, named: "main")?["selectionRange"] ?? JSONValue(nil)), LSPRange(8, 10, 8, 14))
    }

    func testSelectionRangesUseTheNegotiatedEncoding() throws {
        let text = "s = \"😀\"; t = 1\nclass Café:\n    pass\n"
        // `Café` starts at character 6 on line 1 and is 4 UTF-16 units or UTF-32 characters but
        // 5 UTF-8 bytes.
        for (encoding, end) in [("utf-16", 10), ("utf-8", 11), ("utf-32", 10)] {
            let client = try server(encodings: [encoding])
            try open(client, "file:///tmp/x/enc.py", "python", text)
            let symbols = try documentSymbols(client, "file:///tmp/x/enc.py")
            let cafe = symbols.array?.first { $0["name"].string == "Café" }
            XCTAssertNotNil(cafe, "\(encoding): \(symbols)")
            XCTAssertEqual(LSPRange(cafe?["selectionRange"] ?? JSONValue(nil)), LSPRange(1, 6, 1, end), "\(encoding)")
            // `t` comes after the emoji on line 0: character 10 (UTF-16), 12 (UTF-8) or 9 (UTF-32).
            let t = symbols.array?.first { $0["name"].string == "t" }
            let tStart = ["utf-16": 10, "utf-8": 12, "utf-32": 9][encoding]!
            XCTAssertEqual(LSPRange(t?["selectionRange"] ?? JSONValue(nil)), LSPRange(0, tStart, 0, tStart + 1), "\(encoding): \(symbols)")
            client.terminate()
        }
    }

    func testFlatSymbolInformationWithoutHierarchicalSupport() throws {
        let client = try server(hierarchicalSymbols: false)
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "class Cart:\n    def add(self):\n        pass\n\ndef f():\n    pass\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(names(symbols), ["Cart", "add", "f"], "\(symbols)")
        for item in symbols.array ?? [] {
            XCTAssertEqual(item["location"]["uri"].string, uri, "\(item)")
            XCTAssertNotNil(LSPRange(item["location"]["range"]), "\(item)")
            XCTAssertFalse(item["children"].exists, "SymbolInformation has no children: \(item)")
            XCTAssertFalse(item["selectionRange"].exists, "SymbolInformation has no selectionRange: \(item)")
        }
        let cart = symbol(symbols, named: "Cart")
        XCTAssertEqual(cart?["kind"].int, Kind.class)
        XCTAssertFalse(cart?["containerName"].exists ?? true)
        XCTAssertEqual(LSPRange(cart?["location"]["range"] ?? JSONValue(nil))?.start, Pos(0, 0))
        let add = symbol(symbols, named: "add")
        XCTAssertEqual(add?["kind"].int, Kind.method)
        XCTAssertEqual(add?["containerName"].string, "Cart")
        XCTAssertEqual(LSPRange(add?["location"]["range"] ?? JSONValue(nil))?.start, Pos(1, 4))
        XCTAssertFalse(symbol(symbols, named: "f")?["containerName"].exists ?? true)
    }

    func testSymbolsFollowEdits() throws {
        let client = try server()
        let uri = "file:///tmp/x/a.py"
        try open(client, uri, "python", "def f():\n    pass\n")
        XCTAssertEqual(names(try documentSymbols(client, uri)), ["f"])
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 0), "class C:\n    pass\n\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(names(symbols), ["C", "f"])
        XCTAssertEqual(LSPRange(symbol(symbols, named: "f")?["selectionRange"] ?? JSONValue(nil)), LSPRange(3, 4, 3, 5))
        // Rename `f` to `go`.
        try change(client, uri, version: 3, LSPRange(3, 4, 3, 5), "go")
        XCTAssertEqual(names(try documentSymbols(client, uri)), ["C", "go"])
    }

    func testSymbolsOfBrokenCodeStillListTheRest() throws {
        let client = try server()
        let uri = "file:///tmp/x/broken.py"
        try open(client, uri, "python", "def ok():\n    pass\n\nx = (1 +\n\ndef also_ok():\n    pass\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertTrue(names(symbols).contains("ok"), "\(symbols)")
    }

    func testEmptyDocumentHasNoSymbols() throws {
        let client = try server()
        try open(client, "file:///tmp/x/empty.py", "python", "")
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/empty.py").count, 0)
        try open(client, "file:///tmp/x/empty.ts", "typescript", "\n\n")
        XCTAssertEqual(try documentSymbols(client, "file:///tmp/x/empty.ts").count, 0)
    }

    func testLanguageIdWinsOverExtension() throws {
        let client = try server()
        // A Python buffer with an unknown extension, recognised by its languageId.
        try open(client, "file:///tmp/x/script", "python", "def main():\n    pass\n")
        XCTAssertEqual(names(try documentSymbols(client, "file:///tmp/x/script")), ["main"])
        // Percent-encoded paths and upper-case extensions.
        try open(client, "file:///tmp/x/my%20module.PY", "", "def spaced():\n    pass\n")
        XCTAssertEqual(names(try documentSymbols(client, "file:///tmp/x/my%20module.PY")), ["spaced"])
        // Without a known languageId the extension decides.
        try open(client, "file:///tmp/x/tool.js", "unknown-language", "function run() {}\n")
        XCTAssertEqual(names(try documentSymbols(client, "file:///tmp/x/tool.js")), ["run"])
    }

    func testUnknownLanguageHasNoSymbols() throws {
        let client = try server()
        let uri = "file:///tmp/x/notes.txt"
        try open(client, uri, "plaintext", "def looks_like_python():\n    pass\n")
        let symbols = try documentSymbols(client, uri)
        XCTAssertEqual(symbols.count, 0, "\(symbols)")
        // It is kept in sync: edits are accepted and requests still work.
        try change(client, uri, version: 2, LSPRange(0, 0, 0, 3), "fn")
        XCTAssertEqual(try documentSymbols(client, uri).count, 0)
    }
}
