import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PinakesApp
import Testing

@Suite struct StaffOfOneBranchCannotChangeAnotherBranchesItems {
    func token(_ fixture: WebFixture, _ username: String) async throws -> String {
        let principal = try #require(
            try await fixture.node.accounts.authenticate(username: username, password: "\(username)-pass"))
        return try await fixture.node.accounts.issueToken(for: principal, name: "test")
    }

    @Test func gusuStaffEditsGusuItemsButNotWuzhongItems() async throws {
        let fixture = try await WebFixture.make()
        let gusu = try await token(fixture, "gusu")
        try await fixture.app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(gusu)", .contentType: "application/json"]
            let own = try await client.execute(
                uri: "/api/v1/items/G-1", method: .patch, headers: auth,
                body: ByteBuffer(string: #"{"location":"Children"}"#))
            #expect(own.status == .ok)
            #expect(String(buffer: own.body).contains(#""location":"Children""#))
            let other = try await client.execute(
                uri: "/api/v1/items/W-1", method: .patch, headers: auth,
                body: ByteBuffer(string: #"{"status":"missing"}"#))
            #expect(other.status == .forbidden)
            #expect(String(buffer: other.body).contains("WUZH"))
            let move = try await client.execute(
                uri: "/api/v1/items/G-1", method: .patch, headers: auth,
                body: ByteBuffer(string: #"{"libraryCode":"WUZH"}"#))
            #expect(move.status == .forbidden)
        }
        #expect(try await fixture.node.catalog.item(barcode: "W-1")?.status == .available)
        #expect(try await fixture.node.catalog.item(barcode: "G-1")?.libraryCode == "GUSU")
        await fixture.node.shutdown()
    }

    @Test func administratorsChangeAnythingReadersNothing() async throws {
        let fixture = try await WebFixture.make()
        let admin = try await token(fixture, "admin")
        let reader = try await token(fixture, "reader")
        try await fixture.app.test(.router) { client in
            let body = ByteBuffer(string: #"{"libraryCode":"GUSU"}"#)
            let byReader = try await client.execute(
                uri: "/api/v1/items/W-1", method: .patch,
                headers: [.authorization: "Bearer \(reader)", .contentType: "application/json"], body: body)
            #expect(byReader.status == .forbidden)
            let byAdmin = try await client.execute(
                uri: "/api/v1/items/W-1", method: .patch,
                headers: [.authorization: "Bearer \(admin)", .contentType: "application/json"], body: body)
            #expect(byAdmin.status == .ok)
            let anonymous = try await client.execute(uri: "/api/v1/items/W-1", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.contentType] == "application/problem+json; charset=utf-8")
        }
        #expect(try await fixture.node.catalog.item(barcode: "W-1")?.libraryCode == "GUSU")
        await fixture.node.shutdown()
    }

    @Test func browserWritesNeedTheSessionsCSRFToken() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.app.test(.router) { client in
            var browser = BrowserSession()
            let csrf = try #require(try await browser.signIn(client, username: "gusu", password: "gusu-pass"))
            let body = ByteBuffer(string: #"{"location":"Local history"}"#)
            let without = try await client.execute(
                uri: "/api/v1/items/G-1", method: .patch,
                headers: [.cookie: browser.cookieHeader, .contentType: "application/json"], body: body)
            #expect(without.status == .forbidden)
            let with = try await client.execute(
                uri: "/api/v1/items/G-1", method: .patch,
                headers: [
                    .cookie: browser.cookieHeader, .contentType: "application/json",
                    HTTPField.Name("X-CSRF-Token")!: csrf,
                ],
                body: body)
            #expect(with.status == .ok)
        }
        await fixture.node.shutdown()
    }
}

@Suite struct EveryRouteStatesWhoMayCallIt {
    @Test func protectedRoutesRefuseAnonymousCallers() async throws {
        let fixture = try await WebFixture.make()
        let entries = fixture.routes.entries
        #expect(entries.count >= 14)
        try await fixture.app.test(.router) { client in
            let listed = try await client.execute(uri: "/api/v1/routes", method: .get)
            #expect(String(buffer: listed.body).contains(#""access":"admin""#))
            for entry in entries where entry.access != .anyone {
                let path = entry.path.replacingOccurrences(of: ":code", with: "CEN").replacingOccurrences(
                    of: ":barcode", with: "G-1")
                let response = try await client.execute(
                    uri: path, method: HTTPRequest.Method(entry.method)!, headers: [.accept: "application/json"],
                    body: ByteBuffer(string: "{}"))
                #expect(response.status == .unauthorized, "\(entry.method) \(entry.path) answered \(response.status)")
            }
        }
        await fixture.node.shutdown()
    }

    @Test func onlyAdministratorsAddLibraries() async throws {
        let fixture = try await WebFixture.make()
        let staff = try #require(try await fixture.node.accounts.authenticate(username: "gusu", password: "gusu-pass"))
        let admin = try #require(
            try await fixture.node.accounts.authenticate(username: "admin", password: "admin-pass"))
        let staffToken = try await fixture.node.accounts.issueToken(for: staff, name: "t")
        let adminToken = try await fixture.node.accounts.issueToken(for: admin, name: "t")
        try await fixture.app.test(.router) { client in
            let body = #"{"code":"BM1","name":"Bookmobile","type":"bookmobile","parent":"CEN"}"#
            let refused = try await client.execute(
                uri: "/api/v1/libraries", method: .post,
                headers: [.authorization: "Bearer \(staffToken)", .contentType: "application/json"],
                body: ByteBuffer(string: body))
            #expect(refused.status == .forbidden)
            let created = try await client.execute(
                uri: "/api/v1/libraries", method: .post,
                headers: [.authorization: "Bearer \(adminToken)", .contentType: "application/json"],
                body: ByteBuffer(string: body))
            #expect(created.status == .created && String(buffer: created.body).contains(#""parent":"CEN""#))
            let duplicate = try await client.execute(
                uri: "/api/v1/libraries", method: .post,
                headers: [.authorization: "Bearer \(adminToken)", .contentType: "application/json"],
                body: ByteBuffer(string: body))
            #expect(duplicate.status == .conflict)
        }
        await fixture.node.shutdown()
    }
}
