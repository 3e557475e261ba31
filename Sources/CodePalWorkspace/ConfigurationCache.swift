import CodePalAnalysis
import Foundation

/// Finds the configuration for a file: an explicit file when given, else the nearest
/// `.codepal.toml` above it. Cached per folder for the life of the cache (one `check` run, or
/// until the server sees a configuration file change).
public final class ConfigurationCache: @unchecked Sendable {
    private let explicit: URL?
    private let lock = NSLock()
    private var byFolder: [String: Result<Configuration, ConfigurationError>] = [:]
    private var reported: Set<String> = []
    /// Called once per configuration file with its warnings (unknown keys).
    public var onWarning: (String) -> Void = { _ in }

    public init(explicit: String? = nil) {
        self.explicit = explicit.map { URL(fileURLWithPath: $0) }
    }

    public func configuration(forFile path: String) throws -> Configuration {
        let folder = explicit?.path ?? URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        lock.lock()
        defer { lock.unlock() }
        if let cached = byFolder[folder] { return try cached.get() }
        let result: Result<Configuration, ConfigurationError>
        do {
            let (configuration, warnings): (Configuration, [String])
            if let explicit {
                guard let data = FileManager.default.contents(atPath: explicit.path) else {
                    throw ConfigurationError(message: "\(explicit.path): cannot read configuration file")
                }
                (configuration, warnings) = try Configuration.parse(String(decoding: data, as: UTF8.self), source: explicit.path)
            } else {
                (configuration, warnings) = try Configuration.load(near: URL(fileURLWithPath: folder))
            }
            if let source = configuration.source, reported.insert(source).inserted { warnings.forEach(onWarning) }
            result = .success(configuration)
        } catch let error as ConfigurationError {
            result = .failure(error)
        } catch {
            result = .failure(ConfigurationError(message: "\(error)"))
        }
        byFolder[folder] = result
        return try result.get()
    }

    public func invalidate() {
        lock.lock()
        byFolder.removeAll()
        reported.removeAll()
        lock.unlock()
    }
}
