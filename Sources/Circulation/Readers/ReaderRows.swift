import Consortium
import PinakesCore
import SQLKit

/// The SQL that reads readers, shared by the registry and the desk (inside the desk's transactions).
enum ReaderRows {
    static let selection = """
        SELECT r.id, r.name, r.category, r.home_library_id, l.code AS home_code, r.email, r.phone, r.status,
            r.registered_via, r.valid_through, r.keep_history, r.link_group, r.account_id, r.note,
            r.pin_hash IS NOT NULL AS has_pin, c.card_number,
            (SELECT CAST(COALESCE(SUM(f.amount_cents - f.paid_cents - f.waived_cents), 0) AS BIGINT) FROM circ_fine f
                WHERE f.reader_id = r.id) AS owed,
            (SELECT COUNT(*) FROM patron_block b WHERE b.reader_id = r.id AND b.lifted_at IS NULL) AS block_count,
            (SELECT COUNT(*) FROM circ_loan o WHERE o.reader_id = r.id AND o.ended_at IS NULL) AS open_loans
        """
    static let tables = """
        FROM patron_reader r JOIN org_library l ON l.id = r.home_library_id
        LEFT JOIN patron_card c ON c.reader_id = r.id AND c.status = 'active'
        """
    static let columns = selection + " " + tables

    static func profile(id: Identifier<Reader>, on sql: any SQLDatabase) async throws -> ReaderProfile? {
        guard let row = try await sql.raw("\(unsafeRaw: columns) WHERE r.id = \(bind: id.rawValue)").first() else {
            return nil
        }
        return try await profile(from: row, on: sql)
    }

    /// The reader whose card this is. A card that was replaced or reported lost is refused with its reason, so
    /// a found old card cannot borrow on the account.
    static func profile(card: String, on sql: any SQLDatabase) async throws(CirculationRefusal) -> ReaderProfile {
        let trimmed = card.trimmingCharacters(in: .whitespaces)
        do {
            guard
                let row = try await sql.raw(
                    """
                    \(unsafeRaw: selection), k.status AS scanned_status
                    FROM patron_card k JOIN patron_reader r ON r.id = k.reader_id
                    JOIN org_library l ON l.id = r.home_library_id
                    LEFT JOIN patron_card c ON c.reader_id = r.id AND c.status = 'active'
                    WHERE k.card_number = \(bind: trimmed)
                    """
                ).first()
            else { throw CirculationRefusal.unknownCard(trimmed) }
            if try row.decode(column: "scanned_status", as: String.self) != "active" {
                throw CirculationRefusal.cardReplaced(trimmed)
            }
            return try await profile(from: row, on: sql)
        } catch let refusal as CirculationRefusal {
            throw refusal
        } catch {
            throw CirculationRefusal.unknownCard(trimmed)
        }
    }

    static func profile(from row: any SQLRow, on sql: any SQLDatabase) async throws -> ReaderProfile {
        let read = RowReader(row)
        let id = try row.decode(column: "id", as: Int64.self)
        var blocks: [ReaderBlockEntry] = []
        if try row.decode(column: "block_count", as: Int64.self) > 0 {
            blocks = try await sql.raw(
                """
                SELECT id, kind, note, created_at, created_by FROM patron_block
                WHERE reader_id = \(bind: id) AND lifted_at IS NULL ORDER BY id
                """
            ).all().map { row in
                ReaderBlockEntry(
                    id: try row.decode(column: "id", as: Int64.self),
                    kind: ReaderBlock(rawValue: try row.decode(column: "kind", as: String.self)) ?? .manual,
                    note: try row.decode(column: "note", as: String.self),
                    createdAt: try row.decode(column: "created_at", as: Int64.self),
                    createdBy: try row.decode(column: "created_by", as: String.self))
            }
        }
        return ReaderProfile(
            id: Identifier(id), name: try row.decode(column: "name", as: String.self),
            category: ReaderCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .adult,
            homeLibraryID: Identifier(try row.decode(column: "home_library_id", as: Int64.self)),
            homeLibraryCode: try row.decode(column: "home_code", as: String.self), email: try read.string("email"),
            phone: try read.string("phone"),
            status: ReaderStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending,
            registeredVia: RegistrationChannel(rawValue: try row.decode(column: "registered_via", as: String.self))
                ?? .desk,
            validThrough: try read.string("valid_through").flatMap(LocalDate.init),
            keepHistory: try row.decode(column: "keep_history", as: Bool.self), linkGroup: try read.int64("link_group"),
            cardNumber: try read.string("card_number"), blocks: blocks,
            owedCents: Int(try row.decode(column: "owed", as: Int64.self)), accountID: try read.int64("account_id"),
            note: try row.decode(column: "note", as: String.self),
            hasPIN: try row.decode(column: "has_pin", as: Bool.self),
            openLoans: Int(try row.decode(column: "open_loans", as: Int64.self)))
    }
}
