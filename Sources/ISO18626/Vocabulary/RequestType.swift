/// Whether a request is new, a retry of an earlier one, or a reminder (ISO 18626 `type_requestType`).
public enum RequestType: String, CaseIterable, Sendable, Codable, Hashable {
    case new = "New"
    case retry = "Retry"
    case reminder = "Reminder"
}
