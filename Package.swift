// swift-tools-version:6.1
import PackageDescription

// Layers, each importing only those below it (see README "Architecture"):
// CTreeSitter, CPatternWalk -> CodePalSyntax -> CodePalAnalysis -> CodePalWorkspace -> CodePalStore
// -> CodePalIDE -> CodePalLSP / codepal (CLI).
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
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CTreeSitter",
            pkgConfig: "tree-sitter",
            providers: [.apt(["libtree-sitter-dev"])]
        ),
        // Debian's libpq for the PostgreSQL learning store: a C library the system already ships,
        // instead of postgres-nio's SSL and crypto stack that every CI build would compile.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The walk of CodePal's pattern matcher (CodePalSyntax, Match/), in C for speed.
        .target(name: "CPatternWalk", dependencies: ["CTreeSitter"]),
        .target(name: "CodePalSyntax", dependencies: ["CTreeSitter", "CPatternWalk"]),
        // What every face shares and no engine needs: the JSON value with its parser and writer
        // (LSP, SARIF, `--format json`), and the version string.
        .target(name: "CodePalSupport", dependencies: ["CCoverage"]),
        // One C function: write the coverage profile before `_exit` in coverage builds.
        .target(name: "CCoverage"),
        .target(name: "CodePalAnalysis", dependencies: ["CodePalSyntax", .product(name: "Yams", package: "Yams"),
                                                       .product(name: "TOMLKit", package: "TOMLKit")]),
        // The files of a workspace: walking it, ignore rules, reading and batching, configuration
        // discovery, module paths to files. No SQLite: `codepal check` needs only this.
        .target(name: "CodePalWorkspace", dependencies: ["CodePalAnalysis", "CodePalSyntax"]),
        // SQLite through GRDB: the workspace index, its in-memory symbol table, the learning store
        // (and its PostgreSQL variant through libpq).
        .target(name: "CodePalStore", dependencies: ["CodePalWorkspace", "CodePalAnalysis", "CLibPQ", .product(name: "GRDB", package: "GRDB.swift")]),
        // IDE features over the index and open documents: navigation, completion, rename, signature help.
        .target(name: "CodePalIDE", dependencies: ["CodePalStore", "CodePalWorkspace", "CodePalAnalysis", "CodePalSyntax"]),
        .target(name: "CodePalLSP", dependencies: ["CodePalSupport", "CodePalSyntax", "CodePalAnalysis", "CodePalWorkspace", "CodePalStore", "CodePalIDE",
                                                   .product(name: "Logging", package: "swift-log"),
                                                   .product(name: "CoreMetrics", package: "swift-metrics")]),
        // LSP over WebSocket (and the demo page over HTTP) for browser editors; the sessions are
        // the same `LanguageServer` as over stdio, only the transport differs.
        .target(
            name: "CodePalWebSocket",
            dependencies: [
                "CodePalLSP", "CodePalSupport", "CodePalSyntax",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "codepal",
            dependencies: [
                "CodePalSupport", "CodePalSyntax", "CodePalAnalysis", "CodePalWorkspace", "CodePalStore", "CodePalIDE", "CodePalLSP", "CodePalWebSocket",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `make bench` measures the JSON parser against Foundation's (README, Measured).
        .executableTarget(name: "json-bench", dependencies: ["CodePalSupport"], path: "Benchmarks/JSONBench"),
        .target(name: "TestSupport", dependencies: ["CodePalSyntax"], path: "Tests/TestSupport"),
        .testTarget(name: "CodePalSyntaxTests", dependencies: ["CodePalSyntax", "TestSupport"]),
        .testTarget(name: "CodePalAnalysisTests", dependencies: ["CodePalAnalysis", "TestSupport"]),
        .testTarget(name: "CodePalWorkspaceTests", dependencies: ["CodePalWorkspace", "TestSupport"]),
        .testTarget(name: "CodePalStoreTests", dependencies: ["CodePalStore", "TestSupport"]),
        .testTarget(name: "CodePalIDETests", dependencies: ["CodePalIDE", "TestSupport"]),
        .testTarget(name: "CodePalLSPTests", dependencies: ["CodePalLSP", "CodePalSupport", "TestSupport", .product(name: "Logging", package: "swift-log")]),
        // Scripts/ holds what real editors run in the end-to-end tests (Neovim's Lua).
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "CodePalStore", "CodePalAnalysis", .product(name: "Yams", package: "Yams")], exclude: ["Support/Scripts"]),
    ],
    swiftLanguageModes: [.v5]
)
