/// Whether the receiver accepted a message (ISO 18626 `type_messageStatus` in every confirmation header).
public enum MessageStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case ok = "OK"
    case error = "ERROR"
}
