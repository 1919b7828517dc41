import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ReadersAndScriptsSearchTheUnionCatalogue {
    @Test func searchAnswersTotalResultsWithHoldingsAndFacets() async throws {
        try await DemoFixture.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/search?q=history", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try JSONBody.object(response)
            let total = try #require(body["total"] as? Int)
            let results = JSONBody.results(body)
            #expect(total > 20 && results.count == 20)
            let first = try #require(results.first)
            for key in ["id", "title", "authors", "isbns", "holdings", "format", "displayRecordID"] {
                #expect(first[key] != nil, "result lacks \(key)")
            }
            let holdings = try #require(first["holdings"] as? [[String: Any]])
            #expect(!holdings.isEmpty && holdings.allSatisfy { ($0["library"] as? String)?.isEmpty == false })
            let facets = try #require(body["facets"] as? [String: [[String: Any]]])
            #expect(facets["library"]?.isEmpty == false && facets["format"]?.isEmpty == false)
            let quiet = try JSONBody.object(
                try await client.execute(uri: "/api/v1/search?q=history&facets=false&limit=3", method: .get))
            #expect(JSONBody.results(quiet).count == 3 && quiet["total"] as? Int == total)
            #expect((quiet["facets"] as? [String: Any])?.isEmpty ?? true)
        }
    }

    @Test func pagesAreStableDisjointAndEndEmpty() async throws {
        try await DemoFixture.app().test(.router) { client in
            func page(_ query: String) async throws -> [String: Any] {
                let response = try await client.execute(uri: "/api/v1/search?q=the&sort=title&\(query)", method: .get)
                #expect(response.status == .ok)
                return try JSONBody.object(response)
            }
            let first = try await page("limit=10")
            let again = try await page("limit=10&offset=0")
            let second = try await page("limit=10&offset=10")
            let both = try await page("limit=20")
            #expect(JSONBody.ids(first) == JSONBody.ids(again))
            #expect(Set(JSONBody.ids(first)).isDisjoint(with: JSONBody.ids(second)))
            #expect(JSONBody.ids(first) + JSONBody.ids(second) == JSONBody.ids(both))
            let total = try #require(first["total"] as? Int)
            let beyond = try await page("offset=\(total + 50)")
            #expect(JSONBody.results(beyond).isEmpty && beyond["total"] as? Int == total)
            let capped = try await page("limit=500")
            #expect(JSONBody.results(capped).count <= 100)
        }
    }

    @Test func filtersNarrowTheCount() async throws {
        try await DemoFixture.app().test(.router) { client in
            let all = try JSONBody.object(try await client.execute(uri: "/api/v1/search?q=history", method: .get))
            let facets = try #require(all["facets"] as? [String: [[String: Any]]])
            let library = try #require(facets["library"]?.last)
            let code = try #require(library["value"] as? String)
            let narrowed = try JSONBody.object(
                try await client.execute(uri: "/api/v1/search?q=history&library=\(code)", method: .get))
            #expect(narrowed["total"] as? Int == library["count"] as? Int)
            #expect((narrowed["total"] as? Int ?? 0) <= (all["total"] as? Int ?? 0))
            let listed = try await client.execute(uri: "/api/v1/search?q=history&library=\(code),CEN", method: .get)
            #expect(listed.status == .ok)
        }
    }
}
