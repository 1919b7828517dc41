import Catalog
import Foundation
import MARC
import PinakesCore
import PinakesTestSupport
import Testing

@testable import Z3950

/// A result set keeps the titles its Search found: Present shows them at their positions after the catalogue
/// changes, a title that has left gives a surrogate diagnostic at its own position, and positions past the
/// snapshot limit run the query again. Over real TCP against a catalogue on a real database.
@Suite struct Z3950ResultSetSnapshotTests {
    /// What Present shows at one position: the title of the record, or the diagnostic in its place.
    enum Shown: Equatable {
        case title(String)
        case diagnostic(Int, String)
    }

    @Test(arguments: TestDatabase.backends)
    func presentShowsTheSearchedTitlesAfterTheCatalogueChanges(_ backend: Database.Backend) async throws {
        try await Z3950Fixture.run(backend) { fixture in
            let client = try await fixture.client()
            let fiction = SearchQuery.term(SearchTerm(field: .subject, text: "Chinese fiction", phrase: true))
            #expect(try await client.search(term(21, "Chinese fiction", (4, 1)), name: "fiction").resultCount == 2)
            _ = try await client.search(term(21, "Chinese fiction", (4, 1)))
            let before = try await present(client, count: 2)
            #expect(before.count == 2)
            #expect(before.contains(.title("Dream of the red chamber")) && before.contains(.title("Fortress besieged")))
            let dream = try await gone(fixture, "one")
            let stories = book(
                "six", title: "Chinese fiction stories", subject: "Chinese fiction", isbn: "9787530212004")
            let one = Z3950Fixture.book(
                "one", title: "Dream of the red chamber", author: "Cao, Xueqin", isbn: Z3950Fixture.dreamISBN,
                year: "1982", subject: "Chinese fiction", items: [])
            try await importBooks([stories, deleted(one)], into: fixture)
            let now = try await catalogueOrder(fixture, fiction)
            #expect(now.count == 2 && !now.contains("Dream of the red chamber"))
            let kept = before.map { $0 == .title("Dream of the red chamber") ? dream : $0 }
            #expect(try await present(client, count: 2) == kept)
            #expect(try await present(client, start: 2, count: 1) == [kept[1]])
            let named = try await client.search(.operation(.resultSet("fiction"), term(nil, "stories"), .and))
            #expect(named.resultCount == 1)
            await client.close()
        }
    }

    @Test(arguments: TestDatabase.backends)
    func aLocalNumberSetGivesADiagnosticOnceItsTitleIsMergedAway(_ backend: Database.Backend) async throws {
        try await Z3950Fixture.run(backend) { fixture in
            let client = try await fixture.client()
            let fortress = try #require(try await fixture.node.catalog.clusterID(libraryCode: "CEN", sourceID: "two"))
            let dream = try #require(try await fixture.node.catalog.clusterID(libraryCode: "CEN", sourceID: "one"))
            #expect(try await client.search(term(12, String(fortress))).resultCount == 1)
            #expect(try await present(client, count: 1) == [.title("Fortress besieged")])
            let mergedAway = try await gone(fixture, "two")
            try await fixture.node.catalog.merge(cluster: fortress, into: dream, actor: "test")
            #expect(try await present(client, count: 1) == [mergedAway])
            #expect(try await client.search(term(12, String(fortress))).resultCount == 0)
            await client.close()
        }
    }

    @Test(arguments: TestDatabase.backends)
    func positionsPastTheSnapshotLimitRunTheQueryAgain(_ backend: Database.Backend) async throws {
        let configuration = Z3950Configuration(resultSetSnapshotLimit: 2)
        try await Z3950Fixture.run(backend, configuration: configuration) { fixture in
            let places = ["rivers", "mountains", "deserts", "harbours", "forests"]
            let volumes = places.enumerated().map { index, place in
                book(place, title: "A snapshot of \(place)", subject: "Snapshot series", isbn: Self.isbns[index])
            }
            try await importBooks(volumes, into: fixture)
            let series = SearchQuery.term(SearchTerm(field: .subject, text: "Snapshot series", phrase: true))
            let order = try await catalogueOrder(fixture, series)
            #expect(order.count == 5)
            let client = try await fixture.client()
            let found = try await client.search(term(21, "Snapshot series", (4, 1)), piggyback: 10, syntax: .sutrs)
            #expect(found.resultCount == 5)
            #expect(try shown(found.records) == order.map(Shown.title))
            #expect(try await present(client, count: 5) == order.map(Shown.title))
            #expect(try await present(client, start: 2, count: 2) == order[1...2].map(Shown.title))
            #expect(try await present(client, start: 4, count: 2) == order[3...4].map(Shown.title))
            let first = try #require(volumes.first { $0["245"]?["a"] == order[0] })
            let sourceID = try #require(first["001"]?.value)
            let removed = try await gone(fixture, sourceID)
            try await importBooks([deleted(first)], into: fixture)
            let now = try await catalogueOrder(fixture, series)
            #expect(now == Array(order.dropFirst()))
            let kept: [Shown] = [removed, .title(order[1])]
            #expect(try await present(client, count: 5) == kept + now[2...].map(Shown.title))
            #expect(try await present(client, start: 3, count: 2) == now[2...3].map(Shown.title))
            await client.close()
        }
    }

    private func shown(_ records: Z3950Records?) throws -> [Shown] {
        guard case .records(let records) = records else {
            throw Z3950Error.protocolViolation("no records in \(String(describing: records))")
        }
        return try records.map { record in
            switch record.content {
            case .diagnostic(let diagnostic):
                return .diagnostic(diagnostic.condition, diagnostic.addinfo)
            case .record(let external):
                guard case .octets(let bytes) = external.encoding,
                    let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first,
                    line.hasPrefix("Title: ")
                else { throw Z3950Error.protocolViolation("not a SUTRS record: \(external)") }
                return .title(String(line.dropFirst("Title: ".count)))
            }
        }
    }

    private func present(_ client: Z3950TestClient, start: Int = 1, count: Int) async throws -> [Shown] {
        try shown(await client.present(start: start, count: count, syntax: .sutrs).records)
    }

    /// Imports books for the library CEN through the importer (a leader status `d` deletes the stored record).
    private func importBooks(_ records: [Record], into fixture: Z3950Fixture) async throws {
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
        _ = try await fixture.node.importer.importFile(file, libraryCode: "CEN", actor: "test")
    }

    /// Valid ISBN-13s, so that each book is a title of its own.
    static let isbns = ["9787100000017", "9787100000024", "9787100000031", "9787100000048", "9787100000055"]

    private func book(_ id: String, title: String, subject: String, isbn: String) -> Record {
        Z3950Fixture.book(
            id, title: title, author: "Writer, \(id.capitalized)", isbn: isbn, year: "2001", subject: subject,
            items: [])
    }

    private func deleted(_ record: Record) -> Record {
        var gone = record
        gone.leader.recordStatus = "d"
        return gone
    }

    /// The diagnostic Present gives in place of a title that has left the catalogue.
    private func gone(_ fixture: Z3950Fixture, _ sourceID: String) async throws -> Shown {
        let id = try #require(try await fixture.node.catalog.clusterID(libraryCode: "CEN", sourceID: sourceID))
        return .diagnostic(14, "title \(id) has left the catalogue since the search")
    }

    /// The titles the catalogue finds for `query` now, in the order the Z39.50 server ranks them.
    private func catalogueOrder(_ fixture: Z3950Fixture, _ query: SearchQuery) async throws -> [String] {
        try await fixture.search.search(SearchRequest(query: query, limit: 100, facets: false)).results.map(\.title)
    }
}
