import ArgumentParser
import Foundation
import PinakesApp

/// `pinakes serve`: run the web server (and SIP2 kiosks) on an existing data directory or database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Serve the reader and staff pages, the JSON API, /health and /metrics, and optionally SIP2 kiosks and Z39.50."
    )

    @OptionGroup var storage: StorageOptions
    @OptionGroup var sip2: SIP2Options
    @OptionGroup var z3950: Z3950Options
    @OptionGroup var jobs: CirculationJobOptions

    @Option(help: "Address to listen on.")
    var host: String = ProcessInfo.processInfo.environment["PINAKES_HOST"] ?? "127.0.0.1"

    @Option(help: "TCP port to listen on.")
    var port: Int = Int(ProcessInfo.processInfo.environment["PINAKES_PORT"] ?? "") ?? 8080

    @Flag(help: "Mark session cookies Secure (set when Pinakes is behind TLS).")
    var secureCookies = false

    func run() async throws {
        let listener = try sip2.listener(host: host)
        let z3950Listener = try z3950.listener(host: host)
        let node = try await storage.openNode(readsFromReplica: true)
        let location = try storage.location()
        let host = self.host
        do {
            try await node.serve(
                host: host, port: port, secureCookies: secureCookies, sip2: listener,
                schedule: try jobs.schedule(for: node),
                onRunning: { port in Console.say("Pinakes is serving \(location) at http://\(host):\(port)/") },
                onSIP2Listening: { port in Console.say("SIP2 kiosks: \(host):\(port)") }, z3950: z3950Listener,
                onZ3950Listening: { port in
                    Console.say(
                        Z3950Options.announcement(
                            host: host, port: port, database: z3950Listener?.configuration.databaseName ?? ""))
                })
        } catch {
            await node.shutdown()
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
        await node.shutdown()
    }
}
