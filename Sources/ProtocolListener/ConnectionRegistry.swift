import NIOCore
import Synchronization

/// The open connections of one listener: counted against its limit, and closed together on shutdown (idle
/// ones at once, busy ones as soon as their current answer is sent).
public final class ConnectionRegistry: Sendable {
    private struct State {
        var closing = false
        var connections: [ObjectIdentifier: (channel: any Channel, busy: Bool)] = [:]
    }

    /// Why a connection was not registered.
    public enum Refusal: Sendable {
        case shuttingDown, full
    }

    private let state = Mutex(State())
    /// The most connections served at once; one more is refused.
    public let limit: Int

    public init(limit: Int = .max) {
        self.limit = limit
    }

    /// Adds a connection, or says why not.
    func register(_ channel: any Channel) -> Refusal? {
        state.withLock { state in
            if state.closing { return .shuttingDown }
            if state.connections.count >= limit { return .full }
            state.connections[ObjectIdentifier(channel)] = (channel, false)
            return nil
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLock { $0.connections.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Marks the connection busy (a message is being answered) or idle; returns whether it must now close.
    func setBusy(_ channel: any Channel, _ busy: Bool) -> Bool {
        state.withLock { state in
            state.connections[ObjectIdentifier(channel)]?.busy = busy
            return state.closing && !busy
        }
    }

    /// The number of connections being served.
    public var count: Int { state.withLock { $0.connections.count } }

    /// Starts shutting down: idle connections are closed now.
    func closeAll() {
        let idle = state.withLock { state in
            state.closing = true
            return state.connections.values.filter { !$0.busy }.map(\.channel)
        }
        for channel in idle { channel.close(promise: nil) }
    }
}
