import Catalog
import Consortium
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// The reader's account as of now.
    public func account(of id: Identifier<Reader>) async throws -> ReaderAccount {
        let now = clock.epochSeconds
        return try await database.withConnection { sql in
            guard let reader = try await ReaderRows.profile(id: id, on: sql) else {
                throw PinakesError.notFound("no reader with id \(id)")
            }
            return ReaderAccount(
                reader: reader, loans: try await loans(of: id, open: true, at: now, on: sql),
                holds: try await holds(of: id, on: sql), fines: try await fines(of: id, on: sql),
                notices: try await notices(of: id, on: sql),
                history: reader.keepHistory ? try await loans(of: id, open: false, at: now, on: sql) : [])
        }
    }

    private func loans(of id: Identifier<Reader>, open: Bool, at now: Int64, on sql: any SQLDatabase) async throws
        -> [AccountLoan]
    {
        let rows = try await sql.raw(
            """
            SELECT c.id, c.state, c.ended_at, l.code, r.display, i.barcode FROM circ_loan c
            JOIN org_library l ON l.id = c.library_id JOIN item_copy i ON i.id = c.copy_id
            JOIN bib_source_record r ON r.id = i.record_id
            WHERE c.reader_id = \(bind: id.rawValue) AND c.ended_at IS \(unsafeRaw: open ? "NULL" : "NOT NULL")
            ORDER BY \(unsafeRaw: open ? "c.due_at, c.id" : "c.ended_at DESC, c.id DESC") LIMIT 500
            """
        ).all()
        return try rows.compactMap { row -> AccountLoan? in
            let loan = try CirculationRows.loan(from: row)
            guard let details = loan.state.details else { return nil }
            let barcode = try row.decode(column: "barcode", as: String.self)
            return AccountLoan(
                loan: loan.id, barcode: barcode,
                title: CirculationCopy.title(fromDisplay: try RowReader(row).string("display"), fallback: barcode),
                library: try row.decode(column: "code", as: String.self), status: loan.state.status,
                checkedOutAt: details.checkedOutAt, dueAt: details.dueAt, overdue: loan.state.isOverdue(at: now),
                renewals: details.renewals, renewalsLeft: max(0, details.rule.policy.maxRenewals - details.renewals),
                rule: details.rule.id, endedAt: try RowReader(row).int64("ended_at"))
        }
    }

    private func holds(of id: Identifier<Reader>, on sql: any SQLDatabase) async throws -> [AccountHold] {
        let rows = try await sql.raw(
            """
            SELECT h.id, h.state, h.cluster_id, h.copy_id, h.shelf_expires_at, l.code FROM circ_hold h
            JOIN org_library l ON l.id = h.pickup_library_id
            WHERE h.reader_id = \(bind: id.rawValue) AND h.status IN ('active', 'suspended', 'in-transit', 'ready-for-pickup')
            ORDER BY h.placed_at, h.id
            """
        ).all()
        var holds: [AccountHold] = []
        for row in rows {
            let hold = try CirculationRows.hold(from: row)
            let receipt = try await receipt(hold.id, on: sql)
            var suspendedUntil: Int64?
            var barcode: String?
            switch hold.state {
            case .suspended(_, let until): suspendedUntil = until
            case .inTransit(_, let capture), .readyForPickup(_, let capture, _): barcode = capture.copy.barcode
            default: break
            }
            holds.append(
                AccountHold(
                    hold: hold.id, title: receipt.title, status: hold.state.status,
                    pickupLibrary: try row.decode(column: "code", as: String.self),
                    placedAt: hold.state.details?.placedAt ?? 0, queuePosition: receipt.queuePosition,
                    shelfExpiresAt: try RowReader(row).int64("shelf_expires_at"), suspendedUntil: suspendedUntil,
                    barcode: barcode))
        }
        return holds
    }

    private func fines(of id: Identifier<Reader>, on sql: any SQLDatabase) async throws -> [AccountFine] {
        try await sql.raw(
            """
            SELECT f.id, f.kind, f.amount_cents, f.amount_cents - f.paid_cents - f.waived_cents AS owed, f.note,
                f.created_at, r.display, i.barcode
            FROM circ_fine f LEFT JOIN item_copy i ON i.id = f.copy_id LEFT JOIN bib_source_record r ON r.id = i.record_id
            WHERE f.reader_id = \(bind: id.rawValue) ORDER BY f.created_at DESC, f.id DESC LIMIT 200
            """
        ).all().map { row in
            let read = RowReader(row)
            return AccountFine(
                fine: try row.decode(column: "id", as: Int64.self),
                kind: try row.decode(column: "kind", as: String.self),
                amountCents: Int(try row.decode(column: "amount_cents", as: Int64.self)),
                owedCents: Int(try row.decode(column: "owed", as: Int64.self)),
                note: try row.decode(column: "note", as: String.self),
                title: try read.string("barcode").map {
                    CirculationCopy.title(fromDisplay: try read.string("display"), fallback: $0)
                },
                createdAt: try row.decode(column: "created_at", as: Int64.self))
        }
    }

    private func notices(of id: Identifier<Reader>, on sql: any SQLDatabase) async throws -> [AccountNotice] {
        try await sql.raw(
            """
            SELECT n.id, n.kind, n.status, n.deadline, n.created_at, n.sent_at, l.code, r.display, i.barcode, n.title
            FROM circ_notice n LEFT JOIN org_library l ON l.id = n.library_id
            LEFT JOIN item_copy i ON i.id = n.copy_id LEFT JOIN bib_source_record r ON r.id = i.record_id
            WHERE n.reader_id = \(bind: id.rawValue) ORDER BY n.created_at DESC, n.id DESC LIMIT 100
            """
        ).all().map { row in
            let read = RowReader(row)
            return AccountNotice(
                notice: try row.decode(column: "id", as: Int64.self),
                kind: NoticeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .dueSoon,
                status: try row.decode(column: "status", as: String.self),
                title: try read.string("barcode").map {
                    CirculationCopy.title(fromDisplay: try read.string("display"), fallback: $0)
                } ?? read.string("title"),
                library: try read.string("code"), deadline: try read.int64("deadline"),
                createdAt: try row.decode(column: "created_at", as: Int64.self), sentAt: try read.int64("sent_at"))
        }
    }
}
