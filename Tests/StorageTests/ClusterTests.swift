import Catalog
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

/// University records whose cluster also holds the central library's record with the same control number.
let sharedWithCentral = """
    SELECT COUNT(*) AS n FROM bib_source_record u JOIN org_library ul ON ul.id = u.library_id AND ul.code = 'SUDA'
    WHERE EXISTS (SELECT 1 FROM bib_source_record c JOIN org_library cl ON cl.id = c.library_id AND cl.code = 'CEN'
        WHERE c.cluster_id = u.cluster_id AND c.source_id = u.source_id)
    """

@Suite struct DuplicatesFromTwoLibrariesShareOneCluster {
    @Test(arguments: TestDatabase.backends)
    func universityCopiesJoinTheCentralLibrarysClustersAndStayOnReimport(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        _ = try await node.importer.importFile(Fixtures.demoCentral, libraryCode: "CEN", actor: "test")
        let clustersBefore = try await count(node, "SELECT COUNT(*) AS n FROM bib_cluster")
        let university = Fixtures.packageRoot + "/Sources/PinakesApp/Demo/demo-university.mrc"
        let summary = try await node.importer.importFile(university, libraryCode: "SUDA", actor: "test")
        #expect(summary.new == 284)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_cluster") == clustersBefore)
        #expect(try await count(node, sharedWithCentral) == 284)
        // UVA's own duplicates (same LCCN and OCLC number) are the only other pairs.
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_cluster WHERE record_count > 2") == 0)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_source_record WHERE cluster_id IS NULL") == 0)
        let display = try await count(
            node, "SELECT COUNT(*) AS n FROM bib_cluster WHERE display_record_id IS NULL AND record_count > 0")
        #expect(display == 0)
        let first = try await node.database.withConnection { sql in
            try await sql.raw("SELECT source_id FROM bib_source_record ORDER BY id DESC LIMIT 1").first()?
                .decode(column: "source_id", as: String.self)
        }
        let sourceID = try #require(first)
        let sample = try #require(try await node.catalog.clusterID(libraryCode: "SUDA", sourceID: sourceID))
        #expect(try await node.catalog.clusterID(libraryCode: "CEN", sourceID: sourceID) == sample)
        _ = try await node.importer.importFile(university, libraryCode: "SUDA", actor: "test")
        #expect(try await count(node, sharedWithCentral) == 284)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_cluster") == clustersBefore)
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aLibrariansSplitAndMergeSurviveReimport(backend: Database.Backend) async throws {
        let node = try await consortium(backend)
        func file(_ title: String) throws -> String {
            try SampleRecords.file([
                SampleRecords.book(id: "s1", title: title), SampleRecords.book(id: "s2", title: "Other book"),
            ])
        }
        _ = try await node.importer.importFile(try file("Shared title"), libraryCode: "CEN", actor: "test")
        _ = try await node.importer.importFile(
            try SampleRecords.file([SampleRecords.book(id: "u1", title: "Shared title")]), libraryCode: "SUDA",
            actor: "test")
        let together = try #require(try await node.catalog.clusterID(libraryCode: "CEN", sourceID: "s1"))
        #expect(try await node.catalog.clusterID(libraryCode: "SUDA", sourceID: "u1") == together)
        let recordID = try await count(node, "SELECT id AS n FROM bib_source_record WHERE source_id = 'u1'")
        let own = try await node.catalog.split(recordID: Int64(recordID), actor: "cataloguer")
        #expect(own != together)
        // A changed version of the split record arrives: it stays where the librarian put it.
        _ = try await node.importer.importFile(
            try SampleRecords.file([SampleRecords.book(id: "u1", title: "Shared title", items: [("U-1", "SUDA")])]),
            libraryCode: "SUDA", actor: "test")
        #expect(try await node.catalog.clusterID(libraryCode: "SUDA", sourceID: "u1") == own)
        let other = try #require(try await node.catalog.clusterID(libraryCode: "CEN", sourceID: "s2"))
        try await node.catalog.merge(cluster: other, into: together, actor: "cataloguer")
        _ = try await node.importer.importFile(try file("Shared title, revised"), libraryCode: "CEN", actor: "test")
        #expect(try await node.catalog.clusterID(libraryCode: "CEN", sourceID: "s2") == together)
        #expect(try await node.catalog.clusterID(libraryCode: "CEN", sourceID: "s1") == together)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM audit_event WHERE action LIKE 'cluster.%'") == 2)
        await #expect(throws: PinakesError.self) { try await node.catalog.merge(cluster: own, into: own, actor: "x") }
        // A cataloguer of another library may neither split this record nor merge its cluster away.
        await #expect(throws: PinakesError.forbidden("record \(recordID) belongs to a library outside yours")) {
            try await node.catalog.split(recordID: Int64(recordID), actor: "x", mayManage: { _ in false })
        }
        await #expect(throws: PinakesError.self) {
            try await node.catalog.merge(cluster: own, into: together, actor: "x", mayManage: { _ in false })
        }
        #expect(try await node.catalog.clusterID(libraryCode: "SUDA", sourceID: "u1") == own)
        await node.shutdown()
    }
}
