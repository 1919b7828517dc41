import Accounts
import Catalog
import Circulation
import Foundation
import HTTPTypes
import Hummingbird
import PinakesCore
import Sharing

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
            // This middleware runs before the session middleware, so the language is negotiated here again.
            var context = context
            context.language = Language.negotiate(
                query: request.uri.queryParameters.get("lang"),
                cookie: request.cookies[SessionMiddleware.languageCookie]?.value,
                acceptLanguage: request.headers[.acceptLanguage])
            let (status, slug, detail) = Self.classify(error, language: context.language)
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
                var problem = ProblemDetails(
                    type: "urn:pinakes:problem:\(slug)", title: status.reasonPhrase,
                    status: Int(status.code), detail: detail, instance: request.uri.path)
                Self.addExtensions(for: error, to: &problem)
                return problem.response()
            }
            return try pages.errorPage(status: status, detail: detail, context: context)
        }
    }

    static func classify(_ error: any Error, language: Language = .en) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let refusal as CirculationRefusal:
            return (refusal.httpStatus, "refusal", refusal.message(language))
        case let refusal as SharingRefusal:
            return (refusal.httpStatus, "sharing", language == .zh ? refusal.chinese : refusal.english)
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
            case .invalidParameter(_, let message): return (.badRequest, "invalid-parameter", message)
            case .notFound(let message): return (.notFound, "not-found", message)
            case .csrf: return (.forbidden, "csrf", "the form's CSRF token is missing or wrong; reload the page")
            }
        case let error as SearchQueryError:
            return (.badRequest, "query", "\(error.cql.diagnostic.message): \(error.cql.description)")
        case let error as CQLError:
            return (.badRequest, "query", "\(error.diagnostic.message): \(error.description)")
        case let error as HTTPError:
            return (error.status, "http", error.body ?? error.status.reasonPhrase)
        case is DecodingError:
            return (.badRequest, "bad-request", "the request body could not be read: \(error)")
        default:
            return (.internalServerError, "internal", "an internal error occurred")
        }
    }

    /// RFC 9457 extension members: the parameter at fault, and a CQL error's SRU diagnostic and position.
    static func addExtensions(for error: any Error, to problem: inout ProblemDetails) {
        switch error {
        case WebError.invalidParameter(let name, _):
            problem.parameter = name
        case let refusal as CirculationRefusal:
            problem.refusal = refusal.code
        case let error as SearchQueryError:
            problem.parameter = error.parameter
            addDiagnostic(error.cql, to: &problem)
        case let error as CQLError:
            addDiagnostic(error, to: &problem)
        default:
            break
        }
    }

    static func addDiagnostic(_ error: CQLError, to problem: inout ProblemDetails) {
        problem.diagnostic = SRUDiagnosticMember(
            uri: error.diagnostic.uri, number: error.diagnostic.rawValue, message: error.diagnostic.message,
            details: error.description)
        problem.offset = error.offset
        problem.column = error.column
    }
}
