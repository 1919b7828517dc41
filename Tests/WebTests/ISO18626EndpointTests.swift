import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ISO18626
import PinakesApp
import PinakesCore
import PinakesTestSupport
import SQLKit
import Sharing
import Testing

/// `/iso18626` through the router: the crosslink broker's messages replayed, and hostile input refused with the
/// ISO 18626 error it deserves while nothing but the audit of the refusal is stored.
@Suite struct ISO18626EndpointTests {
    /// Whether the crosslink samples are beside the checkout (CI puts `../shared` there).
    static var hasSamples: Bool { FileManager.default.fileExists(atPath: samples.path) }

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/protocol-samples/crosslink/iso18626")

    /// The deliberately invalid samples and the error each must get.
    static let invalid: [String: ErrorType] = [
        "msg-invalid.xml": .badlyFormedMessage, "reqmsg-invalid-action.xml": .unsupportedActionType,
        "supmsg-invalid-status.xml": .unrecognisedDataValue,
        "supmsg-invalid-reason.xml": .unsupportedReasonForMessageType,
    ]

    /// A node addressed as the broker, with the samples' agencies as open peers.
    static func broker() async throws -> WebFixture {
        let fixture = try await WebFixture.make()
        let directory = fixture.node.sharing.directory
        for value in ["BROKER", "SLNP_TWO_A", "SUP_A"] {
            _ = try await directory.addOwnAgency(AgencyID(value: value), library: "SZ", actor: "test")
        }
        for value in ["REQ", "DE-6", "SLNP_ONE", "SUP", "SUP1", "SUP_B", "REQ-CANCEL-{index}"] {
            try await directory.save(
                Peer(agency: AgencyID(value: value), name: value, endpoint: "http://127.0.0.1:9/iso18626"),
                actor: "test")
        }
        try await directory.save(
            Peer(agency: AgencyID(value: "SECURE"), name: "Secure", endpoint: "http://127.0.0.1:9/iso18626"),
            incomingSecurityCode: "right-code", actor: "test")
        var settings = SharingSettings()
        settings.autoSupply = false
        try await directory.saveSettings(settings, actor: "test")
        return fixture
    }

    static func post(_ client: some TestClientProtocol, _ body: [UInt8]) async throws -> (HTTPResponse.Status, String) {
        let response = try await client.execute(
            uri: "/iso18626", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(bytes: body))
        return (response.status, String(buffer: response.body))
    }

    /// The confirmation as our reader sees it (and so validated against the v1.2 schema).
    static func confirmation(_ text: String) throws -> ISO18626Message {
        try ISO18626Reader().read(text).get().message
    }

    @Test(.enabled(if: hasSamples, "needs ../shared/data"))
    func everyCrosslinkSampleIsConfirmedAndTheInvalidOnesGetTheirErrorType() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter {
            $0.hasSuffix(".xml")
        }.sorted()
        try #require(files.count == 34, "expected the 34 crosslink samples in \(Self.samples.path)")
        let fixture = try await Self.broker()
        let accepted = try await fixture.app.test(.router) { client -> [String] in
            var accepted: [String] = []
            for file in files {
                let bytes = [UInt8](try Data(contentsOf: Self.samples.appendingPathComponent(file)))
                let (status, text) = try await Self.post(client, bytes)
                #expect(status == .ok, "\(file): HTTP \(status)")
                let answer = try Self.confirmation(text)
                #expect(answer.kind.isConfirmation, "\(file): \(answer.kind)")
                let header = try #require(answer.confirmationHeader, "\(file)")
                if let expected = Self.invalid[file] {
                    #expect(header.messageStatus == .error, "\(file)")
                    #expect(answer.errorData?.errorType == expected, "\(file): \(String(describing: answer.errorData))")
                } else if header.messageStatus == .ok {
                    accepted.append(file)
                } else {
                    // A business refusal: well formed, with a reason a librarian can read.
                    #expect(answer.errorData?.errorValue?.isEmpty == false, "\(file)")
                }
            }
            return accepted
        }
        // Every new request with an id of its own is accepted into the lending queue.
        for file in [
            "catalog-request-1.xml", "request-loaned.xml", "request-unfilled.xml", "request-willsupply-loaned.xml",
        ] {
            #expect(accepted.contains(file), "\(file) was not accepted: \(accepted)")
        }
        let queue = try await fixture.node.sharing.list(.lending)
        #expect(queue.count >= 10)
        #expect(queue.allSatisfy { $0.status == "received" })
        await fixture.node.shutdown()
    }

    @Test(.enabled(if: hasSamples, "needs ../shared/data"))
    func aDuplicateMessageGetsTheSameConfirmationAndStoresNothingNew() async throws {
        let fixture = try await Self.broker()
        let bytes = [UInt8](try Data(contentsOf: Self.samples.appendingPathComponent("request-loaned.xml")))
        try await fixture.app.test(.router) { client in
            let (_, first) = try await Self.post(client, bytes)
            let (_, second) = try await Self.post(client, bytes)
            #expect(first == second)
            #expect(try Self.confirmation(first).confirmationHeader?.messageStatus == .ok)
            // The same request id again in a new message is refused: the id is taken.
            var text = String(decoding: bytes, as: UTF8.self)
            text = text.replacingOccurrences(of: "2024-11-28T10:25:11.136Z", with: "2024-11-28T10:26:00.000Z")
            let (_, third) = try await Self.post(client, Array(text.utf8))
            let refused = try Self.confirmation(third)
            #expect(refused.confirmationHeader?.messageStatus == .error)
            #expect(refused.errorData?.errorType == .unrecognisedDataValue)
        }
        #expect(try await fixture.node.sharing.list(.lending).count == 1)
        await fixture.node.shutdown()
    }

    @Test(arguments: HostileInput.allCases)
    func hostileInputIsRefusedAndOnlyTheRefusalIsAudited(_ input: HostileInput) async throws {
        let fixture = try await Self.broker()
        try await fixture.app.test(.router) { client in
            if let setup = input.setup { _ = try await Self.post(client, setup) }
        }
        let before = try await Self.counts(fixture.node.database)
        let stateBefore = try await fixture.node.sharing.list(.lending).map(\.stateJSON)
        try await fixture.app.test(.router) { client in
            let (status, text) = try await Self.post(client, input.body)
            #expect(status == .ok)
            let answer = try Self.confirmation(text)
            #expect(answer.confirmationHeader?.messageStatus == .error, "\(input)")
            #expect(answer.errorData?.errorType == input.expected, "\(input): \(String(describing: answer.errorData))")
            #expect(!text.contains("root:x:0:0"))
        }
        let after = try await Self.counts(fixture.node.database)
        #expect(after.requests == before.requests && after.messages == before.messages, "\(input)")
        #expect(after.refusals == before.refusals + 1, "\(input)")
        #expect(try await fixture.node.sharing.list(.lending).map(\.stateJSON) == stateBefore)
        await fixture.node.shutdown()
    }

    static func counts(_ database: Database) async throws -> (requests: Int, messages: Int, refusals: Int) {
        try await database.withConnection { sql in
            func count(_ query: String) async throws -> Int {
                try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int.self) ?? 0
            }
            return (
                try await count("SELECT COUNT(*) AS n FROM ill_request"),
                try await count("SELECT COUNT(*) AS n FROM ill_message"),
                try await count("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'iso18626.refused'")
            )
        }
    }
}
