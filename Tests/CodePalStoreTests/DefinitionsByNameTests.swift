@testable import CodePalStore
import XCTest

/// Definitions by name answer from a few index lookups (the asking file's folder first), and must
/// say what ordering every definition of the name and taking the first ones says.
final class DefinitionsByNameTests: XCTestCase {
    func testNearestFirstAndLimitedAgreeWithTheWholeList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codepal-definitions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase(path: folder.appendingPathComponent("index.sqlite").path)
        let paths = ["top.py", "other.py", "a/x.py", "a/y.py", "a/b/z.py", "ab/w.py", "c/v.py", "c[1]/u.py", "c[1]/t.py"]
        var random = SymbolTableTests.Generator(state: 11)
        var files: [IndexedFile] = []
        for path in paths {
            let symbols = (1...Int.random(in: 1...6, using: &random)).map { line -> IndexedSymbol in
                let name = ["run", "get", "main"].randomElement(using: &random)!
                return IndexedSymbol(name: name, kind: "function", container: Bool.random(using: &random) ? nil : "C",
                                     line: line * 3, column: 5, endLine: line * 3 + 1, utf16Column: 5, utf8Column: 5)
            }
            files.append(IndexedFile(path: path, hash: "h", language: "python", symbols: symbols))
        }
        try database.update(files)
        func key(_ m: SymbolMatch) -> String { "\(m.file):\(m.symbol.line)" }
        for name in ["run", "get", "main", "absent"] {
            let all = try database.definitions(named: name)
            for near in paths {
                let dir = (near as NSString).deletingLastPathComponent
                func rank(_ path: String) -> Int {
                    if path == near { return 0 }
                    let parent = (path as NSString).deletingLastPathComponent
                    let inFolder = dir.isEmpty ? parent.isEmpty : path.hasPrefix(dir + "/")
                    return inFolder ? 1 : 2
                }
                let answered = try database.definitions(named: name, near: near, limit: 1000).map(key)
                XCTAssertEqual(Set(answered), Set(all.map(key)), "\(name) near \(near): every definition once")
                XCTAssertEqual(answered.count, all.count, "\(name) near \(near): no duplicates")
                let nearby = all.filter { rank($0.file) < 2 }.sorted { (rank($0.file), $0.file, $0.symbol.line) < (rank($1.file), $1.file, $1.symbol.line) }.map(key)
                XCTAssertEqual(Array(answered.prefix(nearby.count)), nearby, "\(name) near \(near): the file, then its folder, first")
                for limit in [1, 2, 5] {
                    XCTAssertEqual(try database.definitions(named: name, near: near, limit: limit).map(key), Array(answered.prefix(limit)),
                                   "\(name) near \(near) limit \(limit)")
                }
            }
            for path in paths {
                let defining = try database.filesDefiningAtTopLevel(name, among: [path, "missing.py"])
                XCTAssertEqual(defining, all.contains { $0.file == path && $0.symbol.container == nil } ? [path] : [], "\(name) in \(path)")
            }
        }
    }
}
