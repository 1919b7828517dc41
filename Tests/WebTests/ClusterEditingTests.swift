import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MARC
import PinakesCore
import PinakesTestSupport
import SQLKit
import Testing

@Suite struct StaffSplitAndMergeTitles {
    /// Two copies of one manifestation (same ISBN) from the Gusu branch, so they cluster together.
    func importTwins(_ fixture: WebFixture) async throws -> [(record: Int64, cluster: Int64)] {
        let records = ["t1", "t2"].map { id in
            Record(
                leader: Leader("00000nam a2200000 a 4500"),
                fields: [
                    Field(tag: "001", value: id),
                    Field(tag: "020", subfields: [Subfield(code: "a", value: "9787020002207")]),
                    Field(tag: "245", indicator1: "1", indicator2: "0", subfields: [Subfield(code: "a", value: "红楼梦")]),
                ])
        }
        let file = Fixtures.temporaryFile(try ISO2709Writer.bytes(records))
        _ = try await fixture.node.importer.importFile(file, libraryCode: "GUSU", actor: "test")
        let rows = try await fixture.node.database.withConnection { sql in
            try await sql.raw(
                "SELECT id, cluster_id FROM bib_source_record WHERE source_id IN ('t1', 't2') ORDER BY id"
            )
            .all()
        }
        return try rows.map {
            (try $0.decode(column: "id", as: Int64.self), try $0.decode(column: "cluster_id", as: Int64.self))
        }
    }

    func token(_ fixture: WebFixture, _ username: String, _ password: String) async throws -> String {
        let principal = try #require(
            try await fixture.node.accounts.authenticate(username: username, password: password))
        return try await fixture.node.accounts.issueToken(for: principal, name: "test")
    }

    @Test func readersMayNotSplitOrMergeStaffMay() async throws {
        let fixture = try await WebFixture.make()
        let twins = try await importTwins(fixture)
        #expect(twins.count == 2 && twins[0].cluster == twins[1].cluster)
        let reader = try await token(fixture, "reader", "reader-pass")
        let staff = try await token(fixture, "gusu", "gusu-pass")
        try await fixture.app.test(.router) { client in
            let split = "/api/v1/records/\(twins[1].record)/split"
            let anonymous = try await client.execute(uri: split, method: .post)
            #expect(anonymous.status == .unauthorized)
            let refused = try await client.execute(
                uri: split, method: .post, headers: [.authorization: "Bearer \(reader)"])
            #expect(refused.status == .forbidden)
            let done = try await client.execute(uri: split, method: .post, headers: [.authorization: "Bearer \(staff)"])
            #expect(done.status == .created)
            let body = try JSONBody.object(done)
            let newCluster = try #require((body["cluster"] as? NSNumber)?.int64Value)
            #expect(newCluster != twins[0].cluster && done.headers[.location] == "/api/v1/clusters/\(newCluster)")

            let merge = "/api/v1/clusters/\(newCluster)/merge"
            let json: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(reader)"]
            let intoOld = ByteBuffer(string: #"{"into": \#(twins[0].cluster)}"#)
            let readerMerge = try await client.execute(uri: merge, method: .post, headers: json, body: intoOld)
            #expect(readerMerge.status == .forbidden)
            var staffJSON = json
            staffJSON[.authorization] = "Bearer \(staff)"
            let badBody = try await client.execute(
                uri: merge, method: .post, headers: staffJSON, body: ByteBuffer(string: #"{"into": "x"}"#))
            #expect(badBody.status == .badRequest)
            let itself = try await client.execute(
                uri: merge, method: .post, headers: staffJSON, body: ByteBuffer(string: #"{"into": \#(newCluster)}"#))
            #expect(itself.status == .badRequest)
            let merged = try await client.execute(uri: merge, method: .post, headers: staffJSON, body: intoOld)
            #expect(merged.status == .ok)
            let unknown = try await client.execute(
                uri: "/api/v1/clusters/987654321/merge", method: .post, headers: staffJSON, body: intoOld)
            #expect(unknown.status == .notFound)
        }
        let clusters = try await fixture.node.database.withConnection { sql in
            try await sql.raw("SELECT DISTINCT cluster_id FROM bib_source_record WHERE source_id IN ('t1', 't2')").all()
        }
        #expect(clusters.count == 1)
        await fixture.node.shutdown()
    }

    @Test func cataloguersSplitAndMergeFromTheTitlePage() async throws {
        let fixture = try await WebFixture.make()
        let twins = try await importTwins(fixture)
        let title = "/titles/\(twins[0].cluster)"
        try await fixture.app.test(.router) { client in
            // Readers see no editing forms.
            let anonymous = String(buffer: try await client.execute(uri: title, method: .get).body)
            #expect(!anonymous.contains("/split") && !anonymous.contains("/merge"))
            var session = BrowserSession()
            let csrf = try #require(try await session.signIn(client, username: "gusu", password: "gusu-pass"))
            let page = String(
                buffer: try await client.execute(uri: title, method: .get, headers: [.cookie: session.cookieHeader])
                    .body)
            #expect(page.contains("action=\"\(title)/split\""))
            #expect(page.contains("action=\"\(title)/merge\""))
            let form: HTTPFields = [
                .contentType: "application/x-www-form-urlencoded", .cookie: session.cookieHeader,
            ]
            let forged = try await client.execute(
                uri: "\(title)/split", method: .post, headers: form,
                body: ByteBuffer(string: "csrf_token=wrong&record=\(twins[1].record)"))
            #expect(forged.status == .forbidden)
            let split = try await client.execute(
                uri: "\(title)/split", method: .post, headers: form,
                body: ByteBuffer(string: "csrf_token=\(csrf)&record=\(twins[1].record)"))
            #expect(split.status == .found)
            let location = try #require(split.headers[.location])
            let newCluster = try #require(Int64(location.replacingOccurrences(of: "/titles/", with: "")))
            #expect(newCluster != twins[0].cluster)
            let merged = try await client.execute(
                uri: "\(title)/merge", method: .post, headers: form,
                body: ByteBuffer(string: "csrf_token=\(csrf)&from=\(newCluster)"))
            #expect(merged.status == .found && merged.headers[.location] == title)
            let notANumber = try await client.execute(
                uri: "\(title)/merge", method: .post, headers: form,
                body: ByteBuffer(string: "csrf_token=\(csrf)&from=abc"))
            #expect(notANumber.status == .badRequest)
        }
        let clusters = try await fixture.node.database.withConnection { sql in
            try await sql.raw("SELECT DISTINCT cluster_id FROM bib_source_record WHERE source_id IN ('t1', 't2')").all()
        }
        #expect(clusters.count == 1)
        #expect(try await count(fixture, "SELECT COUNT(*) AS n FROM audit_event WHERE action LIKE 'cluster.%'") == 2)
        await fixture.node.shutdown()
    }

    func count(_ fixture: WebFixture, _ query: String) async throws -> Int {
        let row = try await fixture.node.database.withConnection { sql in
            try await sql.raw(SQLQueryString(query)).first()
        }
        return Int(try row?.decode(column: "n", as: Int64.self) ?? -1)
    }
}
