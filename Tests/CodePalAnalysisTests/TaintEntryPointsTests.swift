import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Entry points by shape (issue #18): functions that a framework no rule names calls with a
/// client's values (a plugin hook, a resolver, a message handler) are recognised by how they are
/// registered, and their parameters are untrusted; wrappers and helpers are not entry points.
final class TaintEntryPointsTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    private func findings(_ source: String, _ language: String, path: String) throws -> [(rule: String, line: Int)] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: path)
        return found.map { diagnostic in
            (diagnostic.code, text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1)
        }
    }

    private func lines(_ found: [(rule: String, line: Int)], _ rule: String) -> [Int] {
        found.filter { $0.rule == rule }.map(\.line)
    }

    func testADecoratorOfPlainNameRegistersWhenTheFileDoesNotDefineIt() throws {
        let source = """
        import os
        from nameko.events import event_handler

        def audited(label):
            return lambda function: function

        @event_handler("orders", "shipped")
        def order_shipped(order_ref, carrier):
            os.system("notify " + carrier)

        @audited("archive")
        def archive(name):
            os.system("tar czf " + name)

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/hooks.py"), "py/command-injection"), [9])
    }

    func testAnAttributeDecoratorRegistersUnlessItIsAWrapperOfTheLanguage() throws {
        let source = """
        import functools
        import os
        from ariadne import QueryType

        query = QueryType()

        @query.field("archive")
        def resolve_archive(_, info, name, limit=10):
            os.system("tar czf /tmp/out.tgz " + name)
            os.system("nice -n " + str(limit) + " true")

        @functools.lru_cache(maxsize=None)
        def cached(name):
            os.system("tar czf /tmp/out.tgz " + name)

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/schema.py"), "py/command-injection"), [9])
    }

    func testACommandLineEntryPointIsUntrustedForCommandsNotForTheFilesItOpens() throws {
        let source = """
        import subprocess
        import click

        @click.command()
        @click.argument("host")
        @click.argument("path")
        def probe(host, path):
            subprocess.run("ping -c 1 " + host, shell=True)
            return open(path).read()

        """
        let found = try findings(source, "python", path: "/w/cli.py")
        XCTAssertEqual(lines(found, "py/command-injection"), [8])
        XCTAssertEqual(lines(found, "py/path-traversal"), [])
    }

    func testAComprehensionsVariableDoesNotLeakIntoItsFunction() throws {
        let source = """
        import os

        @hooks.on("export")
        def export(names):
            quoted = [n.strip() for n in names]
            os.system("tar czf /tmp/" + n + ".tgz")
            os.system("tar czf /tmp/" + quoted[0] + ".tgz")

        """
        XCTAssertEqual(lines(try findings(source, "python", path: "/w/export.py"), "py/command-injection"), [7])
    }

    func testACallbackRegisteredForANamedEventOrRouteTakesTheSendersValues() throws {
        let source = """
        const { exec } = require("child_process");
        boss.work("thumbnails", async (job) => {
          exec("convert " + job.data.file + " out.png");
        });
        fs.readFile("list.txt", (err, data) => {
          exec("wc -l " + data);
        });
        $("#go").on("click", function (event) {
          exec("echo " + event.target);
        });

        """
        XCTAssertEqual(lines(try findings(source, "javascript", path: "/w/jobs.js"), "js/command-injection"), [3])
    }

    func testServerlessHandlersAreEntryPointsWhateverTheirEventIsCalled() throws {
        let python = """
        import os

        def lambda_handler(evt, context):
            os.system("convert " + evt["key"])

        def resize(key, ctx):
            os.system("convert " + key)

        """
        XCTAssertEqual(lines(try findings(python, "python", path: "/w/app.py"), "py/command-injection"), [4])
        let worker = """
        const { exec } = require("child_process");
        export default {
          async fetch(request, env) {
            exec("echo " + request.headers.get("X-Name"));
            return new Response("ok");
          },
        };

        """
        XCTAssertEqual(lines(try findings(worker, "javascript", path: "/w/worker.js"), "js/command-injection"), [4])
    }
}
