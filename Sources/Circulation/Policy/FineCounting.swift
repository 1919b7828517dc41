/// Which days an overdue fine counts.
public enum FineCounting: String, Sendable, Codable, CaseIterable {
    /// Only days the lending library is open (a reader cannot return a book to shut doors).
    case openDays = "open-days"
    /// Every day after the due date.
    case calendarDays = "calendar-days"
}
