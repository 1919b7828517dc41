/// The notices circulation sends a reader.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    case dueSoon = "due-soon"
    case overdue
    case holdReady = "hold-ready"
    case holdExpired = "hold-expired"
    /// News of an interlibrary request (its `detail` says which: ready for pickup, copy delivered, unfilled…).
    case interlibrary
}
