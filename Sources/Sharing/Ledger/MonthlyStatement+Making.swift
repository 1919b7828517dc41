import Foundation
import ISO18626

extension MonthlyStatement {
    /// The statement of `member` for `year`-`month`, the month's boundaries taken in `timeZone` (a line booked at
    /// 23:30 on 31 May in Shanghai belongs to May there, whatever UTC says). Entries of other members and other
    /// months are ignored.
    public static func make(
        member: AgencyID, year: Int, month: Int, timeZone: TimeZone, entries: [LedgerEntry],
        counterpartNames: [AgencyID: String] = [:]
    ) throws(StatementError) -> MonthlyStatement {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard (1...12).contains(month),
            let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
            let end = calendar.date(byAdding: .month, value: 1, to: start)
        else { throw .invalidMonth(year: year, month: month) }
        let lines =
            entries
            .filter { $0.bookedAt >= start && $0.bookedAt < end }
            .sorted { ($0.bookedAt, $0.id) < ($1.bookedAt, $1.id) }
            .compactMap { line(for: $0, member: member, calendar: calendar) }
        return MonthlyStatement(
            member: member, year: year, month: month, timeZone: timeZone, periodStart: start, periodEnd: end,
            lines: lines, totals: totals(of: lines), counterparts: subtotals(of: lines), counts: counts(of: lines),
            counterpartNames: counterpartNames)
    }

    static func line(for entry: LedgerEntry, member: AgencyID, calendar: Calendar) -> StatementLine? {
        let role: StatementRole
        let counterpart: AgencyID
        if entry.lender == member {
            (role, counterpart) = (.lent, entry.borrower)
        } else if entry.borrower == member {
            (role, counterpart) = (.borrowed, entry.lender)
        } else {
            return nil
        }
        return StatementLine(
            entryID: entry.id, date: entry.bookedAt, localDate: localDate(entry.bookedAt, calendar: calendar),
            requestID: entry.requestID, counterpart: counterpart, role: role, service: entry.service,
            kind: entry.kind, amountCents: entry.amountCents, currency: entry.currency,
            description: entry.description)
    }

    static func localDate(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }

    static func totals(of lines: [StatementLine]) -> [StatementTotal] {
        var byCurrency: [String: StatementTotal] = [:]
        for line in lines {
            var total = byCurrency[line.currency] ?? StatementTotal(currency: line.currency)
            total.add(line)
            byCurrency[line.currency] = total
        }
        return byCurrency.values.sorted { $0.currency < $1.currency }
    }

    static func subtotals(of lines: [StatementLine]) -> [CounterpartSubtotal] {
        var byKey: [String: CounterpartSubtotal] = [:]
        for line in lines {
            let key = "\(line.counterpart.description)\u{1F}\(line.currency)"
            var subtotal = byKey[key] ?? CounterpartSubtotal(counterpart: line.counterpart, currency: line.currency)
            subtotal.add(line)
            byKey[key] = subtotal
        }
        return byKey.values.sorted {
            ($0.counterpart.type, $0.counterpart.value, $0.currency) < (
                $1.counterpart.type, $1.counterpart.value, $1.currency
            )
        }
    }

    static func counts(of lines: [StatementLine]) -> StatementCounts {
        var seen: Set<String> = []
        var counts = StatementCounts()
        for line in lines {
            let copy = line.service == .copy || line.kind == .copyFee
            let key = "\(line.role.rawValue)\u{1F}\(line.counterpart.description)\u{1F}\(line.requestID)"
            guard seen.insert(key).inserted else { continue }
            switch (line.role, copy) {
            case (.lent, false): counts.loansSupplied += 1
            case (.lent, true): counts.copiesSupplied += 1
            case (.borrowed, false): counts.loansReceived += 1
            case (.borrowed, true): counts.copiesReceived += 1
            }
        }
        return counts
    }
}
