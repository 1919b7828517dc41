import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PinakesTestSupport
import Testing

@Suite struct OperatorsCanCheckHealthAndMetrics {
    @Test func healthReadyAndPrometheusMetrics() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok && String(buffer: health.body).contains(#""status":"ok""#))
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(ready.status == .ok && String(buffer: ready.body).contains(TestDatabase.primary.rawValue))
            _ = try await client.execute(uri: "/", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            let text = String(buffer: metrics.body)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            #expect(text.contains("pinakes_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"}"))
            #expect(text.contains("pinakes_http_request_duration_seconds_bucket"))
        }
        await fixture.node.shutdown()
    }
}

@Suite struct HomePageListsTheLibrariesInEitherLanguage {
    @Test func englishByDefaultChineseByAcceptLanguageOrSwitch() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let english = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(english.contains("<html lang=\"en\">") && english.contains("Libraries of the consortium"))
            #expect(english.contains("Gusu Branch") && english.contains("Wuzhong Branch"))
            let chinese = try await client.execute(
                uri: "/", method: .get, headers: [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.5"])
            let html = String(buffer: chinese.body)
            #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("联盟成员馆") && html.contains("姑苏区分馆"))
            let switched = try await client.execute(uri: "/?lang=zh", method: .get, headers: [.acceptLanguage: "en"])
            #expect(String(buffer: switched.body).contains("联盟成员馆"))
            #expect(switched.headers[values: .setCookie].contains { $0.hasPrefix("pinakes_lang=zh") })
        }
        await fixture.node.shutdown()
    }
}

@Suite struct ErrorsAreProblemDetails {
    @Test func unknownLibraryIsA404ProblemAndPagesGetAnErrorPage() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/libraries/NOPE", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
            let problem = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(problem?["status"] as? Int == 404)
            #expect((problem?["detail"] as? String)?.contains("NOPE") == true)
            let libraries = try await client.execute(uri: "/api/v1/libraries", method: .get)
            let body = try JSONSerialization.jsonObject(with: Data(buffer: libraries.body)) as? [String: Any]
            let list = body?["libraries"] as? [[String: Any]]
            #expect(list?.map { $0["code"] as? String } == ["SZ", "CEN", "GUSU", "WUZH"])
            #expect(list?.last?["parent"] as? String == "CEN")
        }
        await fixture.node.shutdown()
    }
}
