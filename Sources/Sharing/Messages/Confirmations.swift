import Foundation
import ISO18626

/// Builds the confirmation that answers an incoming message (ISO 18626 section 8: every message is confirmed
/// with `messageStatus` OK or ERROR and, for ERROR, the `errorData`).
enum Confirmations {
    /// The confirmation of a message of `kind` with these header values.
    static func make(
        confirming kind: ISO18626MessageKind?, supplying: AgencyID?, requesting: AgencyID?, requestID: String?,
        multipleItemRequestID: String?, timestampReceived: Date?, error: ErrorData?, action: ILLAction?,
        reason: ReasonForMessage?, at: Date
    ) -> ISO18626Message {
        let header = ConfirmationHeader(
            supplyingAgency: supplying, requestingAgency: requesting, timestamp: at,
            requestingAgencyRequestID: requestID, multipleItemRequestID: multipleItemRequestID,
            timestampReceived: timestampReceived ?? at, messageStatus: error == nil ? .ok : .error)
        switch kind {
        case .supplyingAgencyMessage:
            return .supplyingAgencyMessageConfirmation(
                SupplyingAgencyMessageConfirmation(
                    confirmationHeader: header, reasonForMessage: reason, errorData: error))
        case .requestingAgencyMessage:
            return .requestingAgencyMessageConfirmation(
                RequestingAgencyMessageConfirmation(confirmationHeader: header, action: action, errorData: error))
        default:
            return .requestConfirmation(RequestConfirmation(confirmationHeader: header, errorData: error))
        }
    }

    /// The confirmation of an accepted (or refused) message we could read.
    static func make(for message: ISO18626Message, error: ErrorData?, at: Date) -> ISO18626Message {
        let header = message.header
        return make(
            confirming: message.kind, supplying: header?.supplyingAgency, requesting: header?.requestingAgency,
            requestID: header?.requestingAgencyRequestID, multipleItemRequestID: header?.multipleItemRequestID,
            timestampReceived: header?.timestamp, error: error, action: message.action,
            reason: message.reasonForMessage, at: at)
    }

    /// The ERROR confirmation of a message that could not be read, addressed from what was salvaged of it.
    static func make(for refusal: ISO18626Refusal, at: Date) -> ISO18626Message {
        make(
            confirming: refusal.kind, supplying: refusal.header.supplyingAgency,
            requesting: refusal.header.requestingAgency, requestID: refusal.header.requestingAgencyRequestID,
            multipleItemRequestID: refusal.header.multipleItemRequestID, timestampReceived: refusal.header.timestamp,
            error: refusal.errorData, action: refusal.action, reason: refusal.reasonForMessage, at: at)
    }
}
