import Accounts
import Circulation
import Hummingbird
import PinakesCore

/// `/register`: online registration — a pending reader (and a login for "my account") until a desk checks
/// the reader's identity.
enum RegisterPage {
    struct Form: Decodable {
        var name: String
        var homeLibrary: String
        var email: String?
        var phone: String?
        var username: String?
        var password: String?
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/register", access: .anyone) { _, context in
            // Like the login form: a visitor without a session gets a pre-login CSRF cookie for the form.
            var context = context
            var fresh: String?
            if context.csrfToken == nil {
                fresh = Secret.token()
                context.csrfToken = fresh
            }
            var response = try await render([:], context, services, pages)
            if let fresh {
                response.setCookie(
                    Cookie(
                        name: SessionMiddleware.preLoginCookie, value: fresh, path: "/", secure: services.secureCookies,
                        httpOnly: true, sameSite: .strict))
            }
            return response
        }
        routes.add(.post, "/register", access: .anyone) { request, context in
            let form = try await request.decode(as: Form.self, context: context)
            let registration = ReaderAPI.Registration(
                name: form.name, homeLibrary: form.homeLibrary, email: form.email, phone: form.phone,
                username: form.username, password: form.password)
            do {
                let reader = try await ReaderAPI.registerOnline(registration, services: services)
                let done = Strings.text("registered", context.language, ["card": reader.cardNumber ?? ""])
                return try await render(["done": done], context, services, pages, status: .created)
            } catch let error as PinakesError {
                return try await render(["error": error.description], context, services, pages, status: .badRequest)
            } catch let error as WebError {
                guard case .invalidParameter(_, let message) = error else { throw error }
                return try await render(["error": message], context, services, pages, status: .badRequest)
            }
        }
    }

    static func render(
        _ extra: [String: Any], _ context: PinakesRequestContext, _ services: WebServices, _ pages: PageRenderer,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let zh = context.language == .zh
        var values: [String: Any] = [
            "libraries": try await services.libraries.all().filter { $0.type != .consortium }.map {
                ["code": $0.code, "name": zh ? ($0.nameZh ?? $0.name) : $0.name]
            }
        ]
        values.merge(extra) { _, new in new }
        return try pages.page(
            "register", title: Strings.text("registerOnline", context.language), values: values, context: context,
            status: status)
    }
}
