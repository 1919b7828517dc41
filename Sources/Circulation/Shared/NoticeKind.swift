/// The notices circulation sends a reader.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    case dueSoon = "due-soon"
    case overdue
    case holdReady = "hold-ready"
    case holdExpired = "hold-expired"
}
