import Synchronization

/// Serialises write transactions within one process on SQLite, which allows one writer at a time;
/// waiting here is cheaper and fairer than spinning on SQLITE_BUSY. PostgreSQL does not use it.
///
/// A lock rather than an actor: a free gate is entered without suspending, which matters when every checkout
/// passes through it.
final class WriteGate: Sendable {
    private let state = Mutex<(busy: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    func enter() async {
        let entered = state.withLock { state -> Bool in
            guard !state.busy else { return false }
            state.busy = true
            return true
        }
        if entered { return }
        await withCheckedContinuation { continuation in
            let now = state.withLock { state -> Bool in
                guard state.busy else {
                    state.busy = true
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Hands the gate to the longest waiter, or leaves it free.
    func leave() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.busy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
