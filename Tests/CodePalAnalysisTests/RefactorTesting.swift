@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// What every language's refactoring tests do: parse and resolve a source, find a selection by
/// the text it covers, apply a refactoring's edits and check that the result still parses.
enum RefactorTesting {
    struct NoRefactoring: Error, CustomStringConvertible {
        let outcome: String
        var description: String { "expected a refactoring, got \(outcome)" }
    }

    static func parse(_ source: String, _ language: String) throws -> (SyntaxTree, SourceText, ScopeGraph) {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        return (tree, text, try ScopeResolver.resolve(tree: tree, text: text))
    }

    /// The UTF-8 byte range of the first occurrence of `needle`.
    static func range(of needle: String, in source: String, file: StaticString = #filePath, line: UInt = #line) throws -> Range<Int> {
        let found = try XCTUnwrap(source.range(of: needle), needle, file: file, line: line)
        let start = source.utf8.distance(from: source.utf8.startIndex, to: found.lowerBound)
        return start..<(start + needle.utf8.count)
    }

    /// The source with the edits applied; when `language` is given, asserts that it parses.
    static func apply(_ edits: [TextEdit], to source: String, checking language: String?,
                      file: StaticString = #filePath, line: UInt = #line) -> String {
        var bytes = Array(source.utf8)
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        let result = String(decoding: bytes, as: UTF8.self)
        if let language {
            XCTAssertFalse(Parser(language: Repository.language(language)).parse(bytes).root.hasError, result, file: file, line: line)
        }
        return result
    }

    static func extractFunction(_ selected: String, in source: String, _ language: String) throws -> ExtractFunction.Outcome? {
        let (tree, text, graph) = try parse(source, language)
        return ExtractFunction.action(selection: try range(of: selected, in: source), tree: tree, text: text, graph: graph)
    }

    /// The extracted source; a refusal (or nothing offered) fails the test with what came instead.
    static func applied(_ outcome: ExtractFunction.Outcome?, to source: String, _ language: String,
                        file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard case .refactoring(let refactoring)? = outcome else { throw NoRefactoring(outcome: String(describing: outcome)) }
        return apply(refactoring.edits, to: source, checking: language, file: file, line: line)
    }
}
