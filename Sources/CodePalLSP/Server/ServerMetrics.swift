import CodePalSupport
import CoreMetrics
import Foundation

/// What the process has done, for operators: recorded through swift-metrics (the WebSocket server
/// bootstraps a Prometheus factory for `/metrics`; without one they cost a no-op call) and kept
/// here as well, so that `codepal/status` answers with the same figures over stdio, where
/// nothing scrapes.
public final class ServerMetrics: @unchecked Sendable {
    public static let shared = ServerMetrics()

    /// Upper bounds of the latency buckets, in seconds; the Prometheus histograms use the same.
    public static let bucketBounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    struct Latencies {
        var count = 0
        var errors = 0
        var seconds = 0.0
        var buckets = [Int](repeating: 0, count: ServerMetrics.bucketBounds.count + 1)

        mutating func add(_ s: Double, error: Bool = false) {
            count += 1
            if error { errors += 1 }
            seconds += s
            buckets[ServerMetrics.bucketBounds.firstIndex { s <= $0 } ?? ServerMetrics.bucketBounds.count] += 1
        }

        /// The bucket bound under which `q` of the values fall (a histogram's resolution).
        func quantile(_ q: Double) -> Double? {
            guard count > 0 else { return nil }
            let rank = Int((Double(count) * q).rounded(.up))
            var seen = 0
            for (i, n) in buckets.enumerated() {
                seen += n
                if seen >= rank { return i < ServerMetrics.bucketBounds.count ? ServerMetrics.bucketBounds[i] : .infinity }
            }
            return .infinity
        }

        var json: JSON {
            func ms(_ s: Double?) -> JSON { s.map { $0.isFinite ? .double(($0 * 1000 * 100).rounded() / 100) : .string("+Inf") } ?? .null }
            return ["count": .int(count), "errors": .int(errors), "meanMs": ms(count > 0 ? seconds / Double(count) : nil),
                    "p50Ms": ms(quantile(0.5)), "p95Ms": ms(quantile(0.95)), "p99Ms": ms(quantile(0.99))]
        }
    }

    private let lock = NSLock()
    private var sessions = 0
    private var sessionsTotal = 0
    private var requests: [String: Latencies] = [:]
    private var diagnostics = Latencies()
    private var queued = 0
    private var eventsWritten = 0
    private var eventsDropped = 0
    private var errors: [String: Int] = [:]
    private var indexed = (done: 0, total: 0)
    private var timers: [String: CoreMetrics.Timer] = [:]
    private var outcomes: [String: CoreMetrics.Counter] = [:]
    private let started = Date()

    private lazy var sessionGauge = Meter(label: "codepal_sessions")
    private lazy var sessionCounter = Counter(label: "codepal_sessions_total")
    private lazy var diagnosticsTimer = CoreMetrics.Timer(label: "codepal_diagnostics_latency_seconds")
    private lazy var queueGauge = Meter(label: "codepal_analysis_queue_depth")
    private lazy var writtenCounter = Counter(label: "codepal_learning_events_written_total")
    private lazy var droppedCounter = Counter(label: "codepal_learning_events_dropped_total")
    private lazy var indexedGauge = Meter(label: "codepal_index_files_done")
    private lazy var indexTotalGauge = Meter(label: "codepal_index_files_total")

    public func sessionOpened() {
        locked { sessions += 1; sessionsTotal += 1; sessionGauge.set(sessions); sessionCounter.increment() }
    }

    public func sessionClosed() {
        locked { sessions -= 1; sessionGauge.set(sessions) }
    }

    /// A request answered: `outcome` is ok, error or cancelled.
    func requestFinished(method: String, seconds: Double, outcome: String) {
        locked {
            requests[method, default: Latencies()].add(seconds, error: outcome == "error")
            let timer = timers[method] ?? {
                let t = CoreMetrics.Timer(label: "codepal_request_duration_seconds", dimensions: [("method", method)])
                timers[method] = t
                return t
            }()
            timer.recordSeconds(seconds)
            let key = method + "\u{0}" + outcome
            let counter = outcomes[key] ?? {
                let c = Counter(label: "codepal_requests_total", dimensions: [("method", method), ("outcome", outcome)])
                outcomes[key] = c
                return c
            }()
            counter.increment()
        }
    }

    /// From an edit's arrival to the publication of the diagnostics of its revision.
    func diagnosticsPublished(after seconds: Double) {
        locked { diagnostics.add(seconds); diagnosticsTimer.recordSeconds(seconds) }
    }

    /// Messages received and not yet handled, across sessions.
    func queueChanged(by delta: Int) {
        locked { queued += delta; queueGauge.set(queued) }
    }

    public func learningEvents(written: Int, dropped: Int) {
        locked {
            eventsWritten += written
            eventsDropped += dropped
            if written > 0 { writtenCounter.increment(by: written) }
            if dropped > 0 { droppedCounter.increment(by: dropped) }
        }
    }

    /// Learning events written to and dropped by the store, since the process started.
    public var learningTotals: (written: Int, dropped: Int) { locked { (eventsWritten, eventsDropped) } }

    public func error(_ kind: String) {
        locked {
            errors[kind, default: 0] += 1
            Counter(label: "codepal_errors_total", dimensions: [("kind", kind)]).increment()
        }
    }

    func indexing(done: Int, total: Int) {
        locked { indexed = (done, total); indexedGauge.set(done); indexTotalGauge.set(total) }
    }

    /// The figures of `codepal/status`.
    public func status() -> JSON {
        locked {
            var byMethod: [String: JSON] = [:]
            for (method, latencies) in requests { byMethod[method] = latencies.json }
            return [
                "uptimeSeconds": .int(Int(Date().timeIntervalSince(started))),
                "sessions": .int(sessions),
                "sessionsTotal": .int(sessionsTotal),
                "requests": .object(byMethod),
                "diagnostics": diagnostics.json,
                "queueDepth": .int(queued),
                "indexing": ["done": .int(indexed.done), "total": .int(indexed.total)],
                "learningEvents": ["written": .int(eventsWritten), "dropped": .int(eventsDropped)],
                "errors": .object(errors.mapValues { .int($0) }),
            ]
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
