import CodePalAnalysis
import CodePalSyntax
import TestSupport
import XCTest

/// Where a write counts: a Ruby block's or a JavaScript callback's writes reach the variables of
/// the method around it; a sanitizing assignment inside conditional code holds inside its arm, and
/// after the conditional only when every arm that goes on made it; and where a sink found by its
/// shape alone (`report: sink`) sits in a call written over several lines.
final class TaintRegionsTests: XCTestCase {
    private static let catalog = Result { try RuleCatalog(registry: Repository.registry) }

    /// Lines of the findings of `rule`.
    private func lines(_ source: String, _ language: String, path: String, rule: String) throws -> [Int] {
        let text = SourceText(source)
        let tree = Parser(language: Repository.language(language)).parse(text.bytes)
        let found = FileAnalyzer.analysisDiagnostics(tree: tree, text: text, configuration: Configuration(),
                                                     rules: try Self.catalog.get(), path: path)
        return found.filter { $0.code == rule }.map { diagnostic in
            text.bytes[..<diagnostic.range.lowerBound].filter { $0 == UInt8(ascii: "\n") }.count + 1
        }
    }

    func testARubyBlockWritesTheVariablesOfTheMethodAroundIt() throws {
        let source = """
        class ItemsController < ApplicationController
          def index
            out = []
            params[:names].each { |name| out << name }
            User.where("name IN (#{out.join(',')})")
          end

          def show
            sql = "SELECT * FROM items WHERE "
            params[:ids].each do |id|
              sql += "id = #{id} OR "
            end
            Item.find_by_sql(sql)
          end

          def list
            sql = "SELECT * FROM items"
            [1, 2].each { |n| sql += " LIMIT #{n}" }
            Item.find_by_sql(sql)
          end
        end

        """
        XCTAssertEqual(try lines(source, "ruby", path: "/w/items_controller.rb", rule: "rb/sql-injection"), [5, 13])
    }

    func testAHashFilledInABlockCarriesWhatTheBlockPutIn() throws {
        let source = """
        require "optparse"
        options = { label: "nightly" }
        OptionParser.new do |opts|
          opts.on("-l", "--label NAME") { |name| options[:label] = name }
        end.parse!
        archive = "/var/tmp/#{options[:label]}.tar.zst"
        listing = `tar -tf #{archive}`
        defaults = { label: "nightly" }
        fixed = `tar -tf /var/tmp/#{defaults[:label]}.tar`

        """
        XCTAssertEqual(try lines(source, "ruby", path: "/w/backup.rb", rule: "rb/command-injection"), [7])
    }

    func testAJavaScriptCallbackWritesTheVariableOfTheFunctionAroundIt() throws {
        let source = """
        app.get('/list', (req, res) => {
          let html = '';
          req.query.names.split(',').forEach((name) => { html += '<li>' + name + '</li>'; });
          res.send(html);
        });
        app.get('/shadow', (req, res) => {
          let html = '<p>static</p>';
          req.query.names.split(',').forEach((name) => { const html = name; console.log(html); });
          res.send(html);
        });

        """
        XCTAssertEqual(try lines(source, "javascript", path: "/w/app.js", rule: "js/reflected-xss"), [4])
    }

    func testASanitizingAssignmentHoldsInsideItsArmAndOnlyWhereEveryArmMadeIt() throws {
        let source = """
        def one(request):
            q = request.GET["q"]
            if q:
                q = int(q)
                cursor.execute("SELECT * FROM t WHERE id = %s" % q)
            cursor.execute("SELECT * FROM t WHERE id = %s" % q)

        def both(request):
            q = request.GET["q"]
            if request.GET.get("strict"):
                q = int(q)
            else:
                q = float(q)
            cursor.execute("SELECT * FROM t WHERE id = %s" % q)

        def leaves(request):
            q = request.GET["q"]
            try:
                q = int(q)
            except ValueError:
                return None
            cursor.execute("SELECT * FROM t WHERE id = %s" % q)

        def stays(request):
            q = request.GET["q"]
            try:
                q = int(q)
            except ValueError:
                pass
            cursor.execute("SELECT * FROM t WHERE id = %s" % q)

        def tainted_arm(request):
            q = "1"
            if request.GET.get("x"):
                q = request.GET["x"]
            else:
                q = "2"
            cursor.execute("SELECT * FROM t WHERE id = %s" % q)

        """
        XCTAssertEqual(try lines(source, "python", path: "/w/views.py", rule: "py/sql-injection"), [6, 30, 38])
    }

    func testARubyMethodCalledWithoutArgumentsIsWorthTheTextItReturns() throws {
        let source = """
        class ThumbnailJob
          def initialize(payload)
            @source = payload.fetch("path")
          end

          def run
            system(ffmpeg_line)
          end

          def run_fixed
            system(fixed_line)
          end

          private

          def ffmpeg_line
            "ffmpeg -y -i '#{@source}' strip.jpg"
          end

          def fixed_line
            "ffmpeg -y -i input.mp4 strip.jpg"
          end
        end

        """
        XCTAssertEqual(try lines(source, "ruby", path: "/w/thumbnail_job.rb", rule: "rb/command-built-from-text"), [7])
    }

    func testAShapeRulesSinkInACallOverSeveralLinesIsReportedWhereTheCallStarts() throws {
        let source = """
        <?php
        function rename($pdo, $from, $to) {
            $pdo->exec(
                "UPDATE products SET brand = '$to' WHERE brand = '$from'"
            );
        }

        """
        XCTAssertEqual(try lines(source, "php", path: "/w/rename.php", rule: "php/sql-quoted-by-hand"), [3])
    }
}
