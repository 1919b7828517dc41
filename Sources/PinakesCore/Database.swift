import AsyncKit
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The one handle on Pinakes' storage: an embedded SQLite file or a PostgreSQL server, reached through SQLKit.
///
/// AsyncKit's connection pools are not `Sendable`; this class owns one pool and is the single place that
/// asserts it may be shared across tasks (the pools lock internally). See DESIGN.md section 10.
public final class Database: @unchecked Sendable {
    /// Which engine stores the data.
    public enum Backend: String, Sendable {
        case sqlite
        case postgres
    }

    enum Pool {
        case sqlite(EventLoopGroupConnectionPool<SQLiteFileSource>)
        case postgres(EventLoopGroupConnectionPool<PostgresConnectionSource>)
    }

    /// The engine behind this handle.
    public let backend: Backend
    /// Where the data lives, for messages and backups.
    public let location: DatabaseLocation
    /// Logger for queries and lifecycle.
    public let logger: Logger
    let pool: Pool
    /// The hot standby for reads that may lag (`withReadConnection`), when one is configured.
    let replica: ReadReplica?
    let writeGate = WriteGate()
    /// The threads SQLite's blocking calls run on (see `SQLiteFileSource`); nil on PostgreSQL.
    private let sqliteThreads: NIOThreadPool?
    private let closed = NIOLockedValueBox(false)

    init(
        location: DatabaseLocation, pool: Pool, replica: ReadReplica? = nil, sqliteThreads: NIOThreadPool? = nil,
        logger: Logger
    ) {
        self.location = location
        self.pool = pool
        self.replica = replica
        self.sqliteThreads = sqliteThreads
        self.logger = logger
        switch pool {
        case .sqlite: backend = .sqlite
        case .postgres: backend = .postgres
        }
    }

    /// Opens the database at `location`, creating the SQLite file (and its folder) when needed; reads that may
    /// lag go to the PostgreSQL hot standby `readReplica` when given. Each pool opens at most
    /// `connectionsPerEventLoop` (default 8 on PostgreSQL, 4 on SQLite) on each of `eventLoopCount` event loops.
    public static func open(
        _ location: DatabaseLocation, readReplica: DatabaseLocation? = nil, connectionsPerEventLoop: Int? = nil,
        logger: Logger = Logger(label: "pinakes.db")
    ) throws -> Database {
        try checkPoolSize(connectionsPerEventLoop)
        let replica = try readReplica.map {
            try openReplica($0, primary: location, connections: connectionsPerEventLoop, logger: logger)
        }
        switch location {
        case .sqlite(let path):
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let perLoop = connectionsPerEventLoop ?? defaultConnectionsPerEventLoop(.sqlite)
            let threads = NIOThreadPool(numberOfThreads: perLoop * eventLoopCount)
            threads.start()
            let pool = EventLoopGroupConnectionPool(
                source: SQLiteFileSource(path: path, threads: threads), maxConnectionsPerEventLoop: perLoop,
                requestTimeout: .seconds(30), logger: logger, on: MultiThreadedEventLoopGroup.singleton)
            return Database(location: location, pool: .sqlite(pool), sqliteThreads: threads, logger: logger)
        case .postgres(let url):
            let pool = try postgresPool(
                url, connections: connectionsPerEventLoop ?? defaultConnectionsPerEventLoop(.postgres), replica: false,
                logger: logger)
            return Database(location: location, pool: .postgres(pool), replica: replica, logger: logger)
        }
    }

    /// Runs `body` with one pooled connection, outside any explicit transaction.
    public func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch pool {
        case .sqlite(let pool):
            let connection = try await DatabaseMetrics.acquire(role: "primary") {
                try await pool.requestConnection(logger: logger).get()
            }
            defer {
                pool.releaseConnection(connection, logger: logger)
                DatabaseMetrics.released(role: "primary")
            }
            return try await withTaskExecutorPreference(EventLoopTaskExecutor(connection.eventLoop)) {
                try await body(connection.sql(queryLogLevel: .trace))
            }
        case .postgres(let pool):
            let connection = try await DatabaseMetrics.acquire(role: "primary") {
                try await pool.requestConnection(logger: logger).get()
            }
            defer {
                pool.releaseConnection(connection, logger: logger)
                DatabaseMetrics.released(role: "primary")
            }
            return try await body(connection.sql(queryLogLevel: .trace))
        }
    }

    deinit {
        // A handle dropped without `shutdown()` (a test that failed early, say) still closes its pool.
        guard !closed.withLockedValue({ $0 }) else { return }
        switch pool {
        case .sqlite(let pool): pool.shutdownGracefully { _ in }
        case .postgres(let pool): pool.shutdownGracefully { _ in }
        }
    }

    /// Closes every pooled connection; call once when the process ends.
    public func shutdown() async {
        guard
            !closed.withLockedValue({
                let was = $0; $0 = true; return was
            })
        else { return }
        await replica?.shutdown()
        do {
            switch pool {
            case .sqlite(let pool): try await pool.shutdownAsync()
            case .postgres(let pool): try await pool.shutdownAsync()
            }
        } catch {
            logger.warning("database shutdown: \(error)")
        }
        do {
            try await sqliteThreads?.shutdownGracefully()
        } catch {
            logger.warning("database shutdown: the SQLite threads: \(error)")
        }
    }
}
