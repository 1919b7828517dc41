import Accounts
import Foundation
import HTTPTypes
import Hummingbird

/// Finds who is calling (session cookie or `Authorization: Bearer` API token), picks the language,
/// and tags the request with an id.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PinakesRequestContext
    static let sessionCookie = "pinakes_session"
    static let preLoginCookie = "pinakes_csrf"
    static let languageCookie = "pinakes_lang"

    let accounts: AccountService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        context.requestID = request.headers[.requestID] ?? String(UUID().uuidString.prefix(8))
        context.requestPath = request.uri.path
        context.requestQuery = request.uri.query
        context.language = Language.negotiate(
            query: request.uri.queryParameters.get("lang"), cookie: request.cookies[Self.languageCookie]?.value,
            acceptLanguage: request.headers[.acceptLanguage])
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            let token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            guard let principal = try await accounts.principal(apiToken: token) else {
                throw WebError.unauthenticated("the API token is unknown or revoked")
            }
            context.principal = principal
            context.viaAPIToken = true
        } else if let cookie = request.cookies[Self.sessionCookie]?.value,
            let session = try await accounts.session(token: cookie)
        {
            context.principal = session.principal
            context.csrfToken = session.csrfToken
        } else {
            context.csrfToken = request.cookies[Self.preLoginCookie]?.value
        }
        var response = try await next(request, context)
        response.headers[.requestID] = context.requestID
        if let lang = request.uri.queryParameters.get("lang"), Language(rawValue: String(lang)) != nil {
            response.setCookie(
                Cookie(
                    name: Self.languageCookie, value: String(lang), path: "/", httpOnly: true,
                    sameSite: .lax))
        }
        return response
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`, echoed on every response and written in the logs.
    // A literal that is a valid field name token, so the initialiser cannot return nil.
    static let requestID = HTTPField.Name("X-Request-Id")!
}
