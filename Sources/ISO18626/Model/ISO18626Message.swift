/// One ISO 18626 message, the content of an `ISO18626Message` document.
public enum ISO18626Message: Hashable, Sendable, Codable {
    /// `request`, from a requesting agency.
    case request(ILLRequest)
    /// `requestConfirmation`, the supplier's synchronous answer to a request.
    case requestConfirmation(RequestConfirmation)
    /// `supplyingAgencyMessage`, from a supplier.
    case supplyingAgencyMessage(SupplyingAgencyMessage)
    /// `supplyingAgencyMessageConfirmation`, the requester's answer to a supplying agency message.
    case supplyingAgencyMessageConfirmation(SupplyingAgencyMessageConfirmation)
    /// `requestingAgencyMessage`, from a requester.
    case requestingAgencyMessage(RequestingAgencyMessage)
    /// `requestingAgencyMessageConfirmation`, the supplier's answer to a requesting agency message.
    case requestingAgencyMessageConfirmation(RequestingAgencyMessageConfirmation)

    /// Which of the six messages this is.
    public var kind: ISO18626MessageKind {
        switch self {
        case .request: return .request
        case .requestConfirmation: return .requestConfirmation
        case .supplyingAgencyMessage: return .supplyingAgencyMessage
        case .supplyingAgencyMessageConfirmation: return .supplyingAgencyMessageConfirmation
        case .requestingAgencyMessage: return .requestingAgencyMessage
        case .requestingAgencyMessageConfirmation: return .requestingAgencyMessageConfirmation
        }
    }
}
