/// A borrower's action on a request: received, cancel, renew, shipped back… (ISO 18626 `requestingAgencyMessage`).
public struct RequestingAgencyMessage: Hashable, Sendable, Codable {
    /// `header`.
    public var header: MessageHeader
    /// `action`.
    public var action: ILLAction
    /// `note`, free text to the supplier.
    public var note: String?

    /// Creates a requesting agency message.
    public init(header: MessageHeader, action: ILLAction, note: String? = nil) {
        self.header = header
        self.action = action
        self.note = note
    }
}
