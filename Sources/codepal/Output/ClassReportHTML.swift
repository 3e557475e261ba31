import CodePalAnalysis
import Foundation

/// `codepal learn report --class --format html`: one self-contained page for a teacher.
enum ClassReportHTML {
    static func page(_ report: ClassReport) -> String {
        let escape = LearningHTML.escape
        let date = ISO8601DateFormatter().string(from: report.generatedAt).prefix(10)
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>CodePal class report</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.6em; margin-bottom: 0 } .sub { color: #59636e; margin-top: .2em }
            h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em }
            table { border-collapse: collapse; width: 100% } th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid #eef0f2 }
            td.n { text-align: right; font-variant-numeric: tabular-nums }
            .tag { background: #eef6ff; color: #0550ae; border-radius: 4px; padding: 0 .4em; font-family: monospace }
            .bar { display: inline-block; height: .8em; background: #cf222e; border-radius: 3px; vertical-align: middle }
            .empty { color: #59636e; font-style: italic }
            </style></head><body>
            <h1>Class report</h1>
            <p class="sub">\(report.learners.count) learner(s) · generated \(date)</p>

            """
        html += "<h2>Topics, most struggled with first</h2>\n"
        if report.topics.isEmpty {
            html += "<p class=\"empty\">No findings recorded yet.</p>\n"
        } else {
            let most = max(1, report.topics.map(\.struggling.count).max() ?? 1)
            html += "<table><tr><th>topic</th><th>introduced</th><th>fixed</th><th>open</th><th>learners</th><th>struggling</th><th>average skill</th></tr>\n"
            for topic in report.topics {
                let bar = topic.struggling.isEmpty ? "" : "<span class=\"bar\" style=\"width:\(60 * topic.struggling.count / most)px\"></span> "
                html += "<tr><td><span class=\"tag\">\(escape(topic.key))</span></td><td class=\"n\">\(topic.introduced)</td><td class=\"n\">\(topic.fixed)</td>"
                    + "<td class=\"n\">\(topic.open)</td><td class=\"n\">\(topic.learners)</td><td>\(bar)\(escape(topic.struggling.joined(separator: ", ")))</td>"
                    + "<td class=\"n\">\(Int(topic.averageSkill * 100)) %</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "<h2>Learners</h2>\n<table><tr><th>learner</th><th>lines edited</th><th>introduced</th><th>gaps</th></tr>\n"
        for learner in report.learners {
            html += "<tr><td>\(escape(learner.user))</td><td class=\"n\">\(learner.editedLines)</td><td class=\"n\">\(learner.introduced)</td>"
                + "<td>\(learner.gaps.map { "<span class=\"tag\">\(escape($0))</span>" }.joined(separator: " "))</td></tr>\n"
        }
        html += "</table>\n<h2>Weeks</h2>\n"
        if report.weeks.isEmpty {
            html += "<p class=\"empty\">No weeks recorded yet.</p>\n"
        } else {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.timeZone = TimeZone(identifier: "UTC")
            html += "<table><tr><th>week of</th><th>active learners</th><th>lines edited</th><th>introduced</th><th>per 1,000 lines</th></tr>\n"
            for week in report.weeks {
                html += "<tr><td>\(formatter.string(from: week.start))</td><td class=\"n\">\(week.activeLearners)</td><td class=\"n\">\(week.editedLines)</td>"
                    + "<td class=\"n\">\(week.introduced)</td><td class=\"n\">\(week.findingsPerKLOC)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</body></html>\n"
    }
}
