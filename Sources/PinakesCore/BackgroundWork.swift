import Synchronization

/// Work that outlives the request that started it (a harvest a librarian asked for): tasks of the process,
/// cancelled and awaited when it stops, so each can record how far it got.
public final class BackgroundWork: Sendable {
    private struct State {
        var next = 0
        var tasks: [Int: Task<Void, Never>] = [:]
        var stopping = false
    }

    private let state = Mutex(State())

    public init() {}

    /// Whether new work is still taken (false once the process is stopping).
    public var accepting: Bool { state.withLock { !$0.stopping } }

    /// The tasks still running.
    public var running: Int { state.withLock { $0.tasks.count } }

    /// Starts `body` in a task of its own; false, and nothing started, once the process is stopping.
    @discardableResult
    public func start(_ body: @escaping @Sendable () async -> Void) -> Bool {
        state.withLock { state in
            guard !state.stopping else { return false }
            let id = state.next
            state.next += 1
            // The task removes itself when done; it waits for this lock, so it is registered first.
            state.tasks[id] = Task { [weak self] in
                await body()
                self?.finished(id)
            }
            return true
        }
    }

    /// Takes no more work, cancels every task and waits until each has ended.
    public func stop() async {
        let tasks = state.withLock { state in
            state.stopping = true
            return Array(state.tasks.values)
        }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    private func finished(_ id: Int) {
        _ = state.withLock { $0.tasks.removeValue(forKey: id) }
    }
}
