import Catalog
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

/// The demo's two libraries (central and university) loaded into a fresh database of `backend`.
func demoCatalogue(_ backend: Database.Backend) async throws -> PinakesNode {
    let node = try await consortium(backend)
    _ = try await node.importer.importFile(Fixtures.demoCentral, libraryCode: "CEN", actor: "test")
    let university = Fixtures.packageRoot + "/Sources/PinakesApp/Demo/demo-university.mrc"
    _ = try await node.importer.importFile(university, libraryCode: "SUDA", actor: "test")
    return node
}

func simple(_ text: String, limit: Int = 20, filters: (inout SearchFilters) -> Void = { _ in }) throws -> SearchRequest
{
    let parsed = try SimpleQuery.parse(text)
    var request = SearchRequest(query: parsed.query, filters: parsed.filters, limit: limit)
    filters(&request.filters)
    return request
}

@Suite struct SearchFindsTitlesInAnyScript {
    @Test(arguments: TestDatabase.backends)
    func chineseTitlesByTwoCharactersInSimplifiedAndTraditionalForm(backend: Database.Backend) async throws {
        let node = try await demoCatalogue(backend)
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        // A record with a vernacular title: find it by two of its Han characters.
        let row = try await node.database.withConnection { sql in
            try await sql.raw(
                """
                SELECT cluster_id, display FROM bib_source_record
                WHERE display LIKE '%titleOriginal%' AND deleted = \(bind: false) ORDER BY id LIMIT 40
                """
            ).all()
        }
        var checked = 0
        for candidate in row {
            let display = try candidate.decode(column: "display", as: String.self)
            guard let original = display.firstMatch(of: /"titleOriginal":"([^"]+)"/)?.1 else { continue }
            let han = original.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }
            guard han.count >= 4 else { continue }
            let pair = String(String.UnicodeScalarView(han.prefix(2)))
            let cluster = try candidate.decode(column: "cluster_id", as: Int64.self)
            let found = try await search.search(try simple(pair, limit: 100))
            #expect(found.results.contains { $0.id == cluster }, "\(pair) should find \(original)")
            #expect(found.total >= 1)
            checked += 1
            if checked == 5 { break }
        }
        #expect(checked == 5)
        // 圖書 (Traditional) and 图书 (Simplified) find the same titles.
        let traditional = try await search.search(try simple("圖書", limit: 100))
        let simplified = try await search.search(try simple("图书", limit: 100))
        #expect(traditional.total == simplified.total)
        #expect(traditional.results.map(\.id) == simplified.results.map(\.id))
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func duplicatesFromTwoLibrariesShowAsOneResultWithBothHoldings(backend: Database.Backend) async throws {
        let node = try await demoCatalogue(backend)
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        let row = try await node.database.withConnection { sql in
            try await sql.raw(
                """
                SELECT c.id, r.title FROM bib_cluster c JOIN bib_source_record r ON r.id = c.display_record_id
                WHERE c.record_count = 2 AND r.title <> '' ORDER BY c.id LIMIT 1
                """
            ).first()
        }
        let shared = try #require(row)
        let cluster = try shared.decode(column: "id", as: Int64.self)
        let title = try shared.decode(column: "title", as: String.self)
        let found = try await search.search(try simple("title:\"\(title)\"", limit: 100))
        let hit = try #require(found.results.first { $0.id == cluster })
        #expect(found.results.filter { $0.id == cluster }.count == 1)
        #expect(hit.recordCount == 2)
        let detail = try await search.cluster(id: cluster)
        #expect(Set(detail.members.map(\.library)) == ["CEN", "SUDA"])
        #expect(!hit.holdings.isEmpty)
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func facetsFiltersSortingAndPagingAgree(backend: Database.Backend) async throws {
        let node = try await demoCatalogue(backend)
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        let all = try await search.search(try simple("history", limit: 100))
        #expect(all.total > 20)
        let languages = try #require(all.facets["language"])
        let english = try #require(languages.first { $0.value == "eng" })
        let narrowed = try await search.search(try simple("history", limit: 100) { $0.languages = ["eng"] })
        #expect(narrowed.total == english.count)
        // Pages in a stable order: two pages of ten are the first twenty.
        let first = try await search.search(try simple("history", limit: 10))
        var second = try simple("history", limit: 10)
        second.offset = 10
        let next = try await search.search(second)
        let twenty = try await search.search(try simple("history", limit: 20))
        #expect((first.results + next.results).map(\.id) == twenty.results.map(\.id))
        var beyond = try simple("history", limit: 10)
        beyond.offset = 100_000
        let empty = try await search.search(beyond)
        #expect(empty.results.isEmpty && empty.total == all.total)
        var byYear = try simple("history", limit: 50)
        byYear.sort = .year
        let years = try await search.search(byYear).results.compactMap(\.year)
        #expect(years == years.sorted(by: >))
        // A library filter keeps only titles held there or below it.
        // A library's facet counts its own titles and those of the libraries below it, as the filter does.
        let parents = Set(try await node.libraries.all().compactMap(\.parentID))
        let leaves = Set(try await node.libraries.all().filter { !parents.contains($0.id) }.map(\.code))
        for facet in try #require(all.facets["library"]) {
            let held = try await search.search(try simple("history", limit: 100) { $0.libraries = [facet.value] })
            #expect(held.total == facet.count, "\(facet.value)")
            if leaves.contains(facet.value) {
                #expect(held.results.allSatisfy { $0.holdings.contains { $0.library == facet.value } })
            }
        }
        await node.shutdown()
    }

    @Test(arguments: TestDatabase.backends)
    func cqlAndTheSimpleBoxFindTheSameAndBadQueriesAreDiagnosed(backend: Database.Backend) async throws {
        let node = try await demoCatalogue(backend)
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        let box = try await search.search(try simple("title:history -china", limit: 100))
        let cql = try CQLSearchMapping.map(try CQLParser.parse("dc.title = history not china"))
        let viaCQL = try await search.search(SearchRequest(query: cql.query, filters: cql.filters, limit: 100))
        #expect(box.total > 0 && box.total == viaCQL.total)
        #expect(Set(box.results.map(\.id)) == Set(viaCQL.results.map(\.id)))
        let dated = try CQLSearchMapping.map(try CQLParser.parse("history and dc.date >= 2000"))
        let recent = try await search.search(SearchRequest(query: dated.query, filters: dated.filters, limit: 100))
        #expect(recent.results.allSatisfy { ($0.year ?? 0) >= 2000 })
        #expect(throws: CQLError.self) { try CQLSearchMapping.map(try CQLParser.parse("foo.bar = x")) }
        #expect(throws: CQLError.self) { try SimpleQuery.parse("-alone") }
        #expect(throws: CQLError.self) { try SimpleQuery.parse(String(repeating: "a ", count: 5000)) }
        await #expect(throws: CQLError.self) { try await search.search(try simple("!!! ???")) }
        // Text that looks like SQL or FTS syntax is just words.
        let odd = try await search.search(try simple("'; DROP TABLE bib_cluster; -- \" NEAR( title:*"))
        #expect(odd.total >= 0)
        #expect(try await count(node, "SELECT COUNT(*) AS n FROM bib_cluster") > 0)
        await node.shutdown()
    }
}

@Suite struct BothDatabasesFindTheSameTitles {
    @Test func sqliteAndPostgreSQLGiveTheSameHitsForTheSameQueries() async throws {
        guard TestDatabase.backends.contains(.postgres) else { return }
        let lite = try await demoCatalogue(.sqlite)
        let postgres = try await demoCatalogue(.postgres)
        let queries = [
            "history", "china", "图书", "圖書館", "中国 历史", "title:war", "author:smith", "subject:\"united states\"",
            "\"world war\"", "art -history", "librar*", "year:1990-1999 economic", "isbn:9780", "日本",
            "title:\"the\" OR author:lee", "mathematics", "politics and government",
        ]
        for text in queries {
            let left = try await hits(lite, text)
            let right = try await hits(postgres, text)
            #expect(left == right, "\(text): \(left.count) on SQLite, \(right.count) on PostgreSQL")
            #expect(!left.isEmpty || text.hasPrefix("isbn:"), "\(text) finds something")
        }
        await lite.shutdown()
        await postgres.shutdown()
    }

    /// The display records (library and control number) of every title found, in no particular order.
    func hits(_ node: PinakesNode, _ text: String) async throws -> Set<String> {
        let search = CatalogSearch(database: node.database, libraries: node.libraries)
        var request = try simple(text, limit: 100)
        var found: Set<String> = []
        while true {
            let page = try await search.search(request)
            for result in page.results {
                let record = try await search.record(id: result.displayRecordID)
                found.insert(record.library + "/" + record.sourceID)
            }
            request.offset += 100
            if request.offset >= page.total { return found }
        }
    }
}
