import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Renaming a name bound by the scope graph: a local or parameter within its scope (shadowing
/// respected by the graph), or a module-level name, class or function across the workspace
/// through the imports that bind it. Refuses keywords, builtins, literals and names defined
/// outside the workspace, invalid or reserved new names, and new names that would collide with
/// a name already visible at one of the edited places.
public struct WorkspaceRename {
    public struct Refusal: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public struct Edit: Sendable, Hashable {
        public let path: String
        public let range: Range<Int>
        public let newText: String
    }

    let navigator: WorkspaceNavigator

    public init(navigator: WorkspaceNavigator) {
        self.navigator = navigator
    }

    /// The name's range and current text, or why it cannot be renamed.
    public func prepare(path: String, offset: Int) throws -> (range: Range<Int>, placeholder: String) {
        guard let file = navigator.file(path) else { throw Refusal(message: "this file cannot be analysed") }
        let data = CompletionData.of(file.tree.language)
        let word = wordRange(file.text, offset)
        let text = String(decoding: file.text.bytes[word], as: UTF8.self)
        if let leaf = file.tree.root.namedDescendant(covering: offset..<offset), ["string", "string_content", "string_fragment", "integer", "float", "number", "true", "false", "none", "null"].contains(leaf.kind) {
            throw Refusal(message: "a literal cannot be renamed")
        }
        if data.keywords.contains(text) { throw Refusal(message: "`\(text)` is a keyword") }
        if let member = MemberRename(navigator: navigator).member(at: offset, in: file) {
            let range = wordRange(file.text, offset)
            return (range, member.name)
        }
        guard let local = file.graph.definition(at: offset) else {
            if data.builtins.contains(text) { throw Refusal(message: "`\(text)` is a builtin: it is not defined in this workspace") }
            if file.tree.language.manifest.conventions?.unboundNamesAreGlobals == true, !text.isEmpty,
               !navigator.definition(path: path, offset: offset, byNameFromIndex: true).isEmpty {
                // Ruby's methods and classes, C's functions: found by name, so a rename could not
                // tell this one from an unrelated one spelled the same.
                throw Refusal(message: "`\(text)` is found by name, not bound by a scope: renaming every `\(text)` of the workspace could change unrelated code; "
                              + "use Find References and rename by hand")
            }
            throw Refusal(message: text.isEmpty ? "there is no name here" : "`\(text)` is not defined in this workspace")
        }
        let definition = file.graph.definitions[local]
        if let info = definition.importInfo {
            let origin = navigator.origin(of: .init(path: path, definition: local), hops: 0)
            let external = origin.path == path && origin.definition == local
            // An alias (`import numpy as np`) is ours to rename; the imported name is not.
            if external, info.importedName == nil || info.importedName == definition.name {
                throw Refusal(message: "`\(definition.name)` is defined outside the workspace (module `\(info.module)`)")
            }
        }
        let occurrence = file.graph.occurrences(of: local).first { $0.contains(offset) || $0.upperBound == offset } ?? definition.nameRange
        return (occurrence, definition.name)
    }

    /// The edits, file by file, or why the rename is refused.
    public func rename(path: String, offset: Int, to newName: String) throws -> [Edit] {
        let (_, oldName) = try prepare(path: path, offset: offset)
        guard let file = navigator.file(path) else { return [] }
        let data = CompletionData.of(file.tree.language)
        guard Self.isIdentifier(newName) else { throw Refusal(message: "`\(newName)` is not a valid identifier") }
        if data.keywords.contains(newName) { throw Refusal(message: "`\(newName)` is a keyword") }
        if newName == oldName { return [] }
        // A method or attribute of a class: its definition and the accesses through receivers of that class.
        let members = MemberRename(navigator: navigator)
        if let member = members.member(at: offset, in: file) {
            if member.classSymbol.children.contains(where: { $0.name == newName }) {
                throw Refusal(message: "`\(member.classSymbol.name)` already has a member `\(newName)`")
            }
            let found = members.occurrences(of: member)
            if let unknown = found.unresolved.first, let site = navigator.text(unknown.path) {
                let line = site.position(of: unknown.range.lowerBound, in: .utf8).line + 1
                throw Refusal(message: "`.\(member.name)` is also used where the receiver's class is unknown (\(navigator.relativePath(unknown.path)):\(line)"
                              + (found.unresolved.count > 1 ? " and \(found.unresolved.count - 1) more" : "")
                              + "): annotate it or rename by hand, so that no use is missed")
            }
            return found.edits.map { Edit(path: $0.path, range: $0.range, newText: newName) }
                .sorted { ($0.path, $0.range.lowerBound) < ($1.path, $1.range.lowerBound) }
        }
        // An import alias (`money as fmt`) is renamed where it is bound and used, not at its origin.
        if let local = file.graph.definition(at: offset), let info = file.graph.definitions[local].importInfo,
           let imported = info.importedName, imported != file.graph.definitions[local].name {
            return try file.graph.occurrences(of: local).map { range in
                try checkCollision(newName, at: range, in: file, data: data)
                return Edit(path: path, range: range, newText: newName)
            }
        }
        var edits: Set<Edit> = []
        for location in navigator.references(path: path, offset: offset, includeDeclaration: true) {
            guard let site = navigator.file(location.path) else { continue }
            let range = location.stored.map { stored -> Range<Int> in
                let start = site.text.lines.lineStarts[min(stored.line, site.text.lines.lineCount - 1)] + stored.utf8.lowerBound
                return start..<(start + stored.utf8.count)
            } ?? location.range
            guard String(decoding: site.text.bytes[range.clamped(to: 0..<site.text.count)], as: UTF8.self) == oldName else {
                // An alias binding (`import { Cart as C }`): only the imported name changes.
                if let renamed = importedName(oldName, at: range, in: site) { edits.insert(Edit(path: location.path, range: renamed, newText: newName)) }
                continue
            }
            try checkCollision(newName, at: range, in: site, data: data)
            edits.insert(Edit(path: location.path, range: range, newText: newName))
        }
        // A parameter is also named by keyword arguments at the calls of its function.
        if let local = file.graph.definition(at: offset), file.graph.definitions[local].kind == "parameter" {
            for edit in keywordArgumentEdits(parameter: local, in: file, from: oldName, to: newName) { edits.insert(edit) }
        }
        // `export { Name } from "./module"` passes the old name on: its specifier changes too.
        if let local = file.graph.definition(at: offset) {
            let origin = navigator.origin(of: .init(path: path, definition: local), hops: 0)
            for reExporter in navigator.reExporters(of: origin.path, name: oldName) {
                guard let site = navigator.file(reExporter) else { continue }
                for range in ModuleBindings.reExportSpecifiers(of: oldName, tree: site.tree, text: site.text) {
                    edits.insert(Edit(path: reExporter, range: range, newText: newName))
                }
            }
        }
        return edits.sorted { ($0.path, $0.range.lowerBound) < ($1.path, $1.range.lowerBound) }
    }

    /// `f(old=...)` at every call of the parameter's function that the scope graph and the index
    /// can see (calls through attributes, `obj.f(old=...)`, are not bound to the function).
    private func keywordArgumentEdits(parameter: Int, in file: WorkspaceNavigator.ParsedFile, from oldName: String, to newName: String) -> [Edit] {
        let data = RefactorData.of(file.tree.language)
        guard let keyword = data.keywordArguments else { return [] }
        let calls = CompletionData.of(file.tree.language).calls
        let graph = file.graph
        let nameRange = graph.definitions[parameter].nameRange
        // The innermost function or method whose definition holds the parameter.
        guard let function = graph.definitions.indices
            .filter({ ["function", "method"].contains(graph.definitions[$0].kind) && graph.definitions[$0].range.contains(nameRange.lowerBound) })
            .min(by: { graph.definitions[$0].range.count < graph.definitions[$1].range.count }) else { return [] }
        var edits: [Edit] = []
        let sites = navigator.references(path: file.path, offset: graph.definitions[function].nameRange.lowerBound, includeDeclaration: false)
        for site in sites {
            guard let other = navigator.file(site.path) else { continue }
            let start = site.stored.map { other.text.lines.lineStarts[min($0.line, other.text.lines.lineCount - 1)] + $0.utf8.lowerBound } ?? site.range.lowerBound
            guard var node = other.tree.root.namedDescendant(covering: start..<start) else { continue }
            // Up to the call whose callee this name is.
            var call: (Node, CompletionData.Call)?
            for _ in 0..<3 {
                guard let parent = node.parent else { break }
                if let shape = calls.first(where: { $0.kind == parent.kind }), parent.child(field: shape.function)?.byteRange == node.byteRange {
                    call = (parent, shape)
                    break
                }
                node = parent
            }
            guard let (callNode, shape) = call, let arguments = callNode.child(field: shape.arguments) else { continue }
            for argument in arguments.namedChildren where argument.kind == keyword.kind {
                if let name = argument.child(field: keyword.name), name.text(in: other.text.bytes) == oldName {
                    edits.append(Edit(path: site.path, range: name.byteRange, newText: newName))
                }
            }
        }
        return edits
    }

    /// Refuses when `name` already means something at `site` (a definition visible there or a builtin).
    private func checkCollision(_ name: String, at range: Range<Int>, in file: WorkspaceNavigator.ParsedFile, data: CompletionData) throws {
        for index in file.graph.visibleNames(at: range.lowerBound) where file.graph.definitions[index].name == name {
            let line = file.text.position(of: file.graph.definitions[index].nameRange.lowerBound, in: .utf8).line + 1
            throw Refusal(message: "`\(name)` is already defined at \(navigator.relativePath(file.path)):\(line), visible where the name is used")
        }
        if data.builtins.contains(name) { throw Refusal(message: "`\(name)` would shadow the builtin of that name") }
    }

    /// The imported name inside an aliased import statement whose binding is at `aliasRange`.
    private func importedName(_ name: String, at aliasRange: Range<Int>, in file: WorkspaceNavigator.ParsedFile) -> Range<Int>? {
        guard let definition = file.graph.definitions.first(where: { $0.nameRange == aliasRange }), definition.importInfo != nil else { return nil }
        let bytes = file.text.bytes
        let needle = Array(name.utf8)
        var i = definition.range.lowerBound
        while i + needle.count <= min(definition.range.upperBound, bytes.count) {
            if bytes[i..<i + needle.count].elementsEqual(needle),
               i == 0 || !CompletionContext.isIdentifier(bytes[i - 1]),
               i + needle.count >= bytes.count || !CompletionContext.isIdentifier(bytes[i + needle.count]) {
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }

    private func wordRange(_ text: SourceText, _ offset: Int) -> Range<Int> {
        var start = max(0, min(offset, text.count))
        var end = start
        while start > 0, CompletionContext.isIdentifier(text.bytes[start - 1]) { start -= 1 }
        while end < text.count, CompletionContext.isIdentifier(text.bytes[end]) { end += 1 }
        return start..<end
    }

    /// Letters, digits, `_` and `$` (and any non-ASCII letter), not starting with a digit.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !CharacterSet.decimalDigits.contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || CharacterSet.alphanumerics.contains($0) }
    }
}
