import Foundation

/// Builds the confirmation that answers an incoming message: `requestConfirmation` for a request,
/// `supplyingAgencyMessageConfirmation` for a supplying agency message, `requestingAgencyMessageConfirmation`
/// for a requesting agency message.
///
/// The confirmation copies the agencies, `requestingAgencyRequestId` and `multipleItemRequestId`, and echoes
/// `reasonForMessage` or `action`, as crosslink and mod-rs do. Confirmations themselves are never confirmed, so
/// both functions return `nil` for them.
public enum ISO18626Confirmation {
    /// Confirms an accepted message: OK, or ERROR when `errorData` is given (a business refusal such as
    /// "request with a given ID already exists").
    public static func confirming(
        _ message: ISO18626Message, timestampReceived: Date, timestamp: Date, errorData: ErrorData? = nil
    ) -> ISO18626Message? {
        guard let header = message.header else { return nil }
        let salvaged = SalvagedHeader(
            supplyingAgency: header.supplyingAgency, requestingAgency: header.requestingAgency,
            multipleItemRequestID: header.multipleItemRequestID, timestamp: header.timestamp,
            requestingAgencyRequestID: header.requestingAgencyRequestID,
            supplyingAgencyRequestID: header.supplyingAgencyRequestID)
        let echo = Echo(action: message.action, reasonForMessage: message.reasonForMessage)
        return confirmation(
            of: message.kind, header: salvaged, echo: echo, errorData: errorData,
            times: (timestamp, timestampReceived))
    }

    /// The ERROR confirmation for a refused message, addressed with what could be read of it; `nil` when the
    /// kind is unknown (answer at the HTTP level, for example 400 with `refusal.errorValue`) or a confirmation.
    public static func refusing(
        _ refusal: ISO18626Refusal, timestampReceived: Date, timestamp: Date
    ) -> ISO18626Message? {
        guard let kind = refusal.kind else { return nil }
        let echo = Echo(action: refusal.action, reasonForMessage: refusal.reasonForMessage)
        return confirmation(
            of: kind, header: refusal.header, echo: echo, errorData: refusal.errorData,
            times: (timestamp, timestampReceived))
    }

    /// The fields a confirmation repeats from the message it confirms.
    private struct Echo {
        var action: ILLAction?
        var reasonForMessage: ReasonForMessage?
    }

    private static func confirmation(
        of kind: ISO18626MessageKind, header: SalvagedHeader, echo: Echo, errorData: ErrorData?,
        times: (sent: Date, received: Date)
    ) -> ISO18626Message? {
        let confirmationHeader = ConfirmationHeader(
            supplyingAgency: header.supplyingAgency, requestingAgency: header.requestingAgency, timestamp: times.sent,
            requestingAgencyRequestID: header.requestingAgencyRequestID,
            multipleItemRequestID: header.multipleItemRequestID, timestampReceived: times.received,
            messageStatus: errorData == nil ? .ok : .error)
        switch kind {
        case .request:
            return .requestConfirmation(
                RequestConfirmation(confirmationHeader: confirmationHeader, errorData: errorData))
        case .supplyingAgencyMessage:
            return .supplyingAgencyMessageConfirmation(
                SupplyingAgencyMessageConfirmation(
                    confirmationHeader: confirmationHeader, reasonForMessage: echo.reasonForMessage,
                    errorData: errorData))
        case .requestingAgencyMessage:
            return .requestingAgencyMessageConfirmation(
                RequestingAgencyMessageConfirmation(
                    confirmationHeader: confirmationHeader, action: echo.action, errorData: errorData))
        case .requestConfirmation, .supplyingAgencyMessageConfirmation, .requestingAgencyMessageConfirmation:
            return nil
        }
    }
}
