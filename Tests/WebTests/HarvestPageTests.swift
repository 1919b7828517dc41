import Foundation
import HTTPTypes
import Harvesting
import Hummingbird
import HummingbirdTesting
import PinakesCore
import Testing

/// The staff pages of scheduled harvests: adding, editing, disabling and deleting a source through the forms,
/// refusals shown on the form, and staff kept to their own libraries' sources.
@Suite struct HarvestPageTests {
    func post(
        _ client: some TestClientProtocol, _ path: String, _ body: String, _ browser: BrowserSession
    ) async throws -> TestResponse {
        try await client.execute(
            uri: path, method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader],
            body: ByteBuffer(string: body))
    }

    func get(_ client: some TestClientProtocol, _ path: String, _ browser: BrowserSession) async throws -> TestResponse
    {
        try await client.execute(uri: path, method: .get, headers: [.cookie: browser.cookieHeader])
    }

    @Test func administratorAddsEditsDisablesAndDeletesASource() async throws {
        let fixture = try await WebFixture.make()
        let registry = HarvestRegistry(database: fixture.node.database, clock: fixture.node.clock)
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let csrf = try #require(try await browser.signIn(client, username: "admin", password: "admin-pass"))
            let empty = String(buffer: try await get(client, "/staff/harvests", browser).body)
            #expect(empty.contains(#"id="no-sources""#) && empty.contains(#"<option value="GUSU""#))
            let bad = try await post(
                client, "/staff/harvests",
                "csrf_token=\(csrf)&baseURL=ftp%3A%2F%2Fexample.org&library=NOPE&prefix=marc21&intervalHours=0",
                browser)
            let refused = String(buffer: bad.body)
            #expect(bad.status == .badRequest)
            #expect(refused.contains(#"id="problem-baseURL""#) && refused.contains(#"id="problem-library""#))
            #expect(refused.contains(#"id="problem-intervalHours""#) && refused.contains("ftp://example.org"))
            #expect(try await registry.sources().isEmpty)
            let added = try await post(
                client, "/staff/harvests",
                "csrf_token=\(csrf)&baseURL=http%3A%2F%2Fexample.org%2Foai&library=GUSU&prefix=oai_dc"
                    + "&intervalHours=24&enabled=true", browser)
            #expect(added.status == .found && added.headers[.location] == "/staff/harvests?done=added")
            let source = try #require(try await registry.sources().first)
            #expect(source.libraryCode == "GUSU" && source.metadataPrefix == .oaiDC && source.enabled)
            let listed = String(buffer: try await get(client, "/staff/harvests?done=added", browser).body)
            #expect(listed.contains("Source added.") && listed.contains("http://example.org/oai"))
            #expect(listed.contains(#"id="source-\#(source.id)""#) && listed.contains(#"id="disable-\#(source.id)""#))
            let edited = try await post(
                client, "/staff/harvests/\(source.id)",
                "csrf_token=\(csrf)&baseURL=https%3A%2F%2Fexample.org%2Foai&setSpec=books&prefix=marc21"
                    + "&intervalHours=6&enabled=true", browser)
            #expect(edited.status == .found)
            let changed = try #require(try await registry.source(id: source.id))
            #expect(changed.baseURL == "https://example.org/oai" && changed.setSpec == "books")
            #expect(changed.intervalHours == 6 && changed.metadataPrefix == .marc21)
            let twin = try await registry.add(
                HarvestSourceDraft(libraryCode: "GUSU", baseURL: "http://example.org/other", intervalHours: 1))
            let clash = try await post(
                client, "/staff/harvests/\(twin.id)",
                "csrf_token=\(csrf)&baseURL=https%3A%2F%2Fexample.org%2Foai&setSpec=books&prefix=marc21"
                    + "&intervalHours=6", browser)
            #expect(clash.status == .badRequest)
            #expect(String(buffer: clash.body).contains("This library already harvests this source."))
            try await registry.delete(twin.id)
            let badEdit = try await post(
                client, "/staff/harvests/\(source.id)",
                "csrf_token=\(csrf)&baseURL=nonsense&prefix=marc21&intervalHours=x", browser)
            #expect(badEdit.status == .badRequest && String(buffer: badEdit.body).contains(#"id="problem-baseURL""#))
            #expect(try await registry.source(id: source.id)?.baseURL == "https://example.org/oai")
            let disabled = try await post(client, "/staff/harvests/\(source.id)/enabled", "csrf_token=\(csrf)", browser)
            #expect(disabled.status == .found)
            #expect(try await registry.source(id: source.id)?.enabled == false)
            let list = String(buffer: try await get(client, "/staff/harvests", browser).body)
            #expect(list.contains(#"id="enable-\#(source.id)""#))
            let unconfirmed = try await post(
                client, "/staff/harvests/\(source.id)/delete", "csrf_token=\(csrf)", browser)
            #expect(unconfirmed.status == .badRequest)
            #expect(String(buffer: unconfirmed.body).contains(#"id="problem-confirm""#))
            #expect(try await registry.source(id: source.id) != nil)
            let deleted = try await post(
                client, "/staff/harvests/\(source.id)/delete", "csrf_token=\(csrf)&confirm=yes", browser)
            #expect(deleted.status == .found && deleted.headers[.location] == "/staff/harvests?done=removed")
            #expect(try await registry.sources().isEmpty)
        }
        await fixture.node.shutdown()
    }

    @Test func staffReachOnlyTheSourcesOfTheirLibraries() async throws {
        let fixture = try await WebFixture.make()
        let registry = HarvestRegistry(database: fixture.node.database, clock: fixture.node.clock)
        let other = try await registry.add(
            HarvestSourceDraft(libraryCode: "WUZH", baseURL: "http://wuzhong.example/oai", intervalHours: 24))
        try await fixture.app.test(.router) { client in
            let anonymous = try await client.execute(uri: "/staff/harvests", method: .get)
            #expect(anonymous.status == .seeOther || anonymous.status == .found)
            var reader = BrowserSession()
            _ = try await reader.signIn(client, username: "reader", password: "reader-pass")
            #expect(try await get(client, "/staff/harvests", reader).status != .ok)
            var browser = BrowserSession()
            let csrf = try #require(try await browser.signIn(client, username: "gusu", password: "gusu-pass"))
            let page = String(buffer: try await get(client, "/staff/harvests", browser).body)
            #expect(!page.contains("wuzhong.example") && !page.contains(#"<option value="WUZH""#))
            #expect(try await get(client, "/staff/harvests/\(other.id)", browser).status == .forbidden)
            for path in ["", "/enabled", "/delete", "/harvest"] {
                let response = try await post(
                    client, "/staff/harvests/\(other.id)\(path)",
                    "csrf_token=\(csrf)&confirm=yes&baseURL=http%3A%2F%2Fx.example&prefix=marc21&intervalHours=1",
                    browser)
                #expect(response.status == .forbidden, "POST \(path)")
            }
            let outside = try await post(
                client, "/staff/harvests",
                "csrf_token=\(csrf)&baseURL=http%3A%2F%2Fx.example%2Foai&library=WUZH&prefix=marc21&intervalHours=1",
                browser)
            #expect(outside.status == .badRequest && String(buffer: outside.body).contains(#"id="problem-library""#))
            let own = try await post(
                client, "/staff/harvests",
                "csrf_token=\(csrf)&baseURL=http%3A%2F%2Fx.example%2Foai&library=GUSU&prefix=marc21&intervalHours=1",
                browser)
            #expect(own.status == .found)
        }
        #expect(try await registry.sources().map(\.libraryCode) == ["GUSU", "WUZH"])
        #expect(try await registry.source(id: other.id)?.baseURL == "http://wuzhong.example/oai")
        await fixture.node.shutdown()
    }

    @Test func thePageSpeaksChinese() async throws {
        let fixture = try await WebFixture.make()
        let registry = HarvestRegistry(database: fixture.node.database, clock: fixture.node.clock)
        _ = try await registry.add(HarvestSourceDraft(libraryCode: "GUSU", baseURL: "http://gusu.example/oai"))
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            _ = try #require(try await browser.signIn(client, username: "admin", password: "admin-pass"))
            let page = String(buffer: try await get(client, "/staff/harvests?lang=zh", browser).body)
            #expect(page.contains("定时采集") && page.contains("添加采集源") && page.contains("立即采集"))
            #expect(page.contains("从未运行") && page.contains(#"<label for="source-baseURL">基础网址</label>"#))
            let staff = String(buffer: try await get(client, "/staff?lang=zh", browser).body)
            #expect(staff.contains(#"href="/staff/harvests""#))
        }
        await fixture.node.shutdown()
    }
}
