import Catalog
import Circulation
import Consortium
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SIP2
import SQLKit

/// A small consortium on a real database with a kiosk server in front: a central library and a branch, two
/// titles with copies at both, and readers with and without a PIN and one blocked.
struct KioskFixture {
    let node: PinakesNode
    let port: Int
    var desk: CirculationDesk { node.circulation }

    static let account = SIP2KioskAccount(user: "kiosk", password: "secret", library: "CEN")
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28, a Thursday
    static let when = SIP2Timestamp(now, timeZone: SIP2Fixtures.shanghai)

    /// Builds the consortium on `backend`, serves it over SIP2 on a free port, runs `body`, then stops.
    static func run(_ backend: Database.Backend, _ body: (KioskFixture, KioskClient) async throws -> Void)
        async throws
    {
        let node = try await TestDatabase.node(backend, clock: .fixed(now))
        do {
            try await populate(node)
            let configuration = SIP2Configuration(
                timeZone: SIP2Fixtures.shanghai, institutionID: "CEN", now: { now }, kioskAccounts: [account],
                screenLanguage: .english)
            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let server = SIP2Server(
                host: "127.0.0.1", port: 0,
                service: CirculationKiosk(desk: node.circulation, configuration: configuration),
                configuration: configuration, onListening: { continuation.yield($0) })
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { throw SIP2Error.serviceFailed("no port") }
                let client = try await KioskClient(port: port)
                defer { group.cancelAll() }
                try await body(KioskFixture(node: node, port: port), client)
                await client.close()
            }
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }

    private static func populate(_ node: PinakesNode) async throws {
        for library in [
            NewLibrary(code: "SZ", name: "Consortium", type: .consortium),
            NewLibrary(code: "CEN", name: "Central", type: .central),
            NewLibrary(code: "GUSU", name: "Gusu", parentCode: "CEN"),
        ] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        let records = [
            book(id: "one", title: "红楼梦 Dream of the Red Chamber", items: [("K-CEN-1", "CEN"), ("K-GUSU-1", "GUSU")]),
            book(id: "two", title: "Fortress Besieged", items: [("K-CEN-2", "CEN")]),
        ]
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
        _ = try await node.importer.importFile(file, libraryCode: "SZ", actor: "test")
        let registry = node.circulation.readers
        for new in [
            NewReader(name: "Li Hua 李华", category: .adult, homeLibrary: "CEN", cardNumber: "C-ADA"),
            NewReader(name: "Wang Fang", category: .adult, homeLibrary: "GUSU", cardNumber: "C-PIN", pin: "2468"),
            NewReader(name: "Zhao Lei", category: .adult, homeLibrary: "CEN", cardNumber: "C-BLOCKED"),
        ] {
            let profile = try await registry.register(new, via: .desk, actor: "test")
            if new.cardNumber == "C-BLOCKED" {
                _ = try await registry.block(profile.id, kind: .manual, note: "test", actor: "test")
            }
        }
    }

    private static func book(id: String, title: String, items: [(String, String)]) -> Record {
        var fields = [
            Field(tag: "001", value: id),
            Field(tag: "008", value: "200101s2020    ch a          000 0 chi d"),
            Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]),
        ]
        for (barcode, library) in items {
            fields.append(
                Field(
                    tag: "952",
                    subfields: [
                        Subfield(code: "a", value: library), Subfield(code: "p", value: barcode),
                        Subfield(code: "y", value: "BOOK"),
                    ]))
        }
        return Record(leader: Leader("00000nam a2200000 a 4500"), fields: fields)
    }

    /// How many rows `query` (a `SELECT COUNT(*) AS n`) counts.
    func count(_ query: String) async throws -> Int {
        try await node.database.withConnection { sql in
            Int(try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int64.self) ?? -1)
        }
    }
}
