import Foundation
import Prometheus
import Synchronization

/// The process's start time, uptime and build: `pinakes_process_start_time_seconds`,
/// `pinakes_process_uptime_seconds` (refreshed on each scrape) and `pinakes_build_info{version}` (always 1).
public enum ProcessMetrics {
    private static let started = Mutex<ContinuousClock.Instant?>(nil)

    /// Records the start of the process (once; later calls keep the first start) and its build.
    public static func start(version: String, registry: PrometheusCollectorRegistry) {
        let first = started.withLock { instant -> Bool in
            guard instant == nil else { return false }
            instant = .now
            return true
        }
        guard first else { return }
        registry.makeGauge(name: "pinakes_process_start_time_seconds").set(to: Date().timeIntervalSince1970)
        registry.makeGauge(name: "pinakes_build_info", labels: [("version", version)]).set(to: 1)
        refresh(registry)
    }

    /// Sets the uptime gauge to the time since `start`, before the registry is emitted.
    static func refresh(_ registry: PrometheusCollectorRegistry) {
        guard let start = started.withLock({ $0 }) else { return }
        let elapsed = (ContinuousClock.now - start).components
        registry.makeGauge(name: "pinakes_process_uptime_seconds").set(
            to:
                Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }
}
