import Foundation

/// `Grammars/<lang>/language.json`: what a language is called, which files it claims and which
/// pinned grammar artifact provides its parser. Decoding it is all the Swift a language needs.
public struct LanguageManifest: Decodable, Sendable {
    public struct Artifact: Decodable, Sendable {
        public let package: String
        public let version: String
        public let distribution: String
        public let file: String
        public let sha256: String
    }

    /// How the language's import statements name files, for go-to-definition across files.
    public struct Imports: Decodable, Sendable {
        public enum Style: String, Decodable, Sendable {
            /// `pkg.mod`, with leading dots relative to the importing file's package (Python).
            case dotted
            /// `./mod`, `../lib/mod`: paths relative to the importing file (ECMAScript); bare
            /// specifiers name packages outside the workspace.
            case path
            /// `example.com/shop/cart`: a module path names a folder, and every source file of the
            /// folder is the module (a package: its files share their top-level names without
            /// importing each other). The nearest `manifest` file above the importer (Go's
            /// `go.mod`) declares, on its `moduleDirective` line, the path of its own folder.
            case moduleFolder = "module-folder"
            /// `com.example.shop.Cart`: dotted names under a source root, where a package is a
            /// folder whose files share their top-level names (Java). A name resolves to the
            /// package's folder when one holds source files, else to the file it names
            /// (`shop/Cart.java`), else, for a member (`import static ...Cart.total`), to the
            /// file of the name before it. Source roots are the workspace root and the folders
            /// above the importer (`src/main/java`).
            case packageFolder = "package-folder"
            /// `#include "cart.h"`: a path relative to the including file, else to one of the
            /// include folders of the configuration (`[include] paths`), else to the workspace
            /// root; `<stdio.h>` names a system header, outside the workspace.
            case include
            /// `require "shop/cart"`, `require_relative "../lib/cart"`: a path without its
            /// extension, relative to the requiring file's folder, else to a `loadPaths` folder
            /// (Ruby's `lib`) of the workspace root or of a folder above the requirer, else to the
            /// workspace root; names found nowhere there are libraries outside the workspace.
            case loadPath = "load-path"
            /// `crate::shop::cart::Cart`: segments joined by `separator`, from the crate root
            /// (`relativeKeywords.root`), the importer's own module (`current`), its parent
            /// (`parent`, repeatable) or another crate of the workspace (a `manifest` whose
            /// `moduleDirective` line names it, listed by the workspace manifest's
            /// `membersDirective`). Each segment is a file `name.<ext>` or a folder holding a
            /// `folderModules` file, inside the folder of the module before it (a file's own
            /// modules sit in the folder named after it; `rootModules` files, like folder modules,
            /// keep theirs beside them); a segment naming neither is an item of the module before it.
            case modulePath = "module-path"
            /// `using Shop.Models;`: a namespace, which is every workspace file declaring it on
            /// its `moduleDirective` line (`namespace Shop.Models`), wherever the file lies (C#).
            /// A file sees the top-level names of its own namespace, of the namespaces enclosing
            /// it and of those it imports (`NamespaceScope`); no import names a file.
            case namespace
        }
        public let style: Style
        /// Extensions tried, in order, for a module named without one.
        public let extensions: [String]
        /// File names (without extension) that stand for their folder: `__init__`, `index`.
        public let folderModules: [String]
        /// The word every import statement holds (`import`): `aliases.scm` and `imports.scm` run
        /// only on the statements around it instead of walking the whole tree (`ImportStatements`).
        public let keyword: String?
        /// For `module-folder`: the file that declares a module (`go.mod`) ...
        public let manifest: String?
        /// ... and the word starting its line that names the module's path (`module`); the path
        /// follows, after an optional `=` and quotes (`module example.com/shop`, `name = "shop"`).
        public let moduleDirective: String?
        /// For `load-path`: the folders, relative to a project folder, that are on the load path.
        public let loadPaths: [String]?
        /// For `module-path` (`separator`, below, joins the segments: Rust's `::`): the words that
        /// start a path relative to the crate root, the importer's module and its parent (`crate`,
        /// `self`, `super`) ...
        public let relativeKeywords: RelativeKeywords?
        /// ... the file names (without extension) of a crate's root module (`lib`, `main`) ...
        public let rootModules: [String]?
        /// ... and the word of the workspace manifest listing its member folders (`members`).
        public let membersDirective: String?

        public struct RelativeKeywords: Decodable, Sendable {
            public let root: String
            public let current: String
            public let parent: String
        }

        /// What joins the parts of a `package-folder` name: `.` (Java) unless given (PHP's `\\`);
        /// of a `module-path` name, always given (Rust's `::`).
        public let separator: String?
        /// Namespace prefixes mapped to folders by a project file (`package-folder` only): PHP's
        /// `composer.json` maps `"App\\": "src/"` under `autoload.psr-4`, so `App\Models` is the
        /// folder `src/Models` next to it. Names no mapping covers resolve from the source roots.
        public struct NamespaceRoots: Decodable, Sendable {
            /// The JSON file, looked for at and above the importer's folder (`composer.json`).
            public let manifest: String
            /// Dotted paths of the objects mapping prefixes to a folder or a list of folders.
            public let sections: [String]
        }
        public let namespaceRoots: NamespaceRoots?

        /// Whether a module is a folder of files sharing their top-level names.
        public var modulesAreFolders: Bool { style == .moduleFolder || style == .packageFolder }
    }

    /// Where documentation and export status come from.
    public struct Conventions: Decodable, Sendable {
        public enum Documentation: String, Decodable, Sendable {
            /// The first statement of the body, when it is a string (Python).
            case docstring
            /// A `/** ... */` comment right before the definition (JSDoc, TSDoc).
            case precedingBlockComment = "preceding-block-comment"
            /// The comments right before the definition, with no blank line between (Go's doc
            /// comments, Rust's `///`), their markers (`lineComment`, `/*`, `*/`) removed.
            case precedingComments = "preceding-comments"
        }
        public enum Exports: String, Decodable, Sendable {
            /// Module-level names not starting with `_` (Python).
            case publicNames = "public-names"
            /// Definitions inside an `export` statement (ECMAScript).
            case exportStatement = "export-statement"
            /// Module-level names matching `exportedNames`, a regular expression (Go: `^\\p{Lu}`,
            /// an upper-case initial).
            case namePattern = "name-pattern"
            /// Module-level definitions whose signature matches `exportedSignatures`, a regular
            /// expression (Java: `\\bpublic\\b`, a declared modifier).
            case signaturePattern = "signature-pattern"
        }
        public let documentation: Documentation
        public let exports: Exports
        /// For `name-pattern` exports: which module-level names other modules can use.
        public let exportedNames: String?
        /// For `signature-pattern` exports: which signatures other modules can use.
        public let exportedSignatures: String?
        /// A name no scope of the file binds is a global of another file (C's functions and
        /// types, declared in headers): hover describes it from the index by name, as definition does.
        public let unboundNamesAreGlobals: Bool?
        /// Method names that make a class's instances (Ruby's `initialize`), listed as constructors
        /// in the outline, besides `constructor` and `__init__`.
        public let constructorNames: [String]?
        /// Node kinds that may stand between a definition and its preceding doc comments
        /// (Rust's attributes, `#[derive(Debug)]`).
        public let documentationSkips: [String]?
    }

    public let language: String
    public let displayName: String
    public let languageIds: [String]
    public let extensions: [String]
    /// Whole file names the language claims whatever their extension (Ruby's `Gemfile`,
    /// `Rakefile`): build files named by convention rather than by an extension.
    public let fileNames: [String]?
    public let lineComment: String?
    public let symbol: String
    public let artifact: Artifact
    public let imports: Imports?
    public let conventions: Conventions?
    /// Folders the language's tools write build output to (`build`, `dist`): files of this
    /// language inside a folder so named are not sources. None by default (Go's `go/build` and
    /// `cmd/dist` are packages).
    public let outputFolders: [String]?
    /// Keywords after which an upper-case word followed by a name is a macro the parser reads as
    /// blanks (C++'s `class JUCE_API Widget`; `AnnotationMacros`).
    public struct AnnotationMacroRule: Decodable, Sendable {
        public let after: [String]
        /// Lines holding only an upper-case macro call without `;` are read as blanks too.
        public let statementLines: Bool?
    }
    public let annotationMacros: AnnotationMacroRule?
    /// Namespace qualifiers read as blanks in front of a call (`["std::", "::"]`): C++ then meets
    /// the C rules it shares as `strcpy(...)` whether written `std::strcpy(...)` or not.
    public let callQualifiers: [String]?
    /// Marks a name node may start with that are not part of the name: Ruby's `attr_reader :total`
    /// names the method `total` with a symbol literal (`[":"]`).
    public let symbolNamePrefixes: [String]?
    /// Keywords opening a block that a keyword closes (Ruby's `class`/`def`/`do` ... `end`): a
    /// syntax error holding more openers than closers names the first one left open.
    public struct KeywordBlocks: Decodable, Sendable {
        public let openers: [String]
        public let closer: String
    }
    public let keywordBlocks: KeywordBlocks?
    /// Files of another language's extensions that this language claims when their text matches
    /// `pattern` (a regular expression): C++ takes `.h` files with `class`, `namespace`,
    /// `template <` or `::` from C (`LanguageRegistry.languageName(forPath:content:)`).
    public struct ContentClaim: Decodable, Sendable {
        public let extensions: [String]
        public let pattern: String
    }
    public let contentClaims: [ContentClaim]?
    /// Every file of the language folder but the grammar library and this manifest: queries, rules
    /// and data files, relative to the folder (`LanguagePack`).
    public let files: [String]

    public static func load(from url: URL) throws -> LanguageManifest {
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(LanguageManifest.self, from: data)
        } catch {
            throw GrammarError.badManifest(path: url.path, reason: "\(error)")
        }
    }
}
