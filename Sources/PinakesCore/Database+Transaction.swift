import SQLKit

extension Database {
    /// Runs `body` in one transaction on one connection: committed when it returns, rolled back when it throws.
    ///
    /// On SQLite the transaction starts with `BEGIN IMMEDIATE` behind the process's write gate, so two writers
    /// never deadlock on a lock upgrade.
    public func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        if backend == .sqlite { await writeGate.enter() }
        do {
            let result = try await withConnection { sql in
                try await sql.raw(backend == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
                do {
                    let value = try await body(sql)
                    try await sql.raw("COMMIT").run()
                    DatabaseMetrics.transactionEnded(committed: true)
                    return value
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    DatabaseMetrics.transactionEnded(committed: false)
                    throw error
                }
            }
            if backend == .sqlite { writeGate.leave() }
            return result
        } catch {
            if backend == .sqlite { writeGate.leave() }
            throw error
        }
    }
}
