import Catalog
import Consortium
import Foundation
import PinakesCore
import SQLKit

extension CirculationDesk {
    /// Takes a payment: it settles the reader's oldest fines first; the receipt lists what it paid.
    public func pay(reader: Identifier<Reader>, amountCents: Int, library: String?, actor: String, note: String = "")
        async throws -> PaymentReceipt
    {
        let rules = try await policies.rules()
        let libraryID = try library.map { code throws(CirculationRefusal) in try rules.library(code: code).id }
        let now = clock.epochSeconds
        return try await write { sql in
            let unpaid = try await FineRows.unpaid(reader: reader, on: sql)
            let owed = unpaid.reduce(0) { $0 + $1.owed }
            guard amountCents > 0, amountCents <= owed else { throw CirculationRefusal.invalidAmount }
            var left = amountCents
            var lines: [PaymentLine] = []
            for fine in unpaid where left > 0 {
                let part = min(left, fine.owed)
                lines.append(PaymentLine(fine: fine.id, amountCents: part))
                left -= part
            }
            return try await book(
                "payment", reader: reader, lines: lines, library: libraryID, actor: actor, note: note, at: now,
                owedBefore: owed, on: sql)
        }
    }

    /// Waives a fine (all that is owed on it, or `amountCents` of it), with the reason noted.
    public func waive(fine: Int64, reader: Identifier<Reader>, amountCents: Int?, actor: String, note: String)
        async throws -> PaymentReceipt
    {
        let now = clock.epochSeconds
        return try await write { sql in
            let unpaid = try await FineRows.unpaid(reader: reader, on: sql)
            guard let entry = unpaid.first(where: { $0.id == fine }) else { throw CirculationRefusal.invalidAmount }
            let amount = amountCents ?? entry.owed
            guard amount > 0, amount <= entry.owed else { throw CirculationRefusal.invalidAmount }
            return try await book(
                "waiver", reader: reader, lines: [PaymentLine(fine: fine, amountCents: amount)], library: nil,
                actor: actor, note: note, at: now, owedBefore: unpaid.reduce(0) { $0 + $1.owed }, on: sql)
        }
    }

    private func book(
        _ kind: String, reader: Identifier<Reader>, lines: [PaymentLine], library: Identifier<Library>?,
        actor: String, note: String, at now: Int64, owedBefore: Int, on sql: any SQLDatabase
    ) async throws -> PaymentReceipt {
        let total = lines.reduce(0) { $0 + $1.amountCents }
        let stamp = LocalDate(epochSeconds: now, in: settings.timeZone).description.replacingOccurrences(
            of: "-", with: "")
        let row = try await sql.raw(
            """
            INSERT INTO circ_payment (reader_id, kind, amount_cents, receipt_number, library_id, actor, note, at)
            VALUES (\(bind: reader.rawValue), \(bind: kind), \(bind: total), \(bind: "pending-\(UUID().uuidString)"),
                \(bind: library?.rawValue), \(bind: actor), \(bind: note), \(bind: now))
            RETURNING id
            """
        ).first()
        let payment = try row?.decode(column: "id", as: Int64.self) ?? 0
        let number = "\(kind == "waiver" ? "W" : "R")\(stamp)-\(payment)"
        try await sql.raw("UPDATE circ_payment SET receipt_number = \(bind: number) WHERE id = \(bind: payment)").run()
        let column = kind == "waiver" ? "waived_cents" : "paid_cents"
        for line in lines {
            try await sql.raw(
                """
                INSERT INTO circ_payment_line (payment_id, fine_id, amount_cents)
                VALUES (\(bind: payment), \(bind: line.fine), \(bind: line.amountCents))
                """
            ).run()
            try await sql.raw(
                """
                UPDATE circ_fine SET \(unsafeRaw: column) = \(unsafeRaw: column) + \(bind: line.amountCents)
                WHERE id = \(bind: line.fine)
                """
            ).run()
        }
        try await CirculationRows.event(
            kind, at: now, actor: actor, library: library, reader: reader, detail: "\(number) \(total)", on: sql)
        try await AuditLog.record(
            on: sql, at: now, actor: actor, action: "fine.\(kind)", entity: "reader", entityID: reader.description,
            detail: "\(number) \(total) cents")
        return PaymentReceipt(
            receiptNumber: number, kind: kind, amountCents: total, at: now, lines: lines,
            owedAfterCents: owedBefore - total)
    }
}
