import PinakesCore
import SQLKit

/// The browse lists of the union catalogue (table `bib_heading`): ordered headings with the number of
/// titles (clusters) that carry each, for Z39.50 Scan.
public struct BrowseIndex: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// One heading of a browse list and how many titles carry it.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var display: String
        public var titles: Int
    }

    /// Up to `before` headings sorting before `term` (nearest last) and up to `after` headings from `term` on.
    public func scan(_ kind: BrowseHeading.Kind, from term: String, before: Int, after: Int) async throws
        -> (before: [Entry], after: [Entry])
    {
        let key = BrowseHeading.key(term)
        return try await database.withReadConnection { sql in
            let earlier = before > 0 ? try await entries(kind, key: key, forward: false, limit: before, sql: sql) : []
            let later = after > 0 ? try await entries(kind, key: key, forward: true, limit: after, sql: sql) : []
            return (earlier.reversed(), later)
        }
    }

    private func entries(_ kind: BrowseHeading.Kind, key: String, forward: Bool, limit: Int, sql: any SQLDatabase)
        async throws -> [Entry]
    {
        let rows = try await sql.raw(
            """
            SELECT h.heading_key AS k, MIN(h.display) AS d, COUNT(DISTINCT r.cluster_id) AS n
            FROM bib_heading h JOIN bib_source_record r ON r.id = h.record_id
            WHERE h.kind = \(bind: kind.rawValue) AND h.heading_key \(unsafeRaw: forward ? ">=" : "<") \(bind: key)
                AND r.deleted = \(bind: false) AND r.cluster_id IS NOT NULL
            GROUP BY h.heading_key ORDER BY h.heading_key \(unsafeRaw: forward ? "ASC" : "DESC")
            LIMIT \(literal: max(1, min(limit, 1000)))
            """
        ).all()
        return try rows.map { row in
            Entry(
                key: try row.decode(column: "k", as: String.self),
                display: try row.decode(column: "d", as: String.self),
                titles: try row.decode(column: "n", as: Int.self))
        }
    }

    /// The schema of the browse lists. Records indexed before it existed are described again on the next
    /// start (their `display` is cleared so `rebuildSearchIndex(onlyMissing:)` picks them up).
    public static let migrations: [Migration] = [
        Migration(module: "catalog-browse", name: "001-headings") { backend in
            let collate = backend == .postgres ? " COLLATE \"C\"" : ""
            return [
                """
                CREATE TABLE bib_heading (
                    record_id BIGINT NOT NULL, kind TEXT NOT NULL, heading_key TEXT\(collate) NOT NULL,
                    display TEXT NOT NULL)
                """,
                "CREATE INDEX bib_heading_key ON bib_heading (kind, heading_key)",
                "CREATE INDEX bib_heading_record ON bib_heading (record_id)",
                "UPDATE bib_source_record SET display = '' WHERE deleted = \(backend == .postgres ? "false" : "0")",
            ]
        }
    ]
}
