import PinakesCore
import SQLKit

/// Barcodes of the demo's loanable copies on the shelf, per library, handed out in barcode order while the demo
/// sets up its loans.
struct DemoShelf: Sendable {
    private var barcodes: [String: [String]]

    /// Available books, per library code.
    static func load(_ database: Database) async throws -> DemoShelf {
        let rows = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT i.barcode, l.code FROM item_copy i JOIN org_library l ON l.id = i.library_id
                WHERE i.status = 'available' AND LOWER(i.item_type) = 'book' ORDER BY i.barcode
                """
            ).all()
        }
        var barcodes: [String: [String]] = [:]
        for row in rows {
            barcodes[try row.decode(column: "code", as: String.self), default: []].append(
                try row.decode(column: "barcode", as: String.self))
        }
        for code in barcodes.keys { barcodes[code]?.reverse() }
        return DemoShelf(barcodes: barcodes)
    }

    /// The next copy on the shelf at `library`.
    mutating func take(from library: String) -> String? {
        barcodes[library]?.popLast()
    }
}
