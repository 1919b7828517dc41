import Foundation
import ISO18626
import Sharing

/// Ledger lines between a few consortium members, booked at exact instants.
enum LedgerFixtures {
    static let central = AgencyID(value: "CN-SZ-CEN")
    static let university = AgencyID(value: "CN-SZ-UNI")
    static let museum = AgencyID(value: "CN-SZ-MUS")
    static let overseas = AgencyID(type: "OCLC", value: "NYU")
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3_600) ?? .current

    /// `2025-06-01T00:30:00+08:00` and the like.
    static func at(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func entry(
        _ id: Int64, _ when: String, request: String, lender: AgencyID, borrower: AgencyID,
        service: ServiceType = .loan, kind: LedgerChargeKind = .loanFee, cents: Int, currency: String = "CNY",
        description: String = ""
    ) -> LedgerEntry {
        LedgerEntry(
            id: id, bookedAt: at(when), requestID: request, lender: lender, borrower: borrower, service: service,
            kind: kind, amountCents: cents, currency: currency, description: description)
    }

    /// June 2025 for the central library: it lends a book to the university (fee and postage), receives a copy
    /// from the museum, and lends a copy abroad in dollars.
    static let june: [LedgerEntry] = [
        entry(1, "2025-06-03T10:00:00+08:00", request: "R-1", lender: central, borrower: university, cents: 1_000),
        entry(
            2, "2025-06-03T10:00:00+08:00", request: "R-1", lender: central, borrower: university, kind: .postage,
            cents: 250),
        entry(
            3, "2025-06-10T09:00:00+08:00", request: "R-2", lender: museum, borrower: central, service: .copy,
            kind: .copyFee, cents: 300),
        entry(
            4, "2025-06-20T15:00:00+08:00", request: "R-3", lender: central, borrower: overseas, service: .copy,
            kind: .copyFee, cents: 500, currency: "USD"),
        entry(5, "2025-06-21T15:00:00+08:00", request: "R-4", lender: university, borrower: museum, cents: 9_999),
    ]
}
