extension CirculationExportTable {
    /// The reader's current card: a reader has at most one active card (index `patron_card_one_active`).
    private static func card(of reader: String, as alias: String) -> String {
        "LEFT JOIN patron_card \(alias) ON \(alias).reader_id = \(reader) AND \(alias).status = 'active'"
    }

    private static func column(_ header: String, _ name: String? = nil, _ kind: Kind = .text) -> Column {
        Column(header: header, name: name ?? header, kind: kind)
    }

    /// The files in the order they are written.
    static let all: [CirculationExportTable] = [readers, loans, holds, transits, fines, payments]

    static let readers = CirculationExportTable(
        file: "readers.csv",
        select: """
            SELECT r.id, c.card_number, r.name, r.category, l.code AS home_library, r.status, r.valid_through,
                CASE WHEN EXISTS (SELECT 1 FROM patron_block b WHERE b.reader_id = r.id AND b.lifted_at IS NULL)
                    THEN 1 ELSE 0 END AS blocked,
                r.email, r.phone, r.registered_via, r.created_at
            FROM patron_reader r JOIN org_library l ON l.id = r.home_library_id \(card(of: "r.id", as: "c"))
            """,
        key: "r.id",
        columns: [
            column("reader_id", "id", .integer), column("card_number"), column("name"), column("category"),
            column("home_library"), column("status"), column("valid_through"), column("blocked", nil, .flag),
            column("email"), column("phone"), column("registered_via"), column("registered_at", "created_at", .time),
        ])

    static let loans = CirculationExportTable(
        file: "loans.csv",
        select: """
            SELECT o.id, i.barcode, c.card_number, l.code AS library, o.status, o.checked_out_at, o.due_at,
                o.ended_at, e.code AS returned_library, o.renewals, o.rule_id
            FROM circ_loan o JOIN item_copy i ON i.id = o.copy_id JOIN org_library l ON l.id = o.library_id
            LEFT JOIN org_library e ON e.id = o.ended_library_id \(card(of: "o.reader_id", as: "c"))
            """,
        key: "o.id",
        columns: [
            column("loan_id", "id", .integer), column("barcode"), column("card_number"), column("library"),
            column("status"), column("checked_out_at", nil, .time), column("due_at", nil, .time),
            column("returned_at", "ended_at", .time), column("returned_library"), column("renewals", nil, .integer),
            column("rule", "rule_id"),
        ])

    static let holds = CirculationExportTable(
        file: "holds.csv",
        select: """
            SELECT h.id, c.card_number, h.status, h.cluster_id, i.barcode, p.code AS pickup_library, h.placed_at,
                t.barcode AS targeted_barcode, k.barcode AS captured_barcode, h.shelf_expires_at, h.closed_at
            FROM circ_hold h JOIN org_library p ON p.id = h.pickup_library_id
            LEFT JOIN item_copy i ON i.id = h.copy_id LEFT JOIN item_copy t ON t.id = h.targeted_copy_id
            LEFT JOIN item_copy k ON k.id = h.captured_copy_id \(card(of: "h.reader_id", as: "c"))
            """,
        key: "h.id",
        columns: [
            column("hold_id", "id", .integer), column("card_number"), column("status"),
            column("cluster_id", nil, .integer), column("barcode"), column("pickup_library"),
            column("placed_at", nil, .time), column("targeted_barcode"), column("captured_barcode"),
            column("shelf_expires_at", nil, .time), column("closed_at", nil, .time),
        ])

    static let transits = CirculationExportTable(
        file: "transits.csv",
        select: """
            SELECT t.id, i.barcode, f.code AS from_library, d.code AS to_library, t.reason, t.hold_id, t.status,
                t.opened_at, t.closed_at
            FROM circ_transit t JOIN item_copy i ON i.id = t.copy_id JOIN org_library f ON f.id = t.from_library_id
            JOIN org_library d ON d.id = t.to_library_id
            """,
        key: "t.id",
        columns: [
            column("transit_id", "id", .integer), column("barcode"), column("from_library"), column("to_library"),
            column("reason"), column("hold_id", nil, .integer), column("status"), column("opened_at", nil, .time),
            column("closed_at", nil, .time),
        ])

    static let fines = CirculationExportTable(
        file: "fines.csv",
        select: """
            SELECT f.id, c.card_number, f.loan_id, i.barcode, f.kind, f.amount_cents, f.paid_cents, f.waived_cents,
                f.note, f.created_at
            FROM circ_fine f LEFT JOIN item_copy i ON i.id = f.copy_id \(card(of: "f.reader_id", as: "c"))
            """,
        key: "f.id",
        columns: [
            column("fine_id", "id", .integer), column("card_number"), column("loan_id", nil, .integer),
            column("barcode"), column("kind"), column("amount_cents", nil, .integer),
            column("paid_cents", nil, .integer), column("waived_cents", nil, .integer), column("note"),
            column("created_at", nil, .time),
        ])

    static let payments = CirculationExportTable(
        file: "payments.csv",
        select: """
            SELECT p.id, c.card_number, p.kind, p.amount_cents, p.receipt_number, l.code AS library, p.actor, p.note,
                p.at
            FROM circ_payment p LEFT JOIN org_library l ON l.id = p.library_id \(card(of: "p.reader_id", as: "c"))
            """,
        key: "p.id",
        columns: [
            column("payment_id", "id", .integer), column("card_number"), column("kind"),
            column("amount_cents", nil, .integer), column("receipt_number"), column("library"), column("actor"),
            column("note"), column("paid_at", "at", .time),
        ])
}
