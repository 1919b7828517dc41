import AsyncKit
import Logging
import NIOCore
import NIOPosix
import PostgresKit

extension Database {
    /// The values `connectionsPerEventLoop` may take.
    public static let connectionsPerEventLoopRange = 1...100

    /// Connections a pool may open per event loop when not configured: 8 on PostgreSQL, 4 on SQLite.
    public static func defaultConnectionsPerEventLoop(_ backend: Backend) -> Int {
        backend == .postgres ? 8 : 4
    }

    /// The event loops every pool spreads over (one per core): a pool opens at most this many times its
    /// connections per event loop.
    public static var eventLoopCount: Int { NIOSingletons.groupLoopCountSuggestion }

    /// Checks a configured pool size; `PinakesError.invalidInput` outside `connectionsPerEventLoopRange`.
    static func checkPoolSize(_ connections: Int?) throws {
        guard let connections, !connectionsPerEventLoopRange.contains(connections) else { return }
        throw PinakesError.invalidInput(
            "database pool size \(connections): expected \(connectionsPerEventLoopRange.lowerBound) to "
                + "\(connectionsPerEventLoopRange.upperBound) connections per event loop")
    }

    /// A pool on the PostgreSQL server at `url`; a replica's connections give up sooner, so reads fall back to
    /// the primary quickly when it is down.
    static func postgresPool(
        _ url: String, connections: Int, replica: Bool, logger: Logger
    ) throws -> EventLoopGroupConnectionPool<PostgresConnectionSource> {
        var configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw PinakesError.invalidInput(
                "\(replica ? "read replica" : "database") URL \(DatabaseLocation.redacted(url)) is not a valid "
                    + "postgres:// URL")
        }
        if replica { configuration.coreConfiguration.options.connectTimeout = .seconds(3) }
        return EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: connections, requestTimeout: .seconds(replica ? 5 : 30), logger: logger,
            on: MultiThreadedEventLoopGroup.singleton)
    }
}
