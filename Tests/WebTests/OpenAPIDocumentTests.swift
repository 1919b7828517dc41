import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct TheOpenAPIDocumentDescribesEveryAPIRoute {
    /// The API and system routes: everything under `/api/` and the operators' `/health`, `/ready`, `/metrics`.
    static func documentable(_ path: String) -> Bool {
        path.hasPrefix("/api/") || ["/health", "/ready", "/metrics"].contains(path)
    }

    /// `/api/v1/items/:barcode` → `/api/v1/items/{barcode}`.
    static func openAPIPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }

    @Test func documentedOperationsEqualTheRouteTable() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/api/openapi.json", method: .get)
            #expect(response.status == .ok)
            let document = try JSONBody.object(response)
            #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys where methods.contains(method) {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            let routed = Set(
                fixture.routes.entries.filter { Self.documentable($0.path) }.map {
                    "\($0.method) \(Self.openAPIPath($0.path))"
                })
            #expect(routed.contains("GET /api/v1/search") && routed.contains("GET /health"))
            #expect(
                documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed))")
            #expect(
                routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented))")
            let components = try #require(document["components"] as? [String: Any])
            let schemas = try #require(components["schemas"] as? [String: Any])
            for name in [
                "SearchResponse", "SearchResult", "LibraryHoldings", "ItemHolding", "FacetCount", "ClusterDetail",
                "Library", "Item", "Problem",
            ] {
                #expect(schemas[name] != nil, "schema \(name) missing")
            }
            let security = try #require(components["securitySchemes"] as? [String: Any])
            #expect(security["bearerToken"] != nil && security["sessionCookie"] != nil)
        }
        await fixture.node.shutdown()
    }
}
