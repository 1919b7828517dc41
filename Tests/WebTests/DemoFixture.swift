import Foundation
import Hummingbird
import HummingbirdTesting
import PinakesApp
import PinakesCore
import PinakesTestSupport
import Web

/// The bundled demo consortium (2,484 real records, 700 with Chinese 880 fields, items over the branches),
/// loaded once per test process and only read by the tests that share it.
enum DemoFixture {
    private static let loading = Task<(PinakesNode, Application<RouterResponder<PinakesRequestContext>>), any Error> {
        let node = try await TestDatabase.node(TestDatabase.primary)
        try await DemoConsortium.bundled().install(on: node) { _ in }
        let pages = try await PageRenderer.load()
        let (router, _) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        return (node, Application(router: router))
    }

    /// The shared demo application; never mutate its catalogue.
    static func app() async throws -> Application<RouterResponder<PinakesRequestContext>> {
        try await loading.value.1
    }
}

/// JSON helpers for the API tests.
enum JSONBody {
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func results(_ body: [String: Any]) -> [[String: Any]] { body["results"] as? [[String: Any]] ?? [] }

    static func ids(_ body: [String: Any]) -> [Int64] {
        results(body).compactMap { ($0["id"] as? NSNumber)?.int64Value }
    }

    /// Percent-encodes a query parameter value.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
