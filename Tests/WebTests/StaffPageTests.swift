import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct StaffUseTheDashboardForms {
    func post(
        _ client: some TestClientProtocol, _ path: String, _ body: String, _ browser: BrowserSession
    ) async throws -> TestResponse {
        try await client.execute(
            uri: path, method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader],
            body: ByteBuffer(string: body))
    }

    @Test func administratorAddsABookmobileThroughTheForm() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let csrf = try #require(try await browser.signIn(client, username: "admin", password: "admin-pass"))
            let form =
                "csrf_token=\(csrf)&code=BM2&name=Bookmobile+Two&name_zh=%E6%B5%81%E5%8A%A8%E5%9B%BE%E4%B9%A6%E8%BD%A6&type=bookmobile&parent=CEN&region=Gusu"
            let added = try await post(client, "/staff/libraries", form, browser)
            #expect(added.status == .found && added.headers[.location] == "/staff?added=BM2")
            let page = try await client.execute(
                uri: "/staff?added=BM2", method: .get, headers: [.cookie: browser.cookieHeader])
            #expect(String(buffer: page.body).contains("Library added. BM2"))
            let library = try await client.execute(uri: "/api/v1/libraries/bm2", method: .get)
            let text = String(buffer: library.body)
            #expect(
                text.contains(#""type":"bookmobile""#) && text.contains(#""parent":"CEN""#) && text.contains("流动图书车"))
            let forged = try await post(
                client, "/staff/libraries", "csrf_token=forged&code=BM3&name=X&parent=CEN", browser)
            #expect(forged.status == .forbidden)
        }
        #expect(try await fixture.node.libraries.library(code: "BM3") == nil)
        await fixture.node.shutdown()
    }

    @Test func staffIssueATokenThatWorksForScripts() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let csrf = try #require(try await browser.signIn(client, username: "gusu", password: "gusu-pass"))
            let page = try await post(client, "/staff/tokens", "csrf_token=\(csrf)&name=inventory+script", browser)
            let html = String(buffer: page.body)
            let marker = try #require(html.range(of: #"<code id="new-token">"#))
            let token = String(html[marker.upperBound...].prefix { $0 != "<" })
            #expect(token.hasPrefix("pk_"))
            let me = try await client.execute(
                uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(String(buffer: me.body).contains(#""username":"gusu""#))
            let addLibrary = try await post(client, "/staff/libraries", "csrf_token=\(csrf)&code=X1&name=X", browser)
            #expect(addLibrary.status == .forbidden)
        }
        await fixture.node.shutdown()
    }
}
