import Foundation
import XCTest

/// C and C++ over LSP: `#include "..."` resolved through the configured include folders,
/// definitions across files, the outline of a class declared with an export macro, completion
/// in a function, after `->` and in include paths, and the C and C++ rules as diagnostics.
final class CFamilyTests: EndToEndTestCase {
    func testIncludesNavigationCompletionAndDiagnostics() throws {
        let root = try copyFixtureWorkspace("c-include")
        let (client, _) = try startIndexedServer(root)
        let main = root.appendingPathComponent("src/main.c")
        let text = try String(contentsOf: main, encoding: .utf8)
        try open(client, main.absoluteString, "c", text)
        let lines = text.components(separatedBy: "\n")
        func position(_ needle: String, _ delta: Int = 1) throws -> [String: Int] {
            let line = try XCTUnwrap(lines.firstIndex { $0.contains(needle) }, needle)
            return ["line": line, "character": lines[line].range(of: needle)!.lowerBound.utf16Offset(in: lines[line]) + delta]
        }
        func definitions(_ needle: String, _ delta: Int = 1) throws -> [String] {
            let found = try client.result("textDocument/definition", ["textDocument": ["uri": main.absoluteString], "position": try position(needle, delta)])
            return (found.array ?? []).compactMap { $0["uri"].string.flatMap(URL.init(string:))?.standardizedFileURL.path }
        }
        let header = root.appendingPathComponent("include/cart.h").standardizedFileURL.path
        // `#include "cart.h"` from src/ finds include/cart.h through `[include] paths`.
        XCTAssertEqual(try definitions("cart.h\""), [header])
        // A function declared in the header and defined in src/cart.c.
        let total = try definitions("cart_total(")
        XCTAssertTrue(total.contains(root.appendingPathComponent("src/cart.c").standardizedFileURL.path), "\(total)")
        // Signature help and hover for the header's function.
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString], "position": try position("cart_total(")])
        let hovered = hover["contents"]["value"].string ?? ""
        XCTAssertTrue(hovered.contains("int cart_total(const struct item *items, int n)") && hovered.contains("cart.c"), hovered)
        // Its documentation from the header's declaration (`/** */`; `///` before the struct).
        XCTAssertTrue(hovered.contains("Adds up the prices of the first n items.") && hovered.contains("include/cart.h"), hovered)
        let structHover = try client.result("textDocument/hover", ["textDocument": ["uri": main.absoluteString], "position": try position("item items", 2)])
        XCTAssertTrue((structHover["contents"]["value"].string ?? "").contains("A line of a cart."), "\(structHover)")
        let help = try client.result("textDocument/signatureHelp", ["textDocument": ["uri": main.absoluteString], "position": try position("items, 2)", 0)])
        XCTAssertEqual(help["signatures"].array?.first?["label"].string, "int cart_total(const struct item *items, int n)")
        // A local.
        let local = try client.result("textDocument/definition", ["textDocument": ["uri": main.absoluteString], "position": try position("total);")])
        XCTAssertEqual(local.array?.first?["range"]["start"]["line"].int, 5)

        // Completion inside main: the locals, the header's function, keywords.
        let edited = text.replacingOccurrences(of: "    return 0;", with: "    return to\n    return 0;")
        try change(client, main.absoluteString, version: 2, nil, edited)
        let editedLines = edited.components(separatedBy: "\n")
        let line = try XCTUnwrap(editedLines.firstIndex { $0 == "    return to" })
        let items = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                 "position": ["line": line, "character": editedLines[line].count]])
        let labels = Set((items["items"].array ?? items.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(labels.contains("total"), "\(labels.sorted().prefix(40))")

        // After `->`: the members of the declared struct type, from the header.
        let member = edited.replacingOccurrences(of: "    return to\n", with: "    struct item *first = &items[0];\n    first->\n")
        try change(client, main.absoluteString, version: 3, nil, member)
        let memberLines = member.components(separatedBy: "\n")
        let arrow = try XCTUnwrap(memberLines.firstIndex { $0 == "    first->" })
        let fields = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                  "position": ["line": arrow, "character": memberLines[arrow].count]])
        let fieldLabels = Set((fields["items"].array ?? fields.array ?? []).compactMap { $0["label"].string })
        XCTAssertTrue(fieldLabels.isSuperset(of: ["name", "price"]), "\(fieldLabels.sorted().prefix(40))")
        // `>` is a trigger character for `->` alone: typed as a comparison it asks for nothing.
        func triggered(_ line: Int, _ character: Int) throws -> Set<String> {
            let found = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                     "position": ["line": line, "character": character],
                                                                     "context": ["triggerKind": 2, "triggerCharacter": ">"]])
            return Set((found["items"].array ?? found.array ?? []).compactMap { $0["label"].string })
        }
        XCTAssertTrue(try triggered(arrow, memberLines[arrow].count).isSuperset(of: ["name", "price"]))
        let comparison = member.replacingOccurrences(of: "    first->\n", with: "    int more = total >\n")
        try change(client, main.absoluteString, version: 4, nil, comparison)
        let comparisonLines = comparison.components(separatedBy: "\n")
        let greater = try XCTUnwrap(comparisonLines.firstIndex { $0 == "    int more = total >" })
        XCTAssertEqual(try triggered(greater, comparisonLines[greater].count), [])

        // `#include "ca`, `#include <ca>` and a relative folder: headers where the resolver looks
        // (the include folder of `.codepal.toml`, the file's own folder for quotes), as written.
        try change(client, main.absoluteString, version: 5, nil, "#include \"ca\"\n#include <ca>\n#include \"../include/\"\n" + text)
        func offered(_ line: Int, _ character: Int) throws -> Set<String> {
            let found = try client.result("textDocument/completion", ["textDocument": ["uri": main.absoluteString],
                                                                     "position": ["line": line, "character": character]])
            return Set((found["items"].array ?? found.array ?? []).compactMap { $0["label"].string })
        }
        let quoted = try offered(0, 12)
        XCTAssertTrue(quoted.isSuperset(of: ["cart.h", "cart.c"]), "\(quoted)")
        XCTAssertEqual(try offered(1, 12), ["cart.h"])
        XCTAssertEqual(try offered(2, 21), ["cart.h"])
        // While the path is typed, before its `>` or closing quote: the same headers.
        try change(client, main.absoluteString, version: 6, nil, "#include <ca\n#  include \"ca\n" + text)
        XCTAssertEqual(try offered(0, 12), ["cart.h"])
        XCTAssertTrue(try offered(1, 14).isSuperset(of: ["cart.h", "cart.c"]))

        // C rules as diagnostics.
        let unsafe = root.appendingPathComponent("src/unsafe.c").absoluteString
        try open(client, unsafe, "c", "#include <stdio.h>\nvoid ask(void) {\n    char name[8];\n    gets(name);\n    printf(name);\n}\n")
        XCTAssertNoThrow(try codes(client, unsafe, including: ["c/banned-function", "c/format-string-not-literal"]))

        // C++: the header's class despite its export macro, and `using namespace` in a header.
        let hpp = root.appendingPathComponent("src/shop.hpp")
        try open(client, hpp.absoluteString, "cpp", try String(contentsOf: hpp, encoding: .utf8))
        let hppCodes = try codes(client, hpp.absoluteString, including: ["cpp/using-namespace-in-header"])
        XCTAssertFalse(hppCodes.contains("syntax"), "\(hppCodes)")
        let outline = try documentSymbols(client, hpp.absoluteString).array ?? []
        XCTAssertEqual(outline.first?["name"].string, "Register")
        XCTAssertEqual(outline.first?["children"].array?.first?["name"].string, "open")
        assertAlive(client)
    }

    /// The codes of the first diagnostics published for `uri` that hold all of `expected`
    /// (lint runs after syntax, so earlier publications may lack them).
    private func codes(_ client: LSPClient, _ uri: String, including expected: Set<String>) throws -> Set<String> {
        func codes(_ message: JSONValue) -> Set<String> { Set(message["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []) }
        return codes(try client.waitForMessage(what: "diagnostics of \(uri) with \(expected.sorted())") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri && codes($0).isSuperset(of: expected)
        })
    }
}
