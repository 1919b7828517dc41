import ArgumentParser
import Foundation
import PinakesApp
import SIP2

/// `pinakes demo`: create the demo consortium in an empty data directory, then serve it (and SIP2 kiosks).
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Create a demo consortium (when the database is empty) with real records, readers and loans, then serve it."
    )

    @OptionGroup var storage: StorageOptions
    @OptionGroup var sip2: SIP2Options
    @OptionGroup var jobs: CirculationJobOptions

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "TCP port to listen on.") var port: Int = 8080

    func run() async throws {
        let demo: DemoConsortium
        do {
            demo = try DemoConsortium.bundled()
        } catch {
            throw CLIError("cannot read the demo description: \(error)")
        }
        let kiosk = SIP2KioskAccount(
            user: demo.kiosk.user, password: demo.kiosk.password, library: demo.kiosk.institution)
        let listener = try sip2.listener(host: host, defaults: kiosk)
        let node = try await storage.openNode(bcryptCost: 10)
        do {
            try await prepare(demo, on: node)
            let guide = try await DemoGuide.current(demo, kiosk: try sip2.account(defaults: kiosk), on: node)
            let path = try guide.write(toDirectory: storage.dataDirectory)
            Console.say("Reader cards, item barcodes and logins to try: \(path)")
        } catch {
            await node.shutdown()
            throw CLIError("cannot create the demo: \(error)")
        }
        try await serve(demo, node: node, listener: listener)
    }

    private func prepare(_ demo: DemoConsortium, on node: PinakesNode) async throws {
        if try await node.libraries.all().isEmpty {
            Console.say("Creating the demo consortium in \(try storage.location()) …")
            try await demo.install(on: node) { Console.say($0) }
        } else {
            Console.say("The database already holds libraries; serving it as it is.")
        }
        if await !demo.hasReaders(on: node) {
            try await demo.installCirculation(on: node) { Console.say($0) }
        }
    }

    private func serve(_ demo: DemoConsortium, node: PinakesNode, listener: SIP2Listener?) async throws {
        let logins = demo.accounts.map { "  \($0.username) / \($0.password)  (\($0.role))" }.joined(separator: "\n")
        let host = self.host
        let kioskLogin = listener.map { "\n  kiosk login \($0.account.user) / \($0.account.password)" } ?? ""
        do {
            try await node.serve(
                host: host, port: port, sip2: listener, schedule: try jobs.schedule(for: node),
                onRunning: { port in
                    Console.say(
                        "\nPinakes demo: http://\(host):\(port)/\nSign in at http://\(host):\(port)/login with:\n\(logins)"
                    )
                },
                onSIP2Listening: { port in Console.say("SIP2 kiosks: \(host):\(port)\(kioskLogin)") })
        } catch {
            await node.shutdown()
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
        await node.shutdown()
    }
}
