import Accounts
import Foundation
import HTTPTypes
import Hummingbird
import PinakesCore

/// The one place where errors become responses: problem+json for the API, an error page for people.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = PinakesRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let (status, slug, detail) = Self.classify(error)
            if status == .internalServerError {
                context.logger.error("request \(context.requestID) failed: \(String(reflecting: error))")
            }
            let wantsJSON =
                request.uri.path.hasPrefix("/api/") || request.headers[.accept]?.contains("application/json") == true
            if status == .unauthorized && !wantsJSON && request.method == .get {
                let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return Response.redirect(
                    to: "/login?next="
                        + (target.addingPercentEncoding(
                            withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            if wantsJSON {
                return ProblemDetails(
                    type: "urn:pinakes:problem:\(slug)", title: status.reasonPhrase,
                    status: Int(status.code), detail: detail, instance: request.uri.path
                ).response()
            }
            return try pages.errorPage(status: status, detail: detail, context: context)
        }
    }

    static func classify(_ error: any Error) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let error as PinakesError:
            switch error {
            case .invalidInput(let message): return (.badRequest, "invalid-input", message)
            case .notFound(let message): return (.notFound, "not-found", message)
            case .conflict(let message): return (.conflict, "conflict", message)
            case .unauthenticated: return (.unauthorized, "unauthenticated", "sign-in required")
            case .forbidden(let message): return (.forbidden, "forbidden", message)
            }
        case let error as WebError:
            switch error {
            case .unauthenticated(let message): return (.unauthorized, "unauthenticated", message)
            case .forbidden(let message): return (.forbidden, "forbidden", message)
            case .badRequest(let message): return (.badRequest, "bad-request", message)
            case .notFound(let message): return (.notFound, "not-found", message)
            case .csrf: return (.forbidden, "csrf", "the form's CSRF token is missing or wrong; reload the page")
            }
        case let error as HTTPError:
            return (error.status, "http", error.body ?? error.status.reasonPhrase)
        case is DecodingError:
            return (.badRequest, "bad-request", "the request body could not be read: \(error)")
        default:
            return (.internalServerError, "internal", "an internal error occurred")
        }
    }
}
