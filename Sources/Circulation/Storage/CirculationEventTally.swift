import Metrics
import Synchronization

/// The `circ_event` kinds written by one desk transaction, counted in `pinakes_circulation_events_total{event}`
/// only once the transaction has committed (a rolled-back or retried attempt counts nothing).
final class CirculationEventTally: Sendable {
    static let metric = "pinakes_circulation_events_total"

    /// The tally of the desk transaction running in this task, if any.
    @TaskLocal static var current: CirculationEventTally?

    private let kinds = Mutex<[String]>([])

    /// Notes one event row written in the current transaction.
    func note(_ kind: String) { kinds.withLock { $0.append(kind) } }

    /// Counts the noted events; call after COMMIT.
    func count() {
        for kind in kinds.withLock({ $0 }) {
            Counter(label: Self.metric, dimensions: [("event", kind)]).increment()
        }
    }

    /// Runs `body` (one transaction) with a fresh tally, and counts its events when it returns.
    static func counting<T>(_ body: () async throws -> T) async throws -> T {
        let tally = CirculationEventTally()
        let value = try await $current.withValue(tally) { try await body() }
        tally.count()
        return value
    }
}
