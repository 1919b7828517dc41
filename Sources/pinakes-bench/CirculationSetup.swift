import Accounts
import Catalog
import Circulation
import Consortium
import Foundation
import MARC
import PinakesApp
import PinakesCore

/// The benchmark's consortium: the demo's libraries, `items` copies of generated titles spread over the
/// lending libraries (five per title), and readers of every category.
struct CirculationSetup {
    static let lenders = ["CEN", "GUSU", "WUZH", "XIANG", "SIP", "HUQIU", "WUJ", "TONGLI", "BM1"]

    let node: PinakesNode
    let cards: [String]
    /// Each copy's barcode and its home library, interleaved over titles.
    let copies: [BenchCopy]
    let titles: [Int64]
    let token: String

    static func make(location: DatabaseLocation, items: Int, readers: Int, folder: String) async throws
        -> CirculationSetup
    {
        let node = try await PinakesNode.open(location, bcryptCost: 4)
        for library in try DemoConsortium.bundled().libraries {
            _ = try await node.libraries.add(library, actor: "bench")
        }
        try await node.circulation.policies.saveMatrix(try PolicyMatrix.bundledDefault(), actor: "bench")
        let file = folder + "/bench-items.mrc"
        let barcodes = try writeTitles(items: items, to: file)
        _ = try await node.importer.importFile(file, libraryCode: "SZ", actor: "bench")
        var cards: [String] = []
        let categories: [ReaderCategory] = [.adult, .student, .senior, .staff, .adult, .child]
        for index in 0..<readers {
            let reader = try await node.circulation.readers.register(
                NewReader(
                    name: "Bench reader \(index)", category: categories[index % categories.count],
                    homeLibrary: lenders[index % lenders.count], cardNumber: String(format: "B%07d", index),
                    pin: "1234"),
                via: .desk, actor: "bench")
            cards.append(reader.cardNumber ?? "")
        }
        let admin = try await node.accounts.add(
            username: "bench-admin", password: "bench-password-1", role: .admin, displayName: nil,
            libraryCodes: [], actor: "bench")
        guard let principal = try await node.accounts.principal(id: admin.id) else {
            throw BenchError("the benchmark account was not stored")
        }
        let token = try await node.accounts.issueToken(for: principal, name: "bench")
        let titles = try await node.database.withConnection { sql in
            try await sql.raw("SELECT id FROM bib_cluster ORDER BY id").all().map {
                try $0.decode(column: "id", as: Int64.self)
            }
        }
        return CirculationSetup(node: node, cards: cards, copies: barcodes, titles: titles, token: token)
    }

    /// Writes `items / 5` titles with five Koha 952 copies each; returns the barcodes, interleaved over titles
    /// so consecutive operations touch different titles.
    static func writeTitles(items: Int, to path: String) throws -> [BenchCopy] {
        let titles = max(1, items / 5)
        var records: [Record] = []
        var barcodes: [BenchCopy] = []
        for title in 0..<titles {
            var fields = [
                Field(tag: "001", value: "bench-\(title)"),
                Field(tag: "008", value: "200101s2020    ch a          000 0 chi d"),
                Field(tag: "020", subfields: [Subfield(code: "a", value: isbn(title))]),
                Field(
                    tag: "245", indicator1: "1", indicator2: "0",
                    subfields: [Subfield(code: "a", value: "Benchmark title \(title)")]),
            ]
            for copy in 0..<5 {
                let barcode = String(format: "BX%06d%d", title, copy)
                let library = lenders[(title + copy) % lenders.count]
                barcodes.append(BenchCopy(barcode: barcode, library: library))
                fields.append(
                    Field(
                        tag: "952",
                        subfields: [
                            Subfield(code: "a", value: library),
                            Subfield(code: "p", value: barcode), Subfield(code: "o", value: "I247.5/\(title)"),
                            Subfield(code: "y", value: "BOOK"),
                        ]))
            }
            records.append(Record(leader: Leader("00000nam a2200000 a 4500"), fields: fields))
        }
        FileManager.default.createFile(atPath: path, contents: Data(try ISO2709Writer.bytes(records)))
        // Copy 0 of every title first, then copy 1, …: a run over the first n barcodes spreads over titles.
        return (0..<5).flatMap { copy in (0..<titles).map { barcodes[$0 * 5 + copy] } }
    }

    /// A distinct, valid ISBN-13 per title, so no two titles cluster together.
    static func isbn(_ n: Int) -> String {
        let digits = Array(String(format: "979%09d", n)).compactMap { $0.wholeNumberValue }
        let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
        return digits.map(String.init).joined() + String((10 - sum % 10) % 10)
    }
}

/// One generated copy: its barcode and the library that owns it (where the benchmark lends and returns it).
struct BenchCopy: Sendable, Hashable {
    var barcode: String
    var library: String
}
