import Accounts
import Foundation
import Hummingbird

/// `/login` and `/logout`: the sign-in form with its pre-session CSRF cookie, and the session cookie.
enum LoginPage {
    struct LoginForm: Decodable {
        var username: String
        var password: String
        var next: String?
    }

    static func register(on routes: RouteTable, services: WebServices, pages: PageRenderer) {
        routes.add(.get, "/login", access: .anyone) { request, context in
            var context = context
            var fresh: String?
            if context.csrfToken == nil {
                fresh = Secret.token()
                context.csrfToken = fresh
            }
            var response = try pages.page(
                "login", title: Strings.table(for: context.language)["signIn"] ?? "Sign in",
                values: ["next": safeNext(request.uri.queryParameters.get("next"))], context: context)
            if let fresh {
                response.setCookie(
                    Cookie(
                        name: SessionMiddleware.preLoginCookie, value: fresh, path: "/", secure: services.secureCookies,
                        httpOnly: true, sameSite: .strict))
            }
            return response
        }
        routes.add(.post, "/login", access: .anyone) { request, context in
            let form = try await request.decode(as: LoginForm.self, context: context)
            guard
                let principal = try await services.accounts.authenticate(
                    username: form.username, password: form.password)
            else {
                return try pages.page(
                    "login", title: Strings.table(for: context.language)["signIn"] ?? "Sign in",
                    values: ["failed": true, "username": form.username, "next": safeNext(form.next)], context: context,
                    status: .unauthorized)
            }
            let session = try await services.accounts.startSession(for: principal)
            var response = Response.redirect(to: safeNext(form.next), type: .found)
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.sessionCookie, value: session.token,
                    maxAge: Int(session.expiresAt - services.clock.epochSeconds), path: "/",
                    secure: services.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
        routes.add(.post, "/logout", access: .signedIn) { request, _ in
            if let token = request.cookies[SessionMiddleware.sessionCookie]?.value {
                try await services.accounts.endSession(token: token)
            }
            var response = Response.redirect(to: "/", type: .found)
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.sessionCookie, value: "", maxAge: 0, path: "/", httpOnly: true,
                    sameSite: .lax))
            return response
        }
    }

    /// Only local paths are followed after sign-in, so the form cannot be used to send people elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
