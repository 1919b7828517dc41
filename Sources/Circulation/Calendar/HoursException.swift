/// Hours for one date that replace the weekly hours and any closure: a Sunday opened for a reading festival,
/// a short day before a holiday, or no periods at all for a one-day closure.
public struct HoursException: Sendable, Hashable, Codable {
    public var date: LocalDate
    /// The periods of that day; empty means closed.
    public var periods: [OpeningPeriod]
    public var note: String

    public init(date: LocalDate, periods: [OpeningPeriod], note: String = "") {
        self.date = date
        self.periods = periods
        self.note = note
    }
}
