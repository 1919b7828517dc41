import PinakesCore
import SQLKit

/// A title that matched, with what filters, facets and sorting need, read in one query.
struct SearchHit: Sendable {
    var clusterID: Int64
    var score: Double
    var year: Int?
    var material: String?
    var language: String?
    var classCode: String?
    var titleKey: String
    var libraries: [Int64]
    var availableAt: [Int64]
}

/// The SQL that finds hits: FTS5 with BM25 on SQLite, tsvector with ts_rank on PostgreSQL, one row per cluster.
enum SearchHitQuery {
    /// Column weights, title > author > subject > other.
    static let sqliteWeights = "10.0, 5.0, 3.0, 1.0"
    static let postgresWeights = "{0.1, 0.3, 0.6, 1.0}"

    static let clusterColumns =
        "c.id, c.year, c.material, c.language, c.class_code, c.title_key, c.libraries, c.available_at"

    static func hits(match: MatchExpression?, backend: Database.Backend, sql: any SQLDatabase) async throws
        -> [SearchHit]
    {
        let rows: [any SQLRow]
        switch (match, backend) {
        case (nil, _):
            rows = try await sql.raw(
                "SELECT \(unsafeRaw: clusterColumns), 0.0 AS score FROM bib_cluster c WHERE c.record_count > 0"
            ).all()
        case (let match?, .sqlite):
            rows = try await sql.raw(
                """
                WITH f AS MATERIALIZED (
                    SELECT rowid AS id, -bm25(bib_search_fts, \(unsafeRaw: sqliteWeights)) AS score
                    FROM bib_search_fts WHERE bib_search_fts MATCH \(bind: match.fts))
                SELECT \(unsafeRaw: clusterColumns), h.score FROM (
                    SELECT r.cluster_id AS cid, MAX(f.score) AS score
                    FROM f JOIN bib_source_record r ON r.id = f.id
                    WHERE r.cluster_id IS NOT NULL
                    GROUP BY r.cluster_id) h
                JOIN bib_cluster c ON c.id = h.cid
                """
            ).all()
        case (let match?, .postgres):
            rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: clusterColumns), h.score FROM (
                    SELECT r.cluster_id AS cid,
                        MAX(ts_rank('\(unsafeRaw: postgresWeights)', r.search_vector, q))::float8 AS score
                    FROM bib_source_record r, CAST(\(bind: match.tsquery) AS tsquery) q
                    WHERE r.search_vector @@ q AND r.cluster_id IS NOT NULL
                    GROUP BY r.cluster_id) h
                JOIN bib_cluster c ON c.id = h.cid
                """
            ).all()
        }
        return try rows.map { row in
            SearchHit(
                clusterID: try row.decode(column: "id", as: Int64.self),
                score: try row.decode(column: "score", as: Double.self),
                year: try row.decode(column: "year", as: Int64?.self).map { Int($0) },
                material: try row.decode(column: "material", as: String?.self),
                language: try row.decode(column: "language", as: String?.self),
                classCode: try row.decode(column: "class_code", as: String?.self),
                titleKey: try row.decode(column: "title_key", as: String.self),
                libraries: ClusterMaintenance.ids(try row.decode(column: "libraries", as: String.self)),
                availableAt: ClusterMaintenance.ids(try row.decode(column: "available_at", as: String.self)))
        }
    }
}
