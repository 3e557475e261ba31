import Foundation

/// The files of a language folder, as its manifest lists them (`files` in `language.json`).
/// The list is the one place that says what a language is made of: the loaders read only listed
/// files, `make install` copies exactly them (`scripts/install-grammars`), and a listed file that
/// is missing, or a file that sits in the folder unlisted, is an error rather than a language that
/// quietly has no rules. An installed `codepal check` once found nothing because `rules/` was not
/// copied; this is the check that makes such an install fail loudly instead.
public enum LanguagePack {
    /// Built at setup from the pinned artifact, or the manifest itself: never listed.
    public static let builtFiles: Set<String> = ["grammar.so", "grammar.stamp", "language.json"]

    /// Problems with the folder of `manifest`: each listed file must be a readable regular file
    /// inside the folder, and each file in the folder (hidden ones aside) must be listed.
    public static func verify(_ manifest: LanguageManifest, in folder: URL) throws {
        let manager = FileManager.default
        func fail(_ path: String, _ problem: String) -> GrammarError {
            .badPack(language: manifest.displayName, path: folder.appendingPathComponent(path).path, problem: problem)
        }
        var listed: Set<String> = []
        for file in manifest.files {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw fail(file, "the listed path leaves the language folder")
            }
            guard !builtFiles.contains(file) else { throw fail(file, "a built file is listed") }
            guard listed.insert(file).inserted else { throw fail(file, "the file is listed twice") }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.appendingPathComponent(file).path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw fail(file, "a listed file is missing")
            }
            guard manager.isReadableFile(atPath: folder.appendingPathComponent(file).path) else {
                throw fail(file, "a listed file is unreadable")
            }
        }
        for file in try files(in: folder) where !listed.contains(file) && !builtFiles.contains(file) {
            throw fail(file, "the file is not listed")
        }
    }

    /// Regular files under `folder`, relative to it, hidden files and folders skipped.
    static func files(in folder: URL) throws -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder.path : folder.appendingPathComponent(relative).path
            for entry in try FileManager.default.contentsOfDirectory(atPath: path) where !entry.hasPrefix(".") {
                let child = relative.isEmpty ? entry : relative + "/" + entry
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(child).path, isDirectory: &isDirectory)
                if isDirectory.boolValue { pending.append(child) } else { found.append(child) }
            }
        }
        return found.sorted()
    }
}

extension LanguageManifest {
    /// Listed files under `folder/` with the extension `ext`, in the listed order.
    public func files(under folder: String, withExtensions extensions: Set<String>) -> [String] {
        files.filter { file in
            file.hasPrefix(folder + "/") && extensions.contains(where: { file.hasSuffix("." + $0) })
        }
    }

    public func lists(_ file: String) -> Bool { files.contains(file) }
}
