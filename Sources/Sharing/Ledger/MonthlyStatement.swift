import Foundation
import ISO18626

/// One member's statement for one calendar month in its time zone: every ledger line it took part in, totals
/// owed to it and by it, its net position, subtotals per counterpart, and counts of services. Each currency is
/// kept apart. Build it with `make(member:year:month:timeZone:entries:counterpartNames:)`.
public struct MonthlyStatement: Sendable, Hashable {
    /// The member the statement is for.
    public var member: AgencyID
    /// Calendar year.
    public var year: Int
    /// Calendar month, 1…12.
    public var month: Int
    /// The time zone the month's boundaries are drawn in.
    public var timeZone: TimeZone
    /// First instant of the month.
    public var periodStart: Date
    /// First instant of the next month (not included).
    public var periodEnd: Date
    /// Lines in booking order.
    public var lines: [StatementLine]
    /// Totals per currency, ordered by currency code.
    public var totals: [StatementTotal]
    /// Totals per counterpart and currency, ordered by counterpart then currency.
    public var counterparts: [CounterpartSubtotal]
    /// Services supplied and received.
    public var counts: StatementCounts
    /// Names of counterparts for display; an agency without a name is shown by its id.
    public var counterpartNames: [AgencyID: String]

    /// The counterpart's display name.
    public func name(of agency: AgencyID) -> String {
        counterpartNames[agency] ?? agency.description
    }

    /// The total in one currency, when the month has any line in it.
    public func total(in currency: String) -> StatementTotal? {
        totals.first { $0.currency == currency }
    }
}
