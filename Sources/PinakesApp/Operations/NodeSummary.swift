import PinakesCore

/// How much a node's database holds, for the operator after a restore: libraries, records, copies, readers, loans.
public struct NodeSummary: Sendable, CustomStringConvertible {
    /// Row counts by table, for the tables present.
    public var counts: [(label: String, count: Int)]

    /// The tables counted, with their labels.
    static let tables = [
        ("libraries", "org_library"), ("member records", "bib_source_record"), ("copies", "item_copy"),
        ("readers", "patron_reader"), ("loans", "circ_loan"), ("holds", "circ_hold"),
    ]

    /// Counts the rows of `database`.
    public static func of(_ database: Database) async throws -> NodeSummary {
        let present = Set(try await database.tableNames())
        var counts: [(String, Int)] = []
        for (label, table) in tables where present.contains(table) {
            counts.append((label, try await database.rowCount(table)))
        }
        return NodeSummary(counts: counts)
    }

    public var description: String { counts.map { "\($0.count) \($0.label)" }.joined(separator: ", ") }
}
