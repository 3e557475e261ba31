import Foundation

/// Settings from `.codepal.toml` that the engines read. Plain values: faces find and load the file.
public struct Configuration: Sendable, Equatable {
    public var complexity = ComplexityThresholds()
    public var lint = LintSettings()
    public var metrics = MetricsOptions()
    /// Where the settings came from, for messages.
    public var source: String?
    /// Folders `#include "..."` is resolved against after the including file's own (`[include] paths`).
    public var includePaths: [String] = []
    /// Files larger than this are skipped (reported) rather than analysed.
    public var maximumFileBytes = 8 * 1024 * 1024
    /// The folder holding the configuration file: include/exclude globs are relative to it.
    public var root: String? { source.map { ($0 as NSString).deletingLastPathComponent } }

    public init() {}

    public static let fileName = ".codepal.toml"
    /// Looked for in this order in each folder.
    public static let fileNames = [".codepal.toml", ".codepal.yml", ".codepal.yaml"]

    /// Parses a configuration file. Unknown keys are warnings (returned), wrong types are errors.
    public static func parse(_ text: String, source: String) throws -> (Configuration, warnings: [String]) {
        let entries: [(key: String, line: Int, value: SettingValue)]
        do {
            entries = source.hasSuffix(".yml") || source.hasSuffix(".yaml") ? try YAMLSettings.read(text) : try TOMLReader.read(text)
        } catch let error as SettingsSyntaxError {
            throw ConfigurationError(message: "\(source):\(error.line): \(error.message)")
        }
        return try parse(entries: entries, source: source)
    }

    static func parse(entries: [(key: String, line: Int, value: SettingValue)], source: String) throws -> (Configuration, warnings: [String]) {
        var configuration = Configuration()
        configuration.source = source
        var warnings: [String] = []
        for entry in entries {
            func int() throws -> Int {
                guard case .integer(let value) = entry.value, value >= 0 else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `\(entry.key)` must be a non-negative integer, not \(entry.value.typeName)")
                }
                return value
            }
            switch entry.key {
            case "complexity.cognitive": configuration.complexity.cognitive = try int()
            case "complexity.cyclomatic": configuration.complexity.cyclomatic = try int()
            case "complexity.nesting": configuration.complexity.nesting = try int()
            case "complexity.nloc", "complexity.length": configuration.complexity.nloc = try int()
            case "complexity.parameters": configuration.complexity.parameters = try int()
            case "complexity.enabled":
                guard case .bool(let value) = entry.value else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `complexity.enabled` must be true or false")
                }
                configuration.complexity.enabled = value
            case "complexity.closures":
                guard case .string(let value) = entry.value, value == "fold" || value == "separate" else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `complexity.closures` must be \"fold\" or \"separate\"")
                }
                configuration.metrics.foldAnonymousFunctions = value == "fold"
            case "include.paths":
                guard case .array(let items) = entry.value, let list = items.map({ v -> String? in if case .string(let s) = v { return s } else { return nil } }) as? [String] else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `include.paths` must be a list of strings")
                }
                configuration.includePaths = list
            case "lint.select", "lint.extend-select", "lint.ignore", "lint.exclude", "lint.include":
                guard case .array(let items) = entry.value, let list = items.map({ v -> String? in if case .string(let s) = v { return s } else { return nil } }) as? [String] else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `\(entry.key)` must be a list of strings")
                }
                switch entry.key {
                case "lint.select": configuration.lint.select = list
                case "lint.extend-select": configuration.lint.extendSelect = list
                case "lint.ignore": configuration.lint.ignore = list
                case "lint.exclude": configuration.lint.exclude = list
                default: configuration.lint.include = list
                }
            case "lint.enabled":
                guard case .bool(let value) = entry.value else { throw ConfigurationError(message: "\(source):\(entry.line): `lint.enabled` must be true or false") }
                configuration.lint.enabled = value
            case "lint.report-unused-suppressions":
                guard case .bool(let value) = entry.value else { throw ConfigurationError(message: "\(source):\(entry.line): `\(entry.key)` must be true or false") }
                configuration.lint.reportUnusedSuppressions = value
            case "max-file-size":
                configuration.maximumFileBytes = try int()
            case let key where key.hasPrefix("lint.severity."):
                guard case .string(let value) = entry.value, let severity = Severity(rawValue: value) else {
                    throw ConfigurationError(message: "\(source):\(entry.line): `\(entry.key)` must be \"error\", \"warning\", \"info\" or \"hint\"")
                }
                configuration.lint.severities[String(key.dropFirst("lint.severity.".count))] = severity
            default:
                warnings.append("\(source):\(entry.line): unknown setting `\(entry.key)` ignored")
            }
        }
        return (configuration, warnings)
    }
}

public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }

    public init(message: String) { self.message = message }
}

/// Limits above which a function gets a complexity diagnostic.
public struct ComplexityThresholds: Sendable, Equatable {
    public var enabled = true
    public var cognitive = 15
    public var cyclomatic = 15
    public var nesting = 4
    public var nloc = 60
    public var parameters = 6

    public init() {}
}

/// Which lint rules run and how loud they are. Selectors are rule ids (`py/sql-injection`),
/// id prefixes (`py/`, `py`) or categories (`security`).
public struct LintSettings: Sendable, Equatable {
    public var enabled = true
    /// Report `codepal: ignore` comments that silence nothing.
    public var reportUnusedSuppressions = false
    public var select: [String] = []
    /// Added to the selection (the default set when `select` is empty), as ruff's `extend-select`:
    /// the way to turn on an opt-in rule without narrowing everything else.
    public var extendSelect: [String] = []
    public var ignore: [String] = []
    public var include: [String] = []
    public var exclude: [String] = []
    public var severities: [String: Severity] = [:]

    public init() {}

    /// An opt-in rule runs only when `select` or `extend-select` names it by its id: selecting its
    /// category or language prefix does not turn it on, so widening a selection never adds noise.
    public func isEnabled(_ rule: String, category: String, optIn: Bool = false) -> Bool {
        guard enabled else { return false }
        func matches(_ selector: String) -> Bool {
            selector == rule || selector == category || rule.hasPrefix(selector.hasSuffix("/") ? selector : selector + "/")
        }
        if ignore.contains(where: matches) { return false }
        if optIn { return select.contains(rule) || extendSelect.contains(rule) }
        return select.isEmpty || select.contains(where: matches) || extendSelect.contains(where: matches)
    }

    public func isEnabled(_ rule: LintRule) -> Bool {
        isEnabled(rule.id, category: rule.category.rawValue, optIn: rule.optIn)
    }
}
