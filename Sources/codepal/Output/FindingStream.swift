import CodePalAnalysis
import CodePalSupport

/// `codepal check`'s standard output, written chunk by chunk as files are checked, so that the
/// memory of a run does not grow with the tree. Markdown is the exception: its heading counts
/// every finding, and review comments cover a change, not a tree.
final class FindingStream {
    private let format: Check.Format
    private let rules: RuleCatalog
    private let lessons: () -> Lessons
    private var sarif: SARIFReport.Writer?
    private var markdown: [FindingRecord] = []
    private var wroteJSON = false

    init(format: Check.Format, rules: RuleCatalog, lessons: @escaping () -> Lessons, version: String) {
        self.format = format
        self.rules = rules
        self.lessons = lessons
        switch format {
        case .json: Console.out("[")
        case .sarif:
            let writer = SARIFReport.Writer(rules: rules, version: version)
            sarif = writer
            Console.out(writer.head)
        case .text, .github, .markdown: break
        }
    }

    /// `records` are every finding of the chunk; `visible` those not suppressed (SARIF reports
    /// the others as suppressed, the other formats leave them out).
    func write(_ records: [FindingRecord], visible: [FindingRecord]) {
        switch format {
        case .text: Console.out(visible.map(FindingFormat.text).joined())
        case .github: Console.out(visible.map(FindingFormat.github).joined())
        case .json:
            var out: [UInt8] = []
            for record in visible {
                if wroteJSON { out.append(UInt8(ascii: ",")) }
                wroteJSON = true
                out += FindingFormat.json(record, rules: rules).serialized()
            }
            Console.out(String(decoding: out, as: UTF8.self))
        case .sarif: Console.out(sarif!.results(records))
        case .markdown: markdown += visible
        }
    }

    func finish() {
        switch format {
        case .json: Console.out("]\n")
        case .sarif: Console.out(sarif!.tail)
        case .markdown: Console.out(MarkdownReport.render(markdown, rules: rules, lessons: lessons()))
        case .text, .github: break
        }
    }
}
