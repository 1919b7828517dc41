import Foundation
import ISO18626
import Testing

@Suite(.enabled(if: CrosslinkSamples.isPresent, "needs ../shared/data")) struct InvalidSamplesAreRefusedLikeCrosslink {
    let reader: ISO18626Reader

    init() throws {
        reader = try ISO18626Reader()
    }

    @Test func emptyISO18626MessageIsBadlyFormedWithNothingToConfirm() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("msg-invalid.xml")).failure)
        #expect(refusal.errorType == .badlyFormedMessage)
        #expect(refusal.errorValue.hasPrefix("ISO18626Message holds no message"))
        #expect(refusal.kind == nil)
        #expect(ISO18626Confirmation.refusing(refusal, timestampReceived: .now, timestamp: .now) == nil)
    }

    @Test func unknownActionIsUnsupportedActionTypeNamingTheElement() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("reqmsg-invalid-action.xml")).failure)
        #expect(refusal.errorType == .unsupportedActionType)
        #expect(
            refusal.errorValue
                == "requestingAgencyMessage/action: 'WeCancelThisMessage' is not a valid action (line 23)")
        #expect(refusal.elementPath == "requestingAgencyMessage/action")
        #expect(refusal.line == 23)
        #expect(refusal.kind == .requestingAgencyMessage)
        #expect(refusal.action == nil)
        #expect(refusal.header.requestingAgency == AgencyID(type: "ISIL", value: "SLNP_ONE"))
        #expect(refusal.header.supplyingAgency == AgencyID(type: "ISIL", value: "SLNP_TWO_A"))
        #expect(refusal.header.requestingAgencyRequestID == "reqid")
        #expect(refusal.header.supplyingAgencyRequestID == "c488bef0-5735-4c33-ba13-a9f343447574")
        #expect(refusal.header.timestamp == instant("2024-12-12T20:12:00.629Z"))
    }

    @Test func unknownStatusIsUnrecognisedDataValueNamingTheElement() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("supmsg-invalid-status.xml")).failure)
        #expect(refusal.errorType == .unrecognisedDataValue)
        #expect(
            refusal.errorValue
                == "supplyingAgencyMessage/statusInfo/status: 'WeCouldLoan' is not a valid status (line 27)")
        #expect(refusal.kind == .supplyingAgencyMessage)
        #expect(refusal.reasonForMessage == .statusChange)
        #expect(refusal.header.requestingAgency == AgencyID(type: "ISIL", value: "BROKER"))
    }

    @Test func unknownReasonIsUnsupportedReasonForMessageTypeNamingTheElement() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("supmsg-invalid-reason.xml")).failure)
        #expect(refusal.errorType == .unsupportedReasonForMessageType)
        #expect(
            refusal.errorValue
                == "supplyingAgencyMessage/messageInfo/reasonForMessage: 'NoGoodReason' is not a valid reasonForMessage"
                + " (line 24)")
        #expect(refusal.reasonForMessage == nil)
        #expect(refusal.kind == .supplyingAgencyMessage)
    }

    @Test func refusedSupplyingAgencyMessageGetsAnErrorConfirmationThatValidates() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("supmsg-invalid-status.xml")).failure)
        let received = instant("2025-01-02T03:04:05.678Z")
        let sent = instant("2025-01-02T03:04:06Z")
        let confirmation = try #require(
            ISO18626Confirmation.refusing(refusal, timestampReceived: received, timestamp: sent))
        guard case .supplyingAgencyMessageConfirmation(let body) = confirmation else {
            Issue.record("expected a supplyingAgencyMessageConfirmation, got \(confirmation.kind)")
            return
        }
        #expect(body.confirmationHeader.messageStatus == .error)
        #expect(body.confirmationHeader.requestingAgencyRequestID == "reqid")
        #expect(body.confirmationHeader.supplyingAgency == AgencyID(type: "ISIL", value: "SUP"))
        #expect(body.confirmationHeader.timestampReceived == received)
        #expect(body.reasonForMessage == .statusChange)
        #expect(body.errorData == ErrorData(errorType: .unrecognisedDataValue, errorValue: refusal.errorValue))
        let reread = try reader.read(ISO18626Writer.bytes(confirmation)).get()
        #expect(reread.message == confirmation)
    }

    @Test func refusedRequestingAgencyMessageIsConfirmedWithoutEchoingTheBadAction() throws {
        let refusal = try #require(reader.read(CrosslinkSamples.bytes("reqmsg-invalid-action.xml")).failure)
        let confirmation = try #require(
            ISO18626Confirmation.refusing(refusal, timestampReceived: .now, timestamp: .now))
        #expect(confirmation.kind == .requestingAgencyMessageConfirmation)
        #expect(confirmation.action == nil)
        #expect(confirmation.errorData?.errorType == .unsupportedActionType)
        #expect(reader.read(ISO18626Writer.bytes(confirmation)).value != nil)
    }
}
