import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Completion of the module named in an import: `from .util.fo` (packages and modules of the
/// folder the dots lead to), `import "./mo` / `require("../li` (files and folders), and
/// `import "example.com/shop/ca` (the module's folders holding source files), `#include "ca`
/// and `#include <ca` (headers and folders of the include folders), `import com.ex` (packages
/// and classes).
enum ModulePathCompletion {
    struct Result {
        /// What the items replace: the part after the last `.` or `/`.
        let range: Range<Int>
        let prefix: String
        let items: [(label: String, isFolder: Bool)]
    }

    static func complete(_ file: WorkspaceNavigator.ParsedFile, offset: Int, root: String?, data: CompletionData) -> Result? {
        guard let imports = file.tree.language.manifest.imports, offset > 0,
              let leaf = file.tree.root.descendant(covering: (offset - 1)..<offset) else { return nil }
        let chain = [leaf] + leaf.ancestors().reversed().prefix(4)
        let bytes = file.text.bytes
        switch imports.style {
        case .dotted:
            // The module name of `import x.y` / `from .x import`, not the imported names.
            guard let statement = chain.first(where: { data.moduleNames.contains($0.kind) }) else { return nil }
            let moduleNode = statement.child(field: "module_name") ?? (statement.kind == "import_statement" || statement.kind == "aliased_import" ? statement.child(field: "name") : nil)
            guard let module = moduleNode, module.startByte < offset, offset <= module.endByte else { return nil }
            let typed = String(decoding: bytes[module.startByte..<offset], as: UTF8.self)
            let lastDot = typed.lastIndex(of: ".").map { typed.distance(from: typed.startIndex, to: $0) + 1 } ?? 0
            let folderPart = String(typed.prefix(lastDot))
            let prefix = String(typed.dropFirst(lastDot))
            let dots = folderPart.prefix { $0 == "." }.count
            var base: String
            if dots > 0 {
                base = (file.path as NSString).deletingLastPathComponent
                for _ in 1..<dots { base = (base as NSString).deletingLastPathComponent }
            } else {
                guard let root else { return nil }
                base = root
            }
            for part in folderPart.dropFirst(dots).split(separator: ".") { base = (base as NSString).appendingPathComponent(String(part)) }
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: entries(base, imports: imports, dotted: true))
        case .path:
            guard let string = chain.first(where: { $0.kind == "string" || $0.kind == "template_string" }), string.startByte < offset,
                  let parent = string.parent else { return nil }
            let isImport = data.moduleStrings.contains(parent.kind)
            let isRequire = parent.kind == "arguments" && (parent.parent?.child(field: "function").map { data.requireFunctions.contains($0.text(in: bytes)) } ?? false)
            guard isImport || isRequire else { return nil }
            let typed = String(decoding: bytes[(string.startByte + 1)..<offset], as: UTF8.self)
            guard typed.hasPrefix("./") || typed.hasPrefix("../") else { return nil }
            let slash = typed.lastIndex(of: "/").map { typed.distance(from: typed.startIndex, to: $0) + 1 } ?? 0
            let folder = ((file.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(String(typed.prefix(slash)))
            let prefix = String(typed.dropFirst(slash))
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: entries((folder as NSString).standardizingPath, imports: imports, dotted: false))
        case .packageFolder:
            // `import com.ex`: packages (folders) and their files' classes under the folder the
            // file's own package declaration leads up to. The statement does not parse while it
            // is typed (no `;` yet), so the line's text is read.
            guard let root, let keyword = imports.keyword, !data.moduleNames.isEmpty else { return nil }
            let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let head = String(decoding: bytes[lineStart..<offset], as: UTF8.self).drop { $0 == " " || $0 == "\t" }
            guard head.hasPrefix(keyword + " ") else { return nil }
            let typed = head.last == " " ? "" : String(head.split(separator: " ").last ?? "")
            let separator = imports.separator ?? "."
            guard typed.unicodeScalars.allSatisfy({ CompletionContext.isIdentifier(UInt8(truncatingIfNeeded: $0.value)) || separator.unicodeScalars.contains($0) })
            else { return nil }
            var parts = typed.components(separatedBy: separator)
            let prefix = parts.removeLast()
            let base = ModuleResolver(root: root).packageRoot(of: file.path, text: file.text.string, imports: imports)
            let folder = parts.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: entries(folder, imports: imports, dotted: false))
        case .loadPath:
            // `require_relative "../li`, `require "shop/ca`: files and folders where the resolver
            // looks, beside the requirer and under the load path folders of the workspace root.
            guard let root, let string = chain.first(where: { $0.kind == "string" }), string.startByte < offset,
                  let arguments = string.parent, let call = arguments.parent,
                  let shape = data.calls.first(where: { $0.kind == call.kind }),
                  call.child(field: shape.arguments)?.byteRange == arguments.byteRange,
                  let callee = call.child(field: shape.function), data.requireFunctions.contains(callee.text(in: bytes)) else { return nil }
            let typed = String(decoding: bytes[(string.startByte + 1)..<offset], as: UTF8.self)
            let slash = typed.lastIndex(of: "/").map { typed.distance(from: typed.startIndex, to: $0) + 1 } ?? 0
            let prefix = String(typed.dropFirst(slash))
            let bases = [(file.path as NSString).deletingLastPathComponent] + (imports.loadPaths ?? []).map { (root as NSString).appendingPathComponent($0) }
            var items: [(label: String, isFolder: Bool)] = []
            for base in bases {
                let folder = ((base as NSString).appendingPathComponent(String(typed.prefix(slash))) as NSString).standardizingPath
                for entry in entries(folder, imports: imports, dotted: false) where !items.contains(where: { $0.label == entry.label }) { items.append(entry) }
            }
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: items)
        case .include:
            // `#include "sh` and `#include <sh`: headers and folders where the resolver looks,
            // named as written (with their extension).
            guard let root, let pathStart = includePathStart(chain, bytes: bytes, offset: offset, data: data) else { return nil }
            let opener = bytes[pathStart]
            let typed = String(decoding: bytes[(pathStart + 1)..<offset], as: UTF8.self)
            guard !typed.contains("\"") && !typed.contains(">") else { return nil }
            let slash = typed.lastIndex(of: "/").map { typed.distance(from: typed.startIndex, to: $0) + 1 } ?? 0
            let prefix = String(typed.dropFirst(slash))
            var items: [(label: String, isFolder: Bool)] = []
            for base in ModuleResolver(root: root).includeFolders(for: file.path, quoted: opener == UInt8(ascii: "\"")) {
                let folder = ((base as NSString).appendingPathComponent(String(typed.prefix(slash))) as NSString).standardizingPath
                guard folder == root || folder.hasPrefix(root + "/") else { continue }
                for entry in entries(folder, imports: imports, dotted: false, withExtensions: true)
                where !items.contains(where: { $0.label == entry.label }) { items.append(entry) }
            }
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: items)
        case .modulePath, .namespace:
            // Not offered yet.
            return nil
        case .moduleFolder:
            // The string of an import spec: after the module's own path, its folders.
            guard let root, let manifestName = imports.manifest,
                  let string = chain.first(where: { $0.parent.map { data.moduleStrings.contains($0.kind) } ?? false }), string.startByte < offset,
                  let (base, module) = ModuleResolver(root: root).manifest(above: file.path, named: manifestName, imports) else { return nil }
            let typed = String(decoding: bytes[(string.startByte + 1)..<offset], as: UTF8.self)
            guard typed.hasPrefix(module + "/") else { return nil }
            let inside = typed.dropFirst(module.count + 1)
            let slash = inside.lastIndex(of: "/").map { inside.distance(from: inside.startIndex, to: $0) + 1 } ?? 0
            let folder = (base as NSString).appendingPathComponent(String(inside.prefix(slash)))
            let prefix = String(inside.dropFirst(slash))
            let items = entries((folder as NSString).standardizingPath, imports: imports, dotted: false).filter(\.isFolder)
            return Result(range: (offset - prefix.utf8.count)..<offset, prefix: prefix, items: items)
        }
    }

    /// Where the path of the `#include` being typed starts (its `"` or `<`): the include's path
    /// node, or, while the path is not closed yet (`#include <ca`, which does not parse as a
    /// path), the line's text up to the cursor.
    private static func includePathStart(_ chain: [Node], bytes: [UInt8], offset: Int, data: CompletionData) -> Int? {
        func isOpener(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") }
        if let path = chain.first(where: { $0.parent.map { data.moduleStrings.contains($0.kind) } ?? false }),
           path.startByte < offset, offset <= path.endByte, isOpener(bytes[path.startByte]) {
            return path.startByte
        }
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        var i = lineStart
        func skipBlanks() { while i < offset, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 } }
        skipBlanks()
        guard i < offset, bytes[i] == UInt8(ascii: "#") else { return nil }
        i += 1
        skipBlanks()
        let keyword = Array("include".utf8)
        guard offset - i > keyword.count, bytes[i..<i + keyword.count].elementsEqual(keyword) else { return nil }
        i += keyword.count
        skipBlanks()
        guard i < offset, isOpener(bytes[i]) else { return nil }
        return i
    }

    /// Modules and packages of a folder: source files without their extension (with it where
    /// imports name files, as includes do), and folders (for dotted imports, only packages:
    /// folders with an `__init__` file).
    private static func entries(_ folder: String, imports: LanguageManifest.Imports, dotted: Bool,
                                withExtensions: Bool = false) -> [(label: String, isFolder: Bool)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var result: [(String, Bool)] = []
        for name in names.sorted() where !name.hasPrefix(".") && name != "__pycache__" && name != "node_modules" {
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let isPackage = imports.folderModules.contains { module in imports.extensions.contains { FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("\(module).\($0)")) } }
                if !dotted || isPackage { result.append((name, true)) }
            } else if let ext = imports.extensions.first(where: { name.hasSuffix("." + $0) }) {
                let stem = String(name.dropLast(ext.count + 1))
                if !imports.folderModules.contains(stem) { result.append((withExtensions ? name : stem, false)) }
            }
        }
        return result
    }
}
