import Metrics
import NIOConcurrencyHelpers
import PinakesCore
import Prometheus
import Web

/// The process's one metrics registry, and swift-metrics bootstrapped onto it, so that the domain modules count
/// through swift-metrics without depending on Prometheus and every node of the process shows them on `/metrics`.
public enum PinakesMetrics {
    /// The release this binary reports in `pinakes_build_info`.
    public static let version = "0.7.0"

    /// The registry behind `/metrics`; bootstraps the metrics system on first use.
    public static var registry: PrometheusCollectorRegistry { bootstrapped }

    /// Bootstraps swift-metrics onto `registry` unless done already in this process (tests make many nodes;
    /// `MetricsSystem.bootstrap` may be called only once). Returns the registry.
    @discardableResult
    public static func bootstrapOnce() -> PrometheusCollectorRegistry { bootstrapped }

    // A static `let` is initialised exactly once, thread-safely, on first access.
    private static let bootstrapped: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[DatabaseMetrics.wait] = DatabaseMetrics.waitBuckets
        factory.durationHistogramBuckets[JobMetrics.duration] = JobMetrics.durationBuckets
        MetricsSystem.bootstrap(factory)
        ProcessMetrics.start(version: version, registry: registry)
        return registry
    }()
}
