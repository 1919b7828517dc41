import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct BadSearchesAreExplainedAsProblems {
    func problem(
        _ client: some TestClientProtocol, _ query: String, parameter: String?
    ) async throws -> [String: Any] {
        let response = try await client.execute(uri: "/api/v1/search?\(query)", method: .get)
        #expect(response.status == .badRequest, "\(query)")
        #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
        let body = try JSONBody.object(response)
        #expect(body["status"] as? Int == 400)
        #expect((body["detail"] as? String)?.isEmpty == false)
        if let parameter { #expect(body["parameter"] as? String == parameter, "\(query)") }
        return body
    }

    @Test func missingBothOrOverlongQueriesAndBadNumbersNameTheirParameter() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let missing = try await problem(client, "", parameter: "q")
            #expect((missing["detail"] as? String)?.contains("empty") == true)
            _ = try await problem(client, "q=%20%20&cql=", parameter: "q")
            _ = try await problem(client, "q=history&cql=dc.title%3Dhistory", parameter: "q")
            _ = try await problem(client, "q=" + String(repeating: "a", count: 4_097), parameter: "q")
            let long = try await problem(client, "cql=" + String(repeating: "a", count: 4_097), parameter: "cql")
            let diagnostic = try #require(long["diagnostic"] as? [String: Any])
            #expect(diagnostic["number"] as? Int == 12 && diagnostic["uri"] as? String == "info:srw/diagnostic/1/12")
            _ = try await problem(client, "q=x&limit=ten", parameter: "limit")
            _ = try await problem(client, "q=x&limit=-1", parameter: "limit")
            _ = try await problem(client, "q=x&offset=-5", parameter: "offset")
            _ = try await problem(client, "q=x&offset=1.5", parameter: "offset")
            _ = try await problem(client, "q=x&sort=random", parameter: "sort")
            _ = try await problem(client, "q=x&decade=nineties", parameter: "decade")
            _ = try await problem(client, "q=x&available=maybe", parameter: "available")
            _ = try await problem(client, "q=x&facets=perhaps", parameter: "facets")
        }
        await fixture.node.shutdown()
    }

    @Test func cqlSyntaxErrorsCarryTheSRUDiagnosticAndPosition() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let body = try await problem(client, "cql=" + JSONBody.encode("dc.title = "), parameter: "cql")
            let diagnostic = try #require(body["diagnostic"] as? [String: Any])
            #expect((diagnostic["uri"] as? String)?.hasPrefix("info:srw/diagnostic/1/") == true)
            #expect(diagnostic["number"] as? Int != nil && (diagnostic["message"] as? String)?.isEmpty == false)
            #expect(body["column"] as? Int == 12 && body["offset"] as? Int == 11)
            let quote = try await problem(client, "cql=" + JSONBody.encode("title = \"open"), parameter: "cql")
            #expect((quote["diagnostic"] as? [String: Any])?["number"] as? Int == 14)
        }
        await fixture.node.shutdown()
    }

    @Test func injectionStringsAreJustText() async throws {
        try await DemoFixture.app().test(.router) { client in
            for hostile in [
                "'; DROP TABLE bib_cluster; --", "\" OR 1=1 --", "title:\"x\") UNION SELECT * FROM account --",
                "<script>alert(1)</script>", "NEAR(a b) OR * ^ {}", "%00%27",
            ] {
                let response = try await client.execute(
                    uri: "/api/v1/search?q=\(JSONBody.encode(hostile))&library=\(JSONBody.encode("CEN' OR '1'='1"))",
                    method: .get)
                #expect(response.status == .ok || response.status == .badRequest, "\(hostile)")
                let plain = try await client.execute(
                    uri: "/api/v1/search?q=\(JSONBody.encode(hostile))&format=\(JSONBody.encode("book' --"))",
                    method: .get)
                #expect(plain.status == .ok || plain.status == .badRequest, "\(hostile)")
            }
            let still = try JSONBody.object(try await client.execute(uri: "/api/v1/search?q=history", method: .get))
            #expect((still["total"] as? Int ?? 0) > 0)
            let page = try await client.execute(
                uri: "/search?q=\(JSONBody.encode("<script>alert(1)</script>"))", method: .get)
            let html = String(buffer: page.body)
            #expect(!html.contains("<script>alert(1)</script>") && html.contains("&lt;script&gt;"))
        }
    }
}
