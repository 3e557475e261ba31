@testable import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Every refactoring result parses without new errors: extract variable, extract function and
/// inline variable applied wherever they are offered in the repository's fixture code (the lint
/// corpus, the navigation workspaces, the metrics and outline fixtures).
final class RefactorPropertyTests: XCTestCase {
    func testRefactoringsNeverIntroduceSyntaxErrors() throws {
        var generator = SeededGenerator(seed: 42)
        var applied = (extractVariable: 0, extractFunction: 0, inline: 0)
        var failures: [String] = []
        for file in try fixtureFiles() {
            guard let language = try Repository.registry.language(forPath: file.path) else { continue }
            let text = SourceText(bytes: Array(try Data(contentsOf: file)))
            let tree = Parser(language: language).parse(text.bytes)
            guard let graph = try? ScopeResolver.resolve(tree: tree, text: text) else { continue }
            let errorsBefore = errorCount(tree)
            func check(_ refactoring: Refactoring, _ what: String) {
                let result = apply(refactoring.edits, to: text.bytes)
                let after = Parser(language: language).parse(result)
                if errorCount(after) > errorsBefore {
                    failures.append("\(file.lastPathComponent): \(refactoring.title) (\(what)) made errors:\n\(String(decoding: result, as: UTF8.self))")
                }
            }
            // Extract variable on a sample of expressions.
            var expressions: [Node] = []
            tree.root.walk { node in
                if node.isNamed, node.childCount > 0, node.byteRange.count < 120 { expressions.append(node) }
                return true
            }
            for node in expressions.shuffled(using: &generator).prefix(6) {
                for refactoring in ExtractVariable.actions(selection: node.byteRange, tree: tree, text: text, graph: graph) {
                    check(refactoring, "selection \(node.byteRange)")
                    applied.extractVariable += 1
                }
            }
            // Inline every variable definition.
            for definition in graph.definitions {
                if case .refactoring(let refactoring)? = InlineVariable.action(at: definition.nameRange.lowerBound, tree: tree, text: text, graph: graph) {
                    check(refactoring, "at \(definition.nameRange)")
                    applied.inline += 1
                }
            }
            // Extract function on runs of one or two statements of blocks.
            var blocks: [Node] = []
            tree.root.walk { node in
                if RefactorData.of(language).blocks.contains(node.kind) { blocks.append(node) }
                return true
            }
            for block in blocks.shuffled(using: &generator).prefix(4) {
                let statements = block.namedChildren.filter { $0.kind != "comment" }
                guard !statements.isEmpty else { continue }
                let start = Int.random(in: 0..<statements.count, using: &generator)
                let end = min(statements.count - 1, start + Int.random(in: 0...1, using: &generator))
                let selection = statements[start].startByte..<statements[end].endByte
                if case .refactoring(let refactoring)? = ExtractFunction.action(selection: selection, tree: tree, text: text, graph: graph) {
                    check(refactoring, "selection \(selection)")
                    applied.extractFunction += 1
                }
            }
        }
        XCTAssertTrue(failures.isEmpty, failures.prefix(3).joined(separator: "\n\n"))
        // The property must have been exercised, not vacuously true.
        XCTAssertGreaterThan(applied.extractVariable, 200)
        XCTAssertGreaterThan(applied.inline, 100)
        XCTAssertGreaterThan(applied.extractFunction, 50)
    }

    private func fixtureFiles() throws -> [URL] {
        let folders = ["lint-corpus", "workspaces", "metrics", "symbols"].map { Repository.fixtures.appendingPathComponent($0) }
        var files: [URL] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in enumerator where ["py", "js", "ts", "tsx", "jsx"].contains(url.pathExtension) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    private func errorCount(_ tree: SyntaxTree) -> Int {
        var count = 0
        tree.root.walk { node in
            if node.isError || node.isMissing { count += 1 }
            return node.hasError
        }
        return count
    }

    private func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        return result
    }
}
