import Catalog
import Consortium
import Foundation
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@testable import Harvesting

/// Harvested pages stored through the catalogue importer, and the harvest source registry, on SQLite and
/// PostgreSQL.
@Suite struct HarvestStorageTests {
    static func node(_ backend: Database.Backend) async throws -> PinakesNode {
        let node = try await TestDatabase.node(backend)
        _ = try await node.libraries.add(NewLibrary(code: "CONS", name: "Consortium"), actor: "test")
        _ = try await node.libraries.add(NewLibrary(code: "ARC", name: "Archive", type: .archive), actor: "test")
        return node
    }

    static func dcPage(_ titles: [Int: String], deleted: [Int] = []) throws -> OAIPage {
        let records = titles.sorted { $0.key < $1.key }.map { number, title in
            """
            <record><header><identifier>oai:arc:\(number)</identifier><datestamp>2024-01-01</datestamp></header>
            <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title)</dc:title>
            <dc:identifier>urn:isbn:978-7-5608-1896-\(number % 10)</dc:identifier></oai_dc:dc></metadata></record>
            """
        }
        let deletions = deleted.map {
            "<record><header status=\"deleted\"><identifier>oai:arc:\($0)</identifier><datestamp>2024-01-02</datestamp></header></record>"
        }
        return try OAIResponseParser(url: "http://arc.example/oai").listRecords(
            OAIResponseParserTests.page((records + deletions).joined()))
    }

    static func store(_ page: OAIPage, node: PinakesNode) async throws -> HarvestedBatchResult {
        let run = try await node.importer.startHarvestRun(
            libraryCode: "ARC", source: "http://arc.example/oai", format: "oai-oai_dc", actor: "test")
        return try await node.importer.importHarvested(
            page.records.map { HarvestedRecord(sourceID: $0.identifier, record: $0.record) }, library: run.library,
            runID: run.runID, firstNumber: 1, actor: "test")
    }

    static func current(_ node: PinakesNode) async throws -> [String: (title: String, version: Int64, deleted: Bool)] {
        let rows = try await node.database.withConnection { sql in
            try await sql.raw("SELECT source_id, title, version, deleted FROM bib_source_record").all()
        }
        var result: [String: (title: String, version: Int64, deleted: Bool)] = [:]
        for row in rows {
            result[try row.decode(column: "source_id", as: String.self)] = (
                try row.decode(column: "title", as: String.self), try row.decode(column: "version", as: Int64.self),
                try row.decode(column: "deleted", as: Bool.self)
            )
        }
        return result
    }

    @Test(arguments: TestDatabase.backends)
    func reharvestUpdatesInPlaceAndDeletionsKeepTheOldVersion(backend: Database.Backend) async throws {
        let node = try await Self.node(backend)
        do {
            let first = try await Self.store(
                try Self.dcPage([1: "Letters home", 2: "Field notes", 3: "Maps"]), node: node)
            #expect(first.new == 3 && first.updated == 0)
            let again = try await Self.store(try Self.dcPage([1: "Letters home", 2: "Field notes"]), node: node)
            #expect(again.unchanged == 2 && again.new == 0)
            let changed = try await Self.store(
                try Self.dcPage([2: "Field notes, revised"], deleted: [3, 99]), node: node)
            #expect(changed.updated == 1 && changed.deleted == 1 && changed.deletedUnknown == 1 && changed.new == 0)
            let stored = try await Self.current(node)
            #expect(stored.count == 3)
            #expect(stored["oai:arc:2"]?.title == "Field notes, revised" && stored["oai:arc:2"]?.version == 2)
            #expect(stored["oai:arc:3"]?.deleted == true && stored["oai:arc:99"] == nil)
            let twice = try await Self.store(try Self.dcPage([:], deleted: [3]), node: node)
            #expect(twice.unchanged == 1 && twice.deleted == 0)
            let parsed = try SimpleQuery.parse("letters home")
            let found = try await node.webServices().search.search(
                SearchRequest(query: parsed.query, filters: parsed.filters))
            #expect(found.total == 1)
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func sourcesAreKeptPerLibraryURLSetAndPrefixAndOneRunsAtATime(backend: Database.Backend) async throws {
        let node = try await Self.node(backend)
        do {
            let registry = HarvestRegistry(database: node.database)
            let draft = HarvestSourceDraft(libraryCode: "arc", baseURL: " http://arc.example/oai ", intervalHours: 24)
            let source = try await registry.add(draft)
            #expect(source.libraryCode == "ARC" && source.baseURL == "http://arc.example/oai")
            #expect(try await registry.ensure(draft).id == source.id)
            await #expect(throws: HarvestError.self) { try await registry.add(draft) }
            await #expect(throws: HarvestError.self) {
                try await registry.add(HarvestSourceDraft(libraryCode: "NOPE", baseURL: "http://arc.example/oai"))
            }
            await #expect(throws: HarvestError.self) {
                try await registry.add(HarvestSourceDraft(libraryCode: "ARC", baseURL: "file:///etc/passwd"))
            }
            #expect(source.isDue(at: 0))
            #expect(try await registry.claim(source.id))
            #expect(try await !registry.claim(source.id))
            let disabled = try await registry.update(
                source.id,
                with: HarvestSourceDraft(
                    libraryCode: "ARC", baseURL: "http://arc.example/oai", setSpec: "letters", intervalHours: 24,
                    enabled: false))
            #expect(disabled.setSpec == "letters" && !disabled.enabled && !disabled.isDue(at: .max))
            try await registry.delete(source.id)
            #expect(try await registry.sources().isEmpty)
        } catch {
            await node.shutdown()
            throw error
        }
        await node.shutdown()
    }
}
