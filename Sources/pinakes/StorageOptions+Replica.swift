import Foundation
import PinakesCore

extension StorageOptions {
    /// The hot standby from `--read-database` or `PINAKES_READ_DATABASE`: a postgres:// URL, allowed only with a
    /// PostgreSQL main database; nil when not given.
    func readReplica(primary: DatabaseLocation) throws -> DatabaseLocation? {
        let (given, source) = Self.setting(readDatabase, flag: "--read-database", variable: "PINAKES_READ_DATABASE")
        guard let given else { return nil }
        guard given.hasPrefix("postgres://") || given.hasPrefix("postgresql://") else {
            throw CLIError(
                "\(source) \(DatabaseLocation.postgres(url: given)): expected postgres://user:password@host:port/name "
                    + "of a hot standby")
        }
        guard case .postgres = primary else {
            throw CLIError(
                "\(source) needs a PostgreSQL main database (--database postgres://…); the main database is \(primary)")
        }
        return .postgres(url: given)
    }

    /// Connections per event loop from `--database-pool` or `PINAKES_DATABASE_POOL`; nil for the default.
    func poolSize() throws -> Int? {
        let (given, source) = Self.setting(databasePool, flag: "--database-pool", variable: "PINAKES_DATABASE_POOL")
        guard let given else { return nil }
        let range = Database.connectionsPerEventLoopRange
        guard let size = Int(given), range.contains(size) else {
            throw CLIError(
                "\(source) \(given): expected a number of connections per event loop from \(range.lowerBound) to "
                    + "\(range.upperBound)")
        }
        return size
    }

    /// The flag's value, else the environment variable's, with the name to quote in an error.
    private static func setting(_ value: String?, flag: String, variable: String) -> (String?, String) {
        if let value, !value.isEmpty { return (value, flag) }
        let value = ProcessInfo.processInfo.environment[variable]
        return (value?.isEmpty == false ? value : nil, variable)
    }
}
