import Catalog
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@testable import Z3950

/// The browse lists behind Scan, on SQLite and PostgreSQL: filled on import, ordered by folded key, counted
/// by title, kept right by re-indexing and deletion.
@Suite struct BrowseIndexTests {
    @Test(arguments: TestDatabase.backends)
    func headingsAreOrderedAndCountedByTitle(_ backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        do {
            try await Z3950Fixture.populate(node)
            let browse = BrowseIndex(database: node.database)
            let subjects = try await browse.scan(.subject, from: "C", before: 1, after: 2)
            #expect(subjects.before.map(\.display) == ["Algebra"])
            #expect(subjects.after.map(\.display) == ["Chinese fiction", "Computer algorithms"])
            #expect(subjects.after.map(\.titles) == [2, 1])
            let names = try await browse.scan(.author, from: "qian", before: 0, after: 5)
            // "Qian, Zhongshu" (MARC 21) and "Qian Zhongshu" (UNIMARC) share one key.
            #expect(names.after.first?.key == "qian zhongshu")
            #expect(names.after.first?.titles == 2)  // the MARC 21 and the UNIMARC record are two titles
            let titles = try await browse.scan(.title, from: "ÀLGEBRA", before: 0, after: 1)
            #expect(titles.after.map(\.display) == ["Algebra and its applications"])

            try await node.catalog.rebuildSearchIndex(onlyMissing: false)
            let again = try await browse.scan(.subject, from: "c", before: 0, after: 1)
            #expect(again.after.first?.titles == 2)
            #expect(try await headingRows(node) == headingRowsBefore(subjects: 4))
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func aDeletedRecordLeavesTheBrowseList(_ backend: Database.Backend) async throws {
        let node = try await TestDatabase.node(backend)
        do {
            try await Z3950Fixture.populate(node)
            var deleted = Z3950Fixture.book(
                "three", title: "Algebra and its applications", author: "Artin, Michael", isbn: "9780130047632",
                year: "1991", subject: "Algebra", items: [])
            deleted.leader = Leader("00000dam a2200000 a 4500")
            let file = Fixtures.temporaryFile(try ISO2709Writer.bytes([deleted]))
            _ = try await node.importer.importFile(file, libraryCode: "CEN", actor: "test")
            let subjects = try await BrowseIndex(database: node.database).scan(.subject, from: "a", before: 0, after: 1)
            #expect(subjects.after.first?.display == "Chinese fiction")
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }

    /// Rows per record after indexing: each record's headings once (title, names, subjects).
    private func headingRows(_ node: PinakesNode) async throws -> Int {
        try await node.database.withConnection { sql in
            Int(
                try await sql.raw("SELECT COUNT(*) AS n FROM bib_heading").first()?.decode(column: "n", as: Int64.self)
                    ?? -1)
        }
    }

    /// Four MARC 21 books with a title, a name and a subject each, and the UNIMARC record's title and name.
    private func headingRowsBefore(subjects: Int) -> Int { 4 * 2 + subjects + 2 }
}
