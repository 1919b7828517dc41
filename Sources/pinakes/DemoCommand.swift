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
    @OptionGroup var z3950: Z3950Options
    @OptionGroup var jobs: CirculationJobOptions

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "TCP port to listen on.") var port: Int = 8080
    @Option(
        name: .customLong("partner-port"),
        help:
            "Port of the partner consortium (Wuhan University Libraries, an ISO 18626 peer; default port + 1, 0 picks one)."
    )
    var partnerPort: Int?

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
        let node = try await storage.openNode(bcryptCost: 10, readsFromReplica: true)
        let partner: PinakesNode
        do {
            try await prepare(demo, on: node)
            partner = try await PinakesNode.open(
                .sqlite(
                    path: (storage.dataDirectory as NSString).appendingPathComponent("wuhan-university/pinakes.sqlite")),
                bcryptCost: 10)
            try await DemoPartner.prepare(main: node, partner: partner) { Console.say($0) }
            let guide = try await DemoGuide.current(demo, kiosk: try sip2.account(defaults: kiosk), on: node)
            let path = try guide.write(toDirectory: storage.dataDirectory)
            Console.say("Reader cards, item barcodes and logins to try: \(path)")
        } catch {
            await node.shutdown()
            throw CLIError("cannot create the demo: \(error)")
        }
        try await serve(demo, node: node, partner: partner, listener: listener)
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

    /// `--partner-port`, else `--port` + 1 when it is free, else a free port.
    private var partnerPortToUse: Int {
        if let partnerPort { return partnerPort }
        guard port != 0, PortProbe.isFree(port + 1, host: host) else { return 0 }
        return port + 1
    }

    private func serve(
        _ demo: DemoConsortium, node: PinakesNode, partner: PinakesNode, listener: SIP2Listener?
    ) async throws {
        let logins = demo.accounts.map { "  \($0.username) / \($0.password)  (\($0.role))" }.joined(separator: "\n")
        let host = self.host
        let kioskLogin = listener.map { "\n  kiosk login \($0.account.user) / \($0.account.password)" } ?? ""
        let directory = storage.dataDirectory
        let z3950Listener = try z3950.listener(host: host)
        do {
            var services = try await node.services(
                host: host, port: port, sip2: listener, schedule: try jobs.schedule(for: node),
                onRunning: { port in
                    Console.say(
                        "\nPinakes demo: http://\(host):\(port)/\nSign in at http://\(host):\(port)/login with:\n\(logins)"
                    )
                },
                onSIP2Listening: { port in Console.say("SIP2 kiosks: \(host):\(port)\(kioskLogin)") },
                z3950: z3950Listener,
                onZ3950Listening: { port in
                    Console.say(
                        Z3950Options.announcement(
                            host: host, port: port, database: z3950Listener?.configuration.databaseName ?? ""))
                })
            services += try await partner.services(
                host: host, port: partnerPortToUse,
                onRunning: { port in
                    let partnerLogins = DemoPartner.logins.map {
                        "  \($0.username) / \($0.password)  (\($0.role.rawValue))"
                    }
                    Console.say(
                        "Partner consortium (ISO 18626 peer), Wuhan University Libraries: http://\(host):\(port)/\n"
                            + partnerLogins.joined(separator: "\n"))
                })
            let exchange = Task { await Self.connect(node, partner, directory: directory) }
            try await PinakesNode.run(services, logger: node.logger)
            exchange.cancel()
        } catch {
            await node.shutdown()
            await partner.shutdown()
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
        await node.shutdown()
        await partner.shutdown()
    }

    /// Once both servers listen: each node is put in the other's directory at its address, the first run's
    /// exchange happens, and demo-partner.json names the partner.
    private static func connect(_ node: PinakesNode, _ partner: PinakesNode, directory: String) async {
        while node.address.base == nil || partner.address.base == nil {
            guard (try? await Task.sleep(for: .milliseconds(100))) != nil else { return }
        }
        guard let mainBase = node.address.base, let partnerBase = partner.address.base else { return }
        do {
            try await DemoPartner.connect(main: node, mainBase: mainBase, partner: partner, partnerBase: partnerBase)
            _ = try DemoPartnerGuide(base: partnerBase).write(toDirectory: directory)
            try await DemoPartner.exchange(main: node, partner: partner) { Console.say($0) }
        } catch {
            Console.say("The interlibrary loan demo did not complete: \(error)")
        }
    }
}
