import Accounts
import Catalog
import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MARC
import PinakesApp
import PinakesCore
import PinakesTestSupport
import Web

/// A small consortium with accounts and items, served through the real router.
struct WebFixture {
    let node: PinakesNode
    let routes: RouteTable
    let app: Application<RouterResponder<PinakesRequestContext>>

    static func make(_ backend: Database.Backend = TestDatabase.primary) async throws -> WebFixture {
        let node = try await TestDatabase.node(backend)
        for library in [
            NewLibrary(code: "SZ", name: "Suzhou Library Consortium", nameZh: "苏州图书馆联盟"),
            NewLibrary(code: "CEN", name: "Central", nameZh: "总馆", type: .central),
            NewLibrary(code: "GUSU", name: "Gusu Branch", nameZh: "姑苏区分馆", parentCode: "CEN"),
            NewLibrary(code: "WUZH", name: "Wuzhong Branch", nameZh: "吴中区分馆", parentCode: "CEN"),
        ] {
            _ = try await node.libraries.add(library, actor: "test")
        }
        _ = try await node.accounts.add(username: "admin", password: "admin-pass", role: .admin, actor: "test")
        _ = try await node.accounts.add(
            username: "gusu", password: "gusu-pass", role: .staff, displayName: "Gusu librarian",
            libraryCodes: ["GUSU"],
            actor: "test")
        _ = try await node.accounts.add(username: "reader", password: "reader-pass", role: .reader, actor: "test")
        let record = Record(
            leader: Leader("00000nam a2200000 a 4500"),
            fields: [
                Field(tag: "001", value: "w1"),
                Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: "西游记")]),
                Field(tag: "952", subfields: [Subfield(code: "a", value: "GUSU"), Subfield(code: "p", value: "G-1")]),
                Field(tag: "952", subfields: [Subfield(code: "a", value: "WUZH"), Subfield(code: "p", value: "W-1")]),
            ])
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes([record]))
        _ = try await node.importer.importFile(file, libraryCode: "CEN", actor: "test")
        let pages = try await PageRenderer.load()
        let (router, routes) = WebApplication.buildRouter(services: node.webServices(), pages: pages)
        return WebFixture(node: node, routes: routes, app: Application(router: router))
    }
}

/// A browser-like session: keeps cookies and reads the CSRF token out of forms.
struct BrowserSession {
    var cookies: [String: String] = [:]

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }

    mutating func remember(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { cookies[pair[0]] = pair[1] }
        }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf_token" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs in through the login form; returns the CSRF token of the new session.
    mutating func signIn(_ client: some TestClientProtocol, username: String, password: String) async throws -> String?
    {
        let form = try await client.execute(uri: "/login", method: .get, headers: [:], body: nil)
        remember(form)
        let token = BrowserSession.csrfToken(in: String(buffer: form.body)) ?? ""
        let body = "csrf_token=\(token)&username=\(username)&password=\(password)&next=/staff"
        let response = try await client.execute(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookieHeader],
            body: ByteBuffer(string: body))
        remember(response)
        guard response.status == .found else { return nil }
        let staff = try await client.execute(uri: "/staff", method: .get, headers: [.cookie: cookieHeader], body: nil)
        return BrowserSession.csrfToken(in: String(buffer: staff.body))
    }
}
