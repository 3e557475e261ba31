import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Sink-first findings (`built:` rules, `TaintBuiltText`): text put together from a value nobody
/// checked reaches a sink, with no known source in sight; constants, conversions, allow-lists and
/// text passed through are not reported, and known request data stays the error rule's.
final class TaintBuiltTextTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    /// Findings as (rule, line, message).
    private func findings(_ source: String, _ language: String, path: String) throws -> [(rule: String, line: Int, message: String)] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: path)
        return found.map { diagnostic in
            let line = text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
            return (diagnostic.code, line, diagnostic.message)
        }
    }

    private func lines(_ found: [(rule: String, line: Int, message: String)], _ rule: String) -> [Int] {
        found.filter { $0.rule == rule }.map(\.line)
    }

    func testAParameterPastedIntoSQLIsReportedAndNamedWhateverCallsTheFunction() throws {
        let source = """
        def by_name(cursor, name):
            cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
        def run(cursor, sql, params):
            cursor.execute(sql, params)
        def by_id(cursor, user_id):
            cursor.execute("SELECT * FROM users WHERE id = " + str(int(user_id)))

        """
        let found = try findings(source, "python", path: "/w/users.py")
        XCTAssertEqual(lines(found, "py/sql-built-from-text"), [2])
        XCTAssertEqual(found.first { $0.rule == "py/sql-built-from-text" }?.message.contains("`name`"), true)
    }

    /// PHP's variables are `variable_name` nodes, not identifiers: the sink's text reads a name
    /// when taint.scm says it does (`@reference`), so a `built:` rule of PHP runs at all.
    func testACommentAfterTheOpeningParenthesisDoesNotHideTheText() throws {
        let source = """
        def by_name(cursor, name):
            cursor.execute(  # one row per name
                f"SELECT * FROM users WHERE name = '{name}'"
            )

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/users.py"), "py/sql-built-from-text"), [2])
    }

    func testPHPVariablesAreNamesTheSinksTextReads() throws {
        let source = """
        <?php
        function byOrg($pdo, $org) {
            return $pdo->query("SELECT id FROM users WHERE org_id IN (" . $org . ")");
        }
        function archive($pdo, string $cutoff) {
            $sql = sprintf("DELETE FROM posts WHERE created < %s", $cutoff);
            return $pdo->exec($sql);
        }
        function byId($pdo, int $id) {
            return $pdo->query("SELECT id FROM users WHERE id = " . $id);
        }
        function all($pdo) {
            return $pdo->query("SELECT id FROM users ORDER BY id");
        }

        """
        let found = try findings(source, "php", path: "/w/users.php")
        XCTAssertEqual(lines(found, "php/sql-built-from-text"), [3, 7])
        XCTAssertEqual(found.first { $0.rule == "php/sql-built-from-text" }?.message.contains("`$org`"), true)
    }

    func testTheTextIsFollowedThroughAssignmentsUpdatesAndHelperReturns() throws {
        let source = """
        def clause(column, value):
            return f"{column} = '{value}'"
        def listing(cursor, author, extra):
            sql = "SELECT * FROM posts WHERE "
            sql += clause("author", author)
            cursor.execute(sql)
        def counted(cursor, tag):
            where = "tag = '%s'" % tag
            query = "SELECT count(*) FROM posts WHERE " + where
            cursor.execute(query)

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/posts.py"), "py/sql-built-from-text"), [6, 10])
    }

    func testConstantsAllowListsAndTablesAreNotUncheckedValues() throws {
        let source = """
        ORDER = {"new": "created DESC", "old": "created ASC"}
        COLUMNS = {"name", "email"}
        TABLE = "posts"
        def listing(cursor, order, column, ids):
            cursor.execute("SELECT * FROM " + TABLE + " ORDER BY " + ORDER.get(order, "created DESC"))
            if column not in COLUMNS:
                raise ValueError(column)
            cursor.execute(f"SELECT {column} FROM users WHERE active = 1")
            marks = ", ".join("?" for _ in ids)
            cursor.execute(f"SELECT * FROM users WHERE id IN ({marks}) LIMIT {len(ids)}", ids)

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/list.py"), "py/sql-built-from-text"), [])
    }

    func testKnownRequestDataStaysTheErrorRulesFindingAlone() throws {
        let source = """
        from flask import request
        def show(cursor):
            cursor.execute("SELECT * FROM users WHERE id = " + request.args["id"])

        """
        let found = try findings(source, "python", path: "/w/show.py")
        XCTAssertEqual(lines(found, "py/sql-injection"), [3])
        XCTAssertEqual(lines(found, "py/sql-built-from-text"), [])
    }

    func testJavaScriptDestructuredParametersAndTaggedTemplates() throws {
        let source = """
        module.exports = {
          async find({ filter }, db) {
            return db.query(`SELECT * FROM users WHERE name = '${filter.name}'`);
          },
          async safe({ filter }, db) {
            return db.query(sql`SELECT * FROM users WHERE name = ${filter.name}`);
          },
          async bound({ filter }, db) {
            return db.query("SELECT * FROM users WHERE name = $1", [filter.name]);
          },
        };

        """
        XCTAssertEqual(lines(try findings(source, "javascript", path: "/w/users.js"), "js/sql-built-from-text"), [3])
    }
}
