import ArgumentParser
import Foundation
import Logging
import PinakesApp
import PinakesCore

/// `--data DIR` and `--database URL`, shared by every command; `PINAKES_DATA` and `PINAKES_DATABASE` too.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory for the embedded SQLite database (default ./pinakes-data).")
    var data: String?

    @Option(name: .long, help: "Database URL: postgres://user:password@host:port/name, or a .sqlite file path.")
    var database: String?

    var dataDirectory: String {
        data ?? ProcessInfo.processInfo.environment["PINAKES_DATA"] ?? "./pinakes-data"
    }

    func location() throws -> DatabaseLocation {
        try DatabaseLocation.resolve(
            database: database ?? ProcessInfo.processInfo.environment["PINAKES_DATABASE"],
            dataDirectory: dataDirectory)
    }

    /// Opens the node, turning configuration errors into a clear message and exit code.
    func openNode(bcryptCost: UInt8 = 12) async throws -> PinakesNode {
        var logger = Logger(label: "pinakes")
        logger.logLevel = LogLevel.fromEnvironment
        do {
            return try await PinakesNode.open(try location(), bcryptCost: bcryptCost, logger: logger)
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
