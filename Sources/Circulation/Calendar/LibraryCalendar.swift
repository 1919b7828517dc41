import Foundation

/// When one library is open: weekly hours, closures (public holidays) and exceptions for single dates, on the
/// wall clocks of the library's time zone. Due dates and hold-shelf expiries are placed on open days with it.
public struct LibraryCalendar: Sendable, Hashable {
    /// The zone of the library's wall clocks (`Asia/Shanghai`).
    public var timeZone: TimeZone
    /// Opening periods for each weekday; a weekday left out (or empty) is a weekly closing day.
    public var weeklyHours: [Weekday: [OpeningPeriod]]
    public var closures: [Closure]
    /// Dates whose hours replace both the weekly hours and any closure.
    public var exceptions: [HoursException]

    /// How far ahead a due date may be pushed looking for an open day.
    public static let searchLimitDays = 366

    public init(
        timeZone: TimeZone, weeklyHours: [Weekday: [OpeningPeriod]], closures: [Closure] = [],
        exceptions: [HoursException] = []
    ) {
        self.timeZone = timeZone
        self.weeklyHours = weeklyHours
        self.closures = closures
        self.exceptions = exceptions
    }

    /// The opening periods of `date`, earliest first; empty on a closed day.
    public func periods(on date: LocalDate) -> [OpeningPeriod] {
        if let exception = exceptions.last(where: { $0.date == date }) {
            return exception.periods.sorted { $0.opens < $1.opens }
        }
        if closures.contains(where: { $0.contains(date) }) { return [] }
        return (weeklyHours[date.weekday] ?? []).sorted { $0.opens < $1.opens }
    }

    /// Whether the library opens at all on `date`.
    public func isOpen(on date: LocalDate) -> Bool { !periods(on: date).isEmpty }

    /// Whether the doors are open at the instant `epochSeconds`.
    public func isOpen(at epochSeconds: Int64) -> Bool {
        let date = LocalDate(epochSeconds: epochSeconds, in: timeZone)
        return periods(on: date).contains { period in
            date.epochSeconds(at: period.opens, in: timeZone) <= epochSeconds
                && epochSeconds < date.epochSeconds(at: period.closes, in: timeZone)
        }
    }

    /// The first open day on or after `date`, looking at most a year ahead.
    public func firstOpenDay(onOrAfter date: LocalDate) -> LocalDate? {
        (0...Self.searchLimitDays).lazy.map { date.adding(days: $0) }.first { isOpen(on: $0) }
    }

    /// The instant `date` closes for the day (the end of its last period), nil on a closed day.
    public func closingTime(on date: LocalDate) -> Int64? {
        guard let last = periods(on: date).map(\.closes).max() else { return nil }
        return date.epochSeconds(at: last, in: timeZone)
    }

    /// How many days after `start` up to and including `end` the library is open (0 when `end <= start`).
    public func openDays(after start: LocalDate, through end: LocalDate) -> Int {
        guard end > start else { return 0 }
        return (1...(end.daysSinceEpoch - start.daysSinceEpoch)).filter { isOpen(on: start.adding(days: $0)) }.count
    }
}
