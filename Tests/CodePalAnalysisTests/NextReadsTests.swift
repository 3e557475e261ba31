@testable import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// What `next-read` follows from a `free` or `delete` to the next use: past branches whose
/// condition contradicts the release's, into array elements, and through copies of the pointer
/// made before the release.
final class NextReadsTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    /// Lines of the findings of `rule`, one-based.
    private func lines(_ source: String, _ language: String, rule: String) throws -> [Int] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: language == "c" ? "/w/f.c" : "/w/f.cpp")
        return found.filter { $0.code == rule }.map { diagnostic in
            text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
        }.sorted()
    }

    func testABranchWhoseConditionContradictsTheReleasesIsAnotherPath() throws {
        // The shape of an error path that frees and a success path that hands the buffer on.
        let source = """
        int send_reply(struct conn *c, char *body, int rc)
        {
            if (rc != OK)
                free(body);
            log_status(c, rc);
            if (rc == OK)
                return conn_write(c, body, strlen(body));
            if (c->verbose && rc != OK)
                log_line("failed: %s", body);
            return rc;
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/use-after-free"), [9], "the same condition again is the same path")
        // Once the status changes between the two tests, the second one is a new question.
        let retried = source.replacingOccurrences(of: "log_status(c, rc);", with: "rc = retry(c);")
        XCTAssertEqual(try lines(retried, "c", rule: "c/use-after-free"), [7, 7, 9], "each read on the path")
        let handed = source.replacingOccurrences(of: "log_status(c, rc);", with: "poll_status(c, &rc);")
        XCTAssertEqual(try lines(handed, "c", rule: "c/use-after-free"), [7, 7, 9])
    }

    func testAGuardClauseAfterTheReleaseEndsItsPath() throws {
        let source = """
        static int flush_page(struct pager *pg, char *page, int err)
        {
            if (err < 0)
                free(page);
            if (err < 0) {
                pg->errors++;
                return err;
            }
            return pager_write(pg, page);
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/use-after-free"), [])
        let unguarded = source.replacingOccurrences(of: "if (err < 0) {", with: "if (pg->errors > 8) {")
        XCTAssertEqual(try lines(unguarded, "c", rule: "c/use-after-free"), [9])
    }

    func testConditionsNormalise() throws {
        let source = "void f(int *p, int rc, int n) { if (p == NULL && !(rc != 0) && n >= 4) g(); }\n"
        let text = SourceText(source)
        let tree = Parser(language: Repository.language("c")).parse(text.bytes)
        let offset = try XCTUnwrap(source.range(of: "g()")).lowerBound.utf16Offset(in: source)
        let call = try XCTUnwrap(tree.root.namedDescendant(covering: offset..<offset + 3))
        let facts = BranchConditions.facts(at: call, text).map { "\($0.holds ? "" : "!")\($0.test)" }
        XCTAssertEqual(facts, ["!p", "!rc", "!n<4"])
    }

    func testAnArrayElementIsFollowedUntilItsIndexChanges() throws {
        let source = """
        void drop_line(char **lines, int i)
        {
            free(lines[i]);
            log_line("dropped %s", lines[i]);
            free(lines[i]);
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/use-after-free"), [4])
        XCTAssertEqual(try lines(source, "c", rule: "c/double-free"), [5])
        let moved = source.replacingOccurrences(of: "    log_line(", with: "    i++;\n    log_line(")
        XCTAssertEqual(try lines(moved, "c", rule: "c/use-after-free"), [])
        XCTAssertEqual(try lines(moved, "c", rule: "c/double-free"), [])
        let other = source.replacingOccurrences(of: "log_line(\"dropped %s\", lines[i]);", with: "lines[i] = NULL;")
        XCTAssertEqual(try lines(other, "c", rule: "c/double-free"), [])
    }

    func testAPointerCopiedBeforeTheReleaseIsFollowed() throws {
        let source = """
        void list_drop_head(struct list *l)
        {
            struct node *old;
            int count;
            old = l->head;
            count = l->count;
            free(l->head);
            l->head = old->next;
            l->count = count - 1;
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/use-after-free"), [8])
        let reassigned = source.replacingOccurrences(of: "count = l->count;", with: "old = l->tail;")
        XCTAssertEqual(try lines(reassigned, "c", rule: "c/use-after-free"), [])
        let cpp = """
        void Pool::retire(Conn* c)
        {
            auto keep = c;
            Conn* also{c};
            std::string name;
            name = c->name;
            delete c;
            log("retired %s %d %d", name.c_str(), keep->id, also->id);
        }

        """
        XCTAssertEqual(try lines(cpp, "cpp", rule: "cpp/use-after-delete"), [8])
        let text = SourceText(cpp)
        let tree = Parser(language: Repository.language("cpp")).parse(text.bytes)
        let function = try XCTUnwrap(tree.root.namedChild(0))
        XCTAssertTrue(NextReads.declaresPointer("keep", in: function, text))
        XCTAssertTrue(NextReads.declaresPointer("also", in: function, text))
        XCTAssertTrue(NextReads.declaresPointer("c", in: function, text))
        XCTAssertFalse(NextReads.declaresPointer("name", in: function, text), "a string copies the text, not the pointer")
    }

    func testEveryReadOnThePathIsReportedUntilTheVariableChanges() throws {
        // An unlink from a list through a pointer to the link, the shape of a timer's expiry loop.
        let source = """
        void expire(struct session **link, struct session *s)
        {
            session_free_timer(s);
            free(s);
            *link = s->next;
            fprintf(stderr, "expired session %d\\n", s->id);
            s = NULL;
            log_state(s);
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/use-after-free"), [5, 6])
    }

    func testABreakAfterTheReleaseGoesOnAfterTheLoop() throws {
        let source = """
        int load_rows(struct db *db, char **rows, int n)
        {
            char *buf = malloc(4096);
            if (buf == NULL)
                return -1;
            for (int i = 0; i < n; i++) {
                if (db_read(db, buf, 4096) < 0) {
                    free(buf);
                    break;
                }
                rows[i] = strdup(buf);
            }
            free(buf);
            return 0;
        }

        """
        XCTAssertEqual(try lines(source, "c", rule: "c/double-free"), [13])
        let cleared = source.replacingOccurrences(of: "free(buf);\n            break;", with: "free(buf);\n            buf = NULL;\n            break;")
        XCTAssertNotEqual(cleared, source)
        XCTAssertEqual(try lines(cleared, "c", rule: "c/double-free"), [])
        // A `break` inside a `switch` leaves the `switch`, not the loop around it.
        let switched = """
        void drain(struct queue *q, char *item)
        {
            while (next(q)) {
                switch (kind(q)) {
                case 1:
                    free(item);
                    break;
                default:
                    keep(item);
                }
                log_line("%s", item);
            }
        }

        """
        XCTAssertEqual(try lines(switched, "c", rule: "c/use-after-free"), [11])
    }
}
