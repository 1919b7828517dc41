import Circulation
import Consortium
import Foundation
import ISO18626
import Logging
import MARC
import PinakesApp
import PinakesCore
import Sharing

/// One node of the pair: its services, its HTTP server on loopback and an administrator's API token.
struct SharingBenchNode: Sendable {
    let node: PinakesNode
    let server: CirculationHTTPServer
    let token: String
    let agency: AgencyID
    let name: String
    let library: String
    let latitude: Double
    let longitude: Double

    var base: String { "http://127.0.0.1:\(server.port)" }
    var endpoint: String { base + "/iso18626" }

    func stop() async {
        server.stop()
        await node.shutdown()
    }
}

/// One copy the lender holds: the title's ISBN and the barcode to ship.
struct SharingBenchCopy: Sendable, Hashable {
    var isbn: String
    var title: String
    var barcode: String
}

/// Two consortia in this process, each on its own database and HTTP port, that know each other as ISO 18626
/// peers with security codes, set up as `tests-python/sharing_nodes.py` sets up its nodes through the CLI:
/// Suzhou lends (`titles` titles with one copy each, `autoSupply`), Wuhan borrows (readers, `autoApprove`).
struct SharingNodePair: Sendable {
    static let titles = 96

    let lender: SharingBenchNode
    let borrower: SharingBenchNode
    /// Readers of the borrower, one per client.
    let cards: [String]
    /// The lender's copies, one per title.
    let copies: [SharingBenchCopy]

    static func make(_ databases: SharingDatabases, readers: Int) async throws -> SharingNodePair {
        let copies = (0..<titles).map { n in
            SharingBenchCopy(
                isbn: CirculationSetup.isbn(500_000 + n), title: "Shared title \(n)",
                barcode: String(format: "SZ-%05d", n))
        }
        let lender = try await node(
            databases, name: "Suzhou Public Libraries", root: "SZ", library: "SZCEN", isil: "CN-SZ",
            at: (31.30, 120.58), copies: copies, autoApprove: false)
        let borrower = try await node(
            databases, name: "Wuhan University Libraries", root: "WHU", library: "WHUMAIN", isil: "CN-WHU",
            at: (30.54, 114.36), copies: [], autoApprove: true)
        try await know(lender, other: borrower, incoming: "whu-to-sz", outgoing: "sz-to-whu")
        try await know(borrower, other: lender, incoming: "sz-to-whu", outgoing: "whu-to-sz")
        var cards: [String] = []
        for index in 0..<readers {
            let reader = try await borrower.node.circulation.readers.register(
                NewReader(
                    name: "Bench student \(index)", category: .student, homeLibrary: borrower.library,
                    cardNumber: String(format: "WHU%06d", index)),
                via: .desk, actor: "bench")
            cards.append(reader.cardNumber ?? "")
        }
        return SharingNodePair(lender: lender, borrower: borrower, cards: cards, copies: copies)
    }

    func stop() async {
        await lender.stop()
        await borrower.stop()
    }

    /// A node: its library tree, records, administrator, agency id, settings, and its server started.
    private static func node(
        _ databases: SharingDatabases, name: String, root: String, library: String, isil: String,
        at place: (Double, Double), copies: [SharingBenchCopy], autoApprove: Bool
    ) async throws -> SharingBenchNode {
        var logger = Logger(label: "pinakes")
        logger.logLevel = .error
        let node = try await PinakesNode.open(
            try await databases.fresh(root.lowercased()), bcryptCost: 4, logger: logger)
        _ = try await node.libraries.add(
            NewLibrary(code: root, name: name, type: .consortium, latitude: place.0, longitude: place.1),
            actor: "bench")
        _ = try await node.libraries.add(
            NewLibrary(
                code: library, name: "\(name) main library", type: .central, parentCode: root, latitude: place.0,
                longitude: place.1),
            actor: "bench")
        if !copies.isEmpty {
            let file = NSTemporaryDirectory() + "pinakes-bench-sharing-\(UUID().uuidString).mrc"
            defer { try? FileManager.default.removeItem(atPath: file) }
            try writeRecords(copies, library: library, to: file)
            _ = try await node.importer.importFile(file, libraryCode: library, actor: "bench")
        }
        let admin = try await node.accounts.add(
            username: "admin", password: "sharing-admin-pw", role: .admin, displayName: nil, libraryCodes: [],
            actor: "bench")
        guard let principal = try await node.accounts.principal(id: admin.id) else {
            throw BenchError("the administrator of \(name) was not stored")
        }
        let token = try await node.accounts.issueToken(for: principal, name: "bench")
        let agency = AgencyID(type: "ISIL", value: isil)
        _ = try await node.sharing.directory.addOwnAgency(agency, library: root, actor: "bench")
        let server = try await CirculationHTTPServer.start(node: node)
        let started = SharingBenchNode(
            node: node, server: server, token: token, agency: agency, name: name, library: library,
            latitude: place.0, longitude: place.1)
        node.address.set(started.base)
        try await node.sharing.directory.saveSettings(
            SharingSettings(
                endpoint: started.endpoint, autoApprove: autoApprove, autoSupply: true,
                tariff: LedgerTariff(
                    currency: "CNY", loanFeeCents: 800, copyFeePerPageCents: 25, minimumCopyFeeCents: 200)),
            actor: "bench")
        return started
    }

    /// Adds `other` to `node`'s peers directory: it must present `incoming`; `node` sends it `outgoing`.
    private static func know(_ node: SharingBenchNode, other: SharingBenchNode, incoming: String, outgoing: String)
        async throws
    {
        let peer = Peer(
            agency: other.agency, name: other.name, endpoint: other.endpoint, catalogue: other.base,
            services: [.loan, .copy], tariff: LedgerTariff(currency: "CNY", loanFeeCents: 800), answerHours: 48,
            latitude: other.latitude, longitude: other.longitude, outgoingAccountID: node.agency.value,
            outgoingSecurityCode: outgoing, incomingAccountID: other.agency.value)
        try await node.node.sharing.directory.save(peer, incomingSecurityCode: incoming, actor: "bench")
    }

    /// One MARC record per copy, its item in a Koha 952 at `library`.
    private static func writeRecords(_ copies: [SharingBenchCopy], library: String, to path: String) throws {
        let records = copies.enumerated().map { index, copy in
            Record(
                leader: Leader("00000nam a2200000 a 4500"),
                fields: [
                    Field(tag: "001", value: "sz-bench-\(index)"),
                    Field(tag: "008", value: "190101s2019    cc            000 0 chi d"),
                    Field(tag: "020", subfields: [Subfield(code: "a", value: copy.isbn)]),
                    Field(tag: "100", indicator1: "1", subfields: [Subfield(code: "a", value: "Author \(index)")]),
                    Field(
                        tag: "245", indicator1: "1", indicator2: "0",
                        subfields: [Subfield(code: "a", value: copy.title)]
                    ),
                    Field(
                        tag: "952",
                        subfields: [
                            Subfield(code: "a", value: library), Subfield(code: "p", value: copy.barcode),
                            Subfield(code: "o", value: "I247.5/\(index)"), Subfield(code: "y", value: "BOOK"),
                        ]),
                ])
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(try ISO2709Writer.bytes(records)))
    }
}
