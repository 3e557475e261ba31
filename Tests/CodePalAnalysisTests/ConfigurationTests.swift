import CodePalAnalysis
import Foundation
import XCTest

final class ConfigurationTests: XCTestCase {
    func testReadsTheTOMLSubset() throws {
        let entries = try TOMLReader.read("""
        # top comment
        name = "a # not a comment" # trailing
        [complexity]
        cognitive = 1_000
        ratio = 0.5
        enabled = false
        list = [
          "x", 'y\\z',  # literal strings keep backslashes
          3,
        ]
        [a.b]
        "quoted key" = "\\u00e9\\t"
        """)
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        XCTAssertEqual(values["name"], .string("a # not a comment"))
        XCTAssertEqual(values["complexity.cognitive"], .integer(1000))
        XCTAssertEqual(values["complexity.ratio"], .float(0.5))
        XCTAssertEqual(values["complexity.enabled"], .bool(false))
        XCTAssertEqual(values["complexity.list"], .array([.string("x"), .string("y\\z"), .integer(3)]))
        XCTAssertEqual(values["a.b.quoted key"], .string("é\t"))
    }

    func testOptInRulesRunOnlyWhenNamedById() throws {
        var lint = LintSettings()
        XCTAssertTrue(lint.isEnabled("js/eval", category: "security"))
        XCTAssertFalse(lint.isEnabled("js/console-log", category: "best-practice", optIn: true))
        lint.select = ["js/", "best-practice"]
        XCTAssertFalse(lint.isEnabled("js/console-log", category: "best-practice", optIn: true), "a prefix or category does not name it")
        lint.select = []
        lint.extendSelect = ["js/console-log"]
        XCTAssertTrue(lint.isEnabled("js/console-log", category: "best-practice", optIn: true))
        XCTAssertTrue(lint.isEnabled("js/eval", category: "security"), "extend-select keeps the default set")
        lint.ignore = ["js/"]
        XCTAssertFalse(lint.isEnabled("js/console-log", category: "best-practice", optIn: true), "ignore still wins")

        let configuration = try Configuration.parse("[lint]\nselect = [\"security\"]\nextend-select = [\"js/console-log\"]\n", source: "x.toml").0
        XCTAssertEqual(configuration.lint.extendSelect, ["js/console-log"])
        XCTAssertTrue(configuration.lint.isEnabled("js/console-log", category: "best-practice", optIn: true))
        XCTAssertTrue(configuration.lint.isEnabled("py/eval", category: "security"))
        XCTAssertFalse(configuration.lint.isEnabled("py/unused-import", category: "correctness"))
    }

    func testErrorsNameTheLine() {
        let cases = ["x = \n", "\n\nx = \"open\n", "[t\n", "x = 1\nx = 2\n", "x = [1, 2\n", "x = bare\n", "x = 1 2\n", "[[array]]\n"]
        for text in cases {
            XCTAssertThrowsError(try TOMLReader.read(text), text.debugDescription) { error in
                XCTAssertTrue("\(error)".hasPrefix("line "), "\(error)")
            }
        }
    }

    /// TOMLKit gives positions only for syntax errors; a wrong value still names its own line.
    func testValueErrorsNameTheLineOfTheirKey() {
        let cases = [("# settings\n[lint]\nselect = [\"security\"]\n\n[complexity]\nnesting = -1\n", 6),
                     ("complexity.nesting = -2\n", 1),
                     ("[complexity]\ncognitive = 3\n[ 'complexity' ]\n", 3),
                     ("[complexity]\nenabled = 1979-05-27\n", 2)]
        for (text, line) in cases {
            XCTAssertThrowsError(try Configuration.parse(text, source: "c.toml"), text) { error in
                XCTAssertTrue("\(error)".hasPrefix("c.toml:\(line): "), "\(error)")
            }
        }
    }

    func testConfigurationValuesAndWarnings() throws {
        let (configuration, warnings) = try Configuration.parse("""
        [complexity]
        cognitive = 20
        length = 80
        closures = "separate"
        colour = "blue"
        """, source: "x.toml")
        XCTAssertEqual(configuration.complexity.cognitive, 20)
        XCTAssertEqual(configuration.complexity.nloc, 80)
        XCTAssertFalse(configuration.metrics.foldAnonymousFunctions)
        XCTAssertEqual(warnings, ["x.toml:5: unknown setting `complexity.colour` ignored"])
        XCTAssertThrowsError(try Configuration.parse("[complexity]\nnesting = -1\n", source: "y.toml")) { error in
            XCTAssertEqual("\(error)", "y.toml:2: `complexity.nesting` must be a non-negative integer, not an integer")
        }
    }

    func testYAMLSettingsMatchTOML() throws {
        let (configuration, warnings) = try Configuration.parse("""
        complexity:
          cognitive: 9
        lint:
          ignore: [style, py/eval]
          severity:
            py/sql-injection: warning
          report-unused-suppressions: true
        """, source: "x/.codepal.yml")
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(configuration.complexity.cognitive, 9)
        XCTAssertEqual(configuration.lint.ignore, ["style", "py/eval"])
        XCTAssertEqual(configuration.lint.severities["py/sql-injection"], .warning)
        XCTAssertTrue(configuration.lint.reportUnusedSuppressions)
        XCTAssertFalse(configuration.lint.isEnabled("py/eval", category: "security"))
        XCTAssertFalse(configuration.lint.isEnabled("py/x", category: "style"))
        XCTAssertTrue(configuration.lint.isEnabled("py/x", category: "security"))
        XCTAssertThrowsError(try Configuration.parse("complexity:\n  nesting: deep\n", source: "y.yml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("y.yml:2: `complexity.nesting` must be"), "\(error)")
        }
    }
}
