/// Why a message was refused, sent in a confirmation's `errorData` (ISO 18626 `type_errorType`).
public enum ErrorType: String, CaseIterable, Sendable, Codable, Hashable {
    case unsupportedActionType = "UnsupportedActionType"
    case unsupportedReasonForMessageType = "UnsupportedReasonForMessageType"
    case unrecognisedDataElement = "UnrecognisedDataElement"
    case unrecognisedDataValue = "UnrecognisedDataValue"
    case badlyFormedMessage = "BadlyFormedMessage"
}
