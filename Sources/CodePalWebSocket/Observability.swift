import CodePalLSP
import CodePalSupport
import CoreMetrics
import Foundation
import Prometheus

/// `/metrics`, `/healthz` and `/readyz` next to the WebSocket endpoint: swift-metrics bootstrapped
/// with a Prometheus registry, and a readiness check (the learning store answers a query).
public final class Observability: @unchecked Sendable {
    private let registry: PrometheusCollectorRegistry
    private let readiness: @Sendable () -> String?
    private let residentMemory: Prometheus.Gauge

    /// Bootstraps the process-wide metrics system; call once, before any session starts.
    /// `readiness` returns nil when ready, else why not.
    public init(readiness: @escaping @Sendable () -> String?) {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = ServerMetrics.bucketBounds.map { .nanoseconds(Int64($0 * 1e9)) }
        MetricsSystem.bootstrap(factory)
        self.readiness = readiness
        residentMemory = registry.makeGauge(name: "codepal_process_resident_memory_bytes")
    }

    /// Nil when ready, else the reason.
    func notReady() -> String? { readiness() }

    /// The Prometheus text exposition format (version 0.0.4).
    func metricsText() -> [UInt8] {
        if let kilobytes = ProcessMemory.residentKilobytes() { residentMemory.set(Double(kilobytes * 1024)) }
        return registry.emitToBuffer()
    }
}
