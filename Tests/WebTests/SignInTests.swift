import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ReadersAndStaffSignInWithASessionCookie {
    @Test func loginSetsAnHttpOnlySameSiteCookieAndStaffPageOpens() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let staffAnonymous = try await client.execute(uri: "/staff", method: .get)
            #expect(
                staffAnonymous.status == .seeOther || staffAnonymous.status == .found
                    || staffAnonymous.status == .temporaryRedirect)
            let token = try await browser.signIn(client, username: "gusu", password: "gusu-pass")
            #expect(token != nil)
            #expect(browser.cookies["pinakes_session"] != nil)
            let staff = try await client.execute(uri: "/staff", method: .get, headers: [.cookie: browser.cookieHeader])
            let html = String(buffer: staff.body)
            #expect(staff.status == .ok && html.contains("Gusu librarian") && html.contains("<code>GUSU</code>"))
            #expect(!html.contains("Add a library"))
        }
        await fixture.node.shutdown()
    }

    @Test func sessionCookieAttributes() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            let form = try await client.execute(uri: "/login", method: .get)
            let preLogin = form.headers[values: .setCookie].first { $0.hasPrefix("pinakes_csrf=") } ?? ""
            #expect(preLogin.contains("HttpOnly") && preLogin.contains("SameSite=Strict"))
            var browser = BrowserSession()
            browser.remember(form)
            let token = BrowserSession.csrfToken(in: String(buffer: form.body)) ?? ""
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader],
                body: ByteBuffer(string: "csrf_token=\(token)&username=admin&password=admin-pass"))
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("pinakes_session=") } ?? ""
            #expect(response.status == .found && response.headers[.location] == "/")
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
        }
        await fixture.node.shutdown()
    }

    @Test func wrongPasswordAndMissingCSRFAreRefused() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            #expect(try await browser.signIn(client, username: "gusu", password: "wrong-password") == nil)
            #expect(browser.cookies["pinakes_session"] == nil)
            let noToken = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader],
                body: ByteBuffer(string: "username=gusu&password=gusu-pass"))
            #expect(noToken.status == .forbidden)
            #expect(noToken.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("pinakes_session=") })
        }
        await fixture.node.shutdown()
    }

    @Test func signOutEndsTheSession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let token = try #require(try await browser.signIn(client, username: "admin", password: "admin-pass"))
            let oldCookie = browser.cookieHeader
            let out = try await client.execute(
                uri: "/logout", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: oldCookie],
                body: ByteBuffer(string: "csrf_token=\(token)"))
            #expect(out.status == .found)
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: oldCookie])
            #expect(me.status == .unauthorized)
        }
        await fixture.node.shutdown()
    }
}
