import Foundation
import XCTest

/// `codepal index` and `codepal symbols`: the first increment of the workspace index.
final class IndexTests: EndToEndTestCase {
    func workspace() throws -> URL {
        let root = try temporaryDirectory()
        _ = try write("class Cart:\n    def add_item(self, item):\n        pass\n\ndef checkout(cart):\n    return cart\n", to: root.appendingPathComponent("shop/cart.py"))
        _ = try write("export function addItem(list, item) { return [...list, item]; }\nexport class CartView {}\n", to: root.appendingPathComponent("web/cart.js"))
        return root
    }

    func symbols(_ root: URL, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try run(["symbols"] + arguments + ["--format", "json"], in: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func testIndexThenSearchRanksExactPrefixAndFuzzy() throws {
        let root = try workspace()
        let indexed = try run(["index", "."], in: root)
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        XCTAssertTrue(indexed.stderr.hasPrefix("indexed 2 files (2 changed, 0 unchanged, 0 removed, 0 skipped), 5 symbols"), indexed.stderr)

        let found = try symbols(root, ["additem"])
        XCTAssertEqual(found.map { $0["name"] as? String }, ["addItem", "add_item"], "exact (case-insensitive) before fuzzy")
        let method = try XCTUnwrap(found.last)
        XCTAssertEqual(method["kind"] as? String, "method")
        XCTAssertEqual(method["container"] as? String, "Cart")
        XCTAssertEqual(method["file"] as? String, "shop/cart.py")
        XCTAssertEqual(method["line"] as? Int, 2)
        XCTAssertEqual(method["column"] as? Int, 9)
        XCTAssertEqual(method["endLine"] as? Int, 3)

        XCTAssertEqual(try symbols(root, ["cart", "--kind", "class"]).map { $0["name"] as? String }, ["Cart", "CartView"])
        XCTAssertEqual(try symbols(root, ["ckt"]).map { $0["name"] as? String }, ["checkout"], "letters in order")
        XCTAssertEqual(try symbols(root, []).count, 5, "no query lists everything (but parameters and locals)")
        XCTAssertEqual(try symbols(root.appendingPathComponent("shop"), ["CartView"]).first?["file"] as? String, "web/cart.js",
                       "from a subfolder, the workspace's index is found above")
    }

    func testParametersAndLocalsAreIndexedApartWithTheirFunction() throws {
        let root = try workspace()
        _ = try write("""
            def total(prices, rate=0.2):
                subtotal = sum(prices)
                subtotal = subtotal * (1 + rate)
                doubled = [p * 2 for p in prices]
                return subtotal

            class Shelf:
                size = 3
                def put(self, item):
                    self.items = [item]
            """, to: root.appendingPathComponent("shop/pricing.py"))
        let indexed = try run(["index", "."], in: root)
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        XCTAssertTrue(indexed.stderr.contains("parameters and locals"), indexed.stderr)

        let parameters = try symbols(root, ["", "--kind", "parameter"])
        let rows = parameters.map { "\($0["container"] as? String ?? "-").\($0["name"] as? String ?? "?")@\($0["file"] as? String ?? "?"):\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)" }
        XCTAssertEqual(Set(rows), ["Cart.add_item.self@shop/cart.py:2:18", "Cart.add_item.item@shop/cart.py:2:24",
                                   "checkout.cart@shop/cart.py:5:14", "addItem.list@web/cart.js:1:25", "addItem.item@web/cart.js:1:31",
                                   "total.prices@shop/pricing.py:1:11", "total.rate@shop/pricing.py:1:19",
                                   "Shelf.put.self@shop/pricing.py:9:13", "Shelf.put.item@shop/pricing.py:9:19"])

        let locals = try symbols(root, ["", "--kind", "local"])
        XCTAssertEqual(locals.filter { $0["name"] as? String == "subtotal" }.count, 1, "a name bound twice in one scope is one row, at its first binding")
        XCTAssertEqual(locals.first { $0["name"] as? String == "subtotal" }?["line"] as? Int, 2)
        XCTAssertEqual(locals.first { $0["name"] as? String == "doubled" }?["container"] as? String, "total")
        XCTAssertEqual(locals.first { $0["name"] as? String == "p" }?["container"] as? String, "total", "comprehension variables belong to the function")
        XCTAssertNil(locals.first { $0["name"] as? String == "size" }, "class attributes are symbols, not locals")
        XCTAssertFalse(try symbols(root, ["subtotal"]).contains { $0["name"] as? String == "subtotal" }, "locals stay out of a plain search")
    }

    func testIncrementalUpdateAndRemoval() throws {
        let root = try workspace()
        XCTAssertEqual(try run(["index", "."], in: root).status, 0)
        _ = try write("def renamed():\n    pass\n", to: root.appendingPathComponent("shop/cart.py"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("web/cart.js"))
        let again = try run(["index", "."], in: root)
        XCTAssertTrue(again.stderr.hasPrefix("indexed 1 files (1 changed, 0 unchanged, 1 removed, 0 skipped), 1 symbols"), again.stderr)
        XCTAssertEqual(try symbols(root, []).map { $0["name"] as? String }, ["renamed"])
        let unchanged = try run(["index", "."], in: root)
        XCTAssertTrue(unchanged.stderr.hasPrefix("indexed 1 files (0 changed, 1 unchanged"), unchanged.stderr)
        // A new modification time with the same content is not a change.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: root.appendingPathComponent("shop/cart.py").path)
        let touched = try run(["index", "."], in: root)
        XCTAssertTrue(touched.stderr.hasPrefix("indexed 1 files (0 changed, 1 unchanged"), touched.stderr)
        // Same size, new content, new time: re-indexed.
        _ = try write("def rebuilt():\n    pass\n", to: root.appendingPathComponent("shop/cart.py"))
        let sameSize = try run(["index", "."], in: root)
        XCTAssertTrue(sameSize.stderr.hasPrefix("indexed 1 files (1 changed"), sameSize.stderr)
        XCTAssertEqual(try symbols(root, []).map { $0["name"] as? String }, ["rebuilt"])
    }

    func testCorruptIndexIsRebuiltWithAWarning() throws {
        let root = try workspace()
        _ = try write("this is not a database", to: root.appendingPathComponent(".codepal/index.sqlite"))
        let result = try run(["index", "."], in: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: index") && result.stderr.contains("started a new one"), result.stderr)
        XCTAssertEqual(try symbols(root, []).count, 5)
        // The unusable file is kept aside, not deleted.
        let aside = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".codepal").path).filter { $0.contains(".unusable-") }
        XCTAssertEqual(aside.count, 1, "\(aside)")
    }

    /// Functions nested 1,500 deep: each local's container is found in one sweep (finding it by
    /// walking the outline per local was cubic and took minutes).
    func testLocalsOfDeeplyNestedFunctionsGetTheirWholeContainer() throws {
        let root = try temporaryDirectory()
        let depth = 1500
        _ = try write("function g(p) {" + String(repeating: "function h(q) {", count: depth) + "let r = q;" + String(repeating: "}", count: depth) + "}\n",
                      to: root.appendingPathComponent("deep.js"))
        let indexed = try run(["index", "."], in: root)
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        let local = try XCTUnwrap(try symbols(root, ["r", "--kind", "local"]).first { $0["name"] as? String == "r" })
        XCTAssertEqual(local["container"] as? String, (["g"] + Array(repeating: "h", count: depth)).joined(separator: "."))
    }

    func testSearchWithoutAnIndexExplainsWhatToRun() throws {
        let root = try temporaryDirectory()
        let result = try run(["symbols", "x"], in: root)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("run `codepal index` first"), result.stderr)
    }

    /// An index above a repository's root belongs to something else: the search stops at `.git`.
    func testSearchStopsAtTheRepositoryRoot() throws {
        let outer = try temporaryDirectory()
        try write("def outer_helper():\n    pass\n", to: outer.appendingPathComponent("outer.py"))
        XCTAssertEqual(try run(["index", "."], in: outer).status, 0)
        let repository = outer.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try write("def inner():\n    pass\n", to: repository.appendingPathComponent("src/inner.py"))
        let inside = try run(["symbols", "outer_helper"], in: repository.appendingPathComponent("src"))
        XCTAssertEqual(inside.status, 2, inside.stdout)
        XCTAssertTrue(inside.stderr.contains("run `codepal index` first"), inside.stderr)
        XCTAssertTrue(try run(["symbols", "outer_helper"], in: outer).stdout.contains("outer_helper"))
    }

    func testCodepalTomlExcludesStayOutOfTheIndex() throws {
        let root = try workspace()
        _ = try write("[lint]\nexclude = [\"web/**\"]\n", to: root.appendingPathComponent(".codepal.toml"))
        let indexed = try run(["index", "."], in: root)
        XCTAssertTrue(indexed.stderr.hasPrefix("indexed 1 files"), indexed.stderr)
        XCTAssertEqual(try symbols(root, ["CartView"]).count, 0)
    }

    func testAFolderNamedExplicitlyIsIndexedEvenWhenAnEnclosingGitignoreIgnoresIt() throws {
        let repository = try temporaryDirectory()
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        _ = try write("generated/\n", to: repository.appendingPathComponent(".gitignore"))
        let corpus = repository.appendingPathComponent("generated/corpus")
        _ = try write("def top():\n    pass\n", to: corpus.appendingPathComponent("top.py"))
        _ = try write("def nested():\n    pass\n", to: corpus.appendingPathComponent("pkg/nested.py"))
        _ = try write("skipped.py\n", to: corpus.appendingPathComponent("pkg/.gitignore"))
        _ = try write("def skipped():\n    pass\n", to: corpus.appendingPathComponent("pkg/skipped.py"))
        let explicit = try run(["index", corpus.path, "--db", repository.appendingPathComponent("x.sqlite").path])
        XCTAssertTrue(explicit.stderr.hasPrefix("indexed 2 files"), "the corpus's own .gitignore still applies: \(explicit.stderr)")
        let whole = try run(["index", repository.path, "--db", repository.appendingPathComponent("y.sqlite").path])
        XCTAssertTrue(whole.stderr.hasPrefix("indexed 0 files"), "from the repository root, generated/ stays ignored: \(whole.stderr)")
    }

    /// Killing `codepal index` at any moment leaves an index that opens without repair, and
    /// the next run completes it.
    func testKilledIndexRunLeavesAConsistentIndex() throws {
        let root = try temporaryDirectory()
        for folder in 0..<30 {
            for file in 0..<60 {
                let body = (0..<20).map { "def function_\(folder)_\(file)_\($0)(x):\n    return x + \($0)\n" }.joined()
                _ = try write(body, to: root.appendingPathComponent("pkg\(folder)/module\(file).py"))
            }
        }
        for delay in [0.15, 0.4, 0.8] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["index", root.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let again = try run(["index", root.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(again.stderr.contains("could not be used"), "the killed runs left a database that needs no repair: \(again.stderr)")
        XCTAssertTrue(again.stderr.contains("indexed 1800 files") && again.stderr.contains("36000 symbols"), again.stderr)
        let found = try symbols(root, ["function_29_59_19"])
        XCTAssertEqual(found.first?["file"] as? String, "pkg29/module59.py")
    }
}
