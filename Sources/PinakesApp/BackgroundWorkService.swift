import PinakesCore
import ServiceLifecycle

/// Stops a node's background work with its other services: on graceful shutdown (or cancellation) no new work
/// is taken, the running tasks are cancelled, and the service ends once each has recorded its end.
struct BackgroundWorkService: Service {
    let work: BackgroundWork

    func run() async throws {
        try? await gracefulShutdown()
        await work.stop()
    }
}
