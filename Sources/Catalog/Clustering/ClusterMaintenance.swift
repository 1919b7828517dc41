import Foundation
import SQLKit

/// The SQL that keeps clusters and match keys in step with their member records.
enum ClusterMaintenance {
    /// Replaces the stored match keys of `records`.
    /// Records without points (deleted ones) only lose their keys.
    static func writeKeys(_ records: [(id: Int64, points: MatchPoints?)], replacing: Bool, sql: any SQLDatabase)
        async throws
    {
        if replacing {
            for chunk in records.map(\.id).chunked(500) {
                try await sql.raw("DELETE FROM bib_match_key WHERE record_id IN (\(binds: Array(chunk)))").run()
            }
        }
        let rows = records.flatMap { record in (record.points?.keys ?? []).map { (record.id, $0) } }
        for chunk in rows.chunked(300) {
            let insert = sql.insert(into: "bib_match_key").columns("record_id", "kind", "value")
            for (id, key) in chunk { insert.values(SQLBind(id), SQLBind(key.kind.rawValue), SQLBind(key.value)) }
            try await insert.run()
        }
    }

    /// Recounts the members of `clusters` and picks each one's display record: the best quality, then the oldest.
    static func refresh(_ clusters: Set<Int64>, now: Int64, sql: any SQLDatabase) async throws {
        for chunk in clusters.sorted().chunked(300) {
            try await sql.raw(
                """
                UPDATE bib_cluster SET
                    record_count = (SELECT COUNT(*) FROM bib_source_record r
                        WHERE r.cluster_id = bib_cluster.id AND r.deleted = \(bind: false)),
                    display_record_id = (SELECT r.id FROM bib_source_record r
                        WHERE r.cluster_id = bib_cluster.id AND r.deleted = \(bind: false)
                        ORDER BY r.quality DESC, r.id ASC LIMIT 1),
                    updated_at = \(bind: now)
                WHERE id IN (\(binds: Array(chunk)))
                """
            ).run()
            try await sql.raw(
                """
                UPDATE bib_cluster SET year = r.year, material = r.material, language = r.language,
                    class_code = r.class_code, title_key = r.title_key
                FROM bib_source_record r
                WHERE r.id = bib_cluster.display_record_id AND bib_cluster.id IN (\(binds: Array(chunk)))
                """
            ).run()
        }
    }

    /// The JSON form of match points kept on the record, read back when it is a candidate.
    static func json(_ points: MatchPoints) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(points)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
