import ArgumentParser
import Foundation
import Logging
import PinakesApp
import PinakesCore

/// `--data DIR`, `--database URL`, `--read-database URL` and `--database-pool N`, shared by every command;
/// `PINAKES_DATA`, `PINAKES_DATABASE`, `PINAKES_READ_DATABASE` and `PINAKES_DATABASE_POOL` too.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory for the embedded SQLite database (default ./pinakes-data).")
    var data: String?

    @Option(name: .long, help: "Database URL: postgres://user:password@host:port/name, or a .sqlite file path.")
    var database: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "PostgreSQL hot standby for searches, feeds and reports (serve, demo; PINAKES_READ_DATABASE).",
            discussion: "Needs a postgres:// --database; reads fall back to it when the standby is down."))
    var readDatabase: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Most connections per event loop in each database pool, 1 to 100 (default 8 PostgreSQL, 4 SQLite).",
            discussion: "A process opens at most this many times its number of cores per pool (PINAKES_DATABASE_POOL).")
    )
    var databasePool: String?

    var dataDirectory: String {
        data ?? ProcessInfo.processInfo.environment["PINAKES_DATA"] ?? "./pinakes-data"
    }

    func location() throws -> DatabaseLocation {
        try DatabaseLocation.resolve(
            database: database ?? ProcessInfo.processInfo.environment["PINAKES_DATABASE"],
            dataDirectory: dataDirectory)
    }

    /// Opens the node, turning configuration errors into a clear message and exit code; `readsFromReplica` (serve
    /// and demo) sends searches, feeds and reports to `--read-database` when it is given.
    func openNode(bcryptCost: UInt8 = 12, readsFromReplica: Bool = false) async throws -> PinakesNode {
        var logger = Logger(label: "pinakes")
        logger.logLevel = LogLevel.fromEnvironment
        let location = try location()
        let replica = try readReplica(primary: location)
        let pool = try poolSize()
        do {
            return try await PinakesNode.open(
                location, readReplica: readsFromReplica ? replica : nil, connectionsPerEventLoop: pool,
                bcryptCost: bcryptCost, logger: logger)
        } catch {
            throw CLIError(String(describing: error))
        }
    }
}

/// A failure reported to the user as one line on standard error, with exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }

    static func describe(_ error: any Error) -> String { DatabaseErrorText.describe(error) }
}

enum LogLevel {
    static var fromEnvironment: Logger.Level {
        ProcessInfo.processInfo.environment["PINAKES_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
    }
}
