import CodePalSyntax
import Dispatch
import Foundation

/// Reads and parses files on a pool of threads (one parser per file) and applies an analysis to
/// each; results come back in input order. Shared by `check` and `metrics`.
public struct SourceBatch {
    public enum Outcome<T> {
        case analyzed(SourceText, T)
        case skipped(String)
        case failed(String)
    }

    let registry: LanguageRegistry
    let jobs: Int

    public init(registry: LanguageRegistry, jobs: Int) {
        self.registry = registry
        self.jobs = jobs
    }

    public func map<T>(_ files: [String], _ analyze: @escaping (String, SourceText, SyntaxTree) -> T) -> [(path: String, outcome: Outcome<T>)] {
        parallelMap(files, jobs: jobs) { path in (path, outcome(path, analyze)) }
    }

    private func outcome<T>(_ path: String, _ analyze: (String, SourceText, SyntaxTree) -> T) -> Outcome<T> {
        let language: Language
        do {
            guard let found = try registry.language(forPath: path) else { return .skipped("no grammar for this file type") }
            language = found
        } catch {
            return .failed("\(error)")
        }
        switch SourceFile.read(path) {
        case .text(let bytes):
            let text = SourceText(bytes: bytes)
            let tree = Parser(language: language).parse(bytes)
            return .analyzed(text, analyze(path, text, tree))
        case .skipped(let reason): return .skipped(reason)
        case .failed(let reason): return .failed(reason)
        }
    }
}

/// `items.map(transform)` on `jobs` threads that take the next item as they finish one, so a
/// few large files do not leave a core idle; results keep the input order.
public func parallelMap<Item, T>(_ items: [Item], jobs: Int, _ transform: (Item) -> T) -> [T] {
    let results = ResultSlots<T>(count: items.count)
    let next = WorkCounter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in
        while let index = next.take(below: items.count) {
            results[index] = transform(items[index])
        }
    }
    return results.values
}

/// Fixed slots written by index from several threads (each slot by exactly one thread).
final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(index: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }
    var values: [T] { storage.compactMap { $0 } }
}

/// Hands out 0, 1, 2, … to worker threads, up to a limit.
public final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    public init() {}
    public func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
