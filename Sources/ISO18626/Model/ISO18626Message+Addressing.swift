import Foundation

/// What a server needs to route, store and answer a message without switching on its kind.
extension ISO18626Message {
    /// The `header` of a request, supplying agency message or requesting agency message; `nil` for confirmations.
    public var header: MessageHeader? {
        switch self {
        case .request(let request): return request.header
        case .supplyingAgencyMessage(let message): return message.header
        case .requestingAgencyMessage(let message): return message.header
        case .requestConfirmation, .supplyingAgencyMessageConfirmation, .requestingAgencyMessageConfirmation:
            return nil
        }
    }

    /// The `confirmationHeader` of a confirmation; `nil` for the other three kinds.
    public var confirmationHeader: ConfirmationHeader? {
        switch self {
        case .requestConfirmation(let confirmation): return confirmation.confirmationHeader
        case .supplyingAgencyMessageConfirmation(let confirmation): return confirmation.confirmationHeader
        case .requestingAgencyMessageConfirmation(let confirmation): return confirmation.confirmationHeader
        case .request, .supplyingAgencyMessage, .requestingAgencyMessage:
            return nil
        }
    }

    /// The `errorData` of a confirmation, if it reports an error.
    public var errorData: ErrorData? {
        switch self {
        case .requestConfirmation(let confirmation): return confirmation.errorData
        case .supplyingAgencyMessageConfirmation(let confirmation): return confirmation.errorData
        case .requestingAgencyMessageConfirmation(let confirmation): return confirmation.errorData
        case .request, .supplyingAgencyMessage, .requestingAgencyMessage:
            return nil
        }
    }

    /// The supplying agency, from whichever header the message has.
    public var supplyingAgency: AgencyID? {
        header?.supplyingAgency ?? confirmationHeader?.supplyingAgency
    }

    /// The requesting agency, from whichever header the message has.
    public var requestingAgency: AgencyID? {
        header?.requestingAgency ?? confirmationHeader?.requestingAgency
    }

    /// The requesting agency's request id, the key a transaction is found by.
    public var requestingAgencyRequestID: String? {
        header?.requestingAgencyRequestID ?? confirmationHeader?.requestingAgencyRequestID
    }

    /// The supplying agency's request id; confirmations do not carry one.
    public var supplyingAgencyRequestID: String? {
        header?.supplyingAgencyRequestID
    }

    /// The sender's `timestamp`.
    public var timestamp: Date {
        switch self {
        case .request(let request): return request.header.timestamp
        case .supplyingAgencyMessage(let message): return message.header.timestamp
        case .requestingAgencyMessage(let message): return message.header.timestamp
        case .requestConfirmation(let confirmation): return confirmation.confirmationHeader.timestamp
        case .supplyingAgencyMessageConfirmation(let confirmation): return confirmation.confirmationHeader.timestamp
        case .requestingAgencyMessageConfirmation(let confirmation): return confirmation.confirmationHeader.timestamp
        }
    }

    /// The `action` of a requesting agency message, or the one its confirmation echoes.
    public var action: ILLAction? {
        switch self {
        case .requestingAgencyMessage(let message): return message.action
        case .requestingAgencyMessageConfirmation(let confirmation): return confirmation.action
        default: return nil
        }
    }

    /// The `reasonForMessage` of a supplying agency message, or the one its confirmation echoes.
    public var reasonForMessage: ReasonForMessage? {
        switch self {
        case .supplyingAgencyMessage(let message): return message.messageInfo.reasonForMessage
        case .supplyingAgencyMessageConfirmation(let confirmation): return confirmation.reasonForMessage
        default: return nil
        }
    }
}
