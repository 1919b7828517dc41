/// Which of the six ISO 18626 messages a document holds; the raw value is the element name.
public enum ISO18626MessageKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// `request`: A borrower asks for an item or a copy.
    case request
    /// `requestConfirmation`: The supplier acknowledges (or refuses) a request.
    case requestConfirmation
    /// `supplyingAgencyMessage`: The supplier answers or reports a status change.
    case supplyingAgencyMessage
    /// `supplyingAgencyMessageConfirmation`: The requester acknowledges a supplying agency message.
    case supplyingAgencyMessageConfirmation
    /// `requestingAgencyMessage`: The requester acts on a request: received, cancel, renew, shipped return….
    case requestingAgencyMessage
    /// `requestingAgencyMessageConfirmation`: The supplier acknowledges a requesting agency message.
    case requestingAgencyMessageConfirmation

    /// Whether this kind answers another message (and so is itself never confirmed).
    public var isConfirmation: Bool {
        confirmed == nil
    }

    /// The confirmation that answers this kind, or `nil` for the confirmations themselves.
    public var confirmed: ISO18626MessageKind? {
        switch self {
        case .request: return .requestConfirmation
        case .supplyingAgencyMessage: return .supplyingAgencyMessageConfirmation
        case .requestingAgencyMessage: return .requestingAgencyMessageConfirmation
        case .requestConfirmation, .supplyingAgencyMessageConfirmation, .requestingAgencyMessageConfirmation:
            return nil
        }
    }
}
