import CodePalAnalysis
import Foundation

/// The learning report as one self-contained HTML file: a bar per category (skill), a line of
/// findings per 1,000 edited lines per week, the learning path and the rules table. Inline SVG
/// and CSS only; nothing is fetched.
enum LearningHTML {
    static func page(_ report: SkillModel.Report) -> String {
        let date = ISO8601DateFormatter().string(from: report.generatedAt).prefix(10)
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>CodePal learning report: \(escape(report.user))</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.6em; margin-bottom: 0 } .sub { color: #59636e; margin-top: .2em }
            h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em }
            table { border-collapse: collapse; width: 100% } th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid #eef0f2 }
            td.n { text-align: right; font-variant-numeric: tabular-nums } ol li { margin-bottom: .8em }
            .why { color: #59636e } .tag { background: #eef6ff; color: #0550ae; border-radius: 4px; padding: 0 .4em; font-family: monospace }
            .empty { color: #59636e; font-style: italic }
            </style></head><body>
            <h1>Learning report</h1>
            <p class="sub">\(escape(report.user)) · \(report.editedLines) lines edited · generated \(date)</p>

            """
        html += "<h2>What to learn next</h2>\n"
        if report.path.isEmpty {
            html += "<p class=\"empty\">No recurring problems: nothing to catch up on right now.</p>\n"
        } else {
            html += "<ol>\n" + report.path.map { step in
                "<li><span class=\"tag\">\(escape(step.topic))</span> <span class=\"why\">\(escape(step.why))</span><br>\(escape(step.read))</li>"
            }.joined(separator: "\n") + "\n</ol>\n"
        }
        html += "<h2>Skills by category</h2>\n" + bars(report.categories)
        html += "<h2>Findings per 1,000 edited lines, by week and category</h2>\n" + trend(report.weeks)
        html += "<h2>Rules</h2>\n"
        if report.rules.isEmpty {
            html += "<p class=\"empty\">No findings recorded yet.</p>\n"
        } else {
            html += "<table><tr><th>rule</th><th>category</th><th>introduced</th><th>fixed by hand</th><th>quick fix</th><th>suppressed</th><th>open</th><th>trend</th></tr>\n"
            for rule in report.rules {
                html += "<tr><td><span class=\"tag\">\(escape(rule.key))</span></td><td>\(escape(rule.category))</td><td class=\"n\">\(rule.introduced)</td>"
                    + "<td class=\"n\">\(rule.fixedByHand)</td><td class=\"n\">\(rule.fixedByQuickFix)</td><td class=\"n\">\(rule.suppressed)</td><td class=\"n\">\(rule.open)</td><td>\(rule.trend)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</body></html>\n"
    }

    /// Horizontal bars of skill (0-100 %), coloured from red to green.
    static func bars(_ topics: [SkillModel.Topic]) -> String {
        guard !topics.isEmpty else { return "<p class=\"empty\">No findings recorded yet.</p>\n" }
        let row = 34, width = 640, label = 140
        var svg = "<svg width=\"\(width + label + 60)\" height=\"\(topics.count * row + 10)\" role=\"img\" aria-label=\"skill by category\">\n"
        for (index, topic) in topics.enumerated() {
            let y = index * row + 5
            let w = Int(Double(width) * topic.skill)
            let hue = Int(120 * topic.skill)
            svg += "<text x=\"0\" y=\"\(y + 21)\" font-size=\"14\">\(escape(topic.key))</text>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 6)\" width=\"\(width)\" height=\"20\" fill=\"#eef0f2\" rx=\"4\"/>"
            svg += "<rect x=\"\(label)\" y=\"\(y + 6)\" width=\"\(max(2, w))\" height=\"20\" fill=\"hsl(\(hue),55%,48%)\" rx=\"4\"/>"
            svg += "<text x=\"\(label + width + 8)\" y=\"\(y + 21)\" font-size=\"13\">\(Int(topic.skill * 100)) %</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A line per category over the weeks (findings per 1,000 edited lines), the total dashed,
    /// with a dot on every week (a single week is a line of one point, which SVG does not draw)
    /// and a legend.
    static func trend(_ weeks: [SkillModel.Week]) -> String {
        guard !weeks.isEmpty else { return "<p class=\"empty\">No weeks recorded yet.</p>\n" }
        let width = 760.0, height = 200.0, pad = 30.0
        let categories = Array(Set(weeks.flatMap { $0.byCategory.keys })).sorted()
        let top = max(1, weeks.map(\.findingsPerKLOC).max() ?? 1)
        let step = weeks.count > 1 ? (width - 2 * pad) / Double(weeks.count - 1) : 0
        func x(_ index: Int) -> Double { weeks.count > 1 ? pad + Double(index) * step : width / 2 }
        func y(_ value: Double) -> Double { height - pad - (value / top) * (height - 2 * pad) }
        let palette = ["#cf222e", "#0969da", "#8250df", "#1a7f37", "#bf8700", "#57606a"]
        var svg = "<svg width=\"\(Int(width))\" height=\"\(Int(height) + 30 + 24 * ((categories.count + 4) / 4))\" role=\"img\" aria-label=\"findings per 1,000 lines by week and category\">\n"
        svg += "<line x1=\"\(pad)\" y1=\"\(height - pad)\" x2=\"\(width - pad)\" y2=\"\(height - pad)\" stroke=\"#d1d9e0\"/>\n"
        svg += "<polyline fill=\"none\" stroke=\"#8c959f\" stroke-dasharray=\"5 4\" stroke-width=\"1.5\" points=\""
            + weeks.enumerated().map { "\(x($0.offset)),\(y($0.element.findingsPerKLOC))" }.joined(separator: " ") + "\"/>\n"
        for (index, week) in weeks.enumerated() {
            svg += "<circle cx=\"\(x(index))\" cy=\"\(y(week.findingsPerKLOC))\" r=\"3.5\" fill=\"#8c959f\"/>\n"
        }
        for (index, category) in categories.enumerated() {
            let color = palette[index % palette.count]
            let points = weeks.enumerated().map { "\(x($0.offset)),\(y($0.element.byCategory[category] ?? 0))" }
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
            for (offset, week) in weeks.enumerated() {
                svg += "<circle cx=\"\(x(offset))\" cy=\"\(y(week.byCategory[category] ?? 0))\" r=\"3.5\" fill=\"\(color)\"/>\n"
            }
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "MMM d"
        formatter.timeZone = TimeZone(identifier: "UTC")
        for (index, week) in weeks.enumerated() {
            svg += "<text x=\"\(x(index))\" y=\"\(height - 10)\" font-size=\"12\" text-anchor=\"middle\" fill=\"#59636e\">\(formatter.string(from: week.start))</text>\n"
        }
        for (index, name) in (["all (dashed)"] + categories).enumerated() {
            let color = index == 0 ? "#8c959f" : palette[(index - 1) % palette.count]
            let lx = pad + Double(index % 4) * 180, ly = height + 14 + Double(index / 4) * 22
            svg += "<rect x=\"\(lx)\" y=\"\(ly - 9)\" width=\"14\" height=\"4\" fill=\"\(color)\"/><text x=\"\(lx + 20)\" y=\"\(ly - 3)\" font-size=\"12\">\(escape(name))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
