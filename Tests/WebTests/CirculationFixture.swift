import Accounts
import Circulation
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PinakesCore
import PinakesTestSupport
import Testing
import Web

/// The web fixture with readers and tokens for the circulation tests.
struct CirculationFixture {
    let web: WebFixture
    /// A GUSU reader with the fixture's `reader` login attached.
    let reader: ReaderProfile
    /// Another GUSU reader, and a WUZH reader.
    let other: ReaderProfile
    let wuzhReader: ReaderProfile
    let gusuToken: String
    let adminToken: String
    let readerToken: String

    static func make(_ backend: Database.Backend = TestDatabase.primary) async throws -> CirculationFixture {
        let web = try await WebFixture.make(backend)
        let readers = web.node.circulation.readers
        var reader = try await readers.register(
            NewReader(name: "Lin Daiyu", category: .adult, homeLibrary: "GUSU", cardNumber: "C-LIN"), via: .desk,
            actor: "test")
        let login = try #require(
            try await web.node.accounts.authenticate(username: "reader", password: "reader-pass"))
        reader = try await readers.attachAccount(reader.id, account: login.userID.rawValue, actor: "test")
        let other = try await readers.register(
            NewReader(name: "Jia Baoyu", category: .adult, homeLibrary: "GUSU", cardNumber: "C-JIA"), via: .desk,
            actor: "test")
        let wuzh = try await readers.register(
            NewReader(name: "Xue Baochai", category: .adult, homeLibrary: "WUZH", cardNumber: "C-XUE"), via: .desk,
            actor: "test")
        return CirculationFixture(
            web: web, reader: reader, other: other, wuzhReader: wuzh, gusuToken: try await token(web, "gusu"),
            adminToken: try await token(web, "admin"), readerToken: try await token(web, "reader"))
    }

    static func token(_ web: WebFixture, _ username: String) async throws -> String {
        let principal = try #require(
            try await web.node.accounts.authenticate(username: username, password: "\(username)-pass"))
        return try await web.node.accounts.issueToken(for: principal, name: "test")
    }

    /// Sends `json` with the bearer token; `language` sets `Accept-Language`.
    static func call(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String,
        json: String? = nil, language: String = "en"
    ) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: method,
            headers: [
                .authorization: "Bearer \(token)", .contentType: "application/json", .acceptLanguage: language,
            ],
            body: json.map { ByteBuffer(string: $0) })
    }

    /// The JSON object of a response (empty when it is none), for use inside `#expect`.
    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONBody.object(response)) ?? [:]
    }

    /// The union-catalogue title of the fixture's record (西游记).
    static func titleID(_ client: some TestClientProtocol) async throws -> Int64 {
        let search = try JSONBody.object(
            try await client.execute(uri: "/api/v1/search?q=%E8%A5%BF%E6%B8%B8%E8%AE%B0&facets=false", method: .get))
        return try #require(JSONBody.ids(search).first)
    }
}
