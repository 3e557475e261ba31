import CodePalSyntax
import Foundation

/// Finds the workspace file an import names, by the language's import style (`language.json`).
/// Modules outside the workspace (the standard library, packages) resolve to nil.
public struct ModuleResolver: Sendable {
    public let root: String
    let exists: @Sendable (String) -> Bool

    public init(root: String, exists: @escaping @Sendable (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
        self.root = (root as NSString).standardizingPath
        self.exists = exists
    }

    /// The file for `module` imported from `importer` (an absolute path).
    public func resolve(_ module: String, from importer: String, imports: LanguageManifest.Imports) -> String? {
        switch imports.style {
        case .dotted: return resolveDotted(module, from: importer, imports)
        case .path: return resolvePath(module, from: importer, imports)
        case .moduleFolder: return resolveModuleFolder(module, from: importer, imports)
        case .packageFolder: return resolvePackageFolder(module, from: importer, imports)
        case .include: return resolveInclude(module, from: importer)
        case .loadPath: return resolveLoadPath(module, from: importer, imports)
        case .modulePath: return resolveModulePath(module, from: importer, imports)
        // A namespace is not one file: the navigator looks names up in the files declaring it.
        case .namespace: return nil
        }
    }

    /// `cart` (beside the requirer), `shop/cart` (under `lib/` of the workspace or of a folder
    /// above the requirer), with or without the extension; only files inside the workspace.
    private func resolveLoadPath(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        guard !module.isEmpty, !module.hasPrefix("/") else { return nil }
        let loadPaths = imports.loadPaths ?? []
        var bases = [(importer as NSString).deletingLastPathComponent]
        for folder in sourceRoots(of: importer, imports) + [root] {
            bases += loadPaths.map { (folder as NSString).appendingPathComponent($0) }
        }
        bases.append(root)
        for base in bases {
            let path = ((base as NSString).appendingPathComponent(module) as NSString).standardizingPath
            guard path.hasPrefix(root + "/") else { continue }
            for ext in imports.extensions where exists(path + "." + ext) { return path + "." + ext }
            if exists(path), !isFolder(path) { return path }
        }
        return nil
    }

    /// `cart.h`, `../lib/list.h`, `net/socket.h`: from the including file's folder, then the
    /// configured include folders, then the workspace root; only files inside the workspace.
    private func resolveInclude(_ module: String, from importer: String) -> String? {
        guard !module.isEmpty, !module.hasPrefix("<"), !module.hasPrefix("/") else { return nil }
        let bases = includeFolders(for: importer, quoted: true)
        for base in bases {
            let path = ((base as NSString).appendingPathComponent(module) as NSString).standardizingPath
            if path.hasPrefix(root + "/"), exists(path), !isFolder(path) { return path }
        }
        return nil
    }

    /// Where an include is looked for: `#include "x"` beside the including file, then in the
    /// configured include folders and the workspace root; `#include <x>` in the last two only.
    public func includeFolders(for importer: String, quoted: Bool) -> [String] {
        (quoted ? [(importer as NSString).deletingLastPathComponent] : []) + IncludePaths.shared.folders(root: root) + [root]
    }

    /// The source files of a module `resolve` returned: the file itself, or for a folder module
    /// its files with the language's extensions, sorted.
    public func files(ofModule module: String, imports: LanguageManifest.Imports) -> [String] {
        guard imports.modulesAreFolders, isFolder(module) else { return [module] }
        return Self.sourceFiles(in: module, imports)
    }

    /// The other files of the folder module holding `file` (a package's files), sorted.
    public func packageSiblings(of file: String, imports: LanguageManifest.Imports) -> [String] {
        guard imports.modulesAreFolders else { return [] }
        return Self.sourceFiles(in: (file as NSString).deletingLastPathComponent, imports).filter { $0 != file }
    }

    /// The file standing for a folder module when the module itself is the target: a folder
    /// module name (`doc.go`), else the first file.
    public func representativeFile(ofModule module: String, imports: LanguageManifest.Imports) -> String? {
        let files = files(ofModule: module, imports: imports)
        for name in imports.folderModules {
            if let file = files.first(where: { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension == name }) { return file }
        }
        return files.first
    }

    private static func sourceFiles(in folder: String, _ imports: LanguageManifest.Imports) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in !name.hasPrefix(".") && imports.extensions.contains { name.hasSuffix("." + $0) } }
            .sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// `example.com/shop/cart` imported from under the folder of a `go.mod` declaring
    /// `module example.com/shop`: that folder's `cart/`, when it holds source files. Paths of
    /// other modules (the standard library, dependencies) are outside the workspace.
    private func resolveModuleFolder(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        guard let manifestName = imports.manifest, let (folder, declared) = manifest(above: importer, named: manifestName, imports) else { return nil }
        guard module == declared || module.hasPrefix(declared + "/") else { return nil }
        let rest = module.dropFirst(declared.count).drop { $0 == "/" }
        let path = rest.isEmpty ? folder : (folder as NSString).appendingPathComponent(String(rest))
        guard path == root || path.hasPrefix(root + "/"), isFolder(path), !Self.sourceFiles(in: path, imports).isEmpty else { return nil }
        return path
    }

    /// The nearest manifest at or above the importer's folder inside the workspace: its folder
    /// and the module path it declares.
    public func manifest(above importer: String, named name: String, _ imports: LanguageManifest.Imports) -> (folder: String, module: String)? {
        var folder = (importer as NSString).deletingLastPathComponent
        while folder == root || folder.hasPrefix(root + "/") {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if exists(candidate) {
                return ModuleManifests.shared.modulePath(candidate, directive: imports.moduleDirective ?? "module").map { (folder, $0) }
            }
            if folder == root { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// The folder a source file's packages start from: its folder with its declared package's
    /// parts taken off the end (`src/main/java` for `src/main/java/com/example/app/Main.java`
    /// declaring `package com.example.app;`); the workspace root when it declares none that fits.
    /// - Parameter text: the file's text when the editor has it (else it is read from disk).
    public func packageRoot(of file: String, text: String? = nil, imports: LanguageManifest.Imports) -> String {
        guard let directive = imports.moduleDirective,
              let declared = text.map({ ModuleManifests.declared(in: $0, directive: directive) }) ?? declaredModule(ofFile: file, directive: directive)
        else { return root }
        var folder = (file as NSString).deletingLastPathComponent
        for part in declared.components(separatedBy: imports.separator ?? ".").filter({ !$0.isEmpty }).reversed() {
            guard (folder as NSString).lastPathComponent == part else { return root }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folder == root || folder.hasPrefix(root + "/") ? folder : root
    }

    /// What a source file declares on its `directive` line (`package com.example.shop;`).
    public func declaredModule(ofFile path: String, directive: String) -> String? {
        ModuleManifests.shared.modulePath(path, directive: directive)
    }

    /// `.models` (the importer's package), `..util.text` (one package up), `shop.cart` (from a
    /// source root: the workspace root, or the folder above the importer's top-level package).
    private func resolveDotted(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        let dots = module.prefix { $0 == "." }.count
        let parts = module.dropFirst(dots).split(separator: ".").map(String.init)
        var bases: [String] = []
        if dots > 0 {
            var folder = (importer as NSString).deletingLastPathComponent
            for _ in 1..<dots { folder = (folder as NSString).deletingLastPathComponent }
            bases = [folder]
        } else {
            bases = [root] + sourceRoots(of: importer, imports)
        }
        for base in bases {
            let path = parts.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
            if let file = moduleFile(path, imports) { return file }
        }
        return nil
    }

    /// `com.example.shop` (a folder of source files), `com.example.shop.Cart` (`Cart.java`),
    /// `com.example.shop.Cart.total` (a member: `Cart.java`), under the workspace root or a
    /// folder above the importer, nearest first.
    private func resolvePackageFolder(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        let separator = imports.separator ?? "."
        let parts = module.components(separatedBy: separator).filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        // Mapped prefixes first (`App\` -> `src/`), the longest first as the mapping file's tool does.
        if let roots = imports.namespaceRoots {
            for (prefix, folder) in namespaceFolders(above: importer, roots) {
                let head = prefix.components(separatedBy: separator).filter { !$0.isEmpty }
                guard parts.count > head.count || (parts.count == head.count && !head.isEmpty), Array(parts.prefix(head.count)) == head else { continue }
                if let found = packageFile(Array(parts.dropFirst(head.count)), bases: [folder], imports) { return found }
            }
        }
        return packageFile(parts, bases: sourceRoots(of: importer, imports) + [root], imports)
    }

    /// The folder of the package `parts` under one of `bases` when it holds source files, else the
    /// file it names, else the file of the name before it (a member).
    private func packageFile(_ parts: [String], bases: [String], _ imports: LanguageManifest.Imports) -> String? {
        if parts.isEmpty {
            return bases.first { isFolder($0) && !Self.sourceFiles(in: $0, imports).isEmpty }
        }
        for count in stride(from: parts.count, through: max(1, parts.count - 1), by: -1) {
            for base in bases {
                let path = parts.prefix(count).reduce(base) { ($0 as NSString).appendingPathComponent($1) }
                guard path == root || path.hasPrefix(root + "/") else { continue }
                if count == parts.count, isFolder(path), !Self.sourceFiles(in: path, imports).isEmpty { return path }
                for ext in imports.extensions where exists(path + "." + ext) { return path + "." + ext }
            }
        }
        return nil
    }

    /// The prefix-to-folder mappings of the nearest namespace manifest at or above the importer,
    /// longest prefix first, folders made absolute.
    func namespaceFolders(above importer: String, _ roots: LanguageManifest.Imports.NamespaceRoots) -> [(prefix: String, folder: String)] {
        var folder = (importer as NSString).deletingLastPathComponent
        while folder == root || folder.hasPrefix(root + "/") {
            let candidate = (folder as NSString).appendingPathComponent(roots.manifest)
            if exists(candidate) {
                return NamespaceManifests.shared.mappings(candidate, sections: roots.sections).map { entry in
                    (entry.prefix, ((folder as NSString).appendingPathComponent(entry.folder) as NSString).standardizingPath)
                }
            }
            if folder == root { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return []
    }

    /// The importer's folder and every folder above it inside the workspace, nearest first: a
    /// script's own folder is on its import path, and so is a `src/` layout's source folder.
    private func sourceRoots(of importer: String, _ imports: LanguageManifest.Imports) -> [String] {
        var folder = (importer as NSString).deletingLastPathComponent
        var roots: [String] = []
        while folder.hasPrefix(root + "/") {
            roots.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return roots
    }

    /// `./util`, `../lib/x.js`; bare names (`react`, `@scope/pkg`) are packages, not workspace files.
    private func resolvePath(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        guard module.hasPrefix("./") || module.hasPrefix("../") || module.hasPrefix("/") else { return nil }
        let base = module.hasPrefix("/") ? module : ((importer as NSString).deletingLastPathComponent as NSString).appendingPathComponent(module)
        let path = (base as NSString).standardizingPath
        if exists(path), !isFolder(path) { return path }
        // TypeScript imports name the compiled `.js` file while the source is `.ts`.
        let stem = ["js", "mjs", "cjs", "jsx"].contains((path as NSString).pathExtension) ? (path as NSString).deletingPathExtension : path
        return moduleFile(stem, imports)
    }

    /// `path.ext` for the first extension that exists, else `path/<folder module>.ext`.
    private func moduleFile(_ path: String, _ imports: LanguageManifest.Imports) -> String? {
        for ext in imports.extensions where exists(path + "." + ext) { return path + "." + ext }
        for name in imports.folderModules {
            for ext in imports.extensions {
                let candidate = (path as NSString).appendingPathComponent(name + "." + ext)
                if exists(candidate) { return candidate }
            }
        }
        return nil
    }

    func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

/// Module paths declared by manifest files (`module example.com/shop` in `go.mod`), read once per
/// version of the file: navigation and indexing ask for every import.
final class ModuleManifests: @unchecked Sendable {
    static let shared = ModuleManifests()
    private let lock = NSLock()
    private var known: [String: (stamp: Date?, module: String?)] = [:]

    func modulePath(_ path: String, directive: String) -> String? {
        let stamp = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        lock.lock()
        if let cached = known[path + "\u{0}" + directive], cached.stamp == stamp { lock.unlock(); return cached.module }
        lock.unlock()
        let module = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Self.declared(in: $0, directive: directive) }
        lock.lock()
        known[path + "\u{0}" + directive] = (stamp, module)
        lock.unlock()
        return module
    }

    /// The value of the first line starting with `directive`: `module example.com/shop`,
    /// `name = "shop"`.
    static func declared(in text: String, directive: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            guard rest.hasPrefix(directive) else { continue }
            rest = rest.dropFirst(directive.count)
            guard let first = rest.first, first == " " || first == "\t" || first == "=" else { continue }
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "=" }
            let value = rest.prefix { $0 != " " && $0 != "\t" }
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'` \t;"))
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }
}

/// Namespace prefixes and their folders read from a JSON project file (`composer.json`'s
/// `autoload.psr-4`), once per version of the file.
final class NamespaceManifests: @unchecked Sendable {
    static let shared = NamespaceManifests()
    private let lock = NSLock()
    private var known: [String: (stamp: Date?, mappings: [(prefix: String, folder: String)])] = [:]

    func mappings(_ path: String, sections: [String]) -> [(prefix: String, folder: String)] {
        let stamp = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        let key = path + "\u{0}" + sections.joined(separator: ",")
        lock.lock()
        if let cached = known[key], cached.stamp == stamp { lock.unlock(); return cached.mappings }
        lock.unlock()
        let object = (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? JSONSerialization.jsonObject(with: $0) }
        let mappings = Self.mappings(in: object, sections: sections)
        lock.lock()
        known[key] = (stamp, mappings)
        lock.unlock()
        return mappings
    }

    /// `{"autoload": {"psr-4": {"App\\": "src/", "Lib\\": ["lib/", "vendor-lib/"]}}}` with the
    /// section `autoload.psr-4`: (`App\`, `src/`), (`Lib\`, `lib/`), (`Lib\`, `vendor-lib/`),
    /// longest prefix first. Anything malformed is skipped.
    static func mappings(in object: Any?, sections: [String]) -> [(prefix: String, folder: String)] {
        var result: [(prefix: String, folder: String)] = []
        for section in sections {
            var node: Any? = object
            for key in section.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
            guard let table = node as? [String: Any] else { continue }
            for (prefix, value) in table.sorted(by: { $0.key < $1.key }) {
                let folders = (value as? String).map { [$0] } ?? (value as? [Any])?.compactMap { $0 as? String } ?? []
                for folder in folders where !folder.hasPrefix("/") { result.append((prefix, folder.isEmpty ? "." : folder)) }
            }
        }
        return result.enumerated().sorted { ($0.element.prefix.count, -$0.offset) > ($1.element.prefix.count, -$1.offset) }.map(\.element)
    }
}
