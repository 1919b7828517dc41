import Foundation

extension LibraryCalendar {
    /// The due instant of a loan of `loanDays` days checked out at `checkout`: the closing time of the day
    /// `loanDays` later on the library's wall calendar, or of the first open day after it when that day is
    /// closed. `timeZone` overrides the calendar's own zone (a bookmobile stop across a zone line).
    public func dueDate(from checkout: Int64, loanDays: Int, timeZone: TimeZone? = nil) throws(CirculationRefusal)
        -> Int64
    {
        var calendar = self
        if let timeZone { calendar.timeZone = timeZone }
        let target = LocalDate(epochSeconds: checkout, in: calendar.timeZone).adding(days: max(0, loanDays))
        guard let day = calendar.firstOpenDay(onOrAfter: target), let closing = calendar.closingTime(on: day) else {
            throw .noOpenDayAhead
        }
        return closing
    }

    /// The due instant of a loan of `loanDays` days checked out at `checkout`, as a `Date`.
    public func dueDate(from checkout: Date, loanDays: Int, timeZone: TimeZone? = nil) throws(CirculationRefusal)
        -> Date
    {
        let due = try dueDate(
            from: Int64(checkout.timeIntervalSince1970.rounded(.down)), loanDays: loanDays, timeZone: timeZone)
        return Date(timeIntervalSince1970: TimeInterval(due))
    }

    /// The due instant of an hourly loan (course reserve): `hours` after checkout, but never after the close of
    /// the opening period it was lent in, so it can be brought back before the doors shut.
    public func dueTime(from checkout: Int64, loanHours hours: Int) throws(CirculationRefusal) -> Int64 {
        let plain = checkout + Int64(max(0, hours)) * 3600
        let date = LocalDate(epochSeconds: checkout, in: timeZone)
        let closes = periods(on: date).map { date.epochSeconds(at: $0.closes, in: timeZone) }
        if let close = closes.filter({ $0 > checkout }).min() { return min(plain, close) }
        // Lent outside opening hours (a staff override): due when the next open day closes.
        return try dueDate(from: checkout, loanDays: 1)
    }
}
