import Accounts
import Hummingbird

/// `/api/v1/me` and `/api/v1/tokens`: who am I, and a token for my scripts.
enum AccountAPI {
    struct Me: Codable {
        var username: String
        var displayName: String
        var role: String
        var libraries: [String]
    }
    struct TokenRequest: Decodable { var name: String }
    struct TokenJSON: Encodable {
        var name: String
        var token: String
    }

    static func register(on routes: RouteTable, services: WebServices) {
        routes.add(.get, "/api/v1/me", access: .signedIn) { _, context in
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            return try JSONResponse.make(
                Me(
                    username: principal.username, displayName: principal.displayName, role: principal.role.rawValue,
                    libraries: principal.scopeCodes))
        }
        routes.add(.post, "/api/v1/tokens", access: .signedIn) { request, context in
            guard let principal = context.principal else { throw WebError.unauthenticated("sign in first") }
            let body = try await request.decode(as: TokenRequest.self, context: context)
            let token = try await services.accounts.issueToken(for: principal, name: body.name)
            return try JSONResponse.make(TokenJSON(name: body.name, token: token), status: .created)
        }
    }
}
