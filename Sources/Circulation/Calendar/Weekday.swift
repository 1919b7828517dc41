/// A day of the week, as opening hours are written (Monday first, as in GB/T 7408 and ISO 8601).
public enum Weekday: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday
    case sunday

    /// The weekday of a day counted from 1970-01-01, which was a Thursday.
    init(daysSinceEpoch days: Int) {
        let index = ((days % 7) + 7 + 3) % 7
        self = Weekday.allCases[index]
    }
}
