import Foundation
import ISO18626
import PinakesCore

extension SharingDesk {
    /// Ledger bookings between two instants.
    public func ledgerEntries(from: Date, to: Date) async throws -> [LedgerEntry] {
        try await database.withReadConnection { sql in
            try await LedgerRows.entries(
                from: Int64(from.timeIntervalSince1970), to: Int64(to.timeIntervalSince1970), on: sql)
        }
    }

    /// The monthly statement of `member` (one of our agency ids, or a peer's), the month taken in the node's
    /// time zone, counterparts named from the directory.
    public func statement(member: AgencyID, year: Int, month: Int) async throws -> MonthlyStatement {
        let settings = try await directory.settings()
        let zone = TimeZone(identifier: settings.timeZone) ?? .current
        // Read a day either side: the statement keeps only the month's lines in its time zone.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard (1...12).contains(month),
            let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
            let end = calendar.date(byAdding: .month, value: 1, to: start)
        else { throw SharingRefusal.invalidInput("month: \(year)-\(month) is not a month") }
        let entries = try await ledgerEntries(
            from: start.addingTimeInterval(-86_400), to: end.addingTimeInterval(86_400))
        var names: [AgencyID: String] = [:]
        for peer in try await directory.peers() { names[peer.agency] = peer.name }
        do {
            return try MonthlyStatement.make(
                member: member, year: year, month: month, timeZone: zone, entries: entries, counterpartNames: names)
        } catch {
            throw SharingRefusal.invalidInput("statement: \(error)")
        }
    }
}
