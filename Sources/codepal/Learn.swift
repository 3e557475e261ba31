import ArgumentParser
import CodePalAnalysis
import CodePalStore
import CodePalSupport
import CodePalSyntax
import Foundation

struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per-user learning metrics: report, export, forget, import (all local).",
        subcommands: [LearnReport.self, LearnExport.self, LearnForget.self, LearnImport.self])
}

struct LearnOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Whose data (default: the OS user).", valueName: "user"))
    var user: String?

    @Option(help: ArgumentHelp("The learning store: a SQLite path or postgres://USER@HOST:PORT/DB (default: $CODEPAL_LEARNING_DB, else $XDG_DATA_HOME/codepal/learning.sqlite).",
                               valueName: "spec"))
    var store: String?

    var userName: String { user ?? NSUserName() }

    func open() throws -> any LearningBackend {
        let spec = store ?? ProcessInfo.processInfo.environment["CODEPAL_LEARNING_DB"].flatMap { $0.isEmpty ? nil : $0 }
        return try LearningStores.open(spec, warn: { Console.err("codepal: warning: \($0)\n") })
    }
}

struct LearnReport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Skill profile, gaps, learning path and trend.")

    enum Format: String, ExpressibleByArgument { case text, json, html }

    @OptionGroup var options: LearnOptions
    @OptionGroup var grammar: GrammarOptions

    @Option(help: "text, json or html.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only events since this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Flag(name: .customLong("class"), help: "Every learner of the store: topics, who struggles with what, weekly trend.")
    var classReport = false

    func run() throws {
        var from: Date?
        if let since {
            let parser = DateFormatter()
            parser.dateFormat = "yyyy-MM-dd"
            parser.timeZone = TimeZone(identifier: "UTC")
            guard let date = parser.date(from: since) else { throw ValidationError("--since takes YYYY-MM-DD, not `\(since)`") }
            from = date
        }
        let registry = try? CommandSupport.registry(grammar)
        let catalog = registry.flatMap { try? RuleCatalog(registry: $0) }
        if classReport {
            let lessons = Lessons.load(registry)
            let report: ClassReport
            do {
                let store = try options.open()
                report = ClassReport(reports: try store.users().map { user in
                    SkillModel.report(user: user, events: try store.events(user: user, since: from), explanation: { catalog?.rule($0)?.explanation },
                                      lessons: lessons)
                })
            } catch { CommandSupport.exit(with: error) }
            switch format {
            case .text: Console.out(report.text + "\n")
            case .json:
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                Console.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            case .html: Console.out(ClassReportHTML.page(report))
            }
            return
        }
        let events: [LearningEvent]
        do { events = try options.open().events(user: options.userName, since: from) } catch { CommandSupport.exit(with: error) }
        let report = SkillModel.report(user: options.userName, events: events, explanation: { catalog?.rule($0)?.explanation },
                                       lessons: Lessons.load(registry))
        switch format {
        case .text: Console.out(SkillModel.markdown(report) + "\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        case .html: Console.out(LearningHTML.page(report))
        }
    }
}

struct LearnExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "All of a user's events as JSON.")
    @OptionGroup var options: LearnOptions

    func run() throws {
        do {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(try options.open().events(user: options.userName)), as: UTF8.self) + "\n")
        } catch { CommandSupport.exit(with: error) }
    }
}

struct LearnForget: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forget", abstract: "Delete everything recorded about a user.")
    @OptionGroup var options: LearnOptions

    func run() throws {
        do {
            let deleted = try options.open().forget(user: options.userName)
            Console.err("forgot \(options.userName): " + deleted.sorted { $0.key < $1.key }.map { "\($0.value) rows from \($0.key)" }.joined(separator: ", ") + "\n")
        } catch { CommandSupport.exit(with: error) }
    }
}

struct LearnImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Add events exported earlier (JSON).")
    @OptionGroup var options: LearnOptions

    @Argument(help: "The exported file.")
    var file: String

    func run() throws {
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let events = try decoder.decode([LearningEvent].self, from: Data(contentsOf: URL(fileURLWithPath: file)))
            try options.open().record(events)
            Console.err("imported \(events.count) events\n")
        } catch { CommandSupport.exit(with: CommandSupport.failure("\(file): \(error)")) }
    }
}
