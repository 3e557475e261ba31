@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// A function passed to an iterating call (`rows.forEach(...)`) is a loop for `inside-before`;
/// any other function is where the search stops.
final class IterationCallbacksTests: XCTestCase {
    let callbacks = IterationCallbacks(kinds: ["arrow_function", "function_expression"], callee: "\\.(forEach|map)$")
    let loops: Set<String> = ["for_statement", "for_in_statement"]
    let stop: Set<String> = ["arrow_function", "function_expression", "function_declaration"]

    func inLoop(_ source: String, at marker: String, callbacks: IterationCallbacks?) throws -> Bool {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("javascript")).parse(text.bytes)
        let start = try XCTUnwrap(source.utf8.firstRange(of: marker.utf8)).lowerBound
        let offset = source.utf8.distance(from: source.utf8.startIndex, to: start)
        let node = try XCTUnwrap(tree.root.namedDescendant(covering: offset..<offset + marker.utf8.count))
        return IterationCallbacks.insideLoop(node, node.ancestors(), kinds: loops, stop: stop, callbacks: callbacks, text: text)
    }

    func testArrayMethodCallbacksAreLoops() throws {
        let source = "rows.forEach((row) => { csv += row; });\nitems.map(function (x) { out += x; });\n"
        XCTAssertTrue(try inLoop(source, at: "csv", callbacks: callbacks))
        XCTAssertTrue(try inLoop(source, at: "out", callbacks: callbacks))
        XCTAssertFalse(try inLoop(source, at: "csv", callbacks: nil), "without callbacks the arrow function stops the search")
    }

    func testOtherFunctionsStopTheSearch() throws {
        let source = "for (const r of rows) { setTimeout(() => { late += r; }); }\nbutton.on('click', () => { clicks += 1; });\n"
        XCTAssertFalse(try inLoop(source, at: "late", callbacks: callbacks), "a callback of another call runs later, not per turn")
        XCTAssertFalse(try inLoop(source, at: "clicks", callbacks: callbacks))
        XCTAssertTrue(try inLoop("for (const r of rows) { total += r; }\n", at: "total", callbacks: callbacks))
    }

    func testAForLoopsElseIsNotInTheLoop() throws {
        let source = "for screen in screens:\n    if screen.cv == canvas:\n        break\nelse:\n    screens.append(made)\n"
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("python")).parse(text.bytes)
        let offset = try XCTUnwrap(source.range(of: "screens.append")).lowerBound.utf16Offset(in: source)
        let node = try XCTUnwrap(tree.root.namedDescendant(covering: offset..<offset + 7))
        XCTAssertFalse(IterationCallbacks.insideLoop(node, node.ancestors(), kinds: ["for_statement"], stop: ["function_definition"], callbacks: nil, text: text))
        let inBody = try XCTUnwrap(source.range(of: "screen.cv")).lowerBound.utf16Offset(in: source)
        let read = try XCTUnwrap(tree.root.namedDescendant(covering: inBody..<inBody + 6))
        XCTAssertTrue(IterationCallbacks.insideLoop(read, read.ancestors(), kinds: ["for_statement"], stop: ["function_definition"], callbacks: nil, text: text))
    }

    func testALoopsIterableAndInitializerRunOnce() throws {
        let source = "for (const u of await list(re.compile(x))) { await get(u); }\nfor (let r = make(); r.ok; r = r.next) { await step(r); }\n"
        XCTAssertFalse(try inLoop(source, at: "list", callbacks: callbacks), "the iterable is evaluated once, before the first turn")
        XCTAssertFalse(try inLoop(source, at: "make", callbacks: callbacks), "so is a C-style loop's initializer")
        XCTAssertTrue(try inLoop(source, at: "get", callbacks: callbacks))
        XCTAssertTrue(try inLoop(source, at: "step", callbacks: callbacks))
        let nested = "for (const day of days) { for (const u of await list(day)) { use(u); } }\n"
        XCTAssertTrue(try inLoop(nested, at: "list", callbacks: callbacks), "an inner loop's iterable runs on each turn of the outer one")
    }

    func testAValueIsInvariantWhenItReadsNothingTheLoopBinds() throws {
        let binds: Set<String> = ["variable_declarator.name", "for_in_statement.left", "assignment_expression.left"]
        func reads(_ source: String, _ value: String) throws -> Bool {
            let text = SourceText(source)
            let tree = Parser(language: Repository.language("javascript")).parse(text.bytes)
            let offset = try XCTUnwrap(source.range(of: value)).lowerBound.utf16Offset(in: source)
            let node = try XCTUnwrap(tree.root.namedDescendant(covering: offset..<offset + value.utf16.count))
            let loop = try XCTUnwrap(IterationCallbacks.enclosingLoop(node, node.ancestors(), kinds: loops, stop: stop, callbacks: callbacks, text: text))
            return IterationCallbacks.readsLoopBinding(node, loop: loop, binds: binds, text: text)
        }
        XCTAssertFalse(try reads("for (const note of notes) { const re = new RegExp(query.trim(), 'g'); }", "query.trim()"))
        XCTAssertTrue(try reads("for (const word of words) { const re = new RegExp(word + '$'); }", "word + '$'"))
        XCTAssertTrue(try reads("for (const p of parts) { pattern = pattern + p; list.push(new RegExp(pattern)); }", "(pattern)"))
    }
}
