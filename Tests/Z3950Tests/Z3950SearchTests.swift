import Catalog
import Foundation
import MARC
import PinakesCore
import PinakesTestSupport
import Testing

@testable import Z3950

/// Init, Search and Present over real TCP against a catalogue on a real database.
@Suite struct Z3950SearchTests {
    @Test(arguments: TestDatabase.backends)
    func anISBNSearchFindsTheBookAndPresentsItAsUSMARC(_ backend: Database.Backend) async throws {
        try await Z3950Fixture.run(backend) { fixture in
            let client = try await fixture.client()
            let found = try await client.search(term(7, Z3950Fixture.dreamISBN))
            #expect(found.resultCount == 1 && found.searchStatus)
            let page = try await client.present(count: 1, syntax: .usmarc)
            guard case .records(let records) = page.records, case .record(let external) = records.first?.content,
                case .octets(let bytes) = external.encoding
            else {
                Issue.record("no record: \(page)")
                return
            }
            #expect(external.syntax == Z3950RecordSyntax.usmarc.oid)
            let record = try #require(ISO2709Reader(bytes: bytes).next())
            #expect(record["245"]?["a"] == "Dream of the red chamber")
            await client.close()
        }
    }

    @Test func theSameISBNFindsWhatCQLFinds() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            for isbn in [Z3950Fixture.dreamISBN, "978-0-13-004763-2", "0201896834", "9999999999999"] {
                let z3950 = try await client.search(term(7, isbn)).resultCount
                let mapped = try CQLSearchMapping.map(try CQLParser.parse("bath.isbn=\"\(isbn)\""))
                let cql = try await fixture.search.search(
                    SearchRequest(query: mapped.query, filters: mapped.filters, facets: false))
                #expect(z3950 == cql.total, "ISBN \(isbn)")
            }
            await client.close()
        }
    }

    @Test func booleanOperatorsAndDateLimitsCombineTerms() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            let fiction = try await client.search(term(21, "Chinese fiction", (4, 1))).resultCount
            #expect(fiction == 2)
            let either = try await client.search(.operation(term(4, "algebra"), term(4, "algorithms"), .or))
            #expect(either.resultCount == 2)
            let both = try await client.search(.operation(term(1003, "Qian"), term(4, "fortress"), .and))
            #expect(both.resultCount == 1)
            let notFortress = try await client.search(.operation(term(21, "fiction"), term(4, "fortress"), .andNot))
            #expect(notFortress.resultCount == 1)
            let since1990 = try await client.search(.operation(term(21, "fiction"), term(31, "1990", (2, 4)), .and))
            #expect(since1990.resultCount == 1)
            let truncated = try await client.search(term(4, "algo", (5, 1)))
            #expect(truncated.resultCount == 1)
            let anyField = try await client.search(term(nil, "Knuth"))
            #expect(anyField.resultCount == 1)
            await client.close()
        }
    }

    @Test func unsupportedAttributesAndDatabasesGetBib1Diagnostics() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            let cases: [(RPNStructure, String, Int)] = [
                (term(9999, "x"), "Default", 114), (term(4, "x", (2, 1)), "Default", 117),
                (term(4, "x", (3, 9)), "Default", 119), (term(4, "x", (4, 7)), "Default", 118),
                (term(4, "x", (5, 2)), "Default", 120), (term(4, "x", (9, 1)), "Default", 113),
                (term(31, "nineteen"), "Default", 108), (term(4, "x"), "Nowhere", 235),
                (.operation(term(4, "x"), .resultSet("missing"), .and), "Default", 30),
            ]
            for (query, database, condition) in cases {
                let response = try await client.search(query, database: database)
                #expect(!response.searchStatus)
                #expect(response.records == .diagnostic(Z3950Diagnostic(condition, response.diagnosticInfo)))
            }
            await client.close()
        }
    }

    @Test func aLocalNumberQueryReturnsThatTitle() async throws {
        try await Z3950Fixture.run { fixture in
            let client = try await fixture.client()
            _ = try await client.search(term(7, Z3950Fixture.dreamISBN))
            let page = try await client.present(syntax: .sutrs)
            guard case .records(let records) = page.records, case .record(let sutrs) = records.first?.content,
                case .octets(let text) = sutrs.encoding
            else { throw Z3950Error.protocolViolation("no SUTRS record") }
            #expect(String(decoding: text, as: UTF8.self).contains("Dream of the red chamber"))
            let detail = try await fixture.search.search(
                SearchRequest(query: .term(SearchTerm(field: .isbn, text: Z3950Fixture.dreamISBN)), facets: false))
            let id = try #require(detail.results.first?.id)
            #expect(try await client.search(term(12, String(id))).resultCount == 1)
            #expect(try await client.search(term(12, "999999")).resultCount == 0)
            await client.close()
        }
    }
}

extension Z3950SearchResponse {
    /// The addinfo of the response's diagnostic, to compare conditions only.
    var diagnosticInfo: String {
        if case .diagnostic(let diagnostic) = records { return diagnostic.addinfo }
        return ""
    }
}
