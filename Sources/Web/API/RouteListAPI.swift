import Hummingbird

/// `/api/v1/routes`: every route with who may call it, so operators and tests can check the rules.
enum RouteListAPI {
    struct RouteJSON: Encodable {
        var method: String
        var path: String
        var access: String
    }

    static func register(on routes: RouteTable) {
        routes.add(.get, "/api/v1/routes", access: .anyone) { _, _ in
            try JSONResponse.make(
                routes.entries.map { RouteJSON(method: $0.method, path: $0.path, access: $0.access.rawValue) })
        }
    }
}
