import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MARC
import Testing

@Suite struct TitlesAndMemberRecordsAreReadAndExported {
    /// A title of the demo with its display record, found through the search API.
    func someTitle(_ client: some TestClientProtocol) async throws -> (cluster: Int64, record: Int64, title: String) {
        let body = try JSONBody.object(
            try await client.execute(uri: "/api/v1/search?q=history&limit=1&facets=false", method: .get))
        let first = try #require(JSONBody.results(body).first)
        let cluster = try #require((first["id"] as? NSNumber)?.int64Value)
        let record = try #require((first["displayRecordID"] as? NSNumber)?.int64Value)
        return (cluster, record, first["title"] as? String ?? "")
    }

    @Test func clusterDetailHasMembersAndHoldingsAndBadIdsAreProblems() async throws {
        try await DemoFixture.app().test(.router) { client in
            let title = try await someTitle(client)
            let response = try await client.execute(uri: "/api/v1/clusters/\(title.cluster)?home=GUSU", method: .get)
            #expect(response.status == .ok)
            let detail = try JSONBody.object(response)
            let shown = try #require(detail["title"] as? [String: Any])
            #expect((shown["id"] as? NSNumber)?.int64Value == title.cluster)
            let members = try #require(detail["members"] as? [[String: Any]])
            #expect(members.contains { ($0["id"] as? NSNumber)?.int64Value == title.record })
            let word = try await client.execute(uri: "/api/v1/clusters/first", method: .get)
            let wordProblem = try JSONBody.object(word)
            #expect(word.status == .badRequest && wordProblem["parameter"] as? String == "id")
            let unknown = try await client.execute(uri: "/api/v1/clusters/987654321", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType]?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test func recordExportsRoundTripInEveryFormat() async throws {
        try await DemoFixture.app().test(.router) { client in
            let title = try await someTitle(client)
            let path = "/api/v1/records/\(title.record)"
            let iso = try await client.execute(uri: path + "?format=iso2709", method: .get)
            #expect(iso.status == .ok && iso.headers[.contentType] == "application/marc")
            let fromISO = Array(ISO2709Reader(bytes: Array(buffer: iso.body)))
            #expect(fromISO.count == 1)
            let xml = try await client.execute(uri: path, method: .get, headers: [.accept: "application/marcxml+xml"])
            #expect(xml.headers[.contentType]?.hasPrefix("application/marcxml+xml") == true)
            let fromXML = Array(MARCXMLReader(bytes: Array(buffer: xml.body)))
            #expect(fromXML.count == 1 && fromXML.first == fromISO.first)
            let record = try #require(fromISO.first)
            #expect(record.fields.contains { $0.tag == "245" })
            let json = try await client.execute(uri: path + "?format=json", method: .get)
            let object = try JSONBody.object(json)
            #expect((object["leader"] as? String)?.count == 24)
            #expect((object["fields"] as? [[String: Any]])?.count == record.fields.count)
            let text = try await client.execute(uri: path + "?format=text", method: .get)
            #expect(text.headers[.contentType]?.hasPrefix("text/plain") == true)
            #expect(String(buffer: text.body).contains("245"))
            let marc = try await client.execute(uri: path, method: .get, headers: [.accept: "application/marc"])
            #expect(Array(buffer: marc.body) == Array(buffer: iso.body))
            let bogus = try await client.execute(uri: path + "?format=pdf", method: .get)
            let bogusProblem = try JSONBody.object(bogus)
            #expect(bogus.status == .badRequest && bogusProblem["parameter"] as? String == "format")
            let missing = try await client.execute(uri: "/api/v1/records/987654321", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test func pagesShowResultsTitleAndMARC() async throws {
        try await DemoFixture.app().test(.router) { client in
            let title = try await someTitle(client)
            let results = String(buffer: try await client.execute(uri: "/search?q=history", method: .get).body)
            #expect(results.contains("class=\"result-count\"") && results.contains("href=\"/titles/\(title.cluster)\""))
            #expect(results.contains("data-facet=\"library\""))
            let page = try await client.execute(uri: "/titles/\(title.cluster)?home=WUZH", method: .get)
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("holdings-heading") && html.contains("/records/"))
            let marc = try await client.execute(uri: "/records/\(title.record)/marc?lang=zh", method: .get)
            let marcHTML = String(buffer: marc.body)
            #expect(marcHTML.contains("<th scope=\"row\">245</th>") && marcHTML.contains("MARC 记录"))
            #expect(marcHTML.contains("/api/v1/records/\(title.record)?format=iso2709"))
            let bad = try await client.execute(uri: "/search?cql=\(JSONBody.encode("dc.title = "))", method: .get)
            let badHTML = String(buffer: bad.body)
            #expect(bad.status == .badRequest && badHTML.contains("id=\"query-error\"") && badHTML.contains("info:srw"))
        }
    }
}
