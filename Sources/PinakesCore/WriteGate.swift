/// Serialises write transactions within one process on SQLite, which allows one writer at a time;
/// waiting here is cheaper and fairer than spinning on SQLITE_BUSY. PostgreSQL does not use it.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
