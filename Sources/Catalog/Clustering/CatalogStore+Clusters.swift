import PinakesCore
import SQLKit

extension CatalogStore {
    /// Takes a member record out of its cluster into a cluster of its own; later imports leave it there.
    @discardableResult
    public func split(recordID: Int64, actor: String) async throws -> Int64 {
        let now = clock.epochSeconds
        return try await database.transaction { sql in
            let row = try await sql.raw("SELECT cluster_id FROM bib_source_record WHERE id = \(bind: recordID)").first()
            guard let row else { throw PinakesError.notFound("no member record \(recordID)") }
            let old = try row.decode(column: "cluster_id", as: Int64?.self)
            let created = try await sql.raw(
                "INSERT INTO bib_cluster (record_count, created_at, updated_at) VALUES (0, \(bind: now), \(bind: now)) RETURNING id"
            ).first()
            guard let cluster = try created?.decode(column: "id", as: Int64.self) else {
                throw ClusterStoreError.notStored("a new cluster")
            }
            try await sql.raw(
                "UPDATE bib_source_record SET cluster_id = \(bind: cluster), cluster_pinned = \(bind: true) WHERE id = \(bind: recordID)"
            ).run()
            let touched = Set([cluster] + (old.map { [$0] } ?? []))
            try await ClusterMaintenance.refresh(touched, now: now, sql: sql)
            try await ClusterMaintenance.refreshHoldings(touched, sql: sql)
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "cluster.split", entity: "record", entityID: String(recordID),
                detail: "from cluster \(old.map(String.init) ?? "-") to \(cluster)")
            return cluster
        }
    }

    /// Moves every record of cluster `source` into `target`; later imports keep them together.
    public func merge(cluster source: Int64, into target: Int64, actor: String) async throws {
        guard source != target else { throw PinakesError.invalidInput("a cluster cannot be merged into itself") }
        let now = clock.epochSeconds
        try await database.transaction { sql in
            for id in [source, target] {
                guard try await sql.raw("SELECT id FROM bib_cluster WHERE id = \(bind: id)").first() != nil else {
                    throw PinakesError.notFound("no cluster \(id)")
                }
            }
            try await sql.raw(
                """
                UPDATE bib_source_record SET cluster_id = \(bind: target), cluster_pinned = \(bind: true)
                WHERE cluster_id IN (\(bind: source), \(bind: target))
                """
            ).run()
            try await ClusterMaintenance.refresh([source, target], now: now, sql: sql)
            try await ClusterMaintenance.refreshHoldings([source, target], sql: sql)
            try await AuditLog.record(
                on: sql, at: now, actor: actor, action: "cluster.merge", entity: "cluster", entityID: String(target),
                detail: "merged cluster \(source)")
        }
    }

    /// The cluster a member record is in, by its library and control number.
    public func clusterID(libraryCode: String, sourceID: String) async throws -> Int64? {
        let row = try await database.withConnection { sql in
            try await sql.raw(
                """
                SELECT r.cluster_id FROM bib_source_record r JOIN org_library l ON l.id = r.library_id
                WHERE l.code = \(bind: libraryCode.uppercased()) AND r.source_id = \(bind: sourceID)
                """
            ).first()
        }
        return try row?.decode(column: "cluster_id", as: Int64?.self)
    }
}
