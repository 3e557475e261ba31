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
        }
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

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
