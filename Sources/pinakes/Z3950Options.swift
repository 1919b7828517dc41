import ArgumentParser
import Foundation
import PinakesApp
import Z3950

/// `--z3950-port` and the server's limits, for `serve` and `demo`; `PINAKES_Z3950_*` environment variables too.
struct Z3950Options: ParsableArguments {
    @Option(
        name: .customLong("z3950-port"),
        help: "Also serve Z39.50 (database Default) on this TCP port (0 picks a free port); or PINAKES_Z3950_PORT.")
    var portOption: Int?

    @Option(
        name: .customLong("z3950-idle-timeout"),
        help: "Seconds without a request before a Z39.50 connection is closed (default 600).")
    var idleTimeout: Int?

    @Option(
        name: .customLong("z3950-max-connections"), help: "Z39.50 connections served at once (default 200).")
    var maxConnections: Int?

    private var environment: [String: String] { ProcessInfo.processInfo.environment }
    var port: Int? { portOption ?? environment["PINAKES_Z3950_PORT"].flatMap { Int($0) } }

    /// The listener to start, or nil when no Z39.50 port is given.
    func listener(host: String) throws -> Z3950Listener? {
        guard let port else { return nil }
        guard (0...65535).contains(port) else { throw CLIError("--z3950-port must be 0…65535, not \(port)") }
        var configuration = Z3950Configuration()
        let idle = idleTimeout ?? environment["PINAKES_Z3950_IDLE_TIMEOUT"].flatMap { Int($0) }
        if let idle {
            guard idle > 0 else { throw CLIError("--z3950-idle-timeout must be at least 1 second, not \(idle)") }
            configuration.idleTimeout = .seconds(idle)
        }
        let limit = maxConnections ?? environment["PINAKES_Z3950_MAX_CONNECTIONS"].flatMap { Int($0) }
        if let limit {
            guard limit > 0 else { throw CLIError("--z3950-max-connections must be at least 1, not \(limit)") }
            configuration.maximumConnections = limit
        }
        return Z3950Listener(host: host, port: port, configuration: configuration)
    }

    /// The line printed once the server listens.
    static func announcement(host: String, port: Int, database: String) -> String {
        "Z39.50: \(host):\(port) (database \(database))"
    }
}
