import ServiceLifecycle
import Web

/// Turns the node's `/ready` to 503 as soon as graceful shutdown reaches it. It is the last service of a node,
/// and a `ServiceGroup` stops its services in reverse order, so this happens before the jobs and servers stop.
struct ReadinessWatch: Service {
    let serving: ServingState

    func run() async throws {
        // Returns on graceful shutdown; throws on cancellation, when the group is going away anyway.
        try? await gracefulShutdown()
        serving.beginDraining()
    }
}
