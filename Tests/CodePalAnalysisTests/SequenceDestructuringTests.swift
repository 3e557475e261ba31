@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Destructuring by position gives each name what its own position holds: a literal's element,
/// or that position of what the file's function returns.
final class SequenceDestructuringTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    private func lines(_ source: String, _ language: String, path: String, rule: String) throws -> [Int] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: path)
        return found.filter { $0.code == rule }.map { diagnostic in
            text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
        }.sorted()
    }

    func testAPositionOfWhatAFunctionReturnsCarriesItsOwnTaint() throws {
        // The shape of a PSR-15 handler whose helper returns the WHERE clause and its values.
        let source = """
        <?php
        function conditions(array $params): array {
            $where = ['returned_at IS NULL'];
            $args = [];
            if (!empty($params['member'])) {
                $where[] = 'member = ?';
                $args[] = (string) $params['member'];
            }
            return [implode(' AND ', $where), $args];
        }
        [$where, $args] = conditions($_GET);
        $rows = $pdo->query('SELECT * FROM loans WHERE ' . $where);
        [$w, $a] = conditions($_GET);
        $more = $pdo->query('SELECT * FROM loans WHERE ' . $w . ' AND id IN (' . implode(',', $a) . ')');

        """
        XCTAssertEqual(try lines(source, "php", path: "/w/loans.php", rule: "php/sql-injection"), [14])
    }

    func testALiteralsElementsGoToTheirOwnNames() throws {
        let source = """
        def search(db, request):
            order, term = "created_at", request.args.get("q", "")
            db.execute(f"SELECT * FROM posts ORDER BY {order}")
            db.execute(f"SELECT * FROM posts WHERE title = '{term}'")
            first, *rest = request.args.get("q", ""), "x"
            db.execute(f"SELECT * FROM posts ORDER BY {first}")

        """
        XCTAssertEqual(try lines(source, "python", path: "/w/views.py", rule: "py/sql-injection"), [4, 6])
        let js = """
        const express = require('express');
        const app = express();
        app.get('/posts', (req, res) => {
          const [order, term] = ['created_at', req.query.q];
          db.query(`SELECT * FROM posts ORDER BY ${order}`);
          db.query(`SELECT * FROM posts WHERE title = '${term}'`);
        });

        """
        XCTAssertEqual(try lines(js, "javascript", path: "/w/app.js", rule: "js/sql-injection"), [6])
    }

    func testShapes() throws {
        func node(_ source: String, _ language: String, _ kind: String) throws -> Node {
            let tree = Parser(language: Repository.language(language)).parse(Array(source.utf8))
            var found: Node?
            tree.root.walk { candidate in
                if found == nil, candidate.kind == kind { found = candidate }
                return found == nil
            }
            return try XCTUnwrap(found)
        }
        XCTAssertEqual(SequenceDestructuring.targets(try node("a, b = 1, 2\n", "python", "pattern_list"))?.count, 2)
        XCTAssertNil(SequenceDestructuring.targets(try node("a, *b = 1, 2\n", "python", "pattern_list")), "a rest takes several places")
        XCTAssertNil(SequenceDestructuring.targets(try node("const [a, , b] = x;\n", "javascript", "array_pattern")), "a hole shifts the places")
        XCTAssertNil(SequenceDestructuring.elements(try node("<?php $x = ['a' => 1, 'b' => 2];\n", "php", "array_creation_expression")),
                     "keyed entries are no positions")
        XCTAssertEqual(SequenceDestructuring.elements(try node("<?php $x = [$a, f($b)];\n", "php", "array_creation_expression"))?.count, 2)
    }
}
