/// The answer to a requesting agency message (ISO 18626 `requestingAgencyMessageConfirmation`).
public struct RequestingAgencyMessageConfirmation: Hashable, Sendable, Codable {
    /// `confirmationHeader`.
    public var confirmationHeader: ConfirmationHeader
    /// `action`, echoed from the message confirmed.
    public var action: ILLAction?
    /// `errorData`, when the message status is ERROR.
    public var errorData: ErrorData?

    /// Creates a requesting agency message confirmation.
    public init(confirmationHeader: ConfirmationHeader, action: ILLAction? = nil, errorData: ErrorData? = nil) {
        self.confirmationHeader = confirmationHeader
        self.action = action
        self.errorData = errorData
    }
}
