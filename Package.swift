// swift-tools-version:6.1
import PackageDescription

// Layers, each importing only those below it (see README "Architecture"):
// CTreeSitter, CPatternWalk -> CodePalSyntax -> CodePalAnalysis -> CodePalStore -> CodePalLSP / codepal (CLI).
let package = Package(
    name: "CodePal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "codepal", targets: ["codepal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CTreeSitter",
            pkgConfig: "tree-sitter",
            providers: [.apt(["libtree-sitter-dev"])]
        ),
        // The walk of CodePal's pattern matcher (CodePalSyntax, Match/), in C for speed.
        .target(name: "CPatternWalk", dependencies: ["CTreeSitter"]),
        .target(name: "CodePalSyntax", dependencies: ["CTreeSitter", "CPatternWalk"]),
        .target(name: "CodePalAnalysis", dependencies: ["CodePalSyntax", .product(name: "Yams", package: "Yams")]),
        .target(name: "CodePalStore", dependencies: ["CodePalAnalysis", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "CodePalLSP", dependencies: ["CodePalSyntax", "CodePalAnalysis", "CodePalStore"]),
        // LSP over WebSocket (and the demo page over HTTP) for browser editors; the sessions are
        // the same `LanguageServer` as over stdio, only the transport differs.
        .target(
            name: "CodePalWebSocket",
            dependencies: [
                "CodePalLSP", "CodePalSyntax",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "codepal",
            dependencies: [
                "CodePalSyntax", "CodePalAnalysis", "CodePalLSP", "CodePalStore", "CodePalWebSocket",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["CodePalSyntax"], path: "Tests/TestSupport"),
        .testTarget(name: "CodePalSyntaxTests", dependencies: ["CodePalSyntax", "TestSupport"]),
        .testTarget(name: "CodePalAnalysisTests", dependencies: ["CodePalAnalysis", "TestSupport"]),
        .testTarget(name: "CodePalLSPTests", dependencies: ["CodePalLSP", "TestSupport"]),
        // Scripts/ holds what real editors run in the end-to-end tests (Neovim's Lua).
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"], exclude: ["Support/Scripts"]),
    ],
    swiftLanguageModes: [.v5]
)
