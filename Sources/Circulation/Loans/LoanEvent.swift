/// What can happen to a loan.
public enum LoanEvent: Sendable, Hashable {
    case checkout(CheckoutRequest)
    case renew(RenewalRequest)
    /// The copy came back, at any library; the check-in decision says where it goes next.
    case checkin(LoanCheckin)
    /// The reader (or staff) declares the copy lost; the overdue fine to that day is charged.
    case declareLost(at: Int64, calendar: LibraryCalendar)
    /// The reader says the copy was returned though it was not checked in.
    case claimReturned(at: Int64)
    /// The notice run: due-soon notices within `dueSoonWindow` seconds of the due date, overdue after it.
    case sendNotices(at: Int64, dueSoonWindow: Int64)
}
