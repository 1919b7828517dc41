import Foundation
import ISO18626
import PinakesCore
import SQLKit

/// The SQL of `ill_ledger`: one booking per filled request and kind, the same on both agencies' nodes.
enum LedgerRows {
    /// Books a filled request's cost between lender and borrower (once: a second booking is ignored).
    static func book(
        record: ILLRequestRecord, lender: AgencyID, borrower: AgencyID, cents: Int, currency: String, at: Int64,
        on sql: any SQLDatabase
    ) async throws {
        let kind = record.service == .copy ? LedgerChargeKind.copyFee.rawValue : LedgerChargeKind.loanFee.rawValue
        let description = String(record.title.prefix(200))
        try await sql.raw(
            """
            INSERT INTO ill_ledger (request_id, requesting_request_id, booked_at, lender, borrower, member_library_id,
                service, kind, amount_cents, currency, description)
            VALUES (\(bind: record.id), \(bind: record.requestingRequestID), \(bind: at), \(bind: lender.description),
                \(bind: borrower.description), \(bind: record.libraryID), \(bind: record.service.rawValue),
                \(bind: kind), \(bind: cents), \(bind: currency), \(bind: description))
            ON CONFLICT DO NOTHING
            """
        ).run()
    }
}

extension LedgerRows {
    /// Bookings made in `[from, to)`, oldest first.
    static func entries(from: Int64, to: Int64, on sql: any SQLDatabase) async throws -> [LedgerEntry] {
        try await sql.raw(
            """
            SELECT id, requesting_request_id, booked_at, lender, borrower, service, kind, amount_cents, currency,
                description
            FROM ill_ledger WHERE booked_at >= \(bind: from) AND booked_at < \(bind: to) ORDER BY booked_at, id
            """
        ).all().map { row in
            LedgerEntry(
                id: try row.decode(column: "id", as: Int64.self),
                bookedAt: Date(
                    timeIntervalSince1970: TimeInterval(try row.decode(column: "booked_at", as: Int64.self))),
                requestID: try row.decode(column: "requesting_request_id", as: String.self),
                lender: SharingRows.agency(try row.decode(column: "lender", as: String.self)),
                borrower: SharingRows.agency(try row.decode(column: "borrower", as: String.self)),
                service: ServiceType(rawValue: try row.decode(column: "service", as: String.self)) ?? .loan,
                kind: LedgerChargeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .loanFee,
                amountCents: Int(try row.decode(column: "amount_cents", as: Int64.self)),
                currency: try row.decode(column: "currency", as: String.self),
                description: try row.decode(column: "description", as: String.self))
        }
    }
}

extension LedgerRows {
    /// Each agency's filled requests since `since`, as lender and as borrower, counted in the database (a
    /// request counts once however many lines it booked): what the rota's fairness score reads.
    static func fairness(since: Int64, on sql: any SQLDatabase) async throws -> FairnessTally {
        var tally = FairnessTally()
        for (column, lent) in [("lender", true), ("borrower", false)] {
            let rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: column) AS agency, COUNT(DISTINCT requesting_request_id) AS n FROM ill_ledger
                WHERE booked_at >= \(bind: since) AND lender <> borrower GROUP BY \(unsafeRaw: column)
                """
            ).all()
            for row in rows {
                let agency = SharingRows.agency(try row.decode(column: "agency", as: String.self))
                let count = Int(try row.decode(column: "n", as: Int64.self))
                if lent {
                    tally.counts[agency, default: FairnessCount()].lent = count
                } else {
                    tally.counts[agency, default: FairnessCount()].borrowed = count
                }
            }
        }
        return tally
    }
}
