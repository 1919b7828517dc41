/// The overdue fine of a loan: days after the due day up to the day it ends, open days or calendar days as the
/// rule says, times the rate, cut at the cap.
public enum OverdueFine {
    /// The fine for `details` ending at `end`, nil when nothing is owed (on time, or a rate of zero).
    public static func assess(_ details: LoanDetails, endingAt end: Int64, calendar: LibraryCalendar) -> FineCharge? {
        let policy = details.rule.policy
        guard end > details.dueAt, policy.finePerDayCents > 0 else { return nil }
        let dueDay = LocalDate(epochSeconds: details.dueAt, in: calendar.timeZone)
        let endDay = LocalDate(epochSeconds: end, in: calendar.timeZone)
        var days: Int
        switch policy.fineCounting {
        case .openDays: days = calendar.openDays(after: dueDay, through: endDay)
        case .calendarDays: days = max(0, endDay.daysSinceEpoch - dueDay.daysSinceEpoch)
        }
        // An hourly loan brought back late on its own day still owes one day.
        if case .hours = policy.loanPeriod, days == 0 { days = 1 }
        guard days > 0 else { return nil }
        let full = days * policy.finePerDayCents
        let amount = policy.fineCapCents.map { min(full, $0) } ?? full
        guard amount > 0 else { return nil }
        return FineCharge(
            reader: details.reader, copy: details.copy.id, days: days, perDayCents: policy.finePerDayCents,
            amountCents: amount, capped: amount < full)
    }
}
