import CodePalAnalysis
import CodePalSyntax
import Foundation

/// One `FileAnalysis` per open document revision, shared by every handler, the diagnostics
/// publisher and the learning recorder. A revision is the snapshot's version and content (a
/// client may repeat a version) under one configuration.
final class DocumentAnalyses: @unchecked Sendable {
    private struct Key: Equatable {
        let version: Int
        let content: UInt64
        let length: Int
        let configuration: Configuration
    }

    private let lock = NSLock()
    private var entries: [String: (key: Key, analysis: FileAnalysis)] = [:]
    /// Analyses made, for tests that check the sharing.
    private(set) var made = 0

    private static func key(_ snapshot: DocumentSnapshot, _ configuration: Configuration) -> Key {
        Key(version: snapshot.version, content: ContentHash.fnv1a(snapshot.text.bytes), length: snapshot.text.bytes.count, configuration: configuration)
    }

    func analysis(of snapshot: DocumentSnapshot, configuration: Configuration, rules: RuleCatalog?) -> FileAnalysis {
        let key = Self.key(snapshot, configuration)
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[snapshot.uri], entry.key == key { return entry.analysis }
        let analysis = FileAnalysis(lazyTree: { snapshot.tree?.copy() }, text: snapshot.text, configuration: configuration, rules: rules,
                                    path: DocumentURI.path(snapshot.uri))
        entries[snapshot.uri] = (key, analysis)
        made += 1
        return analysis
    }

    /// The analysis of this revision when the server made one, else a new one that is not kept:
    /// for a revision the editor has moved past (the learning recorder's), which must not push
    /// the current revision's analysis out.
    func analysisIfCurrent(of snapshot: DocumentSnapshot, configuration: Configuration, rules: RuleCatalog?) -> FileAnalysis {
        let key = Self.key(snapshot, configuration)
        lock.lock()
        let existing = entries[snapshot.uri].flatMap { $0.key == key ? $0.analysis : nil }
        lock.unlock()
        return existing ?? FileAnalysis(lazyTree: { snapshot.tree?.copy() }, text: snapshot.text, configuration: configuration, rules: rules,
                                        path: DocumentURI.path(snapshot.uri))
    }

    /// The analysis made for this revision under any configuration, for parts that do not
    /// depend on it (the scope graph); nil when none was made.
    func existing(of snapshot: DocumentSnapshot) -> FileAnalysis? {
        lock.lock()
        let entry = entries[snapshot.uri]
        lock.unlock()
        guard let entry, entry.key.version == snapshot.version, entry.key.length == snapshot.text.bytes.count,
              entry.key.content == ContentHash.fnv1a(snapshot.text.bytes) else { return nil }
        return entry.analysis
    }

    func forget(_ uri: String) {
        lock.lock()
        entries[uri] = nil
        lock.unlock()
    }
}
