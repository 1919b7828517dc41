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
    let writeGate = WriteGate()
    private let closed = NIOLockedValueBox(false)

    init(location: DatabaseLocation, pool: Pool, logger: Logger) {
        self.location = location
        self.pool = pool
        self.logger = logger
        switch pool {
        case .sqlite: backend = .sqlite
        case .postgres: backend = .postgres
        }
    }

    /// Opens the database at `location`, creating the SQLite file (and its folder) when needed.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "pinakes.db")) throws
        -> Database
    {
        switch location {
        case .sqlite(let path):
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let source = SQLiteFileSource(path: path)
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: 4, requestTimeout: .seconds(30), logger: logger,
                on: MultiThreadedEventLoopGroup.singleton)
            return Database(location: location, pool: .sqlite(pool), logger: logger)
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw PinakesError.invalidInput(
                    "database URL \(DatabaseLocation.redacted(url)) is not a valid postgres:// URL")
            }
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 8,
                requestTimeout: .seconds(30), logger: logger, on: MultiThreadedEventLoopGroup.singleton)
            return Database(location: location, pool: .postgres(pool), logger: logger)
        }
    }

    /// Runs `body` with one pooled connection, outside any explicit transaction.
    public func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch pool {
        case .sqlite(let pool):
            let connection = try await pool.requestConnection(logger: logger).get()
            defer { pool.releaseConnection(connection, logger: logger) }
            return try await withTaskExecutorPreference(EventLoopTaskExecutor(connection.eventLoop)) {
                try await body(connection.sql(queryLogLevel: .trace))
            }
        case .postgres(let pool):
            let connection = try await pool.requestConnection(logger: logger).get()
            defer { pool.releaseConnection(connection, logger: logger) }
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
        do {
            switch pool {
            case .sqlite(let pool): try await pool.shutdownAsync()
            case .postgres(let pool): try await pool.shutdownAsync()
            }
        } catch {
            logger.warning("database shutdown: \(error)")
        }
    }
}
