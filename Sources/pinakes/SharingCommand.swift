import ArgumentParser
import Foundation
import ISO18626
import PinakesApp
import Sharing

/// `pinakes sharing …`: this node's ISO 18626 agency ids, its peers directory, its settings and statements.
struct SharingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sharing", abstract: "Set up resource sharing with other agencies (ISO 18626).",
        subcommands: [Agency.self, PeerAdd.self, PeerList.self, Settings.self, Statement.self])

    struct Agency: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agency", abstract: "Give one of our libraries an agency id peers address it by.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "TYPE:VALUE, e.g. ISIL:CN-SZ (a bare value means ISIL).") var agency: String
        @Option(help: "The library the id names (the consortium root for the consortium's own id).")
        var library: String

        func run() async throws {
            let own = try await SharingCommand.using(storage) { node in
                try await node.sharing.directory.addOwnAgency(
                    SharingCommand.agencyID(agency), library: library, actor: "cli")
            }
            print("Agency \(own.agency) names \(own.libraryCode)")
        }
    }

    struct PeerAdd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "peer-add",
            abstract: "Add or replace a peer from a JSON file (the /api/v1/peers document; \"incomingSecurityCode\" "
                + "is what the peer must present).")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The peer's JSON document, or - for standard input.") var file: String

        func run() async throws {
            let data =
                try file == "-"
                ? FileHandle.standardInput.readToEnd() ?? Data() : Data(contentsOf: URL(fileURLWithPath: file))
            struct Body: Decodable {
                var peer: Peer
                var incomingSecurityCode: String?
            }
            let body: Body
            do { body = try JSONDecoder().decode(Body.self, from: data) } catch {
                throw CLIError("\(file): not a peer document ({\"peer\": {…}, \"incomingSecurityCode\": …}): \(error)")
            }
            try await SharingCommand.using(storage) { node in
                try await node.sharing.directory.save(
                    body.peer, incomingSecurityCode: body.incomingSecurityCode, actor: "cli")
            }
            print("Peer \(body.peer.agency) \(body.peer.name) at \(body.peer.endpoint)")
        }
    }

    struct PeerList: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "peers", abstract: "List the peers directory.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let peers = try await SharingCommand.using(storage) { node in try await node.sharing.directory.peers() }
            for peer in peers {
                let state = peer.suspended ? " (suspended)" : ""
                print(
                    "\(peer.agency)\t\(peer.name)\t\(peer.endpoint)\t\(peer.services.map(\.rawValue).joined(separator: ","))\(state)"
                )
            }
        }
    }

    struct Settings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings", abstract: "Print the sharing settings, or replace them from a JSON file.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "Settings JSON to store (omit to print the current ones).") var file: String?

        func run() async throws {
            let settings = try await SharingCommand.using(storage) { node in
                if let file {
                    let settings = try JSONDecoder().decode(
                        SharingSettings.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
                    try await node.sharing.directory.saveSettings(settings, actor: "cli")
                }
                return try await node.sharing.directory.settings()
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(settings), as: UTF8.self))
        }
    }

    struct Statement: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "statement", abstract: "Print an agency's monthly statement as CSV.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "TYPE:VALUE of the member (default: this node's first agency id).") var agency: String?
        @Option(help: "The month, YYYY-MM.") var month: String

        func run() async throws {
            let parts = month.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { throw ValidationError("--month must look like 2026-12") }
            let csv = try await SharingCommand.using(storage) { node in
                var member = agency.map(SharingCommand.agencyID)
                if member == nil { member = try await node.sharing.directory.ownAgencies().first?.agency }
                guard let member else { throw CLIError("this node has no agency id; add one with `sharing agency`") }
                return try await node.sharing.statement(member: member, year: parts[0], month: parts[1]).csv()
            }
            print(csv, terminator: "")
        }
    }

    /// Opens the node, runs `body`, and closes the node whatever happens; errors read as sentences.
    static func using<T: Sendable>(_ storage: StorageOptions, _ body: (PinakesNode) async throws -> T) async throws -> T
    {
        let node = try await storage.openNode()
        do {
            let value = try await body(node)
            await node.shutdown()
            return value
        } catch {
            await node.shutdown()
            throw error as? CLIError ?? CLIError(CLIError.describe(error))
        }
    }

    static func agencyID(_ text: String) -> AgencyID { AgencyID(parsing: text) }
}
