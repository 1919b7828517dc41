import Catalog
import Consortium
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

/// A consortium with a central library, two branches under it and a university beside it.
func consortium(_ backend: Database.Backend) async throws -> PinakesNode {
    let node = try await TestDatabase.node(backend)
    for library in [
        NewLibrary(code: "SZ", name: "Consortium"), NewLibrary(code: "CEN", name: "Central", type: .central),
        NewLibrary(code: "GUSU", name: "Gusu", parentCode: "CEN"),
        NewLibrary(code: "WUZH", name: "Wuzhong", parentCode: "CEN"),
        NewLibrary(code: "SUDA", name: "University", type: .university),
    ] {
        _ = try await node.libraries.add(library, actor: "test")
    }
    return node
}

func count(_ node: PinakesNode, _ query: String) async throws -> Int {
    try await node.database.withConnection { sql in
        Int(try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int64.self) ?? -1)
    }
}

@Suite struct ReimportingAFileChangesNothing {
    @Test(arguments: TestDatabase.backends)
    func secondImportOfTheDemoFileFindsEverythingUnchanged(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let first = try await node.importer.importFile(Fixtures.demoCentral, libraryCode: "CEN", actor: "test")
        #expect(first.read == 2200 && first.new == 2200 && first.rejected.isEmpty)
        #expect(first.itemsNew > 3000)
        let records = try await count(node, "SELECT COUNT(*) AS n FROM bib_source_record")
        let items = try await count(node, "SELECT COUNT(*) AS n FROM item_copy")
        let second = try await node.importer.importFile(Fixtures.demoCentral, libraryCode: "CEN", actor: "test")
        #expect(second.unchanged == 2200 && second.new == 0 && second.updated == 0 && second.itemsNew == 0)
        #expect(second.itemsUpdated == 0)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_record") == records)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM item_copy") == items)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_version") == 0)
        // Items named for a branch under the central library went to that branch.
        #expect(
            try await count(
                node,
                "SELECT COUNT(*) AS n FROM item_copy i JOIN org_library l ON l.id = i.library_id WHERE l.code = 'GUSU'")
                > 100)
        // MARC-8 records from UVA were stored converted to UTF-8 (leader/09 'a').
        let stored = try await node.database.withConnection { sql in
            try await sql.raw("SELECT format, marc FROM bib_source_record WHERE source_id = 'u1'").first()
        }
        let row = try #require(stored)
        let record = try #require(
            StoredRecordCodec.decode(
                format: try row.decode(column: "format", as: String.self),
                bytes: Array(try row.decode(column: "marc", as: Data.self))))
        #expect(record.leader.characterCoding == "a")
        await node.shutdown()
    }
}

@Suite struct ChangedRecordsBecomeNewVersionsAndDeletionsAreKept {
    @Test(arguments: TestDatabase.backends)
    func versionsAndLeader05Deletion(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let original = try SampleRecords.file([
            SampleRecords.book(id: "b1", title: "红楼梦", items: [("3100001", "GUSU")]),
            SampleRecords.book(id: "b2", title: "Journey to the West", items: [("3100002", "WUZH")]),
        ])
        _ = try await node.importer.importFile(original, libraryCode: "CEN", actor: "test")
        let changed = try SampleRecords.file([
            SampleRecords.book(id: "b1", title: "紅樓夢 (revised)", items: [("3100001", "WUZH")]),
            SampleRecords.book(id: "b2", title: "Journey to the West", status: "d"),
        ])
        let summary = try await node.importer.importFile(changed, libraryCode: "CEN", actor: "test")
        #expect(summary.updated == 1 && summary.deleted == 1 && summary.new == 0 && summary.itemsUpdated == 1)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_version") == 2)
        #expect(try await count(node, "SELECT version AS n FROM bib_source_record WHERE source_id = 'b1'") == 2)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_record WHERE deleted = TRUE") == 1)
        let item = try #require(try await node.catalog.item(barcode: "3100001"))
        #expect(item.libraryCode == "WUZH" && item.callNumber == "I247.5 b1")
        // The same changed file again is a no-op.
        let again = try await node.importer.importFile(changed, libraryCode: "CEN", actor: "test")
        #expect(again.unchanged == 2 && again.updated == 0 && again.deleted == 0)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM audit_event WHERE action = 'catalog.import'") == 3)
        await node.shutdown()
    }
}

@Suite struct BarcodesAreUniqueAcrossTheConsortium {
    @Test(arguments: TestDatabase.backends)
    func aBarcodeOnAnotherRecordIsRejectedNotMoved(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        _ = try await node.importer.importFile(
            try SampleRecords.file([SampleRecords.book(id: "c1", title: "A", items: [("DUP1", "GUSU")])]),
            libraryCode: "CEN", actor: "test")
        let summary = try await node.importer.importFile(
            try SampleRecords.file([
                SampleRecords.book(id: "u1", title: "B", items: [("DUP1", "SUDA"), ("OK1", "SUDA")])
            ]),
            libraryCode: "SUDA", actor: "test")
        #expect(summary.new == 1 && summary.itemsNew == 1)
        #expect(summary.itemsRejected.count == 1)
        #expect(summary.itemsRejected.first?.description.contains("barcode DUP1 already belongs") == true)
        #expect(try await node.catalog.item(barcode: "DUP1")?.libraryCode == "GUSU")
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func itemsNamingALibraryOutsideTheImporterGoToTheImporter(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let summary = try await node.importer.importFile(
            try SampleRecords.file([
                SampleRecords.book(id: "c9", title: "A", items: [("X9", "GUSU"), ("X10", "ELSEWHERE")])
            ]),
            libraryCode: "SUDA", actor: "test")
        #expect(summary.itemsNew == 2)
        #expect(
            summary.notes.contains { $0.contains("'ELSEWHERE'") } && summary.notes.contains { $0.contains("'GUSU'") })
        #expect(try await node.catalog.item(barcode: "X9")?.libraryCode == "SUDA")
        await node.shutdown()
    }
}

@Suite struct BadInputIsReportedAndStoresNothingHalfWritten {
    @Test(arguments: TestDatabase.backends)
    func unknownLibraryAndUnreadableFiles(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        await #expect(throws: PinakesError.notFound("unknown library code NOPE")) {
            try await node.importer.importFile(Fixtures.demoCentral, libraryCode: "nope", actor: "test")
        }
        var garbage = SystemRandomNumberGenerator()
        let junk = Fixtures.temporaryFile((0..<4000).map { _ in UInt8.random(in: 0...255, using: &garbage) })
        await #expect(throws: PinakesError.self) {
            try await node.importer.importFile(junk, libraryCode: "CEN", actor: "test")
        }
        await #expect(throws: PinakesError.self) {
            try await node.importer.importFile("/nonexistent/file.mrc", libraryCode: "CEN", actor: "test")
        }
        let json = Fixtures.temporaryFile(Array(#"[{"leader":"00000nam a2200000 a 4500","fields":[]}]"#.utf8))
        do {
            _ = try await node.importer.importFile(json, libraryCode: "CEN", actor: "test")
            Issue.record("a MARC-in-JSON file was accepted by import")
        } catch let error as PinakesError {
            #expect(error.description.contains("MARC-in-JSON"))
        }
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_record") == 0)
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aTruncatedFileKeepsTheWholeRecordsAndSaysWhereItBroke(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let whole = try ISO2709Writer.bytes([
            SampleRecords.book(id: "t1", title: "One"), SampleRecords.book(id: "t2", title: "Two"),
        ])
        let cut = Fixtures.temporaryFile(Array(whole.dropLast(40)))
        let summary = try await node.importer.importFile(cut, libraryCode: "CEN", actor: "test")
        #expect(summary.new >= 1)
        #expect(summary.diagnostics.contains { $0.contains("record 2") })
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func marcxmlThatIsNotWellFormedEndsWithADiagnostic(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        let xml = """
            <?xml version="1.0"?><collection xmlns="http://www.loc.gov/MARC21/slim">
            <record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">x1</controlfield>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Good</subfield></datafield></record>
            <record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">x2</controlfield>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Broken & bad</subfield></datafield>
            </collection>
            """
        let path = Fixtures.temporaryFile(Array(xml.utf8), name: "broken.xml")
        let summary = try await node.importer.importFile(path, libraryCode: "CEN", actor: "test")
        #expect(summary.new >= 1)
        #expect(summary.diagnostics.contains { $0.contains("line") })
        await node.shutdown()
    }
}
