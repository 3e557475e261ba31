import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Hand-counted metrics: fixtures in `Fixtures/metrics/` carry `metrics NAME: field=value ...`
/// comments, and each listed field must match the engine's number for that function.
final class MetricsTests: XCTestCase {
    func testHandCountedFixtures() throws {
        let folder = Repository.fixtures.appendingPathComponent("metrics")
        let files = Expectation.fixtures(in: folder, excludingSuffixes: [])
        XCTAssertGreaterThanOrEqual(files.count, 2)
        var checked = 0
        for file in files {
            let language = try XCTUnwrap(try Repository.registry.language(forPath: file.path), file.lastPathComponent)
            let source = try String(contentsOf: file, encoding: .utf8)
            let text = SourceText(source)
            let metrics = try MetricsEngine.measure(tree: Parser(language: language).parse(text.bytes), text: text)
            for (line, expectation) in Self.expectations(in: source) {
                guard let function = metrics.functions.first(where: { $0.qualifiedName == expectation.name }) else {
                    XCTFail("\(file.lastPathComponent):\(line): no function \(expectation.name); found \(metrics.functions.map(\.qualifiedName))")
                    continue
                }
                for (field, expected) in expectation.fields {
                    XCTAssertEqual(Self.value(field, function), expected, "\(file.lastPathComponent):\(line) \(expectation.name).\(field)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    static func expectations(in source: String) -> [(Int, (name: String, fields: [(String, Int)]))] {
        var result: [(Int, (name: String, fields: [(String, Int)]))] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let marker = line.range(of: "metrics ") , line.contains(":"),
                  line.trimmingCharacters(in: .whitespaces).hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
            let rest = line[marker.upperBound...]
            guard let colon = rest.firstIndex(of: ":") else { continue }
            let name = String(rest[..<colon])
            let fields = rest[rest.index(after: colon)...].split(separator: " ").compactMap { pair -> (String, Int)? in
                let parts = pair.split(separator: "=")
                guard parts.count == 2, let value = Int(parts[1]) else { return nil }
                return (String(parts[0]), value)
            }
            if !fields.isEmpty { result.append((index + 1, (name, fields))) }
        }
        return result
    }

    static func value(_ field: String, _ f: FunctionMetrics) -> Int? {
        switch field {
        case "cyclomatic": return f.cyclomatic
        case "cognitive": return f.cognitive
        case "nesting": return f.nesting
        case "nloc": return f.nloc
        case "parameters": return f.parameters
        case "returns": return f.returns
        default: return nil
        }
    }

    func testLizardSampleAgreesWithLizard() throws {
        // `lizard Fixtures/metrics/lizard_sample.py` (1.24.3) reports outer CCN 10 and
        // outer.inner CCN 2, 1 and 2 parameters.
        let file = Repository.fixtures.appendingPathComponent("metrics/lizard_sample.py")
        let text = SourceText(try String(contentsOf: file, encoding: .utf8))
        let metrics = try MetricsEngine.measure(tree: Parser(language: Repository.language("python")).parse(text.bytes), text: text)
        XCTAssertEqual(metrics.functions.map(\.qualifiedName), ["outer", "outer.inner"])
        XCTAssertEqual(metrics.functions.map(\.cyclomatic), [10, 2])
        XCTAssertEqual(metrics.functions.map(\.parameters), [2, 1])
    }

    func testMaintainabilityIsScaledAndBounded() throws {
        let text = SourceText("def f(a):\n    return a\n")
        let metrics = try MetricsEngine.measure(tree: Parser(language: Repository.language("python")).parse(text.bytes), text: text)
        let mi = try XCTUnwrap(metrics.functions.first?.maintainability)
        XCTAssertTrue((0...100).contains(mi))
        XCTAssertGreaterThan(mi, 70, "a two-line function is very maintainable")
    }
}
