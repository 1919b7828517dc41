import Accounts
import Foundation
import Hummingbird
import Logging

/// Per-request state: who is calling, in which language, and the CSRF token their forms must carry.
public struct PinakesRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, from the session cookie or an API token.
    public var principal: Principal?
    /// The CSRF token of the caller's session (or of the pre-login cookie), for forms.
    public var csrfToken: String?
    /// True when the caller authenticated with a bearer token (scripts need no CSRF token).
    public var viaAPIToken = false
    /// The page language.
    public var language: Language = .en
    /// The page's path and query as requested, so the language switch can keep the reader on the same page.
    public var requestPath = "/"
    public var requestQuery: String?
    /// An id for this request, echoed in the `X-Request-Id` header and in logs.
    public var requestID: String = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var requestDecoder: FormOrJSONDecoder { FormOrJSONDecoder() }
}

/// Decodes form posts (`application/x-www-form-urlencoded`) and JSON bodies alike.
public struct FormOrJSONDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext)
        async throws -> T
    {
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            return try await URLEncodedFormDecoder().decode(type, from: request, context: context)
        }
        return try await JSONDecoder().decode(type, from: request, context: context)
    }
}
