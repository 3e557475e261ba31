import CodePalAnalysis
import CodePalSyntax
import CodePalWorkspace
import Foundation

extension WorkspaceNavigator {
    /// Every use of a global name (a Ruby method, class or constant; a C function) in the
    /// workspace's files of the same language: the identifiers so spelled that no scope binds to a
    /// local, plus the definitions the index holds. A guess by name, as go-to-definition of such
    /// names is: a class reopened in several files, or a method any object may answer, has them all.
    func globalReferences(named name: String, from path: String, includeDeclaration: Bool) -> [SourceLocation] {
        guard !name.isEmpty, let language = registry.languageName(forPath: path, content: open[path].map { Array($0.text.bytes.prefix(65_536)) }) else { return [] }
        let definitions = Set(indexedDefinitions(named: name, near: path))
        guard !definitions.isEmpty || open.keys.contains(path) else { return [] }
        var files = Set(open.keys.filter { registry.languageName(forPath: $0, content: open[$0].map { Array($0.text.bytes.prefix(65_536)) }) == language })
        if let root, let indexed = try? database?.fileHashes().keys {
            for relative in indexed {
                let absolute = (root as NSString).appendingPathComponent(relative)
                if registry.languageName(forPath: absolute) == language { files.insert(absolute) }
            }
        }
        let needle = Array(name.utf8)
        var result: [SourceLocation] = []
        for candidate in files.sorted() {
            guard let text = text(candidate), Self.contains(text.bytes, needle), let parsed = file(candidate) else { continue }
            parsed.tree.root.walk { node in
                guard node.childCount == 0 else { return true }
                guard node.isNamed, !node.isComment, !node.kind.contains("string"), node.endByte - node.startByte == needle.count,
                      text.bytes[node.startByte..<node.endByte].elementsEqual(needle), parsed.graph.definition(at: node.startByte) == nil else { return false }
                let location = SourceLocation(path: candidate, range: node.byteRange)
                if includeDeclaration || !definitions.contains(location) { result.append(location) }
                return false
            }
        }
        if includeDeclaration {
            for definition in definitions where !result.contains(definition) { result.append(definition) }
        }
        return result
    }
}
