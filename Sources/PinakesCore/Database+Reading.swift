import Logging
import SQLKit

extension Database {
    /// The state of the read replica, for `/ready`.
    public enum ReplicaState: String, Sendable {
        case available
        case unavailable
    }

    /// Runs `body`, a read that may see data a moment old, on the read replica when one is configured, else on
    /// the primary. When the replica cannot answer (refused, timed out, closed, or a query cancelled by WAL
    /// replay) the read runs on the primary instead, is counted in `replicaFallbacks`, and a warning is logged
    /// at most every few seconds.
    ///
    /// Only for reads whose result may lag: never inside a transaction, for a read-modify-write, for sign-in,
    /// sessions and tokens, or for a circulation decision.
    public func withReadConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        guard let replica else { return try await withConnection(body) }
        guard replica.isWorthAsking else {
            replica.fellBack(because: nil)
            return try await withConnection(body)
        }
        do {
            return try await replica.withConnection(body)
        } catch  where ReadReplica.answersElsewhere(error) && !Task.isCancelled {
            replica.fellBack(because: error)
            return try await withConnection(body)
        }
    }

    /// Where reads that may lag go, when it is not the primary.
    public var readReplica: DatabaseLocation? { replica?.location }

    /// Reads that went to the primary because the replica could not answer, since the process started.
    public var replicaFallbacks: Int { replica?.fallbacks ?? 0 }

    /// Whether the read replica answers now; nil when none is configured.
    public func replicaState() async -> ReplicaState? {
        guard let replica else { return nil }
        do {
            _ = try await replica.withConnection { sql in try await sql.raw("SELECT 1 AS one").first() }
            return .available
        } catch {
            return .unavailable
        }
    }

    /// Opens the replica's pool; it must be a PostgreSQL server, and so must the primary.
    static func openReplica(
        _ replica: DatabaseLocation, primary: DatabaseLocation, connections: Int?, logger: Logger
    ) throws -> ReadReplica {
        guard case .postgres = primary else {
            throw PinakesError.invalidInput(
                "a read replica needs a PostgreSQL main database; the main database is \(primary)")
        }
        guard case .postgres(let url) = replica else {
            throw PinakesError.invalidInput("read replica \(replica): expected a postgres:// URL")
        }
        let pool = try postgresPool(
            url, connections: connections ?? defaultConnectionsPerEventLoop(.postgres), replica: true, logger: logger)
        return ReadReplica(location: replica, pool: pool, logger: logger)
    }
}
