import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct ConfirmationsAnswerTheMessage {
    let reader: ISO18626Reader
    let received = instant("2025-03-01T01:30:01Z")
    let sent = instant("2025-03-01T01:30:02Z")

    init() throws {
        reader = try ISO18626Reader()
    }

    @Test func eachMessageGetsTheMatchingOKConfirmation() throws {
        let expected: [ISO18626MessageKind: ISO18626MessageKind] = [
            .request: .requestConfirmation, .supplyingAgencyMessage: .supplyingAgencyMessageConfirmation,
            .requestingAgencyMessage: .requestingAgencyMessageConfirmation,
        ]
        for message in TestMessages.everyKind where !message.kind.isConfirmation {
            let confirmation = try #require(
                ISO18626Confirmation.confirming(message, timestampReceived: received, timestamp: sent))
            #expect(confirmation.kind == expected[message.kind])
            #expect(message.kind.confirmed == confirmation.kind)
            let header = try #require(confirmation.confirmationHeader)
            #expect(header.messageStatus == .ok)
            #expect(header.requestingAgency == TestMessages.requester)
            #expect(header.supplyingAgency == TestMessages.supplier)
            #expect(header.requestingAgencyRequestID == "SZ-2025-000042")
            #expect(header.multipleItemRequestID == "MULTI-7")
            #expect(header.timestamp == sent)
            #expect(header.timestampReceived == received)
            #expect(confirmation.errorData == nil)
            #expect(try reader.read(ISO18626Writer.bytes(confirmation)).get().message == confirmation)
        }
    }

    @Test func confirmationsEchoActionAndReason() throws {
        let renew = ISO18626Message.requestingAgencyMessage(TestMessages.requestingAgencyMessage)
        #expect(ISO18626Confirmation.confirming(renew, timestampReceived: received, timestamp: sent)?.action == .renew)
        let response = ISO18626Message.supplyingAgencyMessage(TestMessages.supplyingAgencyMessage)
        let confirmation = ISO18626Confirmation.confirming(response, timestampReceived: received, timestamp: sent)
        #expect(confirmation?.reasonForMessage == .requestResponse)
    }

    @Test func businessErrorGivesAnErrorConfirmation() throws {
        let error = ErrorData(
            errorType: .unrecognisedDataValue,
            errorValue: "requestingAgencyRequestId: request with a given ID already exists")
        let confirmation = try #require(
            ISO18626Confirmation.confirming(
                .request(TestMessages.request), timestampReceived: received, timestamp: sent, errorData: error))
        #expect(confirmation.confirmationHeader?.messageStatus == .error)
        #expect(confirmation.errorData == error)
        #expect(reader.read(ISO18626Writer.bytes(confirmation)).value?.message == confirmation)
    }

    @Test func confirmationsAreNotConfirmed() throws {
        for message in TestMessages.everyKind where message.kind.isConfirmation {
            #expect(ISO18626Confirmation.confirming(message, timestampReceived: received, timestamp: sent) == nil)
        }
    }

    @Test func emptyRequestIDRefusalIsConfirmedToTheRequester() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("request-no-reqid.xml")).failure)
        let confirmation = try #require(
            ISO18626Confirmation.refusing(refusal, timestampReceived: received, timestamp: sent))
        #expect(confirmation.kind == .requestConfirmation)
        #expect(confirmation.requestingAgency == AgencyID(type: "ISIL", value: "REQ"))
        #expect(confirmation.errorData?.errorType == .unrecognisedDataValue)
        #expect(reader.read(ISO18626Writer.bytes(confirmation)).value != nil)
    }
}
