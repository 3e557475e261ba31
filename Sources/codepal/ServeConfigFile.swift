import ArgumentParser
import CodePalAnalysis
import Foundation

/// `codepal serve --config FILE`: a platform's settings in one TOML file, under `[serve]`, so
/// that instances are started alike (flags given on the command line win):
///
///     [serve]
///     learning-db = "postgres://codepal@db:5432/codepal"
///     users = "/etc/codepal/users"
///     rate-limit = 200
///     rate-limit-bytes = 4194304
///     log-format = "json"
struct ServeConfigFile {
    var learningDb: String?
    var users: String?
    var rateLimit: Int?
    var rateLimitBytes: Int?
    var logFormat: String?

    static func load(_ path: String) throws -> ServeConfigFile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ValidationError("cannot read --config \(path): \(error.localizedDescription)")
        }
        var file = ServeConfigFile()
        let entries: [(key: String, line: Int, value: SettingValue)]
        do { entries = try TOMLReader.read(text) } catch { throw ValidationError("\(path): \(error)") }
        for (key, line, value) in entries {
            func string() throws -> String {
                guard case .string(let s) = value else { throw ValidationError("\(path):\(line): \(key) takes a string") }
                return s
            }
            func integer() throws -> Int {
                guard case .integer(let n) = value else { throw ValidationError("\(path):\(line): \(key) takes an integer") }
                return n
            }
            switch key {
            case "serve.learning-db": file.learningDb = try string()
            case "serve.users":
                // Relative to the configuration file, as a reader of it expects.
                let users = try string()
                file.users = users.hasPrefix("/") ? users
                    : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(users).path
            case "serve.rate-limit": file.rateLimit = try integer()
            case "serve.rate-limit-bytes": file.rateLimitBytes = try integer()
            case "serve.log-format": file.logFormat = try string()
            default:
                throw ValidationError("\(path):\(line): unknown setting `\(key)` (serve.learning-db, serve.users, serve.rate-limit, serve.rate-limit-bytes, serve.log-format)")
            }
        }
        return file
    }
}
