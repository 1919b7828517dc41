import Metrics

/// The connection pools' and transactions' metrics, reported through swift-metrics (`/metrics` in the server).
///
/// Metric objects are made at each use rather than kept, so that one made before the process bootstrapped its
/// metrics system does not stay a no-op for the rest of the run.
public enum DatabaseMetrics {
    /// Connections handed out by a pool and not yet returned, by `role` (primary or replica).
    public static let inUse = "pinakes_db_connections_in_use"
    /// Time spent waiting for a pool to hand out a connection.
    public static let wait = "pinakes_db_connection_wait_seconds"
    /// Connections a pool could not hand out (timed out, refused, shut down).
    public static let errors = "pinakes_db_connection_errors_total"
    /// Transactions ended, by `outcome` (committed or rolled_back).
    public static let transactions = "pinakes_db_transactions_total"

    /// Buckets for `wait`: a free pooled connection takes microseconds, a starved pool up to its 30 s timeout.
    public static let waitBuckets: [Duration] = [
        .microseconds(100), .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100),
        .milliseconds(500), .seconds(2), .seconds(10), .seconds(30),
    ]

    /// Waits for a connection from `request`, timing the wait and counting a failure; the connection counts as
    /// in use until `released(role:)`.
    static func acquire<Connection>(role: String, _ request: () async throws -> Connection) async throws
        -> Connection
    {
        let start = ContinuousClock.now
        let dimensions = [("role", role)]
        do {
            let connection = try await request()
            Timer(label: wait, dimensions: dimensions).record(duration: ContinuousClock.now - start)
            Meter(label: inUse, dimensions: dimensions).increment()
            return connection
        } catch {
            Counter(label: errors, dimensions: dimensions).increment()
            throw error
        }
    }

    /// A connection went back to its pool.
    static func released(role: String) {
        Meter(label: inUse, dimensions: [("role", role)]).decrement()
    }

    /// A transaction ended with COMMIT (`committed`) or ROLLBACK.
    static func transactionEnded(committed: Bool) {
        Counter(label: transactions, dimensions: [("outcome", committed ? "committed" : "rolled_back")]).increment()
    }
}
