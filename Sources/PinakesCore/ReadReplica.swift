import AsyncKit
import Foundation
import Logging
import Metrics
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit

/// A PostgreSQL hot standby that answers reads which may lag the primary: its own connection pool, the count of
/// reads that fell back to the primary, and a short pause after a failure, so a dead replica costs one connection
/// attempt every few seconds rather than one per query.
///
/// AsyncKit's pool is not `Sendable`; as with `Database`, this class asserts it may be shared (the pool locks).
final class ReadReplica: @unchecked Sendable {
    /// How long reads go straight to the primary after the replica could not be reached.
    static let pauseAfterFailure: Duration = .seconds(2)
    /// The least time between two warnings about falling back.
    static let warningInterval: Duration = .seconds(10)
    /// The metric counting reads that fell back to the primary (made at each use, like `DatabaseMetrics`).
    static let fallbacksMetric = "pinakes_db_replica_fallbacks_total"

    struct State {
        var fallbacks = 0
        var pausedUntil: ContinuousClock.Instant?
        var lastWarning: ContinuousClock.Instant?
        var closed = false
    }

    let location: DatabaseLocation
    let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    let logger: Logger
    /// The pool's own logger: quiet, since every refused connection would log an error; we warn instead.
    let poolLogger: Logger
    private let state = NIOLockedValueBox(State())

    init(location: DatabaseLocation, pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, logger: Logger) {
        self.location = location
        self.pool = pool
        self.logger = logger
        var quiet = logger
        quiet.logLevel = .critical
        poolLogger = quiet
    }

    /// Reads that went to the primary because the replica could not answer, since the process started.
    var fallbacks: Int { state.withLockedValue { $0.fallbacks } }

    /// Whether the replica should be asked now (false for a short while after it failed).
    var isWorthAsking: Bool {
        state.withLockedValue { state in
            guard let until = state.pausedUntil else { return true }
            return ContinuousClock.now >= until
        }
    }

    /// Runs `body` on one of the replica's connections.
    func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await DatabaseMetrics.acquire(role: "replica") {
            try await pool.requestConnection(logger: poolLogger).get()
        }
        defer {
            pool.releaseConnection(connection, logger: poolLogger)
            DatabaseMetrics.released(role: "replica")
        }
        return try await body(connection.sql(queryLogLevel: .trace))
    }

    /// Counts one read served by the primary instead, pauses the replica when it was unreachable, and warns at
    /// most every `warningInterval`.
    func fellBack(because error: (any Error)?) {
        Counter(label: Self.fallbacksMetric).increment()
        let now = ContinuousClock.now
        let warn = state.withLockedValue { state -> Bool in
            state.fallbacks += 1
            if let error, Self.isUnreachable(error) { state.pausedUntil = now + Self.pauseAfterFailure }
            guard error != nil else { return false }
            if let last = state.lastWarning, now - last < Self.warningInterval { return false }
            state.lastWarning = now
            return true
        }
        if warn, let error {
            logger.warning(
                "read replica \(location) did not answer, reading from the primary: \(Self.describe(error))")
        }
    }

    /// The error's text, with the cause of a failed connection (refused, timed out) that PostgresNIO wraps.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError, let cause = error.underlying { return "\(error.code): \(cause)" }
        return DatabaseErrorText.describe(error)
    }

    /// Whether `error` means the replica could not answer a read the primary can: unreachable (refused, timed
    /// out, closed, shutting down, starting up) or a query cancelled by a conflict with WAL replay.
    static func answersElsewhere(_ error: any Error) -> Bool {
        if isUnreachable(error) { return true }
        // 40001: "canceling statement due to conflict with recovery" on a hot standby.
        return (error as? PSQLError)?.serverInfo?[.sqlState] == "40001"
    }

    /// Whether `error` says the replica cannot be reached at all.
    static func isUnreachable(_ error: any Error) -> Bool {
        if let error = error as? PSQLError {
            if [.connectionError, .serverClosedConnection, .uncleanShutdown].contains(error.code) { return true }
            // 08: connection exception; 57P01/02/03: shutting down, crashed, starting up.
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
        }
        return error is ConnectionPoolTimeoutError || error is ChannelError || error is IOError
            || error is NIOConnectionError
    }

    /// Closes the replica's connections.
    func shutdown() async {
        guard
            !state.withLockedValue({
                let was = $0.closed; $0.closed = true; return was
            })
        else { return }
        do {
            try await pool.shutdownAsync()
        } catch {
            logger.warning("read replica shutdown: \(error)")
        }
    }

    deinit {
        guard !state.withLockedValue({ $0.closed }) else { return }
        pool.shutdownGracefully { _ in }
    }
}
