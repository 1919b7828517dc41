import Catalog
import Consortium
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport

@testable import Z3950

/// A small union catalogue on a real database with a Z39.50 server in front: MARC 21 books with ISBNs,
/// subjects and copies in two libraries, and one UNIMARC record.
struct Z3950Fixture {
    let node: PinakesNode
    let port: Int

    static let dreamISBN = "9787020002207"

    /// Builds the catalogue on `backend`, serves it on a free port with `configuration`, runs `body`, then stops.
    static func run(
        _ backend: Database.Backend = TestDatabase.primary, configuration: Z3950Configuration = Z3950Configuration(),
        _ body: (Z3950Fixture) async throws -> Void
    ) async throws {
        let node = try await TestDatabase.node(backend)
        do {
            try await populate(node)
            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let server = node.z3950Server(
                Z3950Listener(host: "127.0.0.1", port: 0, configuration: configuration),
                onListening: { continuation.yield($0) })
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { throw Z3950Error.protocolViolation("no port") }
                defer { group.cancelAll() }
                try await body(Z3950Fixture(node: node, port: port))
            }
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }

    /// A client that has done Init.
    func client(messageSize: Int = 1_048_576) async throws -> Z3950TestClient {
        let client = try await Z3950TestClient(port: port)
        try await client.initialize(messageSize: messageSize)
        return client
    }

    var search: CatalogSearch { CatalogSearch(database: node.database, libraries: node.libraries) }

    static func populate(_ node: PinakesNode) async throws {
        for library in [
            NewLibrary(code: "SZ", name: "Consortium", type: .consortium),
            NewLibrary(code: "CEN", name: "Central", type: .central),
            NewLibrary(code: "GUSU", name: "Gusu", parentCode: "CEN"),
        ] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        let records = [
            book(
                "one", title: "Dream of the red chamber", author: "Cao, Xueqin", isbn: dreamISBN, year: "1982",
                subject: "Chinese fiction", items: [("Z-1", "CEN"), ("Z-2", "GUSU")]),
            book(
                "two", title: "Fortress besieged", author: "Qian, Zhongshu", isbn: "9780811216982", year: "2004",
                subject: "Chinese fiction", items: [("Z-3", "CEN")]),
            book(
                "three", title: "Algebra and its applications", author: "Artin, Michael", isbn: "9780130047632",
                year: "1991", subject: "Algebra", items: [("Z-4", "GUSU")]),
            book(
                "four", title: "Analysis of algorithms", author: "Knuth, Donald", isbn: "9780201896831", year: "1997",
                subject: "Computer algorithms", items: [("Z-5", "CEN")]),
            unimarc(),
        ]
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
        _ = try await node.importer.importFile(file, libraryCode: "CEN", actor: "test")
    }

    static func book(
        _ id: String, title: String, author: String, isbn: String, year: String, subject: String,
        items: [(String, String)]
    ) -> Record {
        var fields = [
            Field(tag: "001", value: id),
            Field(tag: "008", value: "200101s\(year)    ch a          000 1 eng d"),
            Field(tag: "020", subfields: [Subfield(code: "a", value: isbn)]),
            Field(tag: "100", indicator1: "1", subfields: [Subfield(code: "a", value: author)]),
            Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: title)]),
            Field(tag: "260", subfields: [Subfield(code: "b", value: "Press"), Subfield(code: "c", value: year)]),
            Field(tag: "500", subfields: [Subfield(code: "a", value: "A note kept only in full records.")]),
            Field(tag: "650", indicator2: "0", subfields: [Subfield(code: "a", value: subject)]),
        ]
        for (barcode, library) in items {
            fields.append(
                Field(
                    tag: "952",
                    subfields: [
                        Subfield(code: "a", value: library), Subfield(code: "p", value: barcode),
                        Subfield(code: "o", value: "I247.5/\(id)"), Subfield(code: "y", value: "BOOK"),
                    ]))
        }
        return Record(leader: Leader("00000nam a2200000 a 4500"), fields: fields)
    }

    static func unimarc() -> Record {
        Record(
            leader: Leader("00000nam0 2200000   450 "),
            fields: [
                Field(tag: "001", value: "five"),
                Field(tag: "010", subfields: [Subfield(code: "a", value: "9787108006721")]),
                Field(tag: "100", subfields: [Subfield(code: "a", value: "20050101d1995    em y0chiy50      ea")]),
                Field(tag: "200", indicator1: "1", subfields: [Subfield(code: "a", value: "Wei cheng")]),
                Field(
                    tag: "210", subfields: [Subfield(code: "c", value: "San lian"), Subfield(code: "d", value: "1995")]),
                Field(
                    tag: "700", subfields: [Subfield(code: "a", value: "Qian"), Subfield(code: "b", value: "Zhongshu")]),
            ])
    }
}
