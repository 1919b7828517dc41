import Foundation

/// Where the data lives: an SQLite file (the default, under the data directory) or a PostgreSQL URL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The file name of the embedded database inside the data directory.
    public static let sqliteFileName = "pinakes.sqlite"

    /// Chooses the location from the CLI's `--database URL` (wins when given) and `--data DIR`.
    public static func resolve(database: String?, dataDirectory: String) throws -> DatabaseLocation {
        if let database, !database.isEmpty {
            if database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") {
                return .postgres(url: database)
            }
            if database.hasPrefix("sqlite://") {
                return .sqlite(path: String(database.dropFirst("sqlite://".count)))
            }
            if database.hasSuffix(".sqlite") || database.hasSuffix(".db") {
                return .sqlite(path: database)
            }
            throw PinakesError.invalidInput(
                "--database \(redacted(database)): expected postgres://user:password@host:port/name or a .sqlite file")
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent(sqliteFileName))
    }

    /// The location with any password hidden, for logs and messages.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url): return DatabaseLocation.redacted(url)
        }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "*****"
        return components.string ?? url
    }
}
