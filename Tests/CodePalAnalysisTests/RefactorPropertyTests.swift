@testable import CodePalAnalysis
import CodePalSyntax
import Foundation
import TestSupport
import XCTest

/// Every refactoring result parses without new errors: extract variable, extract function and
/// inline variable applied wherever they are offered in the repository's fixture code (the lint
/// corpus, the navigation workspaces, the metrics and outline fixtures) and in a sample of real
/// code (Python's standard library, npm's sources) when the machine has them.
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
            // Inline variable definitions (a sample in large files).
            for definition in graph.definitions.shuffled(using: &generator).prefix(25) {
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

    /// The fixture code, plus real code where the machine has it: every 50th module of Python's
    /// standard library and every 25th file of the npm package bundled with node.
    private func fixtureFiles() throws -> [URL] {
        let folders = ["lint-corpus", "workspaces", "metrics", "symbols"].map { Repository.fixtures.appendingPathComponent($0) }
        var files: [URL] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in enumerator where ["py", "js", "ts", "tsx", "jsx", "go", "c", "cpp", "java", "rs", "rb", "cs"].contains(url.pathExtension) { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        for (root, ext, every) in [(Self.pythonStdlib(), "py", 50), (Self.npmRoot(), "js", 25)] {
            guard let root, let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: nil) else { continue }
            let found = enumerator.compactMap { $0 as? URL }
                .filter { $0.pathExtension == ext && !$0.path.contains("site-packages") && ((try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) < 200_000 }
                .sorted { $0.path < $1.path }
            files += found.enumerated().filter { $0.offset % every == 0 }.map(\.element)
        }
        return files
    }

    private static func pythonStdlib() -> String? { run("/usr/bin/env", ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]) }

    private static func npmRoot() -> String? {
        guard let npm = run("/usr/bin/env", ["sh", "-c", "command -v npm"]) else { return nil }
        let real = URL(fileURLWithPath: npm).resolvingSymlinksInPath()
        return real.deletingLastPathComponent().deletingLastPathComponent().path
    }

    private static func run(_ tool: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        return process.terminationStatus == 0 && !output.isEmpty ? output : nil
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
