import Catalog
import Circulation
import Consortium
import Foundation
import Mail
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Synchronization

/// A clock tests move forward by hand.
final class MovableClock: Sendable {
    private let instant = Mutex<Date>(Date(timeIntervalSince1970: 1_780_000_000))  // 2026-05-28, a Thursday
    var clock: Clock { Clock { [self] in instant.withLock { $0 } } }
    func advance(days: Double) { instant.withLock { $0 += days * 86_400 } }
}

/// A small consortium for circulation: a central library with two branches and a bookmobile, a rural
/// township library under another system, and a few titles with copies placed so the tests can tell where
/// each copy travels.
struct CirculationFixture {
    let node: PinakesNode
    let time: MovableClock
    var desk: CirculationDesk { node.circulation }

    static func make(_ backend: Database.Backend, copiesPerTitle: Int = 1) async throws -> CirculationFixture {
        let time = MovableClock()
        let node = try await TestDatabase.node(backend, clock: time.clock)
        for library in [
            NewLibrary(code: "SZ", name: "Consortium", type: .consortium),
            NewLibrary(code: "CEN", name: "Central", type: .central, latitude: 31.3089, longitude: 120.6245),
            NewLibrary(code: "GUSU", name: "Gusu", parentCode: "CEN", latitude: 31.3115, longitude: 120.6190),
            NewLibrary(code: "WUZH", name: "Wuzhong", parentCode: "CEN", latitude: 31.2626, longitude: 120.6324),
            NewLibrary(code: "BM1", name: "Bookmobile", type: .bookmobile, parentCode: "CEN"),
            NewLibrary(code: "WUJ", name: "Wujiang", type: .central, latitude: 31.1600, longitude: 120.6400),
            NewLibrary(
                code: "TONGLI", name: "Tongli", type: .rural, parentCode: "WUJ", latitude: 31.15, longitude: 120.72),
        ] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        var records = [
            // Held only at the central library.
            SampleRecords.book(id: "only-cen", title: "Only at the central library", items: [("C-1", "CEN")]),
            // One copy at each of the central library and two branches.
            SampleRecords.book(
                id: "three", title: "Three copies", items: [("T-CEN", "CEN"), ("T-GUSU", "GUSU"), ("T-WUZH", "WUZH")]),
            SampleRecords.book(id: "rural", title: "A rural book", items: [("R-1", "TONGLI")]),
        ]
        records.append(
            SampleRecords.book(
                id: "race", title: "Race", items: (0..<max(copiesPerTitle, 5)).map { ("RACE-\($0)", "GUSU") }))
        _ = try await node.importer.importFile(try SampleRecords.file(records), libraryCode: "SZ", actor: "test")
        return CirculationFixture(node: node, time: time)
    }

    /// Registers a reader at the desk and returns their card.
    @discardableResult
    func reader(
        _ name: String, _ category: ReaderCategory = .adult, home: String = "GUSU", email: String? = nil,
        pin: String? = nil
    ) async throws -> ReaderProfile {
        try await desk.readers.register(
            NewReader(name: name, category: category, homeLibrary: home, email: email, pin: pin), via: .desk,
            actor: "test")
    }

    func status(_ barcode: String) async throws -> String {
        try await node.database.withConnection { sql in
            try await sql.raw("SELECT status FROM item_copy WHERE barcode = \(bind: barcode)").first()?
                .decode(column: "status", as: String.self) ?? "?"
        }
    }

    func count(_ query: String) async throws -> Int {
        try await node.database.withConnection { sql in
            Int(try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int64.self) ?? -1)
        }
    }

    func cluster(of sourceID: String) async throws -> Int64 {
        guard let id = try await node.catalog.clusterID(libraryCode: "SZ", sourceID: sourceID) else {
            throw PinakesError.notFound(sourceID)
        }
        return id
    }
}

enum MailAddressFactory {
    static func sender() throws -> MailAddress { try MailAddress("notices@szlib.example", name: "苏州图书馆") }
}
