import ArgumentParser
import Foundation
import PinakesApp

/// `pinakes demo`: create the demo consortium in an empty data directory, then serve it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo consortium (when the database is empty) with real records, then serve it.")

    @OptionGroup var storage: StorageOptions

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "TCP port to listen on.") var port: Int = 8080

    func run() async throws {
        let node = try await storage.openNode(bcryptCost: 10)
        let demo: DemoConsortium
        do {
            demo = try DemoConsortium.bundled()
            if try await node.libraries.all().isEmpty {
                Console.say("Creating the demo consortium in \(try storage.location()) …")
                try await demo.install(on: node) { Console.say($0) }
            } else {
                Console.say("The database already holds libraries; serving it as it is.")
            }
        } catch {
            await node.shutdown()
            throw CLIError("cannot create the demo: \(error)")
        }
        let logins = demo.accounts.map { "  \($0.username) / \($0.password)  (\($0.role))" }.joined(separator: "\n")
        let host = self.host
        do {
            try await node.serve(host: host, port: port) { port in
                Console.say(
                    "\nPinakes demo: http://\(host):\(port)/\nSign in at http://\(host):\(port)/login with:\n\(logins)")
            }
        } catch {
            await node.shutdown()
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
        await node.shutdown()
    }
}
