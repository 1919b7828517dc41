import Catalog
import Circulation
import Consortium
import Foundation
import ISO18626
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Sharing
import Synchronization

/// Several consortia in one test process, each on its own database, exchanging real ISO 18626 documents through
/// a `LoopbackTransport`, on one clock the test moves. Nothing is sent until the test says so (`exchange()`,
/// `deliverOutbox()`, `runJobs()`), so each step of a request can be watched on both sides.
final class SharingNetwork: Sendable {
    let time = MovableClock()
    let transport = LoopbackTransport()
    private let members = Mutex<[SharingNode]>([])

    /// The nodes made so far.
    var nodes: [SharingNode] { members.withLock { $0 } }

    /// A consortium `root` with one main `library`, its records imported there, the agency id `ISIL:isil` on the
    /// root and these settings, answering at `http://isil.example/iso18626`.
    func node(
        _ backend: Database.Backend, _ name: String, root: String, library: String, isil: String,
        records: [Record] = [], settings: SharingSettings = SharingNetwork.settings()
    ) async throws -> SharingNode {
        let node = try await TestDatabase.node(backend, clock: time.clock)
        _ = try await node.libraries.add(NewLibrary(code: root, name: name, type: .consortium), actor: "test")
        _ = try await node.libraries.add(
            NewLibrary(code: library, name: "\(name) main library", type: .central, parentCode: root), actor: "test")
        if !records.isEmpty {
            _ = try await node.importer.importFile(try SampleRecords.file(records), libraryCode: library, actor: "test")
        }
        let base = "http://\(isil.lowercased()).example"
        let member = SharingNode(
            node: node, desk: try desk(on: node, base: base), name: name, agency: AgencyID(value: isil), root: root,
            library: library, base: base)
        _ = try await member.desk.directory.addOwnAgency(member.agency, library: root, actor: "test")
        var settings = settings
        settings.endpoint = member.endpoint
        try await member.desk.directory.saveSettings(settings, actor: "test")
        transport.register(member.desk, at: member.endpoint)
        members.withLock { $0.append(member) }
        return member
    }

    /// Another desk on `member`'s database (a second app process behind the same load balancer).
    func secondDesk(for member: SharingNode) throws -> SharingDesk {
        try desk(on: member.node, base: member.base)
    }

    private func desk(on node: PinakesNode, base: String) throws -> SharingDesk {
        SharingDesk(
            database: node.database, clock: time.clock, circulation: node.circulation,
            search: CatalogSearch(database: node.database, libraries: node.libraries), libraries: node.libraries,
            transport: transport, codec: try ISO18626Reader(), sendsAtOnce: false, address: PublicAddress(base))
    }

    /// The terms every node starts with: staff review readers' requests, lendable copies are offered at once,
    /// 8.00 a loan and 0.25 a copied page (at least 2.00), document links open twice within 14 days.
    static func settings(autoSupply: Bool = true) -> SharingSettings {
        SharingSettings(
            autoApprove: false, autoSupply: autoSupply,
            tariff: LedgerTariff(loanFeeCents: 800, copyFeePerPageCents: 25, minimumCopyFeeCents: 200),
            documentDays: 14, documentOpens: 2)
    }

    /// Each of `a` and `b` enters the other in its peers directory, with security codes both ways.
    func acquaint(_ a: SharingNode, _ b: SharingNode, answerHours: (Int, Int) = (48, 48), loanFees: (Int, Int)? = nil)
        async throws
    {
        try await a.know(b, answerHours: answerHours.1, loanFeeCents: loanFees?.1)
        try await b.know(a, answerHours: answerHours.0, loanFeeCents: loanFees?.0)
    }

    /// Delivers every node's outbox until no node has anything due; returns how many messages went out.
    @discardableResult
    func exchange() async -> Int {
        var total = 0
        while true {
            var sent = 0
            for member in nodes { sent += await member.desk.deliverOutbox() }
            total += sent
            if sent == 0 { return total }
        }
    }

    /// Moves the shared clock.
    func advance(hours: Double) { time.advance(days: hours / 24) }
    func advance(seconds: Int64) { time.advance(days: Double(seconds) / 86_400) }

    /// Closes every node's database.
    func shutdown() async {
        for member in nodes { await member.node.shutdown() }
    }

    /// A borrowing node on `backend` (Wuhan's university libraries) and a lending node on SQLite (Suzhou's public
    /// libraries, holding the novel and the journal), who know each other.
    func pair(
        _ backend: Database.Backend, lender: SharingSettings = SharingNetwork.settings(), lenderRecords: [Record]? = nil
    )
        async throws -> (borrower: SharingNode, lender: SharingNode)
    {
        let wuhan = try await node(
            backend, "Wuhan University Libraries", root: "WHU", library: "WHUMAIN", isil: "CN-WHU")
        let suzhou = try await node(
            .sqlite, "Suzhou Public Libraries", root: "SZ", library: "SZCEN", isil: "CN-SZ",
            records: lenderRecords ?? [SharingRecords.novel(), SharingRecords.journal()], settings: lender)
        try await acquaint(wuhan, suzhou)
        return (wuhan, suzhou)
    }
}

/// One consortium of a sharing test and its own `SharingDesk` on the loopback.
struct SharingNode: Sendable {
    let node: PinakesNode
    let desk: SharingDesk
    let name: String
    let agency: AgencyID
    let root: String
    let library: String
    /// `http://…example`, the base of its document links.
    let base: String

    var endpoint: String { base + "/iso18626" }
    var database: Database { node.database }
    var circulation: CirculationDesk { node.circulation }

    /// Adds `other` to the peers directory: it must present the code it was given for us; we send ours.
    func know(_ other: SharingNode, answerHours: Int = 48, loanFeeCents: Int? = nil) async throws {
        try await desk.directory.save(
            Peer(
                agency: other.agency, name: other.name, endpoint: other.endpoint,
                tariff: loanFeeCents.map { LedgerTariff(loanFeeCents: $0) }, answerHours: answerHours,
                outgoingAccountID: agency.value, outgoingSecurityCode: "\(agency.value)-to-\(other.agency.value)",
                incomingAccountID: other.agency.value),
            incomingSecurityCode: "\(other.agency.value)-to-\(agency.value)", actor: "test")
    }

    /// A reader registered at the main library's desk.
    func reader(_ name: String) async throws -> ReaderProfile {
        try await circulation.readers.register(
            NewReader(name: name, category: .student, homeLibrary: library), via: .desk, actor: "test")
    }

    /// A reader's request, approved by staff (so its `request` waits in the outbox for the first lender).
    func ask(_ form: BorrowingForm, for reader: ReaderProfile) async throws -> ILLRequestRecord {
        let submitted = try await desk.submit(form, reader: reader, actor: "reader")
        return try await desk.approve(submitted.id, actor: "staff")
    }

    /// The lending request a borrower's request id names here.
    func lending(_ requestID: String) async throws -> ILLRequestRecord {
        let found = try await desk.list(.lending, limit: 500).first { $0.requestingRequestID == requestID }
        guard let found else { throw SharingRefusal.notFound("no lending request \(requestID) at \(name)") }
        return found
    }

    /// The status of request `id` now.
    func status(_ id: Int64) async throws -> String {
        try await desk.request(id).status
    }

    /// What `COUNT(*) AS n` in `query` finds here.
    func count(_ query: String) async throws -> Int {
        try await database.withConnection { sql in
            Int(try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int64.self) ?? -1)
        }
    }

    /// Events of request `id`, oldest first.
    func events(_ id: Int64) async throws -> [String] {
        try await desk.history(id).map(\.event)
    }

    /// Where the copy with `barcode` is in this node's circulation.
    func copy(_ barcode: String) async throws -> CopyCirculation {
        try await circulation.copyStatus(barcode: barcode)
    }

    /// This month's statement of our own agency, the month taken in the settings' time zone.
    func statement(at date: Date) async throws -> MonthlyStatement {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: try await desk.directory.settings().timeZone) ?? .current
        let parts = calendar.dateComponents([.year, .month], from: date)
        return try await desk.statement(member: agency, year: parts.year ?? 0, month: parts.month ?? 0)
    }
}

/// The records lenders hold and the forms readers fill in for them.
enum SharingRecords {
    static let novelISBN = "9787020002207"
    static let journalISSN = "0028-0836"
    /// A small PDF, as a supplier's scan would start.
    static let pdf =
        Array("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8) + Array(repeating: 0x78, count: 2000)

    /// Cao Xueqin's novel with its ISBN, with copies at Suzhou's main library.
    static func novel(id: String = "sz-1", barcodes: [String] = ["SZ-0001", "SZ-0002"], library: String = "SZCEN")
        -> Record
    {
        record(
            id: id, title: "Hong lou meng", author: "Cao, Xueqin", number: ("020", novelISBN),
            items: barcodes.map { ($0, library) })
    }

    /// The journal Nature with its ISSN and one bound volume.
    static func journal(library: String = "SZCEN") -> Record {
        record(
            id: "sz-2", title: "Nature", author: "Nature Publishing", number: ("022", journalISSN),
            items: [("SZ-J001", library)])
    }

    /// A title with no standard number, held once.
    static func single(id: String, title: String, barcode: String, library: String = "SZCEN") -> Record {
        record(id: id, title: title, author: "Anonymous", number: nil, items: [(barcode, library)])
    }

    static func record(
        id: String, title: String, author: String, number: (tag: String, value: String)?,
        items: [(barcode: String, library: String)]
    ) -> Record {
        var fields = [
            Field(tag: "001", value: id), Field(tag: "008", value: "190101s2019    cc            000 0 chi d"),
        ]
        if let number { fields.append(Field(tag: number.tag, subfields: [Subfield(code: "a", value: number.value)])) }
        fields.append(Field(tag: "100", indicator1: "1", subfields: [Subfield(code: "a", value: author)]))
        fields.append(
            Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]))
        for item in items {
            fields.append(
                Field(
                    tag: "952",
                    subfields: [
                        Subfield(code: "a", value: item.library), Subfield(code: "p", value: item.barcode),
                        Subfield(code: "o", value: "I247.5/\(item.barcode)"), Subfield(code: "y", value: "BOOK"),
                    ]))
        }
        return Record(leader: Leader("00000nam a2200000 a 4500"), fields: fields)
    }

    /// A reader's loan request for the novel.
    static var novelForm: BorrowingForm {
        BorrowingForm(service: .loan, title: "Hong lou meng", author: "Cao Xueqin", isbn: novelISBN)
    }

    /// A reader's copy request for an article in Nature.
    static func articleForm(_ title: String = "A study of ancient paper", pages: String = "12-19") -> BorrowingForm {
        BorrowingForm(
            service: .copy, title: "Nature", issn: journalISSN, year: "2026", articleTitle: title, pages: pages)
    }
}

/// Reading what went over the loopback.
enum Loopback {
    static let reader = Result { try ISO18626Reader() }

    /// The ISO 18626 message in a posted body.
    static func message(_ body: String) throws -> ISO18626Message {
        try reader.get().read(body).get().message
    }

    /// The lender's messages posted to `node`, in order.
    static func supplierMessages(to node: SharingNode, on net: SharingNetwork) throws -> [SupplyingAgencyMessage] {
        try net.transport.deliveries(to: node.endpoint).compactMap { delivery in
            guard case .supplyingAgencyMessage(let update) = try message(delivery.body) else { return nil }
            return update
        }
    }
}
