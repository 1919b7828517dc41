import Catalog
import PinakesCore
import SQLKit

/// The SQL of fines, payments and waivers.
enum FineRows {
    static func charge(
        reader: Identifier<Reader>, loan: Identifier<Loan>?, copy: Identifier<Item>?, kind: String, amountCents: Int,
        note: String, at: Int64, on sql: any SQLDatabase
    ) async throws {
        guard amountCents > 0 else { return }
        try await sql.raw(
            """
            INSERT INTO circ_fine (reader_id, loan_id, copy_id, kind, amount_cents, note, created_at)
            VALUES (\(bind: reader.rawValue), \(bind: loan?.rawValue), \(bind: copy?.rawValue), \(bind: kind),
                \(bind: amountCents), \(bind: note), \(bind: at))
            """
        ).run()
    }

    /// Unpaid fines of a reader, oldest first: id and what is still owed.
    static func unpaid(reader: Identifier<Reader>, on sql: any SQLDatabase) async throws -> [(id: Int64, owed: Int)] {
        try await sql.raw(
            """
            SELECT id, amount_cents - paid_cents - waived_cents AS owed FROM circ_fine
            WHERE reader_id = \(bind: reader.rawValue) AND amount_cents > paid_cents + waived_cents
            ORDER BY created_at, id
            """
        ).all().map { row in
            (try row.decode(column: "id", as: Int64.self), Int(try row.decode(column: "owed", as: Int64.self)))
        }
    }
}

/// The SQL of the notices outbox. Each notice has an occasion key (`hold-ready:42:1767225600`), unique, so a
/// notice the machines ask for twice is stored, and sent, once.
enum NoticeRows {
    static func occasion(_ notice: Notice, loan: Identifier<Loan>?, hold: Identifier<Hold>?) -> String {
        let subject = hold.map { "hold-\($0)" } ?? loan.map { "loan-\($0)" } ?? "reader-\(notice.reader)"
        return "\(notice.kind.rawValue):\(subject):\(notice.deadline.map(String.init) ?? "-")"
    }

    static func queue(
        _ notice: Notice, loan: Identifier<Loan>?, hold: Identifier<Hold>?, on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO circ_notice (reader_id, kind, occasion, copy_id, library_id, deadline, created_at, status)
            VALUES (\(bind: notice.reader.rawValue), \(bind: notice.kind.rawValue),
                \(bind: occasion(notice, loan: loan, hold: hold)), \(bind: notice.copy?.rawValue),
                \(bind: notice.library?.rawValue), \(bind: notice.deadline), \(bind: notice.at), 'pending')
            ON CONFLICT (occasion) DO NOTHING
            """
        ).run()
    }
}
