/// Why a supplying agency sends a message (ISO 18626 closed list `type_reasonForMessage`, v1.2).
public enum ReasonForMessage: String, CaseIterable, Sendable, Codable, Hashable {
    case requestResponse = "RequestResponse"
    case statusRequestResponse = "StatusRequestResponse"
    case renewResponse = "RenewResponse"
    case cancelResponse = "CancelResponse"
    case statusChange = "StatusChange"
    case notification = "Notification"
}
