import NIOCore
import Synchronization

/// The open kiosk connections, so a graceful shutdown can close idle ones at once and busy ones as soon as
/// their current message is answered.
final class SIP2ConnectionRegistry: Sendable {
    private struct State {
        var closing = false
        var connections: [ObjectIdentifier: (channel: any Channel, busy: Bool)] = [:]
    }

    private let state = Mutex(State())

    /// Adds a connection; `false` when the server is already shutting down.
    func register(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard !state.closing else { return false }
            state.connections[ObjectIdentifier(channel)] = (channel, false)
            return true
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

    /// Starts shutting down: idle connections are closed now.
    func closeAll() {
        let idle = state.withLock { state in
            state.closing = true
            return state.connections.values.filter { !$0.busy }.map(\.channel)
        }
        for channel in idle { channel.close(promise: nil) }
    }
}
