/// The answer to a supplying agency message (ISO 18626 `supplyingAgencyMessageConfirmation`).
public struct SupplyingAgencyMessageConfirmation: Hashable, Sendable, Codable {
    /// `confirmationHeader`.
    public var confirmationHeader: ConfirmationHeader
    /// `reasonForMessage`, echoed from the message confirmed.
    public var reasonForMessage: ReasonForMessage?
    /// `errorData`, when the message status is ERROR.
    public var errorData: ErrorData?

    /// Creates a supplying agency message confirmation.
    public init(
        confirmationHeader: ConfirmationHeader, reasonForMessage: ReasonForMessage? = nil, errorData: ErrorData? = nil
    ) {
        self.confirmationHeader = confirmationHeader
        self.reasonForMessage = reasonForMessage
        self.errorData = errorData
    }
}
