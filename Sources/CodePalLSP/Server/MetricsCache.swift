import CodePalAnalysis
import CodePalSyntax
import Foundation

/// Metrics per document revision, so that lenses, hovers and commands on an unchanged document
/// share one computation.
final class MetricsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (revision: Int, options: MetricsOptions, metrics: FileMetrics)] = [:]

    func metrics(for snapshot: DocumentSnapshot, revision: Int, options: MetricsOptions) throws -> FileMetrics {
        lock.lock()
        if let cached = entries[snapshot.uri], cached.revision == revision, cached.options == options {
            lock.unlock()
            return cached.metrics
        }
        lock.unlock()
        guard let tree = snapshot.tree else { return FileMetrics() }
        let metrics = try MetricsEngine.measure(tree: tree, text: snapshot.text, options: options)
        lock.lock()
        entries[snapshot.uri] = (revision, options, metrics)
        lock.unlock()
        return metrics
    }

    func forget(_ uri: String) {
        lock.lock()
        entries[uri] = nil
        lock.unlock()
    }
}
