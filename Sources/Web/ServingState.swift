import Synchronization

/// Whether a node still takes new traffic: draining once graceful shutdown has begun, so that `/ready` answers
/// 503 and a load balancer sends its requests elsewhere while the ones in flight finish.
public final class ServingState: Sendable {
    private let draining = Atomic<Bool>(false)

    public init() {}

    /// True from the start of graceful shutdown.
    public var isDraining: Bool { draining.load(ordering: .acquiring) }

    /// Marks the node as going away; `/ready` answers 503 from now on.
    public func beginDraining() { draining.store(true, ordering: .releasing) }
}
