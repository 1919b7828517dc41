import SQLKit

extension ClusterMaintenance {
    /// Recomputes which libraries hold each of `clusters` and which have a copy on the shelf, kept on the
    /// cluster as ` id id ` lists so a search filters and counts them without joining items. A member record
    /// without items counts as held by the library that sent it.
    static func refreshHoldings(_ clusters: Set<Int64>, sql: any SQLDatabase) async throws {
        for chunk in clusters.sorted().chunked(400) {
            let rows = try await sql.raw(
                """
                SELECT r.cluster_id AS cluster, r.library_id AS source, i.library_id AS holder, i.status AS status
                FROM bib_source_record r LEFT JOIN item_copy i ON i.record_id = r.id
                WHERE r.cluster_id IN (\(binds: Array(chunk))) AND r.deleted = \(bind: false)
                """
            ).all()
            var held: [Int64: Set<Int64>] = [:]
            var onShelf: [Int64: Set<Int64>] = [:]
            for id in chunk {
                held[id] = []
                onShelf[id] = []
            }
            for row in rows {
                let cluster = try row.decode(column: "cluster", as: Int64.self)
                if let holder = try row.decode(column: "holder", as: Int64?.self) {
                    held[cluster, default: []].insert(holder)
                    if try row.decode(column: "status", as: String?.self) == ItemStatus.available.rawValue {
                        onShelf[cluster, default: []].insert(holder)
                    }
                } else {
                    held[cluster, default: []].insert(try row.decode(column: "source", as: Int64.self))
                }
            }
            let values = chunk.map { id in
                SQLGroupExpression([
                    SQLBind(id), SQLBind(idList(held[id] ?? [])), SQLBind(idList(onShelf[id] ?? [])),
                ])
            }
            try await sql.raw(
                """
                WITH v(id, libraries, available_at) AS (VALUES \(SQLList(values)))
                UPDATE bib_cluster SET libraries = v.libraries, available_at = v.available_at
                FROM v WHERE bib_cluster.id = v.id
                """
            ).run()
        }
    }

    /// ` 3 7 12 `: ids sorted, with a blank on each side.
    static func idList(_ ids: Set<Int64>) -> String {
        ids.isEmpty ? "" : " " + ids.sorted().map(String.init).joined(separator: " ") + " "
    }

    /// The ids of an ` id id ` list.
    static func ids(_ list: String) -> [Int64] {
        list.split(separator: " ").compactMap { Int64($0) }
    }
}
