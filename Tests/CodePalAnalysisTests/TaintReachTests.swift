import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// What the taint engine follows across the shapes real code takes: a method called on an object
/// of the file's own class, keyword arguments gathered by `**fields`, a destructured parameter, a
/// callback given to an array method; and where a finding in a call over several lines sits.
final class TaintReachTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    /// Findings of `rule` as (line, column), one-based.
    private func findings(_ source: String, _ language: String, path: String, rule: String) throws -> [[Int]] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: path)
        return found.filter { $0.code == rule }.map { diagnostic in
            let before = text.bytes[..<diagnostic.range.lowerBound]
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            return [line, column]
        }
    }

    func testAMethodCalledOnAnInstanceOfTheFilesClassReceivesItsArguments() throws {
        let source = """
        import subprocess
        class Tools:
            def ping(self, host):
                return subprocess.run("ping -c 1 " + host, shell=True)
        tools = Tools()
        def view(request):
            return tools.ping(request.GET["host"])
        def other(request):
            helper = object()
            return helper.ping(request.GET["host"])

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/tools.py", rule: "py/command-injection").map { $0[0] }, [4])
        // Not an instance of the file's class: `unknown.ping(...)` binds to nothing.
        let unbound = source.replacingOccurrences(of: "tools = Tools()", with: "tools = make_tools()")
        XCTAssertEqual(try findings(unbound, "python", path: "/w/tools.py", rule: "py/command-injection"), [])
    }

    func testKeywordsWithoutAParameterOfTheirNameLandInStarStarFields() throws {
        let source = """
        import logging
        log = logging.getLogger(__name__)
        def record(action, **details):
            log.info("%s %s", action, details)
        def plain(action, detail=""):
            log.info("%s %s", action, detail)
        def view(request):
            record("cancel", reason=request.POST["reason"])
            plain("cancel", reason=request.POST["reason"])

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/log.py", rule: "py/log-injection").map { $0[0] }, [4])
    }

    func testADestructuredParameterTakesTheFieldsOfATaintedArgument() throws {
        let source = """
        class Repo {
          constructor(db) { this.db = db; }
          async search({ title, limit = 10 }) {
            return this.db.query(`SELECT * FROM books WHERE title = '${title}' LIMIT ${limit}`);
          }
        }
        const repo = new Repo(pool);
        app.get('/books', async (req, res) => res.json(await repo.search(req.query)));

        """
        XCTAssertEqual(try findings(source, "javascript", path: "/w/repo.js", rule: "js/sql-injection").map { $0[0] }, [4])
    }

    func testACallbackOfAnArrayMethodSeesTheElements() throws {
        let source = """
        const { unlink } = require('fs/promises');
        const path = require('path');
        app.post('/purge', async (req, res) => {
          await Promise.all(req.body.names.map((name) => unlink(path.join('/cache', name))));
          await Promise.all(['a', 'b'].map((name) => unlink(path.join('/cache', name))));
          res.end();
        });

        """
        XCTAssertEqual(try findings(source, "javascript", path: "/w/purge.js", rule: "js/path-traversal").map { $0[0] }, [4])
    }

    func testAFindingInACallOverSeveralLinesStartsAtTheCallAndSkipsAComment() throws {
        let source = """
        def report(request):
            cursor.execute(  # noqa: E501
                "SELECT * FROM orders WHERE region = '%s'" % request.GET["region"]
            )
            cursor.execute("SELECT * FROM orders WHERE region = '%s'" % request.GET["region"])

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/report.py", rule: "py/sql-injection"), [[2, 5], [5, 20]])
    }

    func testACommentAmongTheArgumentsDoesNotShiftWhichArgumentIsTheSink() throws {
        // tree-sitter counts the comment as the first argument: the pattern for the filter, the
        // second argument, took the base instead.
        let source = """
        import ldap3
        def members(request, conn):
            flt = "(cn=" + request.GET["group"] + ")"
            conn.search(  # the directory's groups
                "ou=groups,dc=example",
                flt,
            )
            conn.search(  # base and filter fixed; the data goes to a keyword argument
                "ou=groups,dc=example",
                "(objectClass=groupOfNames)",
                attributes=[flt],
            )

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/members.py", rule: "py/ldap-injection"), [[4, 5]])
    }

    func testAFieldOfAConstructorFunctionIsReadByTheFunctionsOfItsPrototype() throws {
        let source = """
        const { exec } = require('child_process');
        function Job(spec) {
          this.command = spec.command;
          this.label = 'nightly';
        }
        Job.prototype.run = function run() {
          exec(this.command);
          exec('echo ' + this.label);
        };
        Job.prototype = Object.assign(Job.prototype, {});
        function Other() {}
        Other.prototype.run = function run() {
          exec(this.command);
        };
        app.post('/jobs', (req, res) => res.json(new Job(req.body).run()));

        """
        // `Other`'s `this.command` is another object's field.
        XCTAssertEqual(try findings(source, "javascript", path: "/w/job.js", rule: "js/command-injection").map { $0[0] }, [7])
    }

    func testATaskQueuedByNameReceivesItsArguments() throws {
        let source = """
        import os
        from celery import shared_task
        @shared_task
        def purge(prefix):
            os.system("rm -rf /var/cache/" + prefix)
        @shared_task
        def purge_all(prefix):
            os.system("rm -rf /var/cache/*")
        def view(request):
            purge.delay(request.GET["prefix"])
            purge_all.delay(request.GET["prefix"])

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/tasks.py", rule: "py/command-injection").map { $0[0] }, [5])
    }

    func testAFindingInAChainOverSeveralLinesSitsOnTheLinkThatIsCalled() throws {
        // A query builder written link by link: the reviewer points at `->whereRaw(`, not at
        // `DB::table(...)` lines above it.
        let php = """
        <?php
        function report($request) {
            $from = $request->query('from');
            $rows = DB::table('orders')
                ->selectRaw('DATE(created_at) AS day')
                ->whereRaw("created_at >= '$from'")
                ->get();
        }

        """
        XCTAssertEqual(try findings(php, "php", path: "/w/report.php", rule: "php/sql-injection"), [[6, 20]])
        let python = """
        def view(request):
            rows = (db.session
                .execute(
                    "SELECT * FROM t WHERE a = '%s'" % request.GET["a"]))

        """
        XCTAssertEqual(try findings(python, "python", path: "/w/view.py", rule: "py/sql-injection"), [[3, 9]])
    }

    func testAFindingInACallOverSeveralLinesStartsAtTheCallInLanguagesThatWrapArguments() throws {
        // C# and PHP wrap each argument in an `argument` node; the call's line is still the one.
        let source = """
        public class Stock {
            public async Task<int> Reserve([FromQuery] string sku) {
                return await _db.Database.ExecuteSqlRawAsync( // reserve one
                    "UPDATE stock SET reserved = reserved + 1 WHERE sku = '" + sku + "'");
            }
        }

        """
        XCTAssertEqual(try findings(source, "csharp", path: "/w/Stock.cs", rule: "csharp/sql-injection"), [[3, 22]])
    }

    func testAComprehensionsFilterChecksItsElement() throws {
        let source = """
        from flask import request
        from pymongo import MongoClient
        books = MongoClient().library.books
        FIELDS = {"author", "genre"}
        def search():
            raw = request.get_json()
            checked = {k: str(v) for k, v in raw.items() if k in FIELDS}
            unchecked = {k: str(v) for k, v in raw.items() if v}
            return list(books.find(checked)) + list(books.find(unchecked))

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/search.py", rule: "py/nosql-injection").map { $0[0] }, [9])
    }

    func testAServiceInjectedThroughTheConstructorReceivesTheControllersArguments() throws {
        let source = """
        import { Body, Controller, Injectable, Post } from "@nestjs/common";
        import axios from "axios";
        @Injectable()
        export class Previews {
          async preview(dto: UnfurlDto) {
            return axios.get(dto.url);
          }
        }
        @Controller("unfurl")
        export class PreviewController {
          constructor(private readonly previews: Previews) {}
          @Post()
          unfurl(@Body() dto: UnfurlDto) {
            return this.previews.preview(dto);
          }
        }

        """
        XCTAssertEqual(try findings(source, "typescript", path: "/w/p.ts", rule: "js/ssrf").map { $0[0] }, [6])
        // A service of another file is not followed.
        let foreign = source.replacingOccurrences(of: "private readonly previews: Previews", with: "private readonly previews: RemotePreviews")
        XCTAssertEqual(try findings(foreign, "typescript", path: "/w/p.ts", rule: "js/ssrf"), [])
    }

    func testAPatternKeptInAConstantChecksAsItsLiteralWould() throws {
        let source = """
        const { exec } = require("child_process");
        const SIZE = /^\\d{2,4}x\\d{2,4}$/;
        const loose = /^.+$/;
        app.get("/a", (req, res) => {
          if (!SIZE.test(req.query.size)) return res.sendStatus(400);
          exec("convert -resize " + req.query.size + " in.png out.png");
        });
        app.get("/b", (req, res) => {
          const size = loose.test(req.query.size) ? req.query.size : "10x10";
          exec("convert -resize " + size + " in.png out.png");
        });
        app.get("/c", (req, res) => {
          const size = IMPORTED_SIZE.test(req.query.size) ? req.query.size : "10x10";
          exec("convert -resize " + size + " in.png out.png");
        });

        """
        XCTAssertEqual(try findings(source, "javascript", path: "/w/a.js", rule: "js/command-injection").map { $0[0] }, [10])
        let python = """
        import re, subprocess
        SLUG = re.compile(r"^[a-z0-9-]+$")
        LOOSE = re.compile(r"^.+$")
        def a(request):
            name = request.GET["name"]
            if not SLUG.match(name):
                return None
            subprocess.run("git checkout " + name, shell=True)
        def b(request):
            name = request.GET["name"]
            if not LOOSE.match(name):
                return None
            subprocess.run("git checkout " + name, shell=True)

        """
        XCTAssertEqual(try findings(python, "python", path: "/w/a.py", rule: "py/command-injection").map { $0[0] }, [13])
    }

    func testAFieldOfAParameterIsCoveredByItsCheck() throws {
        let source = """
        import { Body, Controller, Logger, Post } from "@nestjs/common";
        @Controller("coupons")
        export class Coupons {
          private readonly logger = new Logger("coupons");
          @Post()
          redeem(@Body() dto: RedeemDto) {
            const cart = /^[0-9a-f]{8}$/.test(dto.cartId) ? dto.cartId : "invalid";
            this.logger.log(`cart ${cart}`);
            this.logger.log(`code ${dto.code}`);
          }
        }

        """
        XCTAssertEqual(try findings(source, "typescript", path: "/w/c.ts", rule: "js/log-injection").map { $0[0] }, [9])
    }

    func testAHelperThatComparesWithRequestDataDoesNotReturnIt() throws {
        let source = """
        import { NextRequest, NextResponse } from "next/server";
        function sameOrigin(raw: string, request: NextRequest): URL {
          const candidate = new URL(raw, request.url);
          return candidate.origin === request.nextUrl.origin ? candidate : new URL("/", request.url);
        }
        function anyOrigin(raw: string, request: NextRequest): URL {
          return new URL(raw, request.url);
        }
        export async function GET(request: NextRequest) {
          NextResponse.redirect(sameOrigin(request.nextUrl.searchParams.get("next"), request));
          return NextResponse.redirect(anyOrigin(request.nextUrl.searchParams.get("next"), request));
        }

        """
        XCTAssertEqual(try findings(source, "typescript", path: "/w/route.ts", rule: "js/open-redirect").map { $0[0] }, [11])
    }

    func testAFlagTurnedOffInACallOverSeveralLinesIsReportedOnTheCallsFirstLine() throws {
        let source = """
        import boto3
        def login(request, response):
            response.set_cookie(
                "session",
                request.POST["token"],
                secure=False,
                httponly=True,
            )
            return boto3.client(
                "s3",
                aws_secret_access_key="q9Vd2kR7tLx0bN4wZs8Hc1Jm5Pf3Ye6Ua+Gi/oTn",
            )

        """
        XCTAssertEqual(try findings(source, "python", path: "/w/v.py", rule: "py/insecure-cookie").map { $0[0] }, [3])
        XCTAssertEqual(try findings(source, "python", path: "/w/v.py", rule: "py/hardcoded-secret").map { $0[0] }, [11])
    }

    func testAParameterSourceMarkedAsTheCommandLineIsUntrustedOnlyForRulesThatCountIt() throws {
        // picocli fills `@Option` fields from the command line: a shell command built from one is
        // injectable, while opening the file or URL the user named is what they asked for.
        let source = """
        import picocli.CommandLine.Option;
        import java.io.*;
        import java.net.*;
        public class Backup implements Runnable {
            @Option(names = "--db") String database;
            @Option(names = "--url") String endpoint;
            public void run() {
                try {
                    new FileInputStream(database).close();
                    new URL(endpoint).openStream().close();
                    Runtime.getRuntime().exec("sh -c 'pg_dump " + database + "'");
                } catch (IOException e) { throw new UncheckedIOException(e); }
            }
        }

        """
        XCTAssertEqual(try findings(source, "java", path: "/w/Backup.java", rule: "java/command-injection").map { $0[0] }, [11])
        XCTAssertEqual(try findings(source, "java", path: "/w/Backup.java", rule: "java/path-traversal"), [])
        XCTAssertEqual(try findings(source, "java", path: "/w/Backup.java", rule: "java/ssrf"), [])
    }

    func testAFunctionHandedOverByNameReceivesTheArgumentsAfterIt() throws {
        let source = """
        import subprocess
        def transcode(spec):
            subprocess.call("ffmpeg -i " + spec["source"], shell=True)
        def ping(host):
            subprocess.call("ping -c 1 " + host, shell=True)
        def enqueue(request):
            queue.enqueue(transcode, request.json)
            executor.submit(ping, "localhost")

        """
        // `transcode` gets the request's body; `ping` only the constant after it, and the name
        // itself is no argument of either.
        XCTAssertEqual(try findings(source, "python", path: "/w/jobs.py", rule: "py/command-injection").map { $0[0] }, [3])
    }

    func testAMethodOfAnObjectMadeInPlaceIsBound() throws {
        let python = """
        class OrderFilter:
            def __init__(self, params):
                self.params = params
            def clause(self):
                return "status = '%s'" % self.params["status"]
            def fixed(self):
                return "status = 'open'"
        def search(cursor, request):
            cursor.execute("SELECT * FROM orders WHERE " + OrderFilter(request.args).clause())
            cursor.execute("SELECT * FROM orders WHERE " + OrderFilter(request.args).fixed())

        """
        XCTAssertEqual(try findings(python, "python", path: "/w/orders.py", rule: "py/sql-injection").map { $0[0] }, [9])
        // A builder's chain: each call returns the object, and the last one reads its fields.
        let javascript = """
        class ListingQuery {
          constructor() { this.clauses = ['active']; }
          brand(brand) { this.clauses.push(`brand = '${brand}'`); return this; }
          sort(column) { return this; }
          text() { return 'SELECT * FROM listings WHERE ' + this.clauses.join(' AND '); }
          count() { return 'SELECT count(*) FROM listings'; }
        }
        app.get('/listings', async (req, res) => {
          const query = new ListingQuery().brand(req.query.brand).sort(req.query.sort);
          res.json(await db.query(query.text()));
        });
        app.get('/count', async (req, res) => {
          res.json(await db.query(new ListingQuery().brand(req.query.brand).count()));
        });

        """
        XCTAssertEqual(try findings(javascript, "javascript", path: "/w/listings.js", rule: "js/sql-injection").map { $0[0] }, [10])
    }
}
