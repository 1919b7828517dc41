/// The answer to a request: received OK, or refused (ISO 18626 `requestConfirmation`).
public struct RequestConfirmation: Hashable, Sendable, Codable {
    /// `confirmationHeader`.
    public var confirmationHeader: ConfirmationHeader
    /// `errorData`, when the message status is ERROR.
    public var errorData: ErrorData?

    /// Creates a request confirmation.
    public init(confirmationHeader: ConfirmationHeader, errorData: ErrorData? = nil) {
        self.confirmationHeader = confirmationHeader
        self.errorData = errorData
    }
}
