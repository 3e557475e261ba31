import Foundation
import TestSupport
import XCTest

/// The shipped security rules through the server: where the safe form is mechanical, the first
/// quick fix repairs the code and the suppression comes last.
final class SecurityFixTests: EndToEndTestCase {
    func codeActions(_ source: String, languageId: String, uri: String, code: String, line: Int, character: Int) throws -> [JSONValue] {
        let client = try launch()
        _ = try client.result("initialize", Self.initializeParams(capabilities: Self.capabilities(),
            initializationOptions: ["diagnosticsIntervalMs": 0, "analysisDelayMs": 0]))
        try client.notify("initialized", [String: Any]())
        try open(client, uri, languageId, source)
        _ = try client.waitForMessage(what: "security diagnostics") {
            $0["method"].string == "textDocument/publishDiagnostics" && $0["params"]["uri"].string == uri
                && ($0["params"]["diagnostics"].array ?? []).contains { $0["code"].string == code }
        }
        let actions = try client.result("textDocument/codeAction", ["textDocument": ["uri": uri],
                                                                    "range": LSPRange(line, character, line, character).json,
                                                                    "context": ["diagnostics": [], "only": ["quickfix"]]])
        return actions.array ?? []
    }

    func testSQLInjectionOffersTheParameterisedQueryBeforeTheSuppression() throws {
        let source = """
        import sqlite3
        from flask import request

        def show(db):
            user = request.args["id"]
            return db.execute("SELECT * FROM users WHERE id = " + user).fetchall()

        """
        let uri = "file:///tmp/codepal-security-fix/app.py"
        let actions = try codeActions(source, languageId: "python", uri: uri, code: "py/sql-injection", line: 5, character: 30)
        let titles = actions.compactMap { $0["title"].string }
        XCTAssertEqual(titles.first, "Pass the value as a query parameter (unsafe: review the change)", "\(titles)")
        XCTAssertTrue(titles.last?.hasPrefix("Suppress py/sql-injection") ?? false, "\(titles)")
        XCTAssertEqual(actions.first?["edit"]["changes"][uri][0]["newText"].string, "\"SELECT * FROM users WHERE id = ?\", (user,)")
    }

    func testCookieWithoutFlagsOffersTheFlags() throws {
        let source = """
        app.post("/login", (req, res) => {
          res.cookie("session", token);
          res.end();
        });

        """
        let uri = "file:///tmp/codepal-security-fix/login.js"
        let actions = try codeActions(source, languageId: "javascript", uri: uri, code: "js/insecure-cookie", line: 1, character: 8)
        let titles = actions.compactMap { $0["title"].string }
        XCTAssertEqual(titles.first, "Add `httpOnly`, `secure` and `sameSite` (unsafe: review the change)", "\(titles)")
        XCTAssertEqual(actions.first?["edit"]["changes"][uri][0]["newText"].string,
                       "(\"session\", token, { httpOnly: true, secure: true, sameSite: \"lax\" })")
        XCTAssertTrue(titles.last?.hasPrefix("Suppress js/insecure-cookie") ?? false, "\(titles)")
    }
}
