import CodePalSyntax
import Foundation

/// `module-path` imports (`LanguageManifest.Imports.Style.modulePath`): Rust's `crate::shop::Cart`,
/// `super::cart`, `self::tax`, `mod cart;` and paths starting at another crate of the workspace.
extension ModuleResolver {
    func resolveModulePath(_ module: String, from importer: String, _ imports: LanguageManifest.Imports) -> String? {
        guard let separator = imports.separator, !separator.isEmpty else { return nil }
        let parts = module.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        let keywords = imports.relativeKeywords
        var rest = parts.dropFirst()
        var current: (file: String, children: String)
        if first == keywords?.root {
            guard let crateRoot = crateRoot(of: importer, imports) else { return nil }
            current = (crateRoot, Self.folder(of: crateRoot))
        } else if first == keywords?.current {
            current = (importer, childFolder(of: importer, imports))
        } else if first == keywords?.parent {
            var folder = Self.folder(of: childFolder(of: importer, imports))
            while rest.first == keywords?.parent {
                rest = rest.dropFirst()
                folder = Self.folder(of: folder)
            }
            guard let file = moduleFile(ofChildFolder: folder, importer: importer, imports) else { return nil }
            current = (file, folder)
        } else {
            // A bare path: a module declared beside the importer (`mod cart;` and `use cart::Cart`
            // in the same file), else another crate of the workspace.
            let here = childFolder(of: importer, imports)
            if let file = child(first, in: here, imports) {
                current = (file, childFolder(of: file, imports))
            } else if let crateRoot = workspaceCrates(near: importer, imports)[first] {
                current = (crateRoot, Self.folder(of: crateRoot))
            } else {
                return nil
            }
        }
        for part in rest {
            guard let file = child(part, in: current.children, imports) else { break }  // an item of `current`
            current = (file, childFolder(of: file, imports))
        }
        return current.file.hasPrefix(root + "/") ? current.file : nil
    }

    /// `name.rs` or `name/mod.rs` in `folder`.
    private func child(_ name: String, in folder: String, _ imports: LanguageManifest.Imports) -> String? {
        let path = (folder as NSString).appendingPathComponent(name)
        for ext in imports.extensions where exists(path + "." + ext) { return path + "." + ext }
        for module in imports.folderModules {
            for ext in imports.extensions {
                let candidate = (path as NSString).appendingPathComponent(module + "." + ext)
                if exists(candidate) { return candidate }
            }
        }
        return nil
    }

    /// Where a module file's own modules live: beside a folder module or crate root
    /// (`mod.rs`, `lib.rs`), else in the folder named after the file (`cart.rs` → `cart/`).
    func childFolder(of file: String, _ imports: LanguageManifest.Imports) -> String {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = Self.folder(of: file)
        if imports.folderModules.contains(stem) || (imports.rootModules ?? []).contains(stem) { return folder }
        return (folder as NSString).appendingPathComponent(stem)
    }

    /// The module file whose modules live in `folder`: `folder.rs`, `folder/mod.rs`, or a crate
    /// root in it (`folder/lib.rs`).
    private func moduleFile(ofChildFolder folder: String, importer: String, _ imports: LanguageManifest.Imports) -> String? {
        for ext in imports.extensions where exists(folder + "." + ext) { return folder + "." + ext }
        for name in imports.folderModules + (imports.rootModules ?? []) {
            for ext in imports.extensions {
                let candidate = (folder as NSString).appendingPathComponent(name + "." + ext)
                if exists(candidate) { return candidate }
            }
        }
        return nil
    }

    /// The crate root of the importer: the nearest `lib.rs`/`main.rs` in its folder or above,
    /// not above the folder of its crate's manifest.
    func crateRoot(of importer: String, _ imports: LanguageManifest.Imports) -> String? {
        let top = imports.manifest.flatMap { manifestFolder(above: importer, named: $0) } ?? root
        var folder = Self.folder(of: importer)
        while folder == top || folder.hasPrefix(top + "/") {
            for name in imports.rootModules ?? [] {
                for ext in imports.extensions {
                    let candidate = (folder as NSString).appendingPathComponent(name + "." + ext)
                    if exists(candidate) { return candidate }
                }
            }
            if folder == top { break }
            folder = Self.folder(of: folder)
        }
        return nil
    }

    private func manifestFolder(above importer: String, named name: String) -> String? {
        var folder = Self.folder(of: importer)
        while folder == root || folder.hasPrefix(root + "/") {
            if exists((folder as NSString).appendingPathComponent(name)) { return folder }
            if folder == root { break }
            folder = Self.folder(of: folder)
        }
        return nil
    }

    /// The crates of the workspace by the name code uses for them (`my-shop` is `my_shop`):
    /// the workspace manifest's members (`members = ["shop", "crates/*"]`) and the workspace
    /// root's own package, each with its crate root.
    func workspaceCrates(near importer: String, _ imports: LanguageManifest.Imports) -> [String: String] {
        guard let manifestName = imports.manifest else { return [:] }
        let directive = imports.moduleDirective ?? "name"
        var folders = [root]
        let workspaceManifest = (root as NSString).appendingPathComponent(manifestName)
        if let members = imports.membersDirective, let text = try? String(contentsOfFile: workspaceManifest, encoding: .utf8) {
            for member in Self.listValue(in: text, key: members) {
                if member.hasSuffix("/*") {
                    let parent = (root as NSString).appendingPathComponent(String(member.dropLast(2)))
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
                    folders += names.sorted().map { (parent as NSString).appendingPathComponent($0) }
                } else {
                    folders.append(((root as NSString).appendingPathComponent(member) as NSString).standardizingPath)
                }
            }
        }
        var crates: [String: String] = [:]
        for folder in folders {
            let manifest = (folder as NSString).appendingPathComponent(manifestName)
            guard exists(manifest), let name = ModuleManifests.shared.modulePath(manifest, directive: directive) else { continue }
            let source = (folder as NSString).appendingPathComponent("src")
            for module in imports.rootModules ?? [] {
                let candidate = (source as NSString).appendingPathComponent(module + "." + (imports.extensions.first ?? ""))
                if exists(candidate) { crates[name.replacingOccurrences(of: "-", with: "_")] = candidate; break }
            }
        }
        return crates
    }

    /// The strings of `key = [ "a", "b" ]`, over several lines if need be.
    static func listValue(in text: String, key: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: "(?m)^\\s*" + NSRegularExpression.escapedPattern(for: key) + "\\s*=\\s*\\[([^\\]]*)\\]"),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return [] }
        let body = text[range].split(separator: "\n").map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }.joined(separator: "\n")
        return body.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t\n\r")) }.filter { !$0.isEmpty }
    }

    static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }
}
